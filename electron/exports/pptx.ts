import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { chartDescription, type Headline } from '../../shared/export/headlines';
import type { Report } from '../../shared/export/report';
import { slidesOf, type Block, type Slide } from '../../shared/export/section';
import { kindAt, type ReportTable } from '../../shared/export/table';
import { formatLongDate, type Locale } from '../../shared/format/nl';
import { texts, type Catalogue } from '../../shared/i18n/catalogue';
import { formatCell, type Cell } from '../../shared/table/column';
import type { ChartImage, ChartImages } from './types';
import { localisedFormat, nativeChart, type NativeChart, type PresetDash } from '../../shared/export/nativeChart';
import { xmlSafe, xmlSafeText } from './xmlText';

/**
 * The slide deck: the same Report as the memo and the workbook, on 16:9 slides: a title slide,
 * then each section's slides (shared/export/section.ts, slidesOf), each laid out by what it
 * shows (drawSlide). Charts are native PowerPoint charts (editable, with their data) wherever
 * the Plotly spec can be expressed as one; otherwise the rendered PNG; otherwise a visible
 * placeholder.
 *
 * Every slide has a real title placeholder (its master's <p:ph type="title"/>, so PowerPoint's
 * outline, accessibility checker and screen readers find it) holding the conclusion where the
 * section offers one (shared/export/headlines.ts); charts and pictures carry a one-sentence data
 * summary as alt text; speaker notes give the slide's talking points and its figures' sources.
 * When scenarios are compared the comparison comes first, right after the title slide.
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
/** No text on a slide is smaller (issue 12): layouts wrap, continue or shorten instead of shrinking below it. */
const MIN_PT = 12;
/** Slides hold at most this many table rows (plus the header); longer tables continue on the next slide. */
const TABLE_ROWS_PER_SLIDE = 14;

type Box = { x: number; y: number; w: number; h: number };

type NewSlide = (title: string, notes: string) => PptxGenJS.Slide;
type Deck = {
  pptx: PptxGenJS;
  newSlide: NewSlide;
  images: ChartImages;
  words: Catalogue['report'];
  notesWords: Catalogue['headlines']['notes'];
  lang: Locale;
  /** Per native chart, in the order they were added: each series' line dash (pptxgenjs writes one dash for all). */
  chartDashes: PresetDash[][];
};

const CONTENT_MASTER = 'WZV_CONTENT';
const TITLE_MASTER = 'WZV_TITLE';
const TITLE_BOX = { x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.7 } as const;

export type DeckOptions = {
  /** The slide titles that state a conclusion (deckHeadlines of the results); without it the sections' titles. */
  headline?: Headline;
};

/** Sections in the deck's order: when scenarios are compared, the comparison first. */
export function deckSections(report: Report): Report['sections'] {
  if (report.scenarioNames.length < 2) return report.sections;
  const isComparison = (id: string) => id === 'comparison' || id.startsWith('comparison');
  return [...report.sections.filter((s) => isComparison(s.id)), ...report.sections.filter((s) => !isComparison(s.id))];
}

export async function buildDeck(unsafe: Report, images: ChartImages, options: DeckOptions = {}): Promise<Buffer> {
  const report = xmlSafe(unsafe);
  const words = texts(report.locale).report;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = report.title;
  pptx.subject = report.scenarioNames.join(', ');
  pptx.author = 'Woonzorgverkenner';
  pptx.company = words.deck.company;

  const date = formatLongDate(report.date, report.locale);
  const footer = `${report.title} · ${date}`;
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', ...TITLE_BOX, ...text(24, TEXT_COLOUR, report.locale), bold: true, align: 'left', valign: 'middle' }, text: '' } },
      { text: { text: footer, options: { ...text(MIN_PT, GREY, report.locale), x: MARGIN, y: FOOTER_Y, w: CONTENT_W - 1, h: 0.3 } } },
    ],
    slideNumber: { x: SLIDE_W - MARGIN - 0.6, y: FOOTER_Y, w: 0.6, h: 0.3, fontFace: FONT, fontSize: MIN_PT, color: GREY, align: 'right' },
  });
  pptx.defineSlideMaster({
    title: TITLE_MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: 0.35, h: SLIDE_H, fill: { color: ACCENT }, line: { color: ACCENT } } },
      { placeholder: { options: { name: 'title', type: 'title', x: 1.0, y: 1.8, w: SLIDE_W - 2, h: 1.3, ...text(40, TEXT_COLOUR, report.locale), bold: true, align: 'left', valign: 'bottom' }, text: '' } },
    ],
  });
  const newSlide: NewSlide = (title, notes) => {
    const slide = pptx.addSlide({ masterName: CONTENT_MASTER });
    slide.addText(title, { placeholder: 'title', ...text(fitFont([title], CONTENT_W, TITLE_BOX.h, [26, 24, 22, 20, 18]), TEXT_COLOUR, report.locale), bold: true, align: 'left', valign: 'middle' });
    if (notes !== '') slide.addNotes(notes);
    return slide;
  };

  const notesWords = texts(report.locale).headlines.notes;
  const deck: Deck = { pptx, newSlide, images, words, notesWords, lang: report.locale, chartDashes: [] };
  titleSlide(deck, report, date);
  for (const section of deckSections(report)) {
    // A headline is written from the results, whose names may hold what XML cannot (the report itself was made safe above).
    for (const slide of slidesOf(section)) {
      const headline = options.headline?.(section.id, slide);
      drawSlide(deck, { ...slide, title: headline == null ? slide.title : xmlSafeText(headline) });
    }
  }

  const out = await pptx.write({ outputType: 'nodebuffer' });
  if (out instanceof Uint8Array) return finish(Buffer.from(out.buffer, out.byteOffset, out.byteLength), deck);
  if (out instanceof ArrayBuffer) return finish(Buffer.from(out), deck);
  throw new Error('pptxgenjs gaf geen binaire uitvoer');
}

/**
 * What pptxgenjs cannot write, set in its output: the header-row and banded-row flags on every
 * table (<a:tblPr firstRow="1" bandRow="1">), each line series' own dash (the target path dashed,
 * the forecast dotted), the deck's language on charts and empty paragraphs, and speaker notes as
 * one paragraph per line in the deck's language.
 */
async function finish(pptxFile: Buffer, deck: Deck): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pptxFile);
  const files = Object.keys(zip.files);
  const numbered = (re: RegExp) =>
    files
      .filter((f) => re.test(f))
      .sort((a, b) => Number(re.exec(a)?.[1]) - Number(re.exec(b)?.[1]));
  const edit = async (name: string, change: (xml: string) => string) => {
    const file = zip.file(name);
    if (file) zip.file(name, change(await file.async('string')));
  };
  // pptxgenjs gives empty paragraphs and chart text en-US whatever the run's language: the deck's.
  const inLanguage = (xml: string) => xml.replace(/lang="en-US"/g, `lang="${deck.lang}"`);
  for (const name of numbered(/^ppt\/slides\/slide(\d+)\.xml$/)) await edit(name, (xml) => inLanguage(xml.replace(/<a:tblPr\/>/g, '<a:tblPr firstRow="1" bandRow="1"/>')));
  // pptxgenjs numbers charts across every deck of the process; in one file they are in the order they were added.
  const charts = numbered(/^ppt\/charts\/chart(\d+)\.xml$/);
  for (const [i, name] of charts.entries()) {
    const dashes = deck.chartDashes[i] ?? [];
    await edit(name, (xml) => {
      let series = 0;
      const dashed = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => ser.replace('<a:prstDash val="solid"/>', `<a:prstDash val="${dashes[series++] ?? 'solid'}"/>`));
      // The chart's editing language (c:lang comes right after c:date1904 in the schema).
      return inLanguage(dashed).replace(/(<c:date1904 val="[01]"\/>)/, `$1<c:lang val="${deck.lang}"/>`);
    });
  }
  for (const name of numbered(/^ppt\/notesSlides\/notesSlide(\d+)\.xml$/)) {
    await edit(name, (xml) =>
      xml.replace(/<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/, (_all, body: string) =>
        body
          .split('\n')
          .map((line) => `<a:p><a:r><a:rPr lang="${deck.lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
          .join(''),
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/** The speaker notes of a slide: its title, what it shows in words (the text and each chart's summary), then the sources. */
function speakerNotes(deck: Deck, title: string, blocks: readonly Block[], talk: readonly string[] = []): string {
  const points: string[] = [...talk];
  const shows: string[] = [];
  const sources: string[] = [];
  const walk = (bs: readonly Block[]): void => {
    for (const b of bs) {
      if (b.kind === 'paragraphs' || b.kind === 'remark') points.push(...b.texts);
      else if (b.kind === 'facts') points.push(...b.items);
      else if (b.kind === 'notes') points.push(...b.items.map((n) => `${n.title}: ${n.text}`));
      else if (b.kind === 'chart') {
        shows.push(chartDescription(b.chart, deck.lang));
        sources.push(b.chart.source);
      } else if (b.kind === 'table') {
        shows.push(b.table.title);
        sources.push(b.table.source);
      } else walk(b.blocks);
    }
  };
  walk(blocks);
  const w = deck.notesWords;
  const list = (items: readonly string[]) => [...new Set(items)].map((t) => `• ${t}`);
  return [
    title,
    ...(points.length > 0 ? ['', `${w.points}:`, ...list(points)] : []),
    ...(shows.length > 0 ? ['', `${w.shows}:`, ...list(shows)] : []),
    ...(sources.length > 0 ? ['', `${w.sources}:`, ...list(sources)] : []),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Slides

function titleSlide({ pptx, words, lang }: Deck, report: Report, date: string): void {
  const slide = pptx.addSlide({ masterName: TITLE_MASTER });
  slide.addText(report.title, { placeholder: 'title', ...text(40, TEXT_COLOUR, lang), bold: true, align: 'left', valign: 'bottom' });
  const scenarios = words.deck.scenarios(report.scenarioNames);
  slide.addNotes([report.title, scenarios, date, words.deck.dataAsOf(report.dataAsOf)].join('\n'));
  slide.addText(scenarios, { ...text(fitFont([scenarios], SLIDE_W - 2, 0.9, [24, 22, 20, 18, 16]), TEXT_COLOUR, lang), x: 1.0, y: 3.25, w: SLIDE_W - 2, h: 0.9, valign: 'top' });
  slide.addText(date, { ...text(20, GREY, lang), x: 1.0, y: 4.3, w: SLIDE_W - 2, h: 0.5 });
  const asOf = words.deck.dataAsOf(report.dataAsOf);
  slide.addText(asOf, { ...text(14, GREY, lang), x: 1.0, y: 5.0, w: SLIDE_W - 2, h: 0.7, valign: 'top' });
  slide.addText('Woonzorgverkenner', { ...text(12, GREY, lang), x: 1.0, y: FOOTER_Y - 0.2, w: 5, h: 0.4 });
}

type Blocks<K extends Block['kind']> = Extract<Block, { kind: K }>[];
const ofKind = <K extends Block['kind']>(blocks: readonly Block[], kind: K): Blocks<K> => blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

/**
 * A slide laid out by what it shows: a table alone (continued on more slides when long), a table
 * beside a chart, titled notes alone (continued when long), one chart filling the slide, running
 * text beside a chart, facts under charts, or text alone. Anything else is split over slides of
 * those kinds: its text on one, then each table, chart, list of notes and group on its own.
 */
function drawSlide(deck: Deck, { title, blocks, talk }: Slide): void {
  const notes = speakerNotes(deck, title, blocks, talk);
  const newSlide = (t: string) => deck.newSlide(t, notes);
  const tables = ofKind(blocks, 'table').map((b) => b.table);
  const charts = ofKind(blocks, 'chart').map((b) => b.chart);
  const paragraphs = ofKind(blocks, 'paragraphs').flatMap((b) => b.texts);
  const facts = ofKind(blocks, 'facts').flatMap((b) => b.items);
  const noteItems = ofKind(blocks, 'notes').flatMap((b) => b.items);
  const remarks = ofKind(blocks, 'remark').flatMap((b) => b.texts);
  const only = (...kinds: Block['kind'][]) => blocks.length > 0 && blocks.every((b) => kinds.includes(b.kind));
  const [table] = tables;
  const [chart] = charts;

  if (table && blocks.length === 1) tableSlides(deck, title, table, notes);
  else if (table && chart && blocks.length === 2) tableAndChartSlide(deck, newSlide(title), table, chart);
  else if (only('notes')) notesSlides(deck, title, noteItems, notes);
  else if (chart && blocks.length === 1) drawChart(deck, newSlide(title), chart, { x: MARGIN, y: CONTENT_TOP, w: CONTENT_W, h: CONTENT_BOTTOM - CONTENT_TOP });
  else if (chart && charts.length === 1 && only('paragraphs', 'chart')) textAndChartSlide(deck, newSlide(title), paragraphs, chart);
  else if (facts.length > 0 && only('facts', 'chart', 'remark')) factsSlide(deck, newSlide(title), facts, charts, remarks);
  else if (only('paragraphs', 'facts', 'remark')) textSlide(deck, newSlide(title), [...paragraphs, ...facts, ...remarks]);
  else {
    const prose = blocks.filter((b) => b.kind === 'paragraphs' || b.kind === 'facts' || b.kind === 'remark');
    if (prose.length > 0) drawSlide(deck, { title, blocks: prose, talk });
    for (const b of blocks) {
      if (b.kind === 'table' || b.kind === 'chart' || b.kind === 'notes') drawSlide(deck, { title: b.kind === 'table' ? b.table.title : title, blocks: [b] });
      else if (b.kind === 'group') drawSlide(deck, { title: b.title, blocks: b.blocks });
    }
  }
}

/** Running text beside a chart (the summary beside the regional gap chart). */
function textAndChartSlide(deck: Deck, slide: PptxGenJS.Slide, paragraphs: readonly string[], chart: ChartSpec): void {
  const textBox: Box = { x: MARGIN, y: CONTENT_TOP, w: 5.5, h: CONTENT_BOTTOM - CONTENT_TOP };
  bullets(slide, paragraphs, textBox, [16, 14, 13, MIN_PT], deck.lang);
  const chartBox: Box = { x: MARGIN + 5.8, y: CONTENT_TOP, w: CONTENT_W - 5.8, h: CONTENT_BOTTOM - CONTENT_TOP };
  drawChart(deck, slide, chart, chartBox);
}

/** Charts side by side with the facts under them; without a chart the facts large, with the remarks set apart. */
function factsSlide(deck: Deck, slide: PptxGenJS.Slide, facts: readonly string[], charts: readonly ChartSpec[], remarks: readonly string[]): void {
  if (charts.length === 0) {
    const factsH = Math.min(3.5, 0.6 * facts.length + 0.3);
    bullets(slide, facts, { x: MARGIN, y: CONTENT_TOP + 0.2, w: CONTENT_W, h: factsH }, [24, 22, 20, 18, 16, 14], deck.lang);
    note(slide, remarks, { x: MARGIN, y: CONTENT_TOP + 0.4 + factsH, w: CONTENT_W, h: 1.4 }, deck.lang);
    return;
  }
  const gapW = 0.3;
  const all = [...facts, ...remarks];
  // Short facts read best in two columns under the charts.
  const half = Math.ceil(all.length / 2);
  const columns = all.length > 3 ? [all.slice(0, half), all.slice(half)] : [all];
  const colW = (CONTENT_W - gapW * (columns.length - 1)) / columns.length;
  // The facts keep 12 pt: where they need more room than the usual band under the charts, the charts give it.
  const factsH = Math.max(CONTENT_BOTTOM - 5.75, ...columns.map((c) => textHeight(c, colW, MIN_PT)));
  const chartsBottom = CONTENT_BOTTOM - factsH - 0.1;
  const w = (CONTENT_W - gapW * (charts.length - 1)) / charts.length;
  charts.forEach((spec, i) => {
    drawChart(deck, slide, spec, { x: MARGIN + i * (w + gapW), y: CONTENT_TOP, w, h: chartsBottom - CONTENT_TOP });
  });
  const size = Math.min(...columns.map((c) => fitFont(c, colW, factsH, [16, 14, 13, MIN_PT])));
  columns.forEach((c, i) => {
    bullets(slide, c, { x: MARGIN + i * (colW + gapW), y: chartsBottom + 0.1, w: colW, h: factsH }, [size], deck.lang);
  });
}

function tableAndChartSlide(deck: Deck, slide: PptxGenJS.Slide, table: ReportTable, chart: ChartSpec): void {
  const tableW = 5.4;
  const tableH = drawTable(slide, table, table.rows, { x: MARGIN, y: CONTENT_TOP + 0.1, w: tableW, h: 4.8 }, deck.lang);
  sourceLine(slide, table.source, { x: MARGIN, y: Math.min(CONTENT_TOP + 0.25 + tableH, CONTENT_BOTTOM - SOURCE_H), w: tableW, h: SOURCE_H }, deck);
  drawChart(deck, slide, chart, { x: MARGIN + tableW + 0.3, y: CONTENT_TOP, w: CONTENT_W - tableW - 0.3, h: CONTENT_BOTTOM - CONTENT_TOP });
}

function tableSlides(deck: Deck, title: string, table: ReportTable, notes: string): void {
  const pages = Math.max(1, Math.ceil(table.rows.length / TABLE_ROWS_PER_SLIDE));
  for (let p = 0; p < pages; p++) {
    const slide = deck.newSlide(p === 0 ? title : deck.words.deck.continued(title), notes);
    const rows = table.rows.slice(p * TABLE_ROWS_PER_SLIDE, (p + 1) * TABLE_ROWS_PER_SLIDE);
    // The total row is bold only where it really is the table's last row.
    const last = p === pages - 1;
    const tableH = drawTable(slide, { ...table, totalRow: table.totalRow && last }, rows, { x: MARGIN, y: CONTENT_TOP + 0.1, w: CONTENT_W, h: 5.2 }, deck.lang);
    sourceLine(slide, table.source, { x: MARGIN, y: Math.min(CONTENT_TOP + 0.25 + tableH, CONTENT_BOTTOM - SOURCE_H), w: CONTENT_W, h: SOURCE_H }, deck);
  }
}

const CONTENT_BOX: Box = { x: MARGIN, y: CONTENT_TOP + 0.1, w: CONTENT_W, h: CONTENT_BOTTOM - CONTENT_TOP - 0.1 };

function textSlide(deck: Deck, slide: PptxGenJS.Slide, paragraphs: readonly string[]): void {
  const size = fitFont(paragraphs, CONTENT_BOX.w, CONTENT_BOX.h, [18, 16, 14, 12]);
  const content = paragraphs.length === 1 ? (paragraphs[0] ?? '') : paragraphs.map((t) => ({ text: t, options: { breakLine: true, paraSpaceAfter: Math.round(size * 0.6) } }));
  slide.addText(content, { ...text(size, TEXT_COLOUR, deck.lang), ...CONTENT_BOX, valign: 'top' });
}

type Note = { title: string; text: string };

function notesSlides(deck: Deck, title: string, notes: readonly Note[], speaker: string): void {
  const box = CONTENT_BOX;
  // Never below 12 pt on a slide (issue 12): what does not fit at 12 pt continues on the next slide.
  const sizes = [16, 14, 13, 12];
  const minSize = sizes[sizes.length - 1] ?? 12;
  // Fill a slide with as many notes as fit at a readable size; the rest continue on the next.
  const pages: Note[][] = [];
  let page: Note[] = [];
  for (const n of notes) {
    const candidate = [...page, n];
    if (page.length > 0 && !fits(candidate.flatMap(noteParagraphs), box.w, box.h, minSize)) {
      pages.push(page);
      page = [n];
    } else page = candidate;
  }
  pages.push(page);
  pages.forEach((items, i) => {
    const slide = deck.newSlide(i === 0 ? title : deck.words.deck.continued(title), speaker);
    const size = fitFont(items.flatMap(noteParagraphs), box.w, box.h, sizes);
    const runs: PptxGenJS.TextProps[] = items.flatMap((n) => [
      // Title and text are separate paragraphs: pptxgenjs writes a second, invalid <a:pPr> when runs
      // of one paragraph differ in paragraph options (a bullet on the title only).
      { text: n.title, options: { bold: true, breakLine: true, paraSpaceAfter: 2 } },
      { text: n.text, options: { breakLine: true, paraSpaceAfter: Math.round(size * 0.9) } },
    ]);
    slide.addText(runs, { ...text(size, TEXT_COLOUR, deck.lang), ...box, valign: 'top' });
  });
}

const noteParagraphs = (n: Note): string[] => [n.title, n.text];

// ---------------------------------------------------------------------------------------------
// Text

function text(fontSize: number, color: string, lang: string): PptxGenJS.TextPropsOptions {
  // pptxgenjs reads a text box margin in points.
  return { fontFace: FONT, fontSize, color, lang, margin: 3 };
}

/**
 * Rough text fitting: the largest size at which the paragraphs, wrapped at an average glyph width,
 * fit the box. PowerPoint does not shrink text when it opens a file, so the size is chosen here.
 */
function fitFont(paragraphs: readonly string[], w: number, h: number, sizes: readonly number[]): number {
  for (const size of sizes) if (fits(paragraphs, w, h, size)) return size;
  return sizes[sizes.length - 1] ?? MIN_PT;
}

/** The lines a paragraph takes in a box `w` inches wide. */
function lineCount(paragraph: string, w: number, size: number): number {
  const perLine = Math.max(1, Math.floor(((w - 0.45) * 72) / (size * 0.5)));
  // Words do not break mid-line: count a tenth more lines than the characters alone need.
  return Math.max(1, Math.ceil((paragraph.length / perLine) * 1.1));
}

/** The height (inches) the paragraphs need, with their spacing. */
function textHeight(paragraphs: readonly string[], w: number, size: number): number {
  const lines = paragraphs.reduce((n, p) => n + lineCount(p, w, size), 0);
  return (lines * size * 1.2 + paragraphs.length * size * 0.5) / 72 + 0.15;
}

function fits(paragraphs: readonly string[], w: number, h: number, size: number): boolean {
  return textHeight(paragraphs, w, size) <= h;
}

function bullets(slide: PptxGenJS.Slide, items: readonly string[], box: Box, sizes: readonly number[], lang: string): void {
  if (items.length === 0) return;
  const size = fitFont(items, box.w, box.h, sizes);
  slide.addText(
    items.map((t) => ({ text: t, options: { bullet: { indent: Math.round(size * 1.1) }, paraSpaceAfter: Math.round(size * 0.5), breakLine: true } })),
    { ...text(size, TEXT_COLOUR, lang), ...box, valign: 'top' },
  );
}

function note(slide: PptxGenJS.Slide, lines: readonly string[], box: Box, lang: string): void {
  if (lines.length === 0) return;
  const size = fitFont(lines, box.w, box.h, [18, 16, 14, 12]);
  slide.addText(lines.join('\n'), { ...text(size, GREY, lang), ...box, italic: true, valign: 'top', fill: { color: 'F2F2F2' } });
}

/** Two lines of 12 pt with the text box's margins. */
const SOURCE_H = 0.5;

/**
 * The source under a chart or table, at 12 pt on at most two lines. A longer source is cut at a
 * document reference (then a word) and says so; the speaker notes carry it in full. A credit the
 * figure requires wherever it is shown (ChartSpec.credit: the map's boundaries) is never cut: the
 * shortened line still ends with it.
 */
function sourceLine(slide: PptxGenJS.Slide, source: string, box: Box, deck: Deck, credit?: string): void {
  slide.addText(slideSource(source, box.w, deck.words.deck.sourceInNotes, credit), { ...text(MIN_PT, GREY, deck.lang), ...box, h: SOURCE_H, valign: 'top' });
}

export function slideSource(source: string, w: number, inNotes: string, credit = ''): string {
  const fitsTwo = (t: string) => lineCount(t, w, MIN_PT) <= 2;
  if (fitsTwo(source)) return source;
  const rest = credit !== '' && source.endsWith(credit) ? source.slice(0, -credit.length).replace(/[\s.]+$/, '') : source;
  const tail = credit === '' ? inNotes : `${inNotes}. ${credit}`;
  // What the Woonzorgverkenner did with the documents (after the dash) goes first, then the later references.
  const references = (rest.split(' — ')[0] ?? rest).split('; ');
  let short = references[0] ?? '';
  for (const r of references.slice(1)) {
    if (!fitsTwo(`${short}; ${r} ${tail}`)) break;
    short = `${short}; ${r}`;
  }
  const words = short.split(' ');
  while (words.length > 2 && !fitsTwo(`${words.join(' ')} ${tail}`)) words.pop();
  return `${words.join(' ')} ${tail}`;
}

// ---------------------------------------------------------------------------------------------
// Tables


/** Draws the table and returns its estimated height, so the source line can sit right under it. */
function drawTable(slide: PptxGenJS.Slide, table: ReportTable, rows: readonly Cell[][], box: Box, lang: Locale): number {
  const texts = rows.map((row) => {
    const index = table.rows.indexOf(row);
    return table.columns.map((_col, c) => formatCell(row[c] ?? null, kindAt(table, index, c), lang));
  });
  const n = rows.length;
  // At most TABLE_ROWS_PER_SLIDE rows of 12 pt fit the slide.
  const fontSize = n <= 5 ? 14 : MIN_PT;
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
      // By the column, as in the memo: a word in a column of figures ("na 2040", "–") lines up with the figures.
      options: { bold, align: (table.columns[c]?.kind ?? 'text') === 'text' ? 'left' : 'right', ...(bold ? { fill: { color: 'F2F2F2' } } : {}) },
    }));
  });
  slide.addTable([header, ...body], { x: box.x, y: box.y, w: box.w, colW, fontFace: FONT, fontSize, color: TEXT_COLOUR, border, margin: 0.05, valign: 'middle' });
  const lines = (cells: readonly string[]) => Math.max(1, ...cells.map((t, c) => Math.ceil(t.length / Math.max(1, Math.floor((((colW[c] ?? 1) - 0.1) * 72) / (fontSize * 0.55))))));
  return [table.columns.map((col) => col.header), ...texts].reduce((h, cells) => h + (lines(cells) * fontSize * 1.2) / 72 + 0.1, 0);
}

// ---------------------------------------------------------------------------------------------
// Charts

/** A chart block: title, chart (native, image or placeholder), notes from annotations, source. */
function drawChart(deck: Deck, slide: PptxGenJS.Slide, spec: ChartSpec, box: Box): void {
  const { pptx, images, words, lang, chartDashes } = deck;
  const alt = chartDescription(spec, lang);
  // A title too long for one line at 12 pt takes two.
  const titleH = fits([spec.title], box.w, 0.45, MIN_PT) ? 0.45 : 0.7;
  const titleSize = fitFont([spec.title], box.w, titleH, [15, 14, 13, MIN_PT]);
  slide.addText(spec.title, { ...text(titleSize, TEXT_COLOUR, lang), x: box.x, y: box.y, w: box.w, h: titleH, bold: true, valign: 'top' });
  const native = nativeChart(spec);
  const notes = native?.notes ?? [];
  const notesText = notes.join(' · ');
  const notesH = notes.length > 0 ? (lineCount(notesText, box.w, MIN_PT) * MIN_PT * 1.2) / 72 + 0.1 : 0;
  const area: Box = { x: box.x, y: box.y + titleH + 0.05, w: box.w, h: box.h - titleH - 0.05 - notesH - SOURCE_H - 0.05 };
  if (native) {
    addNativeChart(slide, pptx, native, area, alt, lang);
    chartDashes.push(native.dashes);
  } else {
    const image = usableImage(images.get(spec.id));
    if (image) addImageFitted(slide, image, area, alt);
    else placeholder(slide, words.deck.chartMissing(spec.title), area, lang);
  }
  if (notes.length > 0) slide.addText(notesText, { ...text(MIN_PT, GREY, lang), x: box.x, y: area.y + area.h, w: box.w, h: notesH, italic: true, valign: 'top' });
  sourceLine(slide, spec.source, { x: box.x, y: box.y + box.h - SOURCE_H, w: box.w, h: SOURCE_H }, deck, spec.credit);
}

function addNativeChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, c: NativeChart, box: Box, altText: string, lang: Locale): void {
  // The format carries the deck's language: LibreOffice then groups 2.028 the Dutch way whatever the viewer's locale.
  const numberFormat = localisedFormat(c.numberFormat, lang);
  const common: PptxGenJS.IChartOpts = {
    ...box,
    altText,
    chartColors: c.colours,
    showLegend: c.showLegend,
    legendPos: 'b',
    legendFontSize: MIN_PT,
    legendFontFace: FONT,
    catAxisLabelFontSize: MIN_PT,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: MIN_PT,
    valAxisLabelFontFace: FONT,
    valAxisLabelFormatCode: numberFormat,
    showValAxisTitle: c.valueTitle !== null,
    valAxisTitle: c.valueTitle ?? '',
    valAxisTitleFontSize: MIN_PT,
    valAxisTitleFontFace: FONT,
    valAxisTitleColor: GREY,
    showCatAxisTitle: c.categoryTitle !== null,
    catAxisTitle: c.categoryTitle ?? '',
    catAxisTitleFontSize: MIN_PT,
    catAxisTitleFontFace: FONT,
    catAxisTitleColor: GREY,
    valGridLine: { color: 'E0E0E0', size: 0.5 },
    catGridLine: { style: 'none' },
    showValue: c.showValues,
    dataLabelFormatCode: numberFormat,
    dataLabelFontSize: MIN_PT,
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
      ...(c.stacked || c.overlaid ? { barOverlapPct: 100 } : {}),
      barGapWidthPct: 60,
      // Sideways bars that reach below zero (a tornado): the names at the axis's low end, not on the zero line under the bars.
      ...(c.horizontal && c.series.some((s) => s.values.some((v) => v !== null && v < 0)) ? { catAxisLabelPos: 'low' as const } : {}),
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

function addImageFitted(slide: PptxGenJS.Slide, image: ChartImage, box: Box, altText: string): void {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  slide.addImage({ data: `image/png;base64,${image.png.toString('base64')}`, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText });
}

function placeholder(slide: PptxGenJS.Slide, message: string, box: Box, lang: string): void {
  slide.addText(message, {
    ...text(14, GREY, lang),
    ...box,
    align: 'center',
    valign: 'middle',
    italic: true,
    fill: { color: 'F7F7F7' },
    line: { color: 'BFBFBF', dashType: 'dash', width: 1 },
  });
}
