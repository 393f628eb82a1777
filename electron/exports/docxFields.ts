import { PageNumber, Paragraph, SimpleField, TextRun } from 'docx';
import type { Locale } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';

/**
 * A numbered caption ("Figuur 3. Titel") with its number as a SEQ field, so Word can build a list
 * of figures or tables and renumbers them when one is added. The wording comes from the catalogue:
 * `text` is the whole caption as it reads with number `n`; the word before the number ("Figuur",
 * "Table") is the sequence's name, as Word names its own caption labels. The field is written as a
 * simple field (the instruction in an attribute) with the number as its current result, so the
 * caption reads right before any field is updated. Kept with what follows: a caption never sits
 * at the foot of a page with its figure or table on the next.
 */
export function captionParagraph(text: string, n: number): Paragraph {
  const number = String(n);
  const at = text.indexOf(number);
  const label = at > 0 ? text.slice(0, at).trim() : '';
  if (at <= 0 || !/^\p{L}+$/u.test(label)) return new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(text)] });
  return new Paragraph({
    style: 'Caption',
    keepNext: true,
    children: [new TextRun(text.slice(0, at)), new SimpleField(`SEQ ${label} \\* ARABIC`, number), new TextRun(text.slice(at + number.length))],
  });
}

/** The footer's text runs: the catalogue's line (ending in "pagina "), then "N van M" as PAGE and NUMPAGES fields. */
export function pageOfRuns(line: string, locale: Locale, style: { size: number; color: string }): TextRun[] {
  const of = texts(locale).report.memo.pageOf;
  return [new TextRun({ text: line, ...style }), new TextRun({ children: [PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES], ...style })];
}
