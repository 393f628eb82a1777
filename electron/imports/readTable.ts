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

const refuse = (message: string): ReadResult => ({ ok: false, issues: [{ severity: 'error', line: null, column: null, message }] });

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const XLS_MESSAGE =
  'Dit is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, zonder wachtwoord.';

/**
 * Reads an import file (CSV/TXT or XLSX) into text cells. Never throws: every problem comes back as a
 * Dutch issue. The kind of file follows from its content (a zip is a workbook), checked against its extension.
 */
export async function readImportFile(data: Uint8Array, fileName: string): Promise<ReadResult> {
  try {
    return await read(Buffer.from(data.buffer, data.byteOffset, data.byteLength), fileName);
  } catch (error) {
    return refuse(`Het bestand kon niet worden gelezen; sla het opnieuw op als CSV of .xlsx. (Technische melding: ${error instanceof Error ? error.message : String(error)})`);
  }
}

async function read(data: Buffer, fileName: string): Promise<ReadResult> {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (data.length === 0) return refuse(`Het bestand "${fileName}" is leeg.`);
  if (data.length > MAX_FILE_BYTES) {
    return refuse(`Het bestand is ${(data.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB; een import mag hoogstens ${MAX_FILE_BYTES / 1024 / 1024} MB zijn.`);
  }
  if (extension !== 'xlsx' && extension !== 'xls' && !TEXT_EXTENSIONS.has(extension)) {
    return refuse(`Bestanden van het type "${extension === '' ? 'zonder extensie' : `.${extension}`}" kunnen niet worden ingelezen; kies een .csv-, .txt- of .xlsx-bestand.`);
  }
  if (isOle2(data)) return refuse(XLS_MESSAGE);
  if (isZip(data)) return readWorkbook(data, extension);
  if (extension === 'xlsx') return refuse('Dit bestand heet .xlsx maar is geen Excel-werkmap (het is geen zip-bestand). Sla het in Excel opnieuw op als Excel-werkmap (.xlsx).');
  if (extension === 'xls') return refuse(XLS_MESSAGE);

  const decoded = decodeText(data);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok || decoded.encoding !== 'windows-1252') return parsed;
  return {
    ...parsed,
    warnings: [
      {
        severity: 'warning',
        line: null,
        column: null,
        message: 'Het bestand is geen UTF-8 en is gelezen als Windows-1252 (zoals Excel CSV opslaat); controleer tekens als é, ë en €.',
      },
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
      resolve(refuse('Het lezen van de Excel-werkmap duurde te lang en is afgebroken.'));
    }, XLSX_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([readFirstSheet(data), timeout]);
    if (!result.ok || extension === 'xlsx') return result;
    const named = `.${extension}`;
    return {
      ...result,
      warnings: [
        { severity: 'warning', line: null, column: null, message: `Het bestand heet ${named} maar is een Excel-werkmap (.xlsx); het is als werkmap gelezen.` },
        ...result.warnings,
      ],
    };
  } finally {
    clearTimeout(timer);
  }
}
