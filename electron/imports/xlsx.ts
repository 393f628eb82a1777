import ExcelJS from 'exceljs';
import type { CellTable, ImportIssue } from '../../shared/imports/types';
import { fileIssue, MAX_COLUMNS, MAX_DATA_ROWS, MAX_ROW_ISSUES, type TableResult } from './table';

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5) && (data[3] === 4 || data[3] === 6);
}

/** The OLE2 container of Excel 97–2003 (.xls) and of password-protected workbooks. */
export function isOle2(data: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

// ---------------------------------------------------------------------------------------------
// The first worksheet → text cells

/** A cell as text: numbers as JavaScript writes them, dates as yyyy-mm-dd, formulas by their cached result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part: unknown) => cellText((part as { text?: unknown }).text)).join('');
    if ('text' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/**
 * Loads a checked workbook and reads its first worksheet. exceljs fails on malformed files with its own
 * English (an unmatched XML tag, "Invalid column letter", a missing shared string); none of that helps
 * the analyst, so every failure is the same Dutch message.
 */
export async function readFirstSheet(data: Buffer): Promise<TableResult> {
  try {
    const workbook = new ExcelJS.Workbook();
    // exceljs' own Buffer type differs from @types/node's; the bytes are the same.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    return firstSheetTable(workbook);
  } catch (error) {
    if (error instanceof CellUnreadable) return { ok: false, issues: [fileIssue({ code: 'workbookCellUnreadable', params: { line: error.line, column: error.column } })] };
    return { ok: false, issues: [fileIssue({ code: 'workbookDamaged', params: {} })] };
  }
}

/** A cell whose value the reader failed on: where it is, so the message can point at it. */
export class CellUnreadable extends Error {
  constructor(
    readonly line: number,
    readonly column: string,
  ) {
    super(`cell ${column}${line}`);
  }
}

/** 1 → A, 27 → AA (Excel's column letters). */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function readCell(cell: ExcelJS.Cell, line: number, col: number): string {
  try {
    return cellText(cell.value);
  } catch {
    throw new CellUnreadable(line, columnLetters(col));
  }
}

/** The first non-empty row is the header. A cell the reader fails on throws CellUnreadable (readFirstSheet words it). */
export function firstSheetTable(workbook: ExcelJS.Workbook): TableResult {
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, issues: [fileIssue({ code: 'workbookNoSheet', params: {} })] };
  const warnings: ImportIssue[] = [];
  if (workbook.worksheets.length > 1) {
    warnings.push({ severity: 'warning', line: null, column: null, code: 'onlyFirstSheet', params: { sheet: sheet.name, sheets: workbook.worksheets.length } });
  }
  if (sheet.actualRowCount - 1 > MAX_DATA_ROWS) {
    return { ok: false, issues: [fileIssue({ code: 'sheetTooManyRows', params: { max: MAX_DATA_ROWS } })] };
  }

  // Filled in by the row callback (a closure: plain `let`s would be narrowed to their first value).
  const state: { header: string[] | null; wideRows: number } = { header: null, wideRows: 0 };
  const rows: CellTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const found: { col: number; text: string }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      found.push({ col, text: readCell(cell, rowNumber, col) });
    });
    const beyond = found.some((f) => f.col > MAX_COLUMNS && f.text.trim() !== '');
    const cells: string[] = [];
    for (const { col, text } of found) {
      if (col > MAX_COLUMNS) continue;
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = text;
    }
    if (cells.every((c) => c.trim() === '') && !beyond) return;
    const header = state.header;
    if (header === null) {
      const names = cells.map((c) => c.trim());
      while (names.length > 1 && names[names.length - 1] === '') names.pop();
      state.header = names;
      return;
    }
    const width = header.length;
    if (beyond || cells.slice(width).some((c) => c.trim() !== '')) {
      if (++state.wideRows <= MAX_ROW_ISSUES) {
        warnings.push(fileIssue({ code: 'rowBeyondColumns', params: { line: rowNumber, columns: width } }, rowNumber));
      }
      return;
    }
    cells.length = Math.min(cells.length, width);
    while (cells.length < width) cells.push('');
    rows.push({ line: rowNumber, cells });
  });
  if (state.wideRows > MAX_ROW_ISSUES) {
    warnings.push(fileIssue({ code: 'moreRowsBeyondColumns', params: { count: state.wideRows - MAX_ROW_ISSUES } }));
  }
  if (state.header === null) return { ok: false, issues: [fileIssue({ code: 'firstSheetEmpty', params: { sheet: sheet.name } })] };
  return { ok: true, table: { header: state.header, rows, format: 'xlsx' }, warnings };
}
