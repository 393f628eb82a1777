import { CsvError, parse } from 'csv-parse/sync';
import { OTHER_SEPARATORS, type FileIssueMessage } from '../../shared/imports/issues';
import type { CellTable, ImportIssue } from '../../shared/imports/types';
import { fileIssue, MAX_COLUMNS, MAX_DATA_ROWS, MAX_ROW_ISSUES, type TableResult } from './table';

export type Delimiter = ';' | ',' | '\t';

// ---------------------------------------------------------------------------------------------
// Delimiter


/**
 * Counts each candidate outside quotes on the header line; the most frequent wins (ties: `;`, tab, `,`).
 * Dutch Excel writes `;` because `,` is the decimal comma, so a `;` file may hold `,` in its numbers but
 * not the other way round; csv-parse's own detection does not know that.
 */
export function detectDelimiter(headerLine: string): { ok: true; delimiter: Delimiter } | { ok: false; message: FileIssueMessage } {
  const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let inQuotes = false;
  for (const c of headerLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  const best = ([';', '\t', ','] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (counts[best] > 0) return { ok: true, delimiter: best };
  const separators = OTHER_SEPARATORS.filter((ch) => headerLine.includes(ch));
  const header = headerLine.length > 80 ? `${headerLine.slice(0, 80)}…` : headerLine;
  return { ok: false, message: { code: 'oneColumnHeader', params: { header, separators } } };
}

// ---------------------------------------------------------------------------------------------
// Parsing: csv-parse does RFC 4180; the rows, columns and line numbers are checked here.

/** Thrown from csv-parse's record callback to stop reading; csv-parse hands it back unchanged. */
class Refusal extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.code);
  }
}

const hasText = (cells: readonly string[], from = 0): boolean => {
  for (let i = from; i < cells.length; i++) if (cells[i]?.trim() !== '') return true;
  return false;
};

/**
 * Writes the line breaks inside quoted values as \n and counts them: csv-parse's own line count
 * goes by its record delimiters, so a value with CRLF inside would count twice.
 */
function unifyLineBreaks(cells: string[]): number {
  let breaks = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    const unified = cell.replace(/\r\n?/g, '\n');
    cells[i] = unified;
    breaks += unified.split('\n').length - 1;
  }
  return breaks;
}

/** csv-parse's errors as our own codes, at the first line of the record it was reading. */
function csvErrorIssue(error: CsvError, line: number): ImportIssue {
  const at = { severity: 'error', line, column: null } as const;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { ...at, code: 'quoteNotClosed', params: {} };
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { ...at, code: 'textAfterQuote', params: {} };
    default:
      return fileIssue({ code: 'csvRowUnreadable', params: { line } }, line);
  }
}

const isBlank = (cells: readonly string[]): boolean => !hasText(cells);

function firstLine(text: string): string {
  const lines = text.split(/\r\n|\r|\n/, 200);
  return lines.find((l) => l.trim() !== '') ?? '';
}

/** Reads decoded CSV text into a table of text cells: the first non-blank record is the header; blank records are skipped. */
export function parseCsv(text: string): TableResult {
  const headerLine = firstLine(text);
  if (headerLine.trim() === '') return { ok: false, issues: [fileIssue({ code: 'onlyBlankLines', params: {} })] };
  const detected = detectDelimiter(headerLine);
  if (!detected.ok) return { ok: false, issues: [fileIssue(detected.message, null)] };
  const delimiter = detected.delimiter;

  // `line` is the first line of the record csv-parse reads next (a quoted value may span lines).
  const state: { header: string[] | null; wideRows: number; line: number } = { header: null, wideRows: 0, line: 1 };
  const rows: CellTable['rows'] = [];
  const warnings: ImportIssue[] = [];

  const onRecord = (cells: string[]): null => {
    const line = state.line;
    state.line += 1 + unifyLineBreaks(cells);
    if (isBlank(cells)) return null;
    const header = state.header;
    if (header === null) {
      if (cells.length > MAX_COLUMNS) throw new Refusal(fileIssue({ code: 'headerTooWide', params: { columns: cells.length, max: MAX_COLUMNS } }, line));
      const names = cells.map((c) => c.trim());
      // A trailing delimiter after the last column name adds no column.
      while (names.length > 1 && names[names.length - 1] === '') names.pop();
      state.header = names;
      return null;
    }
    if (rows.length >= MAX_DATA_ROWS) {
      throw new Refusal(fileIssue({ code: 'tooManyRows', params: { max: MAX_DATA_ROWS } }));
    }
    const width = header.length;
    if (cells.length > width) {
      if (hasText(cells, width)) {
        if (++state.wideRows <= MAX_ROW_ISSUES) {
          warnings.push(fileIssue({ code: 'rowTooWide', params: { line, cells: cells.length, columns: width, delimiter } }, line));
        }
        return null;
      }
      cells.length = width;
    }
    while (cells.length < width) cells.push('');
    rows.push({ line, cells });
    return null;
  };

  try {
    parse(text, {
      delimiter,
      // Each line end on its own: a file edited on two systems mixes them.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Rows of another width are reported per row above, not refused for the whole file.
      relax_column_count: true,
      // A quote inside an unquoted value (Villa "De Hoeve") is text, as Excel reads it.
      relax_quotes: true,
      // Spaces around a quoted value ("a", "b") are not part of it; the cells are trimmed anyway.
      trim: true,
      bom: true,
      on_record: onRecord,
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, issues: [error.issue] };
    if (error instanceof CsvError) return { ok: false, issues: [csvErrorIssue(error, state.line)] };
    throw error;
  }

  if (state.wideRows > MAX_ROW_ISSUES) {
    warnings.push(fileIssue({ code: 'moreRowsTooWide', params: { count: state.wideRows - MAX_ROW_ISSUES } }));
  }
  const header = state.header;
  if (header === null) return { ok: false, issues: [fileIssue({ code: 'onlyBlankLines', params: {} })] };
  return { ok: true, table: { header, rows, format: 'csv', delimiter }, warnings };
}
