import PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import type { GemeenteSection, Report } from '../../shared/export/report';
import { formatCell, kindAt, type Cell, type ReportTable } from '../../shared/export/table';
import { formatLongDate } from '../../shared/format/nl';
import type { ChartImage, ChartImages } from './types';
import { nativeChart, type NativeChart } from './plotlyToNative';

/**
 * The slide deck: the same Report as the memo and the workbook, laid out on 16:9 slides. Charts
 * are native PowerPoint charts (editable, with their data) wherever the Plotly spec can be
 * expressed as one; otherwise the rendered PNG; otherwise a visible placeholder.
 */

// LAYOUT_WIDE, in inches.
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const MARGIN = 0.5;
const CONTENT_W = SLIDE_W - 2 * MARGIN;
const CONTENT_TOP = 1.05;
const FOOTER_Y = 7.05;
const CONTENT_BOTTOM = 6.95;

const FONT = 'Calibri';
const TEXT_COLOUR = '222222';
const GREY = '666666';
const ACCENT = '0072B2';
const LANG = 'nl-NL';
/** Plotly's default colours, for a trace without its own. */
/** Slides hold at most this many table rows (plus the header); longer tables continue on the next slide. */
const TABLE_ROWS_PER_SLIDE = 14;

type Box = { x: number; y: number; w: number; h: number };

export async function buildDeck(report: Report, images: ChartImages): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = report.title;
  pptx.subject = report.scenarioNames.join(', ');
  pptx.author = 'Woonzorgverkenner';
  pptx.company = 'Regio Gooi en Vechtstreek';

  const date = formatLongDate(report.date);
  const footer = `${report.title} · ${date}`;
  const newSlide = (title: string): PptxGenJS.Slide => {
    const slide = pptx.addSlide();
    slide.addText(title, { ...text(fitFont([title], CONTENT_W, 0.7, [26, 24, 22, 20, 18]), TEXT_COLOUR), x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.7, bold: true, valign: 'middle' });
    slide.addText(footer, { ...text(9, GREY), x: MARGIN, y: FOOTER_Y, w: CONTENT_W - 1, h: 0.3 });
    slide.slideNumber = { x: SLIDE_W - MARGIN - 0.6, y: FOOTER_Y, w: 0.6, h: 0.3, fontFace: FONT, fontSize: 9, color: GREY, align: 'right' };
    return slide;
  };

  titleSlide(pptx, report, date);
  overviewSlide(newSlide('Regio: kerncijfers'), pptx, report, images);
  // Regional charts beyond the gap chart (elderly gap, realisation path, pipeline): one per slide.
  for (const spec of report.charts.filter((c) => c.id !== 'gap' && c.id !== 'compare')) {
    drawChart(newSlide('Regio'), pptx, spec, images, { x: MARGIN, y: CONTENT_TOP, w: CONTENT_W, h: CONTENT_BOTTOM - CONTENT_TOP });
  }
  for (const g of report.gemeenten) gemeenteSlide(newSlide(g.name), pptx, g, images);
  if (report.comparison) comparisonSlide(newSlide(report.comparison.title), pptx, report, report.comparison, images);
  tableSlides(newSlide, report.assumptions);
  findingsSlides(newSlide, report.findings);

  const out = await pptx.write({ outputType: 'nodebuffer' });
  if (out instanceof Uint8Array) return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return Buffer.from(out);
  throw new Error('pptxgenjs gaf geen binaire uitvoer');
}

// ---------------------------------------------------------------------------------------------
// Slides

function titleSlide(pptx: PptxGenJS, report: Report, date: string): void {
  const slide = pptx.addSlide();
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.35, h: SLIDE_H, fill: { color: ACCENT }, line: { color: ACCENT } });
  slide.addText(report.title, { ...text(40, TEXT_COLOUR), x: 1.0, y: 1.8, w: SLIDE_W - 2, h: 1.3, bold: true, valign: 'bottom' });
  const scenarios = report.scenarioNames.length > 1 ? `Scenario’s: ${report.scenarioNames.map((n) => `‘${n}’`).join(' en ')}` : `Scenario: ‘${report.scenarioNames[0] ?? ''}’`;
  slide.addText(scenarios, { ...text(fitFont([scenarios], SLIDE_W - 2, 0.9, [24, 22, 20, 18, 16]), TEXT_COLOUR), x: 1.0, y: 3.25, w: SLIDE_W - 2, h: 0.9, valign: 'top' });
  slide.addText(date, { ...text(20, GREY), x: 1.0, y: 4.3, w: SLIDE_W - 2, h: 0.5 });
  const asOf = `Stand van de cijfers: ${report.dataAsOf}`;
  slide.addText(asOf, { ...text(14, GREY), x: 1.0, y: 5.0, w: SLIDE_W - 2, h: 0.7, valign: 'top' });
  slide.addText('Woonzorgverkenner', { ...text(12, GREY), x: 1.0, y: FOOTER_Y - 0.2, w: 5, h: 0.4 });
}

function overviewSlide(slide: PptxGenJS.Slide, pptx: PptxGenJS, report: Report, images: ChartImages): void {
  const textBox: Box = { x: MARGIN, y: CONTENT_TOP, w: 5.5, h: CONTENT_BOTTOM - CONTENT_TOP };
  bullets(slide, report.summary, textBox, [16, 14, 13, 12, 11, 10, 9]);
  const gap = report.charts.find((c) => c.id === 'gap') ?? report.charts[0];
  const chartBox: Box = { x: MARGIN + 5.8, y: CONTENT_TOP, w: CONTENT_W - 5.8, h: CONTENT_BOTTOM - CONTENT_TOP };
  if (gap) drawChart(slide, pptx, gap, images, chartBox);
}

function gemeenteSlide(slide: PptxGenJS.Slide, pptx: PptxGenJS, g: GemeenteSection, images: ChartImages): void {
  const missing: string[] = [];
  if (!g.charts.some((c) => c.id.startsWith('path'))) missing.push(`${g.name} heeft geen Woondeal-bouwprogramma: er is geen realisatiepad en geen tekort op het programma.`);
  if (!g.charts.some((c) => c.id.startsWith('elderly'))) missing.push(`Voor ${g.name} geeft de bron geen behoefte aan ouderenhuisvesting: geen grafiek behoefte en aanbod.`);

  if (g.charts.length === 0) {
    const factsH = Math.min(3.5, 0.6 * g.facts.length + 0.3);
    bullets(slide, g.facts, { x: MARGIN, y: CONTENT_TOP + 0.2, w: CONTENT_W, h: factsH }, [24, 22, 20, 18, 16, 14]);
    note(slide, missing, { x: MARGIN, y: CONTENT_TOP + 0.4 + factsH, w: CONTENT_W, h: 1.4 });
    return;
  }
  const chartsBottom = 5.65;
  const gapW = 0.3;
  const w = (CONTENT_W - gapW * (g.charts.length - 1)) / g.charts.length;
  g.charts.forEach((spec, i) => {
    drawChart(slide, pptx, spec, images, { x: MARGIN + i * (w + gapW), y: CONTENT_TOP, w, h: chartsBottom - CONTENT_TOP });
  });
  const factsBox: Box = { x: MARGIN, y: chartsBottom + 0.1, w: CONTENT_W, h: CONTENT_BOTTOM - chartsBottom - 0.1 };
  const facts = [...g.facts, ...missing];
  // Short facts read best in two columns under the charts.
  const half = Math.ceil(facts.length / 2);
  if (facts.length > 3) {
    const colW = (factsBox.w - gapW) / 2;
    const size = Math.min(fitFont(facts.slice(0, half), colW, factsBox.h, [16, 14, 13, 12, 11, 10]), fitFont(facts.slice(half), colW, factsBox.h, [16, 14, 13, 12, 11, 10]));
    bullets(slide, facts.slice(0, half), { ...factsBox, w: colW }, [size]);
    bullets(slide, facts.slice(half), { ...factsBox, x: factsBox.x + colW + gapW, w: colW }, [size]);
  } else {
    bullets(slide, facts, factsBox, [16, 14, 13, 12, 11, 10]);
  }
}

function comparisonSlide(slide: PptxGenJS.Slide, pptx: PptxGenJS, report: Report, table: ReportTable, images: ChartImages): void {
  const chart = report.charts.find((c) => c.id === 'compare');
  const tableW = chart ? 5.4 : CONTENT_W;
  const tableH = drawTable(slide, table, table.rows, { x: MARGIN, y: CONTENT_TOP + 0.1, w: tableW, h: 4.8 });
  sourceLine(slide, table.source, { x: MARGIN, y: Math.min(CONTENT_TOP + 0.25 + tableH, CONTENT_BOTTOM - 0.5), w: tableW, h: 0.5 });
  if (chart) drawChart(slide, pptx, chart, images, { x: MARGIN + tableW + 0.3, y: CONTENT_TOP, w: CONTENT_W - tableW - 0.3, h: CONTENT_BOTTOM - CONTENT_TOP });
}

function tableSlides(newSlide: (title: string) => PptxGenJS.Slide, table: ReportTable): void {
  const pages = Math.max(1, Math.ceil(table.rows.length / TABLE_ROWS_PER_SLIDE));
  for (let p = 0; p < pages; p++) {
    const slide = newSlide(p === 0 ? table.title : `${table.title} (vervolg)`);
    const rows = table.rows.slice(p * TABLE_ROWS_PER_SLIDE, (p + 1) * TABLE_ROWS_PER_SLIDE);
    // The total row is bold only where it really is the table's last row.
    const last = p === pages - 1;
    const tableH = drawTable(slide, { ...table, totalRow: table.totalRow && last }, rows, { x: MARGIN, y: CONTENT_TOP + 0.1, w: CONTENT_W, h: 5.2 });
    sourceLine(slide, table.source, { x: MARGIN, y: Math.min(CONTENT_TOP + 0.25 + tableH, CONTENT_BOTTOM - 0.45), w: CONTENT_W, h: 0.45 });
  }
}

function findingsSlides(newSlide: (title: string) => PptxGenJS.Slide, findings: Report['findings']): void {
  const title = 'Tegenstrijdigheden in de bronnen';
  const box: Box = { x: MARGIN, y: CONTENT_TOP + 0.1, w: CONTENT_W, h: CONTENT_BOTTOM - CONTENT_TOP - 0.1 };
  if (findings.length === 0) {
    newSlide(title).addText('Geen tegenstrijdigheden in de bronnen die de cijfers van deze rapportage raken.', { ...text(18, TEXT_COLOUR), ...box, valign: 'top' });
    return;
  }
  const sizes = [16, 14, 13, 12, 11];
  const minSize = sizes[sizes.length - 1] ?? 11;
  // Fill a slide with as many findings as fit at a readable size; the rest continue on the next.
  const pages: Report['findings'][] = [];
  let page: Report['findings'] = [];
  for (const f of findings) {
    const candidate = [...page, f];
    if (page.length > 0 && !fits(candidate.flatMap(findingParagraphs), box.w, box.h, minSize)) {
      pages.push(page);
      page = [f];
    } else page = candidate;
  }
  pages.push(page);
  pages.forEach((items, i) => {
    const slide = newSlide(i === 0 ? title : `${title} (vervolg)`);
    const size = fitFont(items.flatMap(findingParagraphs), box.w, box.h, sizes);
    const runs: PptxGenJS.TextProps[] = items.flatMap((f) => [
      // Title and message are separate paragraphs: pptxgenjs writes a second, invalid <a:pPr> when runs
      // of one paragraph differ in paragraph options (a bullet on the title only).
      { text: f.title, options: { bold: true, breakLine: true, paraSpaceAfter: 2 } },
      { text: f.message, options: { breakLine: true, paraSpaceAfter: Math.round(size * 0.9) } },
    ]);
    slide.addText(runs, { ...text(size, TEXT_COLOUR), ...box, valign: 'top' });
  });
}

const findingParagraphs = (f: { title: string; message: string }): string[] => [f.title, f.message];

// ---------------------------------------------------------------------------------------------
// Text

function text(fontSize: number, color: string): PptxGenJS.TextPropsOptions {
  // pptxgenjs reads a text box margin in points.
  return { fontFace: FONT, fontSize, color, lang: LANG, margin: 3 };
}

/**
 * Rough text fitting: the largest size at which the paragraphs, wrapped at an average glyph width,
 * fit the box. PowerPoint does not shrink text when it opens a file, so the size is chosen here.
 */
function fitFont(paragraphs: readonly string[], w: number, h: number, sizes: readonly number[]): number {
  for (const size of sizes) if (fits(paragraphs, w, h, size)) return size;
  return sizes[sizes.length - 1] ?? 10;
}

function fits(paragraphs: readonly string[], w: number, h: number, size: number): boolean {
  const perLine = Math.max(1, Math.floor(((w - 0.45) * 72) / (size * 0.5)));
  // Words do not break mid-line: count a tenth more lines than the characters alone need.
  const lines = paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil((p.length / perLine) * 1.1)), 0);
  const height = (lines * size * 1.2 + paragraphs.length * size * 0.5) / 72 + 0.15;
  return height <= h;
}

function bullets(slide: PptxGenJS.Slide, items: readonly string[], box: Box, sizes: readonly number[]): void {
  if (items.length === 0) return;
  const size = fitFont(items, box.w, box.h, sizes);
  slide.addText(
    items.map((t) => ({ text: t, options: { bullet: { indent: Math.round(size * 1.1) }, paraSpaceAfter: Math.round(size * 0.5), breakLine: true } })),
    { ...text(size, TEXT_COLOUR), ...box, valign: 'top' },
  );
}

function note(slide: PptxGenJS.Slide, lines: readonly string[], box: Box): void {
  if (lines.length === 0) return;
  const size = fitFont(lines, box.w, box.h, [18, 16, 14, 12]);
  slide.addText(lines.join('\n'), { ...text(size, GREY), ...box, italic: true, valign: 'top', fill: { color: 'F2F2F2' } });
}

function sourceLine(slide: PptxGenJS.Slide, source: string, box: Box): void {
  slide.addText(source, { ...text(fitFont([source], box.w, box.h, [10, 9, 8, 7]), GREY), ...box, valign: 'top' });
}

// ---------------------------------------------------------------------------------------------
// Tables


/** Draws the table and returns its estimated height, so the source line can sit right under it. */
function drawTable(slide: PptxGenJS.Slide, table: ReportTable, rows: readonly Cell[][], box: Box): number {
  const texts = rows.map((row) => {
    const index = table.rows.indexOf(row);
    return table.columns.map((_col, c) => formatCell(row[c] ?? null, kindAt(table, index, c)));
  });
  const n = rows.length;
  const fontSize = n <= 5 ? 14 : n <= 8 ? 12 : n <= 11 ? 11 : 10;
  // Widths follow the longest text per column (headers wrap, so they count for less).
  const weights = table.columns.map((col, c) => Math.max(6, Math.min(col.header.length, 16), ...texts.map((r) => (r[c] ?? '').length)));
  const total = weights.reduce((a, b) => a + b, 0);
  const colW = weights.map((wt) => (box.w * wt) / total);
  const border: PptxGenJS.BorderProps = { type: 'solid', pt: 0.5, color: 'BFBFBF' };
  const header: PptxGenJS.TableRow = table.columns.map((col) => ({
    text: col.header,
    options: { bold: true, fill: { color: 'E7EEF5' }, align: col.kind === 'text' ? 'left' : 'right', valign: 'bottom' },
  }));
  const body: PptxGenJS.TableRow[] = texts.map((r, i) => {
    const bold = table.totalRow && i === n - 1;
    return r.map((t, c) => ({
      text: t,
      options: { bold, align: (table.columns[c]?.kind ?? 'text') === 'text' || typeof rows[i]?.[c] === 'string' ? 'left' : 'right', ...(bold ? { fill: { color: 'F2F2F2' } } : {}) },
    }));
  });
  slide.addTable([header, ...body], { x: box.x, y: box.y, w: box.w, colW, fontFace: FONT, fontSize, color: TEXT_COLOUR, border, margin: 0.05, valign: 'middle' });
  const lines = (cells: readonly string[]) => Math.max(1, ...cells.map((t, c) => Math.ceil(t.length / Math.max(1, Math.floor((((colW[c] ?? 1) - 0.1) * 72) / (fontSize * 0.55))))));
  return [table.columns.map((col) => col.header), ...texts].reduce((h, cells) => h + (lines(cells) * fontSize * 1.2) / 72 + 0.1, 0);
}

// ---------------------------------------------------------------------------------------------
// Charts

/** A chart block: title, chart (native, image or placeholder), notes from annotations, source. */
function drawChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, spec: ChartSpec, images: ChartImages, box: Box): void {
  const titleSize = fitFont([spec.title], box.w, 0.45, [15, 14, 13, 12, 11]);
  slide.addText(spec.title, { ...text(titleSize, TEXT_COLOUR), x: box.x, y: box.y, w: box.w, h: 0.45, bold: true, valign: 'top' });
  const sourceH = 0.45;
  const native = nativeChart(spec);
  const notes = native?.notes ?? [];
  const notesH = notes.length > 0 ? 0.3 : 0;
  const area: Box = { x: box.x, y: box.y + 0.5, w: box.w, h: box.h - 0.5 - notesH - sourceH - 0.05 };
  if (native) addNativeChart(slide, pptx, native, area);
  else {
    const image = usableImage(images.get(spec.id));
    if (image) addImageFitted(slide, image, area, spec.title);
    else placeholder(slide, spec.title, area);
  }
  if (notes.length > 0) slide.addText(notes.join(' · '), { ...text(fitFont([notes.join(' · ')], box.w, notesH, [10, 9, 8]), GREY), x: box.x, y: area.y + area.h, w: box.w, h: notesH, italic: true });
  sourceLine(slide, spec.source, { x: box.x, y: box.y + box.h - sourceH, w: box.w, h: sourceH });
}

function addNativeChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, c: NativeChart, box: Box): void {
  const common: PptxGenJS.IChartOpts = {
    ...box,
    chartColors: c.colours,
    showLegend: c.showLegend,
    legendPos: 'b',
    legendFontSize: 10,
    legendFontFace: FONT,
    catAxisLabelFontSize: 10,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelFontFace: FONT,
    valAxisLabelFormatCode: c.numberFormat,
    showValAxisTitle: c.valueTitle !== null,
    valAxisTitle: c.valueTitle ?? '',
    valAxisTitleFontSize: 10,
    valAxisTitleFontFace: FONT,
    valAxisTitleColor: GREY,
    showCatAxisTitle: c.categoryTitle !== null,
    catAxisTitle: c.categoryTitle ?? '',
    catAxisTitleFontSize: 10,
    catAxisTitleFontFace: FONT,
    catAxisTitleColor: GREY,
    valGridLine: { color: 'E0E0E0', size: 0.5 },
    catGridLine: { style: 'none' },
    showValue: c.showValues,
    dataLabelFormatCode: c.numberFormat,
    dataLabelFontSize: 9,
    dataLabelFontFace: FONT,
    dataLabelColor: '333333',
  };
  // pptxgenjs leaves nulls as empty points: a gap in a line, no bar.
  const data = c.series.map((s) => ({ name: s.name, labels: s.labels, values: s.values }));
  if (c.kind === 'bar') {
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      barDir: c.horizontal ? 'bar' : 'col',
      barGrouping: c.stacked ? 'stacked' : 'clustered',
      ...(c.stacked ? { barOverlapPct: 100 } : {}),
      barGapWidthPct: 60,
      // "Outside end" is not allowed on stacked bars.
      ...(c.showValues && !c.stacked ? { dataLabelPosition: 'outEnd' as const } : {}),
    });
  } else {
    slide.addChart(pptx.ChartType.line, data, {
      ...common,
      lineSize: 2,
      lineDataSymbol: c.markers ? 'circle' : 'none',
      lineDataSymbolSize: 6,
      displayBlanksAs: 'gap',
    });
  }
}

function usableImage(image: ChartImage | undefined): ChartImage | null {
  if (!image || image.width <= 0 || image.height <= 0 || image.png.length < 8) return null;
  // The PNG signature: anything else would make PowerPoint refuse the file.
  return image.png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ? image : null;
}

function addImageFitted(slide: PptxGenJS.Slide, image: ChartImage, box: Box, title: string): void {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  slide.addImage({ data: `image/png;base64,${image.png.toString('base64')}`, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText: title });
}

function placeholder(slide: PptxGenJS.Slide, title: string, box: Box): void {
  slide.addText(`Grafiek niet beschikbaar in deze presentatie: ${title}. Zie de Woonzorgverkenner of de Excel-bijlage voor de cijfers.`, {
    ...text(14, GREY),
    ...box,
    align: 'center',
    valign: 'middle',
    italic: true,
    fill: { color: 'F7F7F7' },
    line: { color: 'BFBFBF', dashType: 'dash', width: 1 },
  });
}
