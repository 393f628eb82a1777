import { formatNumber, formatPercent, type Locale } from '../format/nl';

/**
 * A table as exports see it: typed cells (numbers stay numbers, unrounded; rounding is a display
 * format), so Word, PowerPoint, Excel and CSV all show the same figures.
 */
export type ColumnKind = 'text' | 'homes' | 'pace' | 'percent' | 'year';
export type Cell = number | string | null;
export type Column = { header: string; kind: ColumnKind };
export type ReportTable = {
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** The last row is a total (bold in documents). */
  totalRow: boolean;
  /**
   * A table with one metric per row (the scenario comparison) gives each row its own kind for
   * the value columns: a year must not read "2.032", a pace keeps its decimal.
   */
  rowKinds?: ColumnKind[];
  source: string;
};

/** Decimals each kind is shown with. */
export const DECIMALS: Record<ColumnKind, number> = { text: 0, homes: 0, pace: 1, percent: 1, year: 0 };

/** Excel number formats per kind (the workbook keeps full precision). */
export const EXCEL_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  homes: '#,##0',
  pace: '#,##0.0',
  percent: '0.0%',
  year: '0',
};

/** The kind of one cell: the row's kind where the table has one per row, else the column's. */
export function kindAt(table: ReportTable, row: number, column: number): ColumnKind {
  const own = column > 0 ? table.rowKinds?.[row] : undefined;
  return own ?? table.columns[column]?.kind ?? 'text';
}

/** A cell as text in a document (Word, PowerPoint): nl-NL numbers, "–" for no data. */
export function formatCell(cell: Cell, kind: ColumnKind, locale: Locale = 'nl-NL'): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  if (kind === 'year') return String(Math.round(cell));
  if (kind === 'percent') return formatPercent(cell, DECIMALS.percent, locale);
  return formatNumber(cell, DECIMALS[kind], locale);
}
