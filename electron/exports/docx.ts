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
import { formatCell, kindAt, type ReportTable } from '../../shared/export/table';
import { formatLongDate } from '../../shared/format/nl';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import type { ChartImages } from './types';

/** A4 in twentieths of a point, 2 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1134 };
/** Text width in CSS pixels (96 dpi): (21 − 2 × 2) cm = 17 cm. */
const TEXT_WIDTH_PX = Math.round((17 / 2.54) * 96);
const GREY = '595959';
const TEXT_WIDTH_TWIPS = A4.width - 2 * A4.margin;

/** The first (name) column wide enough for "Gooise Meren"; text columns wider than number columns. */
function columnWidths(t: ReportTable): number[] {
  const weights = t.columns.map((c, i) => (i === 0 ? 2.2 : c.kind === 'text' ? 2 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
}


/**
 * The memo for the stuurgroep (.docx): real Word heading styles (so Word's table of contents
 * works), A4, charts as print-resolution images with numbered captions and source lines,
 * editable tables, the assumptions that differ from the defaults, and the source contradictions
 * that affect the figures.
 */
export async function buildMemo(report: Report, images: ChartImages): Promise<Buffer> {
  let figureNo = 0;
  let tableNo = 0;
  const body: (Paragraph | Table)[] = [];

  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }));
  body.push(
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: report.scenarioNames.length > 1 ? 'Scenario’s: ' : 'Scenario: ', bold: true }), new TextRun(report.scenarioNames.map((n) => `'${n}'`).join(', '))],
    }),
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: 'Datum: ', bold: true }), new TextRun(formatLongDate(report.date))] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: 'Gegevens: ', bold: true }), new TextRun(report.dataAsOf)] }),
  );

  body.push(heading('Samenvatting'));
  for (const text of report.summary) body.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] }));

  body.push(heading('Grafieken'));
  for (const chart of report.charts) body.push(...figure(chart, images, ++figureNo));

  body.push(heading('Tabellen per gemeente'));
  for (const t of report.tables) body.push(...tableBlock(t, ++tableNo));
  if (report.comparison) {
    body.push(heading('Scenario’s vergeleken'));
    body.push(...tableBlock(report.comparison, ++tableNo));
  }

  body.push(heading('Per gemeente'));
  for (const g of report.gemeenten) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(g.name)] }));
    for (const fact of g.facts) body.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(fact)] }));
    for (const chart of g.charts) body.push(...figure(chart, images, ++figureNo));
  }

  body.push(heading('Aannames'));
  body.push(...tableBlock(report.assumptions, tableNo + 1));

  body.push(heading('Kanttekeningen bij de bronnen'));
  if (report.findings.length === 0) body.push(new Paragraph('De controles vonden geen tegenstrijdigheden in de cijfers waarop deze uitkomsten rusten.'));
  else {
    body.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun('De bronnen spreken elkaar op deze punten tegen. De uitkomsten gebruiken het gedrukte cijfer, tenzij het scenario anders aangeeft (zie Aannames).')] }));
    for (const f of report.findings) {
      body.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun({ text: `${f.title}. `, bold: true }), new TextRun(f.message)] }));
    }
  }

  const doc = new Document({
    creator: 'Woonzorgverkenner',
    title: `${report.title} — ${report.scenarioNames.join(', ')}`,
    description: `Memo gemaakt met de Woonzorgverkenner op ${formatLongDate(report.date)}`,
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
                children: [new TextRun({ text: `Woonzorgverkenner · ${report.scenarioNames.join(', ')} · ${formatLongDate(report.date)} · pagina `, size: 16, color: GREY }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: GREY })],
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

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360, after: 120 }, children: [new TextRun(text)] });
}

function figure(chart: ChartSpec, images: ChartImages, n: number): Paragraph[] {
  const image = images.get(chart.id);
  const caption = new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`Figuur ${n}. ${chart.title}`)] });
  const source = new Paragraph({ style: 'Bronregel', children: [new TextRun(chart.source)] });
  if (!image) return [caption, new Paragraph({ children: [new TextRun({ text: '(grafiek niet beschikbaar)', italics: true })] }), source];
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

function tableBlock(t: ReportTable, n: number): (Paragraph | Table)[] {
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
              children: [new TextRun({ text: formatCell(cell, kindAt(t, i, j)), bold: isTotal, size: small })],
            }),
          ],
        });
      }),
    });
  });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`Tabel ${n}. ${t.title}`)] }),
    new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: columnWidths(t), rows: [header, ...rows] }),
    new Paragraph({ style: 'Bronregel', children: [new TextRun(t.source)] }),
  ];
}
