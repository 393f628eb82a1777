import type { CellTable, ImportIssue } from '../../shared/imports/types';

/** More data rows than this are refused: an import is a table of a region, not a data dump. */
export const MAX_DATA_ROWS = 50_000;
/** More header columns than this are refused (no import has more than a dozen). */
export const MAX_COLUMNS = 500;
/** Rows with too many cells are reported one by one up to this many; the rest are counted. */
const MAX_ROW_ISSUES = 100;

export type TableResult = { ok: true; table: CellTable; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };
export type Delimiter = ';' | ',' | '\t';

const fileIssue = (message: string, line: number | null = null): ImportIssue => ({ severity: 'error', line, column: null, message });

// ---------------------------------------------------------------------------------------------
// Bytes → text

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } | { ok: false; issue: ImportIssue };

/**
 * Windows-1252 places €, ‚, „, …, ', ', ", ", –, — and a few letters at 0x80–0x9F, where Latin-1 has control
 * characters. Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 (U+0080–U+009F),
 * so they are mapped here; the five bytes Windows-1252 leaves undefined stay control characters.
 */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
}

/** Control characters no spreadsheet writes into a text file (tab, line feed and carriage return are fine). */
function hasBinaryChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** DOS ended text files with Ctrl-Z (0x1A); harmless. */
function dropEofMarks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end--;
  return text.slice(0, end);
}

const NOT_TEXT =
  'Het bestand is geen tekstbestand (het bevat binaire gegevens). Kies een CSV-bestand (opslaan als "CSV (gescheiden door lijstscheidingsteken)") of een Excel-werkmap (.xlsx).';

/** UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode-tekst"), otherwise Windows-1252 (Dutch Excel's CSV). */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: 'utf-8' | 'utf-16' | 'windows-1252';
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
      encoding = 'utf-16';
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
      encoding = 'utf-16';
    } else {
      if (bytes.includes(0)) return { ok: false, issue: fileIssue(NOT_TEXT) };
      try {
        // ignoreBOM: false (the default) drops a UTF-8 byte order mark.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  } catch {
    return { ok: false, issue: fileIssue(NOT_TEXT) };
  }
  text = dropEofMarks(text);
  if (hasBinaryChars(text)) return { ok: false, issue: fileIssue(NOT_TEXT) };
  return { ok: true, text, encoding };
}

// ---------------------------------------------------------------------------------------------
// Delimiter

const DELIMITER_NAMES: Record<Delimiter, string> = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' };
const OTHER_SEPARATORS: [string, string][] = [
  ['|', 'verticale streep (|)'],
  [':', 'dubbele punt (:)'],
  ['/', 'schuine streep (/)'],
];

/** Counts each candidate outside quotes on the header line; the most frequent wins (ties: `;`, tab, `,`). */
export function detectDelimiter(headerLine: string): { ok: true; delimiter: Delimiter } | { ok: false; message: string } {
  const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let inQuotes = false;
  for (const c of headerLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  const best = ([';', '\t', ','] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (counts[best] > 0) return { ok: true, delimiter: best };
  const others = OTHER_SEPARATORS.filter(([ch]) => headerLine.includes(ch)).map(([, name]) => name);
  const shown = headerLine.length > 80 ? `${headerLine.slice(0, 80)}…` : headerLine;
  return {
    ok: false,
    message:
      `De kopregel "${shown}" heeft maar één kolom: verkeerd scheidingsteken? ` +
      (others.length > 0 ? `Gevonden: ${others.join(', ')}; ` : 'Er staat geen puntkomma, komma of tab in; ') +
      'gebruik een puntkomma (;), komma (,) of tab tussen de kolommen.',
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing (RFC 4180, leniently: a stray quote inside an unquoted field is kept as text)

/**
 * One record: its first line, its cells (at most MAX_COLUMNS + 1 are kept, so a line of a million
 * delimiters costs no memory), how many cells it had, and whether a cell past those kept had text.
 */
type CsvRecord = { line: number; cells: string[]; count: number; textBeyond: boolean };
const KEPT_CELLS = MAX_COLUMNS + 1;

/**
 * Splits text into records. Calls `onRecord` for each; when it returns false, parsing stops.
 * Returns the line of an unclosed quote, or null.
 */
function eachRecord(text: string, delimiter: Delimiter, onRecord: (record: CsvRecord) => boolean): { unclosedQuoteLine: number | null } {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let count = 0;
    let textBeyond = false;
    const push = (value: string): void => {
      if (++count <= KEPT_CELLS) cells.push(value);
      else if (value.trim() !== '') textBeyond = true;
    };
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (text.charCodeAt(i) === 34 /* " */) {
        // Quoted field: up to the closing quote; "" is a quote; line breaks are part of the value.
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) return { unclosedQuoteLine: recordLine };
          const chunk = text.slice(i, q);
          line += countLineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        value = value.replace(/\r\n?/g, '\n');
      }
      // Unquoted field, or what follows a closing quote up to the delimiter or line end.
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === 10 || c === 13) break;
        i++;
      }
      value += text.slice(start, i);
      push(value);
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          push('');
          endOfRecord = true;
        }
      } else {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
        else if (i < n) i++;
        line++;
        endOfRecord = true;
      }
    }
    if (!onRecord({ line: recordLine, cells, count, textBeyond })) break;
  }
  return { unclosedQuoteLine: null };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

function firstLine(text: string): string {
  const lines = text.split(/\r\n|\r|\n/, 200);
  return lines.find((l) => l.trim() !== '') ?? '';
}

/** Reads decoded CSV text into a table of text cells: the first non-blank record is the header; blank records are skipped. */
export function parseCsv(text: string): TableResult {
  const headerLine = firstLine(text);
  if (headerLine.trim() === '') return { ok: false, issues: [fileIssue('Het bestand bevat geen gegevens (alleen lege regels).')] };
  const detected = detectDelimiter(headerLine);
  if (!detected.ok) return { ok: false, issues: [fileIssue(detected.message, null)] };
  const delimiter = detected.delimiter;

  // Filled in by the record callback (a closure, so not plain `let`s that the compiler would narrow to their first value).
  const state: { header: string[] | null; refusal: ImportIssue | null; wideRows: number } = { header: null, refusal: null, wideRows: 0 };
  const rows: CellTable['rows'] = [];
  const warnings: ImportIssue[] = [];

  const { unclosedQuoteLine } = eachRecord(text, delimiter, (record) => {
    if (isBlank(record.cells) && !record.textBeyond) return true;
    const header = state.header;
    if (header === null) {
      if (record.count > MAX_COLUMNS) {
        state.refusal = fileIssue(`De kopregel heeft ${record.count} kolommen; meer dan ${MAX_COLUMNS} wordt niet ingelezen.`, record.line);
        return false;
      }
      const names = record.cells.map((c) => c.trim());
      // A trailing delimiter after the last column name adds no column.
      while (names.length > 1 && names[names.length - 1] === '') names.pop();
      state.header = names;
      return true;
    }
    if (rows.length >= MAX_DATA_ROWS) {
      state.refusal = fileIssue(`Het bestand heeft meer dan ${MAX_DATA_ROWS.toLocaleString('nl-NL')} gegevensrijen; splits het in kleinere bestanden.`);
      return false;
    }
    const width = header.length;
    const cells = record.cells;
    if (record.count > width) {
      if (!isBlank(cells.slice(width)) || record.textBeyond) {
        if (++state.wideRows <= MAX_ROW_ISSUES) {
          warnings.push({
            severity: 'error',
            line: record.line,
            column: null,
            message:
              `Rij ${record.line} heeft ${record.count} cellen, de kopregel ${width} kolommen; de rij is niet ingelezen. ` +
              `Staat er een ${DELIMITER_NAMES[delimiter]} in een waarde zonder aanhalingstekens?`,
          });
        }
        return true;
      }
      cells.length = width;
    }
    while (cells.length < width) cells.push('');
    rows.push({ line: record.line, cells });
    return true;
  });

  if (state.refusal) return { ok: false, issues: [state.refusal] };
  if (unclosedQuoteLine !== null) {
    return {
      ok: false,
      issues: [fileIssue(`Rij ${unclosedQuoteLine}: een aanhalingsteken (") wordt niet gesloten, zodat de rest van het bestand één waarde zou worden.`, unclosedQuoteLine)],
    };
  }
  if (state.wideRows > MAX_ROW_ISSUES) {
    warnings.push({ severity: 'error', line: null, column: null, message: `En nog ${state.wideRows - MAX_ROW_ISSUES} rijen met te veel cellen.` });
  }
  const header = state.header;
  if (header === null) return { ok: false, issues: [fileIssue('Het bestand bevat geen gegevens (alleen lege regels).')] };
  return { ok: true, table: { header, rows, format: 'csv', delimiter }, warnings };
}
