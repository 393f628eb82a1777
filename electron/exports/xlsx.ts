import ExcelJS from 'exceljs';
import type { Report } from '../../shared/export/report';
import { workbookOf, type WorkbookPart } from '../../shared/export/section';
import { EXCEL_FORMAT, kindAt, type ReportTable } from '../../shared/export/table';
import { formatLongDate, type Locale } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';
import { formatCell, type Cell, type ColumnKind } from '../../shared/table/column';
import { xmlSafe } from './xmlText';

/**
 * The workbook: every table of the Report's sections on its own sheet as typed cells (numbers
 * unrounded, rounding is only the cell's number format), so an analyst can calculate on. A first
 * sheet ("Toelichting") says what the figures are and where they come from, with the sections'
 * text. Never a formula: the values are the Woonzorgverkenner's results, not a model to recalculate.
 */
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF5' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const GREY = { argb: 'FF666666' };
/** Every font names its face and size: a bare { bold } makes LibreOffice fall back to a serif face. */
const FONT = { name: 'Calibri', size: 11 } as const;
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ ...FONT, ...extra });

export async function buildWorkbook(unsafe: Report): Promise<Buffer> {
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
  const names = sheetNames(tables, report.scenarioNames, report.locale);
  const intro = wb.addWorksheet(w.intro);
  tables.forEach((table, i) => {
    tableSheet(wb.addWorksheet(names[i] ?? w.table), table, report.locale);
  });
  introSheet(intro, report, parts, names);

  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------

function introSheet(ws: ExcelJS.Worksheet, report: Report, parts: readonly WorkbookPart[], names: readonly string[]): void {
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

  heading(w.workbook.reading);
  line('', w.workbook.readingText);
  ws.views = [{ state: 'normal', showGridLines: false }];
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function tableSheet(ws: ExcelJS.Worksheet, table: ReportTable, locale: Locale): void {
  const titleCell = ws.getCell(1, 1);
  setText(titleCell, table.title);
  titleCell.font = font({ bold: true, size: 13 });

  const headerRow = ws.getRow(2);
  table.columns.forEach((col, c) => {
    const cell = headerRow.getCell(c + 1);
    setText(cell, col.header);
    cell.font = font({ bold: true });
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'bottom', horizontal: col.kind === 'text' ? 'left' : 'right', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
  });

  // Widths from what a reader sees: the longest displayed value per column; headers wrap.
  const widths = table.columns.map((col) => Math.min(col.header.length, 22));
  table.rows.forEach((row, i) => {
    const xRow = ws.getRow(3 + i);
    const total = table.totalRow && i === table.rows.length - 1;
    table.columns.forEach((_col, c) => {
      const kind = kindAt(table, i, c);
      const value: Cell = row[c] ?? null;
      const cell = xRow.getCell(c + 1);
      if (typeof value === 'number') {
        cell.value = value;
        const format = EXCEL_FORMAT[kind];
        if (format) cell.numFmt = format;
        cell.alignment = { horizontal: 'right' };
      } else if (typeof value === 'string') {
        setText(cell, value);
        // "na 2040" in a column of years lines up with the years.
        if (kind !== 'text') cell.alignment = { horizontal: 'right' };
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
  fitRowHeight(headerRow, table.columns.map((col, c) => col.header.length / Math.max(8, Math.min(60, (widths[c] ?? 0) + 2))));

  const sourceCell = ws.getCell(table.rows.length + 4, 1);
  setText(sourceCell, table.source);
  sourceCell.font = font({ italic: true, color: GREY, size: 9 });

  // Printed: landscape, as wide as the page, header repeated on every page.
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' };

  // Title and header stay in view; so does the first column when it names the rows.
  const firstIsText = table.columns[0]?.kind === 'text';
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
    let base = t.sheet ?? t.title;
    const scenario = (count.get(t.id) ?? 0) > 1 ? scenarioNames.find((s) => t.title.includes(s)) : undefined;
    if (scenario) base = `${base} (${(scenario.split(':')[0] ?? scenario).trim()})`;
    base = clean(base, w.table);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` ${n}`;
      name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
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
  const cut = safe.length > 31 ? `${safe.slice(0, 30).trimEnd()}…` : safe;
  // "History" is reserved by Excel.
  return cut === '' || cut.toLowerCase() === 'history' ? fallback : cut;
}

function isoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

