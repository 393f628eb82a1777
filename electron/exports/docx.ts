import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Report } from '../../shared/export/report';
import { memoOf, type Block } from '../../shared/export/section';
import { kindAt, type ReportTable } from '../../shared/export/table';
import { formatLongDate } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';
import { formatCell } from '../../shared/table/column';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import type { ChartImages } from './types';
import { xmlSafe } from './xmlText';

/** A4 in twentieths of a point, 2 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1134 };
/** Text width in CSS pixels (96 dpi): (21 − 2 × 2) cm = 17 cm. */
const TEXT_WIDTH_PX = Math.round((17 / 2.54) * 96);
const GREY = '595959';
const TEXT_WIDTH_TWIPS = A4.width - 2 * A4.margin;

/** Word's default cell margins, left and right (twips). */
const CELL_PADDING_TWIPS = 2 * 108;
/** Calibri bold's average character width, as a share of the font size: enough for Dutch headers. */
const CHAR_EM = 0.55;

/**
 * The first (name) column wide enough for "Gooise Meren"; text columns wider than number columns.
 * Then every column at least as wide as the longest word of its header and cells, taken from the
 * widest others: Word breaks a word that does not fit mid-word ("Program-ma", "Nultredenw-oningen").
 * Where even that does not fit the page, the proportional widths stay.
 */
function columnWidths(t: ReportTable, halfPoints: number, locale: Report['locale']): number[] {
  const weights = t.columns.map((c, i) => (i === 0 ? 2.2 : c.kind === 'text' ? 2 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
  const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  const needs = t.columns.map((c, j) => {
    const cells = t.rows.map((row, i) => longestWord(formatCell(row[j] ?? null, kindAt(t, i, j), locale)));
    return Math.ceil(Math.max(longestWord(c.header), ...cells) * CHAR_EM * halfPoints * 10) + CELL_PADDING_TWIPS;
  });
  if (needs.reduce((a, b) => a + b, 0) > TEXT_WIDTH_TWIPS) return widths;
  for (;;) {
    const short = widths.findIndex((w, i) => w < (needs[i] ?? 0));
    if (short < 0) return widths;
    const missing = (needs[short] ?? 0) - (widths[short] ?? 0);
    // Take it from the column with the most to spare.
    const spare = widths.map((w, i) => w - (needs[i] ?? 0));
    const donor = spare.indexOf(Math.max(...spare));
    const give = Math.min(missing, spare[donor] ?? 0);
    if (give <= 0) return widths;
    widths[short] = (widths[short] ?? 0) + give;
    widths[donor] = (widths[donor] ?? 0) - give;
  }
}

/**
 * The memo for the stuurgroep (.docx): real Word heading styles (so Word's table of contents
 * works), A4, charts as print-resolution images with numbered captions and source lines,
 * editable tables. Each report section is a heading with its blocks (see shared/export/section.ts).
 */
export async function buildMemo(unsafe: Report, images: ChartImages): Promise<Buffer> {
  const report = xmlSafe(unsafe);
  const w = texts(report.locale).report;
  const date = formatLongDate(report.date, report.locale);
  const body: (Paragraph | Table)[] = [];

  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }));
  body.push(
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: `${w.front.scenarios(report.scenarioNames.length)}: `, bold: true }), new TextRun(w.memo.scenarios(report.scenarioNames))],
    }),
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${w.front.date}: `, bold: true }), new TextRun(date)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: `${w.front.data}: `, bold: true }), new TextRun(report.dataAsOf)] }),
  );

  const ctx: Context = { report, images, counter: { figure: 0, table: 0 } };
  for (const section of report.sections) {
    const blocks = memoOf(section);
    if (blocks.length === 0) continue;
    body.push(heading(section.title));
    for (const b of blocks) body.push(...block(b, 1, ctx));
  }

  const doc = new Document({
    creator: 'Woonzorgverkenner',
    title: `${report.title} — ${report.scenarioNames.join(', ')}`,
    description: w.memo.description(date),
    styles: {
      // No fixed line spacing: an exact line height would clip the inline chart images.
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 18, color: '404040' }, paragraph: { spacing: { before: 60, after: 40 } } },
        { id: 'Bronregel', name: 'Bronregel', basedOn: 'Normal', next: 'Normal', run: { size: 16, color: GREY }, paragraph: { spacing: { after: 240 } } },
      ],
    },
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: w.memo.footer(report.scenarioNames.join(', '), date), size: 16, color: GREY }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: GREY })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

type Context = { report: Report; images: ChartImages; counter: { figure: number; table: number } };

/** One block in Word: figures and tables numbered in reading order; a group is a sub-heading (one level below `level`) with its own blocks. */
function block(b: Block, level: 1 | 2, ctx: Context): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraphs':
      return b.texts.map((text) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] }));
    case 'facts':
      return b.items.map((fact) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(fact)] }));
    case 'notes':
      return b.items.map((n) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun({ text: `${n.title}. `, bold: true }), new TextRun(n.text)] }));
    case 'remark':
      return b.texts.map((text) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, italics: true, color: GREY })] }));
    case 'chart':
      return figure(b.chart, ctx, ++ctx.counter.figure);
    case 'table':
      return tableBlock(b.table, ctx, ++ctx.counter.table);
    case 'group':
      return [
        new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(b.title)] }),
        ...b.blocks.flatMap((inner) => block(inner, 2, ctx)),
      ];
  }
}

function heading(text: string): Paragraph {
  // Kept with what follows: a chapter heading alone at the foot of a page reads as a broken page.
  return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 360, after: 120 }, children: [new TextRun(text)] });
}

function figure(chart: ChartSpec, { report, images }: Context, n: number): Paragraph[] {
  const w = texts(report.locale).report.memo;
  const image = images.get(chart.id);
  const caption = new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(w.figure(n, chart.title))] });
  const source = new Paragraph({ style: 'Bronregel', children: [new TextRun(chart.source)] });
  if (!image) return [caption, new Paragraph({ children: [new TextRun({ text: w.chartMissing, italics: true })] }), source];
  const width = TEXT_WIDTH_PX;
  const height = Math.round((image.height / image.width) * width);
  return [
    caption,
    new Paragraph({
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name: chart.id, title: chart.title, description: `${chart.title}. ${chart.source}` } })],
    }),
    source,
  ];
}

function tableBlock(t: ReportTable, { report }: Context, n: number): (Paragraph | Table)[] {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const small = t.columns.length > 7 ? 16 : 18;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c) =>
        new TableCell({
          borders,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF6' },
          children: [new Paragraph({ alignment: c.kind === 'text' ? AlignmentType.LEFT : AlignmentType.RIGHT, children: [new TextRun({ text: c.header, bold: true, size: small })] })],
        }),
    ),
  });
  const rows = t.rows.map((row, i) => {
    const isTotal = t.totalRow && i === t.rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: t.columns.map((c, j) => {
        const cell = row[j] ?? null;
        return new TableCell({
          borders,
          children: [
            new Paragraph({
              alignment: c.kind === 'text' && j === 0 ? AlignmentType.LEFT : typeof cell === 'number' || cell === null ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: formatCell(cell, kindAt(t, i, j), report.locale), bold: isTotal, size: small })],
            }),
          ],
        });
      }),
    });
  });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(texts(report.locale).report.memo.table(n, t.title))] }),
    new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: columnWidths(t, small, report.locale), rows: [header, ...rows] }),
    new Paragraph({ style: 'Bronregel', children: [new TextRun(t.source)] }),
  ];
}
