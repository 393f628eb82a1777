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

/**
 * csv-parse stops splitting a record after this many fields and leaves the rest of the line, delimiters
 * and all, in the last one: a line of a million delimiters is then one string instead of a million
 * (csv-parse spends about a microsecond and a few dozen bytes per field). Such a row is refused anyway.
 */
const SPLIT_FIELDS = MAX_COLUMNS + 2;

/** Thrown from csv-parse's record callback to stop reading; csv-parse hands it back unchanged. */
class Refusal extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.code);
  }
}

/** How many cells the line really had, counting the delimiters in the unsplit rest (SPLIT_FIELDS). */
function cellCount(cells: readonly string[], delimiter: Delimiter): number {
  const rest = cells.length === SPLIT_FIELDS ? cells[SPLIT_FIELDS - 1] : undefined;
  return rest === undefined ? cells.length : cells.length + rest.split(delimiter).length - 1;
}

/** Whether any cell from `from` on holds text (in the unsplit rest, text other than delimiters). */
function hasTextFrom(cells: readonly string[], from: number, delimiter: Delimiter): boolean {
  for (let i = from; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if ((i === SPLIT_FIELDS - 1 ? cell.replaceAll(delimiter, '') : cell).trim() !== '') return true;
  }
  return false;
}

/** Writes the line breaks inside quoted values as \n and counts them (a record's own line end is not in its cells). */
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

/**
 * Line numbers from byte offsets: csv-parse's own line count takes a CRLF inside a quoted value for two
 * lines, and skipped blank records never reach the record callback. Counts CRLF, LF and CR alike, in one
 * pass over the file however often it is asked (offsets only grow).
 */
function lineCounter(bytes: Buffer): { breaksBefore: (offset: number) => number; firstTextLineFrom: (offset: number) => number } {
  let at = 0;
  let breaks = 0;
  const isBreak = (i: number): boolean => bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);
  const breaksBefore = (offset: number): number => {
    for (; at < offset; at++) if (isBreak(at)) breaks++;
    return breaks;
  };
  return {
    breaksBefore,
    // The line of the first character after `offset` that is not white space: where the next record starts.
    firstTextLineFrom: (offset) => {
      let line = 1 + breaksBefore(offset);
      for (let i = offset; i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d); i++) if (isBreak(i)) line++;
      return line;
    },
  };
}

/** csv-parse's errors as our own codes, at the line where the record it failed in starts. */
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

  const bytes = Buffer.from(text, 'utf8');
  const lines = lineCounter(bytes);
  // `end` is the byte offset after the last record read, for the line of an error in the record after it.
  const state: { header: string[] | null; dataRows: number; wideRows: number; end: number } = { header: null, dataRows: 0, wideRows: 0, end: 0 };
  const rows: CellTable['rows'] = [];
  const warnings: ImportIssue[] = [];

  const onRecord = (cells: string[], end: number): null => {
    state.end = end;
    // `end` is past the record's own line end, if it has one.
    const ownBreak = bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d ? 1 : 0;
    const line = 1 + lines.breaksBefore(end) - ownBreak - unifyLineBreaks(cells);
    // csv-parse skips records of empty cells itself, but not one whose unsplit rest is only delimiters.
    if (!hasTextFrom(cells, 0, delimiter)) return null;
    const count = cellCount(cells, delimiter);
    const header = state.header;
    if (header === null) {
      if (count > MAX_COLUMNS) throw new Refusal(fileIssue({ code: 'headerTooWide', params: { columns: count, max: MAX_COLUMNS } }, line));
      const names = cells.map((c) => c.trim());
      // A trailing delimiter after the last column name adds no column.
      while (names.length > 1 && names[names.length - 1] === '') names.pop();
      state.header = names;
      return null;
    }
    // Rows left out for their width count too: a file of millions of them is no import either.
    if (++state.dataRows > MAX_DATA_ROWS) {
      throw new Refusal(fileIssue({ code: 'tooManyRows', params: { max: MAX_DATA_ROWS } }));
    }
    const width = header.length;
    if (cells.length > width) {
      if (hasTextFrom(cells, width, delimiter)) {
        if (++state.wideRows <= MAX_ROW_ISSUES) {
          warnings.push(fileIssue({ code: 'rowTooWide', params: { line, cells: count, columns: width, delimiter } }, line));
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
    parse(bytes, {
      delimiter,
      // Each line end on its own: a file edited on two systems mixes them.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Blank lines and rows of empty cells never reach the callback: a file of millions costs no calls.
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      ignore_last_delimiters: SPLIT_FIELDS,
      // Rows of another width are reported per row above, not refused for the whole file.
      relax_column_count: true,
      // A quote inside an unquoted value (Villa "De Hoeve") is text, as Excel reads it.
      relax_quotes: true,
      // Spaces around a quoted value ("a", "b") are not part of it; the cells are trimmed anyway.
      trim: true,
      on_record: (cells, context) => onRecord(cells, context.bytes),
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, issues: [error.issue] };
    if (error instanceof CsvError) {
      // csv-parse's `bytes` is where it last ended a field or record: at or before the record it failed in.
      const from = typeof error.bytes === 'number' ? error.bytes : state.end;
      return { ok: false, issues: [csvErrorIssue(error, lines.firstTextLineFrom(Math.max(from, state.end)))] };
    }
    throw error;
  }

  if (state.wideRows > MAX_ROW_ISSUES) {
    warnings.push(fileIssue({ code: 'moreRowsTooWide', params: { count: state.wideRows - MAX_ROW_ISSUES } }));
  }
  const header = state.header;
  if (header === null) return { ok: false, issues: [fileIssue({ code: 'onlyBlankLines', params: {} })] };
  return { ok: true, table: { header, rows, format: 'csv', delimiter }, warnings };
}
