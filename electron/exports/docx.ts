import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Report } from '../../shared/export/report';
import { memoOf, type Block } from '../../shared/export/section';
import { kindAt, type ReportTable } from '../../shared/export/table';
import { formatLongDate } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';
import { formatCell } from '../../shared/table/column';
import { chartAlt, type ChartSpec } from '../../shared/charts/chartSpec';
import { fitColumns, textTwips, unbreakable } from './docxColumns';
import { captionParagraph, pageOfRuns } from './docxFields';
import type { ChartImages } from './types';
import { xmlSafe } from './xmlText';

/** A4 in twentieths of a point, 2 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1134 };
/** Text width in CSS pixels (96 dpi): (21 − 2 × 2) cm = 17 cm. */
const TEXT_WIDTH_PX = Math.round((17 / 2.54) * 96);
const GREY = '595959';
const TEXT_WIDTH_TWIPS = A4.width - 2 * A4.margin;

/** Table text sizes (half-points) tried in turn until the longest words fit side by side. */
const TABLE_SIZES = [18, 17, 16, 15, 14];
/** Tables with at most this many rows are kept on one page (every row kept with the next). */
const SHORT_TABLE_ROWS = 15;

/**
 * Column widths from the content (./docxColumns): no word broken inside, at the largest size that
 * allows it (9 pt, or 8 pt from eight columns on, down to 7 pt). Where even 7 pt does not fit, the
 * widths follow the longest words and a word may break.
 */
function tableLayout(t: ReportTable, locale: Report['locale']): { widths: number[]; size: number } {
  const columns = t.columns.map((c, j) => ({
    header: c.header,
    cells: t.rows.map((row, i) => ({ text: formatCell(row[j] ?? null, kindAt(t, i, j), locale), bold: t.totalRow && i === t.rows.length - 1 })),
  }));
  const first = t.columns.length > 7 ? 16 : 18;
  for (const size of TABLE_SIZES.filter((s) => s <= first)) {
    const widths = fitColumns(columns, size, TEXT_WIDTH_TWIPS);
    if (widths) return { widths, size };
  }
  const size = TABLE_SIZES[TABLE_SIZES.length - 1] ?? 14;
  const longest = columns.map((c) => Math.max(1, ...[c.header, ...c.cells.map((cell) => cell.text)].flatMap(unbreakable).map((w) => textTwips(w, size, true))));
  const total = longest.reduce((a, b) => a + b, 0);
  return { widths: longest.map((l) => Math.floor((l / total) * TEXT_WIDTH_TWIPS)), size };
}

/**
 * The memo for the stuurgroep (.docx): A4, in the report's language (every run nl-NL or en-GB, from
 * the document defaults), real heading styles with outline levels (so Word's navigation pane and
 * LibreOffice's navigator find them), a table of contents field after the title block, figures
 * and tables numbered by SEQ fields (so Word can build a list of figures), "pagina N van M" in the
 * footer, charts as print-resolution images with captions and source lines, editable tables whose
 * columns fit their words. Each report section is a heading with its blocks (see shared/export/section.ts).
 */
export async function buildMemo(unsafe: Report, images: ChartImages): Promise<Buffer> {
  const report = xmlSafe(unsafe);
  try {
    return await writeMemo(report, images, estimatePageNumbers);
  } catch {
    // Only the contents' page numbers depend on the page layout docx/layout works out; should it
    // fail on something it cannot lay out, the memo is written without them (Word fills them in on
    // opening). Any other fault fails here again, and is reported.
    return writeMemo(report, images, undefined);
  }
}

/** The memo, with the contents' page numbers worked out by `pageNumbers` (or left to Word). */
async function writeMemo(report: Report, images: ChartImages, pageNumbers: PageNumberEstimator | undefined): Promise<Buffer> {
  const w = texts(report.locale).report;
  const date = formatLongDate(report.date, report.locale);
  const body: (Paragraph | Table | TableOfContents)[] = [];

  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }));
  body.push(...frontMatter(report, date));
  // The table of contents: a TOC field over the chapters and their parts, written with an entry per
  // heading (so it is not empty before an update) and marked for Word to update on opening.
  body.push(new Paragraph({ style: 'TOCHeading', children: [new TextRun(w.memo.contents)] }));
  body.push(new TableOfContents(w.memo.contents, { hyperlink: true, headingStyleRange: '1-1' }));

  const ctx: Context = { report, images, counter: { figure: 0, table: 0 } };
  for (const section of report.sections) {
    const blocks = memoOf(section);
    if (blocks.length === 0) continue;
    body.push(heading(section.title));
    body.push(...blocksOf(blocks, 1, ctx));
  }

  const heading1 = { size: 32, color: '2E74B5' };
  const doc = new Document({
    creator: 'Woonzorgverkenner',
    title: `${report.title} — ${report.scenarioNames.join(', ')}`,
    description: w.memo.description(date),
    // Word fills the table of contents' page numbers (and the SEQ and page fields) when it opens the memo.
    features: { updateFields: true },
    pageNumbers,
    styles: {
      // No fixed line spacing: an exact line height would clip the inline chart images.
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: report.locale } } } },
      paragraphStyles: [
        // Word's built-in heading styles (ids Heading1–3, names "heading 1–3"), with their outline levels.
        { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: heading1, paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } } },
        { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, color: '2E74B5' }, paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } } },
        { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 24, color: '1F4D78' }, paragraph: { outlineLevel: 2, keepNext: true, keepLines: true, spacing: { before: 200, after: 60 } } },
        // The contents' own heading looks like a chapter but has no outline level, so it is not listed in itself.
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: heading1, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 18, color: '404040' }, paragraph: { keepNext: true, spacing: { before: 60, after: 40 } } },
        { id: 'Bronregel', name: 'Bronregel', basedOn: 'Normal', next: 'Normal', run: { size: 16, color: GREY }, paragraph: { spacing: { after: 240 } } },
      ],
    },
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: pageOfRuns(w.memo.footer(report.scenarioNames.join(', '), date), report.locale, { size: 16, color: GREY }) })],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** No border: the header block is laid out as a table but reads as a memo's head. */
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** The header block's label column. */
const LABEL_WIDTH = 1700;

/** Text with its "[…]" parts highlighted: what the projectleider fills in before sending. */
function withPlaceholders(text: string, style: { italics?: boolean } = {}): TextRun[] {
  return text
    .split(/(\[[^\]]*\])/)
    .filter((part) => part !== '')
    .map((part) => new TextRun({ text: part, ...style, ...(part.startsWith('[') ? { highlight: 'yellow' } : {}) }));
}

/**
 * The memo's head (issue 12): the header block (Aan, Van, Datum, Onderwerp, Status, the scenarios
 * and the figures' date), the key-message box with the findings that matter (written from the
 * figures, report.keyMessages) and the decision asked, as marked places the projectleider fills in.
 */
function frontMatter(report: Report, date: string): (Paragraph | Table)[] {
  const w = texts(report.locale).report;
  const p = w.policy;
  const rows: [string, TextRun[]][] = [
    [p.to, [new TextRun(p.toText)]],
    [p.from, withPlaceholders(p.fromText)],
    [p.date, [new TextRun(date)]],
    [p.subject, [new TextRun(p.subjectText(report.scenarioNames))]],
    [p.status, [new TextRun({ text: p.statusText, bold: true })]],
    [w.front.scenarios(report.scenarioNames.length), [new TextRun(w.memo.scenarios(report.scenarioNames))]],
    [w.front.data, [new TextRun(report.dataAsOf)]],
  ];
  const header = new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH_TWIPS - LABEL_WIDTH],
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ borders: NO_BORDERS, width: { size: LABEL_WIDTH, type: WidthType.DXA }, children: [new Paragraph({ keepNext: true, spacing: { after: 40 }, children: [new TextRun({ text: label, bold: true })] })] }),
            new TableCell({ borders: NO_BORDERS, width: { size: TEXT_WIDTH_TWIPS - LABEL_WIDTH, type: WidthType.DXA }, children: [new Paragraph({ keepNext: true, spacing: { after: 40 }, children: value })] }),
          ],
        }),
    ),
  });
  const accent = { style: BorderStyle.SINGLE, size: 24, color: '2E74B5' };
  const keyBox = new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [TEXT_WIDTH_TWIPS],
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
            borders: { top: NONE, bottom: NONE, right: NONE, left: accent },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EAF1FB' },
            margins: { top: 120, bottom: 120, left: 200, right: 200 },
            children: [
              new Paragraph({ keepNext: true, spacing: { after: 80 }, children: [new TextRun({ text: p.keyTitle, bold: true, size: 26, color: '1F4D78' })] }),
              ...report.keyMessages.map((m) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, spacing: { after: 80 }, children: [new TextRun({ text: `${m.label}. `, bold: true }), new TextRun(m.text)] })),
            ],
          }),
        ],
      }),
    ],
  });
  return [
    header,
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    keyBox,
    heading(p.decisionTitle),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: p.decisionIntro, italics: true, color: GREY })] }),
    ...[p.decisionPoint(1), p.decisionPoint(2), p.discussionPoint].map((t) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, spacing: { after: 80 }, children: withPlaceholders(t) })),
  ];
}

type Context = { report: Report; images: ChartImages; counter: { figure: number; table: number } };

/** Facts with at most this many items are kept with a chart or table right after them (a gemeente's list and its chart). */
const KEPT_FACTS = 8;
/** Paragraphs kept together when there are at most this many, each at most this long (a derivation's formula lines). */
const KEPT_LINES = { count: 4, length: 160 };

/** The blocks in Word, each knowing the block after it (to keep a short list with its chart). */
function blocksOf(blocks: readonly Block[], level: 1 | 2, ctx: Context): (Paragraph | Table)[] {
  return blocks.flatMap((b, k) => block(b, level, ctx, blocks[k + 1]));
}

/** One block in Word: figures and tables numbered in reading order; a group is a sub-heading (one level below `level`) with its own blocks. */
function block(b: Block, level: 1 | 2, ctx: Context, next: Block | undefined): (Paragraph | Table)[] {
  const beforeFigure = next?.kind === 'chart' || next?.kind === 'table';
  switch (b.kind) {
    case 'paragraphs': {
      const short = b.texts.length <= KEPT_LINES.count && b.texts.every((t) => t.length <= KEPT_LINES.length);
      // A short text right before a figure or table (a theme's finding) stays on its page too.
      return b.texts.map((text, i) => new Paragraph({ keepNext: short && (i < b.texts.length - 1 || beforeFigure), spacing: { after: 120 }, children: [new TextRun(text)] }));
    }
    case 'facts': {
      const kept = beforeFigure && b.items.length <= KEPT_FACTS;
      return b.items.map((fact) => new Paragraph({ keepNext: kept, numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(fact)] }));
    }
    case 'notes':
      return b.items.map((n) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun({ text: `${n.title}. `, bold: true }), new TextRun(n.text)] }));
    case 'remark':
      return b.texts.map((text) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, italics: true, color: GREY })] }));
    case 'chart':
      return figure(b.chart, ctx, ++ctx.counter.figure);
    case 'table':
      return tableBlock(b.table, ctx, ++ctx.counter.table);
    case 'group':
      return [new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(b.title)] }), ...blocksOf(b.blocks, 2, ctx)];
  }
}

/** A chapter: Heading 1, kept with what follows by its style (a heading alone at the foot of a page reads as a broken page). */
function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

function figure(chart: ChartSpec, { report, images }: Context, n: number): Paragraph[] {
  const w = texts(report.locale).report.memo;
  const image = images.get(chart.id);
  const caption = captionParagraph(w.figure(n, chart.title), n);
  const source = new Paragraph({ style: 'Bronregel', children: [new TextRun(chart.source)] });
  if (!image) return [caption, new Paragraph({ keepNext: true, children: [new TextRun({ text: w.chartMissing, italics: true })] }), source];
  const width = TEXT_WIDTH_PX;
  const height = Math.round((image.height / image.width) * width);
  return [
    caption,
    new Paragraph({
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name: chart.id, title: chart.title, description: `${chartAlt(chart)} ${chart.source}` } })],
    }),
    source,
  ];
}

/**
 * A table with its caption (kept with the table) and source line. Columns as wide as their words
 * need; the header row repeated on every page; no row split over two pages. A short table is kept
 * on one page with its source line; a longer one keeps its first and last rows together, so no
 * page ends or begins with a stub of it.
 */
function tableBlock(t: ReportTable, { report }: Context, n: number): (Paragraph | Table)[] {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const { widths, size } = tableLayout(t, report.locale);
  const width = (j: number) => ({ size: widths[j] ?? 0, type: WidthType.DXA });
  const count = t.rows.length;
  /** Row i (−1 the header) kept with the next row, or the last row with the source line. */
  const keep = (i: number) => count <= SHORT_TABLE_ROWS || i < 3 || i >= count - 4;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, j) =>
        new TableCell({
          borders,
          width: width(j),
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF6' },
          children: [
            new Paragraph({ keepNext: true, alignment: c.kind === 'text' ? AlignmentType.LEFT : AlignmentType.RIGHT, run: { bold: true, size }, children: [new TextRun({ text: c.header, bold: true, size })] }),
          ],
        }),
    ),
  });
  const rows = t.rows.map((row, i) => {
    const isTotal = t.totalRow && i === count - 1;
    return new TableRow({
      cantSplit: true,
      children: t.columns.map((c, j) => {
        const cell = row[j] ?? null;
        return new TableCell({
          borders,
          width: width(j),
          children: [
            new Paragraph({
              keepNext: keep(i),
              // A number column's words ("na 2040") line up with its numbers, as its header does.
              alignment: c.kind !== 'text' || (j > 0 && (typeof cell === 'number' || cell === null)) ? AlignmentType.RIGHT : AlignmentType.LEFT,
              // The paragraph mark at the table's size too: an empty cell is then no taller than the others.
              run: { bold: isTotal, size },
              children: [new TextRun({ text: formatCell(cell, kindAt(t, i, j), report.locale), bold: isTotal, size })],
            }),
          ],
        });
      }),
    });
  });
  return [
    captionParagraph(texts(report.locale).report.memo.table(n, t.title), n),
    new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, layout: TableLayoutType.FIXED, columnWidths: widths, rows: [header, ...rows] }),
    new Paragraph({ style: 'Bronregel', children: [new TextRun(t.source)] }),
  ];
}
