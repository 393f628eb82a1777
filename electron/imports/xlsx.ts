import { inflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CellTable, ImportIssue } from '../../shared/imports/types';
import { MAX_COLUMNS, MAX_DATA_ROWS, type TableResult } from './csv';

/** All entries together may unpack to at most this much: a sheet of 50 000 rows is far smaller. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** An entry that unpacks to more than this many times its packed size is a zip bomb (real sheets pack 5–30 times). */
export const MAX_RATIO = 200;
/** Small entries may pack well (a sheet of empty cells); the ratio counts from this size on. */
const RATIO_FROM_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

const fileIssue = (message: string): ImportIssue => ({ severity: 'error', line: null, column: null, message });

// ---------------------------------------------------------------------------------------------
// The zip container, read from its central directory without unpacking anything

export type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; dataStart: number };
export type ZipInspection = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5) && (data[3] === 4 || data[3] === 6);
}

/** The OLE2 container of Excel 97–2003 (.xls) and of password-protected workbooks. */
export function isOle2(data: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

const DAMAGED = 'Het Excel-bestand is beschadigd of geen geldige .xlsx-werkmap (de inhoudsopgave van het zip-bestand klopt niet).';

/**
 * Reads the sizes each entry declares in the central directory (the zip's table of contents) and refuses
 * the file when they add up to more than MAX_UNCOMPRESSED_BYTES or one entry packs implausibly well.
 * Nothing is unpacked here.
 */
export function inspectZip(data: Buffer): ZipInspection {
  const bad = (message = DAMAGED): ZipInspection => ({ ok: false, message });
  const inside = (at: number, size: number): boolean => Number.isSafeInteger(at) && at >= 0 && at + size <= data.length;
  const u16 = (at: number): number => (inside(at, 2) ? data.readUInt16LE(at) : -1);
  const u32 = (at: number): number => (inside(at, 4) ? data.readUInt32LE(at) : -1);
  const u64 = (at: number): number => (inside(at, 8) ? Number(data.readBigUInt64LE(at)) : -1);

  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return bad();
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) return bad('Het zip-bestand bestaat uit meerdere delen; dat kan niet worden ingelezen.');
  let count = u16(eocd + 10);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (u32(locator) !== ZIP64_LOCATOR) return bad();
    const zip64 = u64(locator + 8);
    if (zip64 < 0 || u32(zip64) !== ZIP64_EOCD) return bad();
    count = u64(zip64 + 32);
    cdOffset = u64(zip64 + 48);
  }
  if (count < 0 || cdOffset < 0 || cdOffset > data.length) return bad();
  if (count > MAX_ENTRIES) return bad(`Het zip-bestand heeft ${count} onderdelen; dat is geen gewone Excel-werkmap.`);

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = cdOffset;
  for (let k = 0; k < count; k++) {
    if (!inside(at, 46) || u32(at) !== CENTRAL) return bad();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > data.length) return bad();
    const name = data.toString('utf8', at + 46, nameEnd);

    // ZIP64: sizes of 0xFFFFFFFF stand in the extra field 0x0001, in this order.
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      let x = nameEnd;
      let found = false;
      while (x + 4 <= nameEnd + extraLength) {
        const id = u16(x);
        const size = u16(x + 2);
        if (id === 0x0001) {
          let y = x + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(y);
            y += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(y);
            y += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(y);
          found = true;
          break;
        }
        x += 4 + size;
      }
      if (!found || uncompressedSize < 0 || compressedSize < 0 || localOffset < 0) return bad();
    }

    if ((flags & 1) !== 0) return bad('Het Excel-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op.');
    if (method !== 0 && method !== 8) return bad(`Het zip-bestand gebruikt een onbekende compressiemethode (${method}); sla de werkmap opnieuw op als .xlsx.`);
    if (method === 0 && compressedSize !== uncompressedSize) return bad();

    total += uncompressedSize;
    if (total > MAX_UNCOMPRESSED_BYTES) {
      return bad(
        `Het Excel-bestand pakt uit tot meer dan ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; ` +
          'dat is te groot voor een import (of het is een zip-bom). Het is niet uitgepakt.',
      );
    }
    if (uncompressedSize >= RATIO_FROM_BYTES && uncompressedSize > MAX_RATIO * Math.max(compressedSize, 1)) {
      return bad(
        `Onderdeel "${name}" van het Excel-bestand pakt uit tot ${Math.round(uncompressedSize / Math.max(compressedSize, 1))} keer zijn grootte; ` +
          'dat doet een echte werkmap niet (zip-bom?). Het is niet uitgepakt.',
      );
    }

    if (!inside(localOffset, 30) || u32(localOffset) !== LOCAL) return bad();
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataStart + compressedSize > data.length) return bad();
    entries.push({ name, method, compressedSize, uncompressedSize, dataStart });
    at = nameEnd + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * Unpacks each entry with a hard cap at the size it declares, so an entry whose data says more than its
 * directory entry is refused here, before exceljs (through JSZip) unpacks it without any limit.
 */
export async function verifyZip(data: Buffer, entries: readonly ZipEntry[]): Promise<string | null> {
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const packed = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const size = await new Promise<number>((resolve) => {
      inflateRaw(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) }, (error, out) => {
        resolve(error ? -1 : out.length);
      });
    });
    if (size !== entry.uncompressedSize) return `Onderdeel "${entry.name}" van het Excel-bestand is beschadigd of groter dan opgegeven; het is niet ingelezen.`;
  }
  return null;
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

/** Loads a checked workbook and reads its first worksheet: the first non-empty row is the header. */
export async function readFirstSheet(data: Buffer): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  // exceljs' own Buffer type differs from @types/node's; the bytes are the same.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, issues: [fileIssue('De Excel-werkmap heeft geen werkblad.')] };
  const warnings: ImportIssue[] = [];
  if (workbook.worksheets.length > 1) {
    warnings.push({
      severity: 'warning',
      line: null,
      column: null,
      message: `Alleen het eerste werkblad ("${sheet.name}") is gelezen; de werkmap heeft er ${workbook.worksheets.length}.`,
    });
  }
  if (sheet.actualRowCount - 1 > MAX_DATA_ROWS) {
    return { ok: false, issues: [fileIssue(`Het werkblad heeft meer dan ${MAX_DATA_ROWS.toLocaleString('nl-NL')} gegevensrijen; splits het in kleinere bestanden.`)] };
  }

  // Filled in by the row callback (a closure: plain `let`s would be narrowed to their first value).
  const state: { header: string[] | null; wideRows: number } = { header: null, wideRows: 0 };
  const rows: CellTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const found: { col: number; text: string }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      found.push({ col, text: cellText(cell.value) });
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
      if (++state.wideRows <= 100) {
        warnings.push({
          severity: 'error',
          line: rowNumber,
          column: null,
          message: `Rij ${rowNumber} heeft gegevens rechts van de laatste kolom van de kopregel (${width} kolommen); de rij is niet ingelezen.`,
        });
      }
      return;
    }
    cells.length = Math.min(cells.length, width);
    while (cells.length < width) cells.push('');
    rows.push({ line: rowNumber, cells });
  });
  if (state.wideRows > 100) {
    warnings.push({ severity: 'error', line: null, column: null, message: `En nog ${state.wideRows - 100} rijen met gegevens buiten de kolommen.` });
  }
  if (state.header === null) return { ok: false, issues: [fileIssue(`Het eerste werkblad ("${sheet.name}") is leeg.`)] };
  return { ok: true, table: { header: state.header, rows, format: 'xlsx' }, warnings };
}
