import ExcelJS from 'exceljs';
import type { Report } from '../../shared/export/report';
import { workbookOf, type WorkbookPart } from '../../shared/export/section';
import { EXCEL_FORMAT, kindAt, type ReportTable } from '../../shared/export/table';
import { formatLongDate, type Locale } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';
import { describeColumn } from '../../shared/table/about';
import { formatCell, type Cell, type ColumnKind } from '../../shared/table/column';
import { xmlSafe } from './xmlText';

/**
 * The workbook: every table of the Report's sections on its own sheet as typed cells (numbers
 * unrounded, rounding is only the cell's number format), so an analyst can calculate on. A first
 * sheet ("Toelichting") says what the figures are and where they come from, with the sections'
 * text. Never a formula: the values are the Woonzorgverkenner's results, not a model to recalculate.
 *
 * As a CBS StatLine table: every gemeente name has its CBS code beside it, every column a number
 * type throughout (a word such as "na 2040" goes to a note column, its cell stays empty), every data
 * sheet a filter on its header row, A4 landscape as wide as the page, and a last sheet
 * ("Toelichting per kolom") with each column's unit, definition and source.
 */
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF5' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const GREY = { argb: 'FF666666' };
/** Every font names its face and size: a bare { bold } makes LibreOffice fall back to a serif face. */
const FONT = { name: 'Calibri', size: 11 } as const;
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ ...FONT, ...extra });

export type WorkbookOptions = {
  /** The gemeenten's CBS codes by name (the main result's), for the code column beside every name. */
  gemeenten?: readonly { code: string; name: string }[];
};

export async function buildWorkbook(unsafe: Report, options: WorkbookOptions = {}): Promise<Buffer> {
  const report = xmlSafe(unsafe);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Woonzorgverkenner';
  wb.title = report.title;
  wb.subject = report.scenarioNames.join(', ');
  const date = isoDate(report.date);
  if (date) {
    wb.created = date;
    wb.modified = date;
  }

  const w = texts(report.locale).report.workbook;
  const parts = report.sections.map(workbookOf);
  const tables = parts.flatMap((p) => p.sheets);
  const cw = texts(report.locale).workbookColumns;
  const names = sheetNames(tables, report.scenarioNames, report.locale);
  const intro = wb.addWorksheet(w.intro);
  const sheets = tables.map((table) => sheetData(table, report, options));
  sheets.forEach((sheet, i) => {
    tableSheet(wb.addWorksheet(names[i] ?? w.table), sheet, report.locale);
  });
  columnsSheet(wb.addWorksheet(cw.sheet), sheets, names, report.locale);
  introSheet(intro, report, parts, [...names, cw.sheet], cw.title);

  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------

function introSheet(ws: ExcelJS.Worksheet, report: Report, parts: readonly WorkbookPart[], names: readonly string[], columnsTitle: string): void {
  const w = texts(report.locale).report;
  ws.columns = [{ width: 28 }, { width: 100 }];
  const title = ws.getCell('A1');
  title.value = report.title;
  title.font = font({ bold: true, size: 16 });
  let r = 3;
  const line = (label: string, value: string) => {
    const row = ws.getRow(r++);
    row.getCell(1).value = label;
    row.getCell(1).font = font({ bold: true });
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    setText(row.getCell(2), value);
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
    fitRowHeight(row, [label.length / 28, value.length / 100]);
  };
  const heading = (text: string) => {
    r++;
    const cell = ws.getCell(r++, 1);
    cell.value = text;
    cell.font = font({ bold: true, size: 13 });
  };

  line(w.front.scenarios(report.scenarioNames.length), w.workbook.scenarios(report.scenarioNames));
  line(w.front.date, formatLongDate(report.date, report.locale));
  line(w.front.dataAsOf, report.dataAsOf);

  for (const { intro } of parts) {
    if (!intro) continue;
    heading(intro.heading);
    for (const [label, text] of intro.lines) line(label, text);
  }

  heading(w.workbook.sheets);
  parts
    .flatMap((p) => p.sheets)
    .forEach((t, i) => {
      line(names[i] ?? '', t.title);
    });
  line(names.at(-1) ?? '', columnsTitle);

  heading(w.workbook.reading);
  line('', w.workbook.readingText);
  ws.views = [{ state: 'normal', showGridLines: false }];
  ws.pageSetup = { ...A4_LANDSCAPE };
}

/** Every sheet prints on A4 (paperSize 9, not the default Letter), landscape, as wide as the page. */
// exceljs declares PaperSize as an enum its JavaScript does not export: the number itself (9 = A4).
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above; 9 is PaperSize.A4
const A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

// ---------------------------------------------------------------------------------------------
// A table as a sheet holds it

type SheetColumn = { header: string; kind: ColumnKind; definition: string; unit: string | null };
/** A report table made fit for a sheet: the code column added, words out of number columns, each column defined. */
type SheetData = { table: ReportTable; columns: SheetColumn[]; rows: Cell[][]; kinds: ColumnKind[][] };

const isCode = (v: Cell): boolean => typeof v === 'string' && /^GM\d{4}$/.test(v);

/** What a column holds: its `about` (shared/table/about.ts); a column without one gets the generic line, which the workbook's test refuses. */
function definitionOf(table: ReportTable, index: number, report: Report): { definition: string; unit: string | null } {
  const column = table.columns[index];
  if (column?.about !== undefined) return describeColumn(column.about, report.locale);
  return { definition: texts(report.locale).workbookColumns.generic(column?.header ?? '', table.title), unit: null };
}

function sheetData(table: ReportTable, report: Report, options: WorkbookOptions): SheetData {
  const locale = report.locale;
  const w = texts(locale).workbookColumns;
  const codes = new Map((options.gemeenten ?? []).map((g) => [g.name, g.code]));
  const n = table.columns.length;
  // The code goes before the first column of gemeente names, unless the table has codes already (or a kind per row).
  const hasCodes = table.columns.some((_c, j) => table.rows.some((r) => isCode(r[j] ?? null)));
  const codeAt = table.rowKinds || hasCodes ? -1 : table.columns.findIndex((c, j) => c.kind === 'text' && table.rows.some((r) => codes.has(String(r[j]))));
  // A text column that holds shown numbers ("1.557,5", "100,0 %": a derivation's outcome, an assumption's
  // value) holds them as numbers; its other words then go to the note column, as a number column's do.
  const numeric = table.columns.map((c, j) => c.kind === 'text' && !table.rowKinds && j !== codeAt && table.rows.some((r) => typeof r[j] === 'string' && parseShown(r[j], locale) !== null));
  // A word in a number column ("na 2040") goes to the note column: a column holds numbers only.
  const stray = (i: number, j: number): string | null => {
    const v = table.rows[i]?.[j] ?? null;
    if (typeof v !== 'string') return null;
    if (numeric[j] === true) return parseShown(v, locale) === null ? v.trim() : null;
    return kindAt(table, i, j) !== 'text' ? v.trim() : null;
  };
  const withNote = table.rows.some((_r, i) => table.columns.some((_c, j) => (stray(i, j) ?? '') !== ''));
  const columns: SheetColumn[] = [];
  table.columns.forEach((c, j) => {
    if (j === codeAt) columns.push({ header: w.code, kind: 'text', ...describeColumn('code', locale) });
    columns.push({ header: c.header, kind: c.kind, ...definitionOf(table, j, report) });
  });
  if (withNote) columns.push({ header: w.note, kind: 'text', definition: w.noteDefinition, unit: null });
  const rows: Cell[][] = [];
  const kinds: ColumnKind[][] = [];
  table.rows.forEach((row, i) => {
    const cells: Cell[] = [];
    const cellKinds: ColumnKind[] = [];
    const notes: string[] = [];
    for (let j = 0; j < n; j++) {
      if (j === codeAt) {
        cells.push(codes.get(String(row[j])) ?? null);
        cellKinds.push('text');
      }
      const word = stray(i, j);
      if (word !== null && word !== '') notes.push(`${table.columns[j]?.header ?? ''}: ${word}`);
      const shownNumber = numeric[j] === true ? parseShown(String(row[j] ?? ''), locale) : null;
      cells.push(shownNumber ? shownNumber.value : word !== null ? null : (row[j] ?? null));
      cellKinds.push(shownNumber ? shownNumber.kind : kindAt(table, i, j));
    }
    if (withNote) {
      cells.push(notes.length > 0 ? notes.join('; ') : null);
      cellKinds.push('text');
    }
    rows.push(cells);
    kinds.push(cellKinds);
  });
  return { table, columns, rows, kinds };
}

/** A number as the documents show it ("1.557,5", "−10", "100,0 %"), read back; null for anything else. */
export function parseShown(text: string, locale: Locale): { value: number; kind: ColumnKind } | null {
  const m = /^([+\-−]?)([\d.,]+)(\s?%)?$/.exec(text.trim());
  if (!m) return null;
  const [, sign, digits = '', percent] = m;
  const [thousands, decimal] = locale === 'nl-NL' ? ['.', ','] : [',', '.'];
  if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*(\\${decimal}\\d+)?$|^\\d+(\\${decimal}\\d+)?$`).test(digits)) return null;
  const plain = Number(digits.split(thousands).join('').replace(decimal, '.'));
  if (!Number.isFinite(plain)) return null;
  const value = (sign === '' || sign === '+' ? 1 : -1) * plain;
  if (percent) return { value: value / 100, kind: 'percent' };
  return { value, kind: Number.isInteger(value) ? 'homes' : 'pace' };
}

/**
 * A column's width counts the widths of a digit; running text in Calibri is narrower, 1,1 to 1,2
 * characters per unit in LibreOffice's render (the lower for sources, with their capitals and
 * digits), so prose takes fewer lines than its length over the width.
 */
const PROSE_CHARS_PER_UNIT = 1.1;

/** The last sheet: per sheet and column its unit, definition and source, as StatLine explains a table. */
function columnsSheet(ws: ExcelJS.Worksheet, sheets: readonly SheetData[], names: readonly string[], locale: Locale): void {
  const w = texts(locale).workbookColumns;
  const title = ws.getCell(1, 1);
  setText(title, w.title);
  title.font = font({ bold: true, size: 13 });
  const headers = [w.headers.sheet, w.headers.column, w.headers.unit, w.headers.definition, w.headers.source];
  // Definition (up to some 300 characters) and source (up to some 260) wide enough for three lines
  // at most; the short columns narrow, so that the page fitted to A4's width keeps a readable scale.
  const widths = [18, 24, 20, 82, 88];
  ws.columns = widths.map((width) => ({ width }));
  headers.forEach((h, c) => {
    const cell = ws.getCell(2, c + 1);
    setText(cell, h);
    cell.font = font({ bold: true });
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
  });
  let r = 3;
  sheets.forEach((sheet, i) => {
    for (const col of sheet.columns) {
      const values = [names[i] ?? '', col.header, col.unit ?? w.units[col.kind], col.definition, sheet.table.source];
      const row = ws.getRow(r++);
      values.forEach((v, c) => {
        const cell = row.getCell(c + 1);
        setText(cell, v);
        cell.alignment = { vertical: 'top', wrapText: true };
      });
      fitRowHeight(row, values.map((v, c) => v.length / (PROSE_CHARS_PER_UNIT * (widths[c] ?? 20))));
    }
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: Math.max(2, r - 1), column: headers.length } };
  // Narrow side margins: the wide text columns then print at a larger scale.
  ws.pageSetup = { ...A4_LANDSCAPE, printTitlesRow: '1:2', margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }];
}

function tableSheet(ws: ExcelJS.Worksheet, { table, columns, rows, kinds }: SheetData, locale: Locale): void {
  const titleCell = ws.getCell(1, 1);
  setText(titleCell, table.title);
  titleCell.font = font({ bold: true, size: 13 });

  const headerRow = ws.getRow(2);
  columns.forEach((col, c) => {
    const cell = headerRow.getCell(c + 1);
    setText(cell, col.header);
    cell.font = font({ bold: true });
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'bottom', horizontal: col.kind === 'text' ? 'left' : 'right', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
  });

  // Widths from what a reader sees: the longest displayed value per column; headers wrap.
  const widths = columns.map((col) => Math.min(col.header.length, 22));
  rows.forEach((row, i) => {
    const xRow = ws.getRow(3 + i);
    const total = table.totalRow && i === rows.length - 1;
    columns.forEach((_col, c) => {
      const kind = kinds[i]?.[c] ?? 'text';
      const value: Cell = row[c] ?? null;
      const cell = xRow.getCell(c + 1);
      if (typeof value === 'number') {
        cell.value = value;
        const format = EXCEL_FORMAT[kind];
        if (format) cell.numFmt = format;
        cell.alignment = { horizontal: 'right' };
      } else if (typeof value === 'string' && value !== '') {
        setText(cell, value);
      }
      // null: the cell stays empty ("no data", never 0).
      if (total) {
        cell.font = font({ bold: true });
        cell.fill = TOTAL_FILL;
        cell.border = { top: { style: 'thin', color: { argb: 'FF999999' } } };
      }
      widths[c] = Math.max(widths[c] ?? 0, shown(value, kind, locale).length);
    });
  });
  ws.columns = widths.map((w) => ({ width: Math.max(8, Math.min(60, w + 2)) }));
  fitRowHeight(headerRow, columns.map((col, c) => col.header.length / Math.max(8, Math.min(60, (widths[c] ?? 0) + 2))));

  const sourceCell = ws.getCell(rows.length + 4, 1);
  setText(sourceCell, table.source);
  sourceCell.font = font({ italic: true, color: GREY, size: 9 });

  // A filter on the header row over the data; a total row stays out of it (it would sort in among the gemeenten).
  const dataRows = rows.length - (table.totalRow ? 1 : 0);
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + Math.max(0, dataRows), column: Math.max(1, columns.length) } };

  // Printed: A4 landscape, as wide as the page, header repeated on every page.
  ws.pageSetup = { ...A4_LANDSCAPE, printTitlesRow: '1:2' };

  // Title and header stay in view; so does the first column when it names the rows.
  const firstIsText = columns[0]?.kind === 'text';
  ws.views = [{ state: 'frozen', xSplit: firstIsText ? 1 : 0, ySplit: 2, topLeftCell: firstIsText ? 'B3' : 'A3', activeCell: 'A3' }];
}

/**
 * A text cell that stays text: a shared string is never evaluated, and the Text number format
 * ('@') keeps "=1+1" from turning into a formula when someone edits the cell.
 */
function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  if (/^[=+\-@]/.test(text)) cell.numFmt = '@';
}

function fitRowHeight(row: ExcelJS.Row, lineFractions: readonly number[]): void {
  // Text that nearly fills a line needs no second one; longer text wraps at word ends, so allow a tenth more.
  const lines = Math.max(1, ...lineFractions.map((f) => (f <= 1 ? 1 : Math.ceil(f * 1.1))));
  if (lines > 1) row.height = lines * 15;
}

/** What a value looks like in the cell, for column widths. */
function shown(value: Cell, kind: ColumnKind, locale: Locale): string {
  return value === null ? '' : formatCell(value, kind, locale);
}

/**
 * Sheet names: each table's short name, at most 31 characters, none of []:*?/\, unique
 * (case-insensitively, as Excel compares them). A table that occurs once per scenario carries the
 * scenario's short name.
 */
export function sheetNames(tables: readonly ReportTable[], scenarioNames: readonly string[], locale: Locale = 'nl-NL'): string[] {
  const w = texts(locale).report.workbook;
  const used = new Set<string>([w.intro.toLowerCase()]);
  const count = new Map<string, number>();
  for (const t of tables) count.set(t.id, (count.get(t.id) ?? 0) + 1);
  return tables.map((t) => {
    let base = clean(t.sheet ?? t.title, w.table);
    const scenario = (count.get(t.id) ?? 0) > 1 ? scenarioNames.find((s) => t.title.includes(s)) : undefined;
    // A table once per scenario carries the scenario's first words, as many whole words as fit.
    if (scenario) {
      const words = (scenario.split(':')[0] ?? scenario).replace(/[[\]:*?/\\]/g, ' ').split(/\s+/).filter((x) => x !== '');
      let suffix = '';
      for (let k = 1; k <= words.length; k++) {
        const candidate = ` (${words.slice(0, k).join(' ').replace(/[,;]+$/, '')})`;
        if (base.length + candidate.length > 31) break;
        suffix = candidate;
      }
      base = `${base}${suffix}`;
    }
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` ${n}`;
      name = `${wholeWords(base, 31 - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function clean(name: string, fallback: string): string {
  const safe = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  const cut = wholeWords(safe, 31);
  // "History" is reserved by Excel.
  return cut === '' || cut.toLowerCase() === 'history' ? fallback : cut;
}

/** The longest start of the text of whole words within max characters (a single long word is cut). */
function wholeWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:–—-]+$/, '');
}

function isoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

