import type { CellTable, ImportIssue } from '../../shared/imports/types';

export { fileIssue } from '../../shared/imports/issues';

/** More data rows than this are refused: an import is a table of a region, not a data dump. */
export const MAX_DATA_ROWS = 50_000;
/** More header columns than this are refused (no import has more than a dozen). */
export const MAX_COLUMNS = 500;
/** Rows that do not fit the header are reported one by one up to this many; the rest are counted. */
export const MAX_ROW_ISSUES = 100;

/** What a CSV or XLSX reader gives back; `warnings` may hold errors for single rows left out of the table. */
export type TableResult = { ok: true; table: CellTable; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };
