import type { Locale } from '../format/nl';
import type { ColumnAbout } from '../table/about';
import { headerOf, shownCell, type Cell, type ColumnKind, type HeaderYears, type TableColumn } from '../table/column';

/**
 * A table as the documents see it: typed cells (numbers stay numbers, unrounded; rounding is a
 * display format), so Word, PowerPoint and Excel all show the same figures.
 */
/** `about`: what the column holds, for the workbook's column notes (shared/table/about.ts); a sheet's column without it fails the workbook's test. */
export type Column = { header: string; kind: ColumnKind; about?: ColumnAbout };
export type ReportTable = {
  id: string;
  title: string;
  /** The workbook's short sheet name (the title where absent). */
  sheet?: string;
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

/** Excel number formats per kind (the workbook keeps full precision). */
export const EXCEL_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  homes: '#,##0',
  pace: '#,##0.0',
  percent: '0.0%',
  year: '0',
  decimal: '#,##0.0;"−"#,##0.0',
  // A real minus sign in the cell's display; the value stays a plain negative number.
  difference: '+#,##0.0;"−"#,##0.0;0.0',
  homesDifference: '+#,##0;"−"#,##0;0',
};

/** The kind of one cell: the row's kind where the table has one per row, else the column's. */
export function kindAt(table: ReportTable, row: number, column: number): ColumnKind {
  const own = column > 0 ? table.rowKinds?.[row] : undefined;
  return own ?? table.columns[column]?.kind ?? 'text';
}

/** A report table from column definitions: their headers in the report's language, the cells a reader sees. */
export function tableOf<Row>(
  about: Omit<ReportTable, 'columns' | 'rows' | 'rowKinds'>,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  locale: Locale,
  years: HeaderYears,
): ReportTable {
  return {
    ...about,
    columns: columns.map((c) => ({ header: headerOf(c, locale, years), kind: c.kind, ...(c.about === undefined ? {} : { about: c.about }) })),
    rows: rows.map((row) => columns.map((c) => shownCell(c, row, locale))),
  };
}
