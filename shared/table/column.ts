import { formatNumber, formatPercent, formatSigned, type Locale } from '../format/nl';
import { texts, type Catalogue } from '../i18n/catalogue';
import type { ColumnAbout } from './about';

/**
 * A table column, defined once and shown by every medium (screen, memo, deck, workbook, CSV,
 * terminal): what it holds, how a reader sees it and what it is called. Cells are typed: numbers
 * stay numbers, unrounded (rounding is a display format), null is "no data", never 0.
 */
export type ColumnKind = 'text' | 'homes' | 'pace' | 'percent' | 'year' | 'decimal' | 'difference' | 'homesDifference';
export type Cell = number | string | null;

export type TablesText = Catalogue['tables'];
/** The years a header can name ("Gerealiseerd t/m 2023"). */
export type HeaderYears = { baseYear: number; horizon: number; programmeStart: number; programmeEnd: number };

export type TableColumn<Row> = {
  id: string;
  kind: ColumnKind;
  header: (t: TablesText, years: HeaderYears) => string;
  /** What the column holds, for the workbook's column notes (./about.ts). */
  about?: ColumnAbout;
  /** The terminal's narrower header, where it needs one. */
  short?: (t: TablesText) => string;
  /** The figure itself (unrounded), as the CSV holds it. */
  value: (row: Row) => Cell;
  /** What a reader sees where that differs from the figure: a catch-up year beyond the horizon is words, not empty. */
  shown?: (row: Row, t: TablesText) => Cell;
};

/**
 * Decimals each kind is shown with. `decimal`: always one decimal, so a column of small figures
 * lines up ("0,0", "21,0", "21,4"); `difference`: the same with its sign (actual − fair share:
 * "+6,1", "−13,2"); `homesDifference`: homes with their sign, whole ("+374", "−2.028"), for a scenario
 * against the reference (taken from the unrounded figures).
 */
export const DECIMALS: Record<ColumnKind, number> = { text: 0, homes: 0, pace: 1, percent: 1, year: 0, decimal: 1, difference: 1, homesDifference: 0 };

export function headerOf<Row>(column: TableColumn<Row>, locale: Locale, years: HeaderYears, medium: 'full' | 'short' = 'full'): string {
  const t = texts(locale).tables;
  return (medium === 'short' ? column.short?.(t) : undefined) ?? column.header(t, years);
}

/** The cell a reader sees (still typed: the documents and the workbook format it themselves). */
export function shownCell<Row>(column: TableColumn<Row>, row: Row, locale: Locale): Cell {
  return column.shown ? column.shown(row, texts(locale).tables) : column.value(row);
}

/** A cell as text (screen, terminal, Word, PowerPoint): numbers in the locale's notation, "–" for no data. */
export function formatCell(cell: Cell, kind: ColumnKind, locale: Locale = 'nl-NL'): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  if (kind === 'year') return String(Math.round(cell));
  if (kind === 'percent') return formatPercent(cell, DECIMALS.percent, locale);
  if (kind === 'difference') return formatSigned(cell, DECIMALS.difference, locale, DECIMALS.difference);
  if (kind === 'homesDifference') return formatSigned(cell, 0, locale);
  const fixed = kind === 'decimal' ? DECIMALS.decimal : 0;
  // A real minus sign (−), never a hyphen, wherever a negative number is shown.
  return formatNumber(cell, DECIMALS[kind], locale, fixed).replace(/^-/, '−');
}
