import type { ChartSpec } from '../charts/chartSpec';
import type { Finding } from '../checks/finding';
import type { Dataset } from '../dataset/schema';
import type { Locale } from '../format/nl';
import type { Catalogue } from '../i18n/catalogue';
import type { Result } from '../result/schema';
import type { Scenario } from '../scenario/schema';
import type { ReportTable } from './table';
import type { FigureView } from '../dataset/figureView';

/**
 * A report is a list of sections; a section is a list of generic blocks that the memo (docx),
 * the deck (pptx) and the workbook (xlsx) each know how to show. A section says where a format
 * shows it differently (`slides`, `workbook`, `memo`); otherwise each format derives its view
 * from the blocks (slidesOf, workbookOf, memoOf below).
 */
export type Block =
  /** Running text: paragraphs in the memo, bullets on a slide, lines on the workbook's first sheet. */
  | { kind: 'paragraphs'; texts: string[] }
  /** Short facts: a bulleted list. */
  | { kind: 'facts'; items: string[] }
  /** Titled items (the source contradictions): the title in bold, then the text. */
  | { kind: 'notes'; items: { title: string; text: string }[] }
  /** A remark set apart (grey, italic): what is missing and why. */
  | { kind: 'remark'; texts: string[] }
  | { kind: 'chart'; chart: ChartSpec }
  | { kind: 'table'; table: ReportTable }
  /** A titled part of a section (one gemeente): a sub-heading in the memo, a slide of its own on the deck. */
  | { kind: 'group'; title: string; blocks: Block[] };

/** One slide: its title and what it shows. The deck lays it out by what the blocks are (electron/exports/pptx.ts). */
export type Slide = {
  title: string;
  blocks: Block[];
  /** What the presenter can say beyond what the slide shows (the whole summary behind its key findings): first in the speaker notes. */
  talk?: string[];
};

/** What a section adds to the workbook: a heading with lines on the first sheet, and sheets. */
export type WorkbookPart = { intro: { heading: string; lines: [label: string, text: string][] } | null; sheets: ReportTable[] };

export type Section = {
  id: string;
  /** The memo's heading; the workbook's heading on its first sheet. */
  title: string;
  /** The content in reading order. */
  blocks: Block[];
  /** The deck's slides where they are not the blocks' defaults (see slidesOf). */
  slides?: Slide[];
  /** The workbook's part where it is not the blocks' default (see workbookOf). */
  workbook?: WorkbookPart;
  /** The memo's blocks where the memo shows less than the blocks (empty: not in the memo). */
  memo?: Block[];
};

/** Everything a section may build from. */
export type SectionInput = {
  scenarios: readonly Scenario[];
  /** One per scenario, in the same order; the first is the main one. */
  results: readonly Result[];
  main: Result;
  dataset: Dataset;
  findings: readonly Finding[];
  locale: Locale;
  /** The `report` area of the catalogue, in the report's language. */
  words: Catalogue['report'];
  /** The id of the scenario the others are compared with; the first where absent or unknown (shared/compare/model.ts). */
  reference?: string | null;
  /** The source figures the analyst changed by hand, with when and why (the colophon lists them). */
  edits?: readonly FigureView[];
};

/** A registry entry: builds its section, or null where it has nothing to show (no comparison without a second scenario). */
export type SectionEntry = { id: string; build: (input: SectionInput) => Section | null };

export const paragraphs = (...texts: string[]): Block => ({ kind: 'paragraphs', texts });
export const chart = (spec: ChartSpec): Block => ({ kind: 'chart', chart: spec });
export const table = (t: ReportTable): Block => ({ kind: 'table', table: t });
/** A section for the memo only: no slides, nothing in the workbook (the theme chapters, the appendices, the colophon). */
export const memoOnly = (id: string, title: string, blocks: Block[]): Section => ({ id, title, blocks, slides: [], workbook: { intro: null, sheets: [] } });

const isText = (b: Block): boolean => b.kind === 'paragraphs' || b.kind === 'facts' || b.kind === 'notes' || b.kind === 'remark';

/**
 * The deck by default: a slide per group, per chart and per table (a long table continues on
 * more slides), and the section's text on one slide where it first appears.
 */
export function slidesOf(section: Section): Slide[] {
  if (section.slides) return section.slides;
  const slides: Slide[] = [];
  let text: Slide | null = null;
  for (const b of section.blocks) {
    if (isText(b)) {
      if (!text) slides.push((text = { title: section.title, blocks: [] }));
      text.blocks.push(b);
    } else if (b.kind === 'group') slides.push({ title: b.title, blocks: b.blocks });
    else if (b.kind === 'table') slides.push({ title: b.table.title, blocks: [b] });
    else slides.push({ title: section.title, blocks: [b] });
  }
  return slides;
}

/** The workbook by default: the section's text under its title on the first sheet, each table a sheet. Charts stay out. */
export function workbookOf(section: Section): WorkbookPart {
  if (section.workbook) return section.workbook;
  const lines: [string, string][] = [];
  const sheets: ReportTable[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraphs' || b.kind === 'remark') lines.push(...b.texts.map((t): [string, string] => ['', t]));
      else if (b.kind === 'facts') lines.push(...b.items.map((t): [string, string] => ['', t]));
      else if (b.kind === 'notes') lines.push(...b.items.map((n): [string, string] => [n.title, n.text]));
      else if (b.kind === 'table') sheets.push(b.table);
      else if (b.kind === 'group') walk(b.blocks);
    }
  };
  walk(section.blocks);
  return { intro: lines.length > 0 ? { heading: section.title, lines } : null, sheets };
}

export function memoOf(section: Section): Block[] {
  return section.memo ?? section.blocks;
}

/** Every chart a section shows in any format, in reading order. */
export function chartsOf(section: Section): ChartSpec[] {
  const out: ChartSpec[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'chart') out.push(b.chart);
      else if (b.kind === 'group') walk(b.blocks);
    }
  };
  walk(section.blocks);
  for (const s of section.slides ?? []) walk(s.blocks);
  walk(section.memo ?? []);
  return out;
}
