import { fileIssue, type FileIssueMessage } from '../../shared/imports/issues';
import type { CellTable, ImportIssue } from '../../shared/imports/types';
import { parseCsv } from './csv';
import { decodeText } from './decodeText';
import { isOle2, isZip, readFirstSheet } from './xlsx';
import { checkWorkbookZip } from './zip';

/** Files larger than this are refused before anything is read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Reading a workbook that passed the checks takes well under a second; this only guards against a hang. */
const XLSX_TIMEOUT_MS = 30_000;

/**
 * `warnings` holds what the analyst should see but that did not stop the reading. It can hold issues of
 * severity `error` for single rows that were left out (e.g. more cells than the header): those rows are
 * not in `table`, and an import with them must not be applied.
 */
export type ReadResult = { ok: true; table: CellTable; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

const refuse = (message: FileIssueMessage): ReadResult => ({ ok: false, issues: [fileIssue(message)] });

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const OLD_EXCEL: FileIssueMessage = { code: 'oldExcel', params: {} };

/**
 * Reads an import file (CSV/TXT or XLSX) into text cells. Never throws: every problem comes back as a
 * coded issue. The kind of file follows from its content (a zip is a workbook), checked against its extension.
 */
export async function readImportFile(data: Uint8Array, fileName: string): Promise<ReadResult> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    return await read(bytes, fileName);
  } catch {
    // A reader's own error (English, about its internals) never reaches the analyst: the file is named as what it is.
    return refuse(isZip(bytes) || /\.xlsx$/i.test(fileName) ? { code: 'workbookDamaged', params: {} } : { code: 'unreadable', params: {} });
  }
}

async function read(data: Buffer, fileName: string): Promise<ReadResult> {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (data.length === 0) return refuse({ code: 'fileEmpty', params: { fileName } });
  if (data.length > MAX_FILE_BYTES) return refuse({ code: 'fileTooLarge', params: { megabytes: data.length / 1024 / 1024, maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 } });
  if (extension !== 'xlsx' && extension !== 'xls' && !TEXT_EXTENSIONS.has(extension)) return refuse({ code: 'fileType', params: { extension } });
  if (isOle2(data)) return refuse(OLD_EXCEL);
  if (isZip(data)) return readWorkbook(data, extension);
  if (extension === 'xlsx') return refuse({ code: 'xlsxNotZip', params: {} });
  if (extension === 'xls') return refuse(OLD_EXCEL);

  const decoded = decodeText(data);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok || decoded.encoding !== 'windows-1252') return parsed;
  return {
    ...parsed,
    warnings: [
      { severity: 'warning', line: null, column: null, code: 'readAsWindows1252', params: {} },
      ...parsed.warnings,
    ],
  };
}

async function readWorkbook(data: Buffer, extension: string): Promise<ReadResult> {
  const zip = await checkWorkbookZip(data);
  if (!zip.ok) return refuse(zip.message);

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadResult>((resolve) => {
    timer = setTimeout(() => {
      resolve(refuse({ code: 'workbookTimeout', params: {} }));
    }, XLSX_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([readFirstSheet(data), timeout]);
    if (!result.ok || extension === 'xlsx') return result;
    return { ...result, warnings: [{ severity: 'warning', line: null, column: null, code: 'workbookNamedOther', params: { extension } }, ...result.warnings] };
  } finally {
    clearTimeout(timer);
  }
}
