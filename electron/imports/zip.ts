import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { FileIssueMessage } from '../../shared/imports/issues';

/** All entries together may unpack to at most this much: a sheet of 50 000 rows is far smaller. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** An entry that unpacks to more than this many times its packed size is a zip bomb (real sheets pack 5–30 times). */
export const MAX_RATIO = 200;
/** Small entries may pack well (a sheet of empty cells); the ratio counts from this size on. */
const RATIO_FROM_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

export type ZipCheck = { ok: true } | { ok: false; message: FileIssueMessage };

/**
 * yauzl's errors are English sentences; two of them have an answer the analyst can act on. yauzl gives
 * no error codes, so they are told apart by their text; any other text is "damaged".
 */
function zipErrorMessage(error: unknown): FileIssueMessage {
  const text = error instanceof Error ? error.message : '';
  if (/multi-disk/i.test(text)) return { code: 'zipMultiDisk', params: {} };
  if (/encrypt/i.test(text)) return { code: 'zipEncrypted', params: {} };
  return { code: 'zipDamaged', params: {} };
}

/** What the central directory says of one entry, judged before anything is unpacked; `total` includes this entry. */
function entryRefusal(entry: Entry, total: number): FileIssueMessage | null {
  if (entry.isEncrypted()) return { code: 'zipEncrypted', params: {} };
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8) return { code: 'zipCompression', params: { method } };
  if (total > MAX_UNCOMPRESSED_BYTES) return { code: 'zipTooLarge', params: { maxMegabytes: MAX_UNCOMPRESSED_BYTES / 1024 / 1024 } };
  const packed = Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize >= RATIO_FROM_BYTES && entry.uncompressedSize > MAX_RATIO * packed) {
    return { code: 'zipRatio', params: { entry: entry.fileName, ratio: Math.round(entry.uncompressedSize / packed) } };
  }
  return null;
}

/** Reads the central directory (the zip's table of contents) entry by entry, stopping at the first refusal. */
function listEntries(zip: ZipFile): Promise<{ ok: true; entries: Entry[] } | { ok: false; message: FileIssueMessage }> {
  return new Promise((resolve) => {
    const entries: Entry[] = [];
    let total = 0;
    // Stays attached after the promise settled: a late error event without a listener would crash the process.
    zip.on('error', (error: unknown) => {
      resolve({ ok: false, message: zipErrorMessage(error) });
    });
    zip.on('end', () => {
      resolve({ ok: true, entries });
    });
    zip.on('entry', (entry: Entry) => {
      total += entry.uncompressedSize;
      const refusal = entryRefusal(entry, total);
      if (refusal !== null) {
        resolve({ ok: false, message: refusal });
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/**
 * Unpacks one entry and throws the bytes away. yauzl's validateEntrySizes fails the stream as soon as
 * it gives more bytes than the central directory declared (or ends with fewer), so a lying entry is
 * never unpacked past its declared size; Node then destroys the stream, which stops yauzl reading.
 */
function unpacksAsDeclared(zip: ZipFile, entry: Entry): Promise<boolean> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) {
        resolve(false);
        return;
      }
      stream.on('error', () => {
        resolve(false);
      });
      stream.on('end', () => {
        resolve(true);
      });
      stream.resume();
    });
  });
}

/**
 * Checks an XLSX container before exceljs (through JSZip, without any limit) unpacks it: the declared
 * sizes against the zip-bomb limits, that it holds a workbook, and that every entry unpacks to exactly
 * what it declares. Never throws; every refusal is a coded message.
 */
export async function checkWorkbookZip(data: Buffer): Promise<ZipCheck> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    return { ok: false, message: zipErrorMessage(error) };
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) return { ok: false, message: { code: 'zipTooManyEntries', params: { count: zip.entryCount } } };
    const listed = await listEntries(zip);
    if (!listed.ok) return listed;
    if (!listed.entries.some((e) => e.fileName === 'xl/workbook.xml')) return { ok: false, message: { code: 'zipNotWorkbook', params: {} } };
    for (const entry of listed.entries) {
      if (!(await unpacksAsDeclared(zip, entry))) {
        return { ok: false, message: { code: 'zipEntryDamaged', params: { entry: entry.fileName } } };
      }
    }
    return { ok: true };
  } finally {
    zip.close();
  }
}
