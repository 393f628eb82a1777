import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { texts } from '../../shared/i18n/catalogue';
import { StoreError, type StoreErrorCode } from './errors';
import { newestBackupHint } from './sqlite/backups';

/**
 * The one mapping from what SQLite (better-sqlite3's SqliteError.code) and the file system (Node's
 * errno codes) report to the store's typed errors with a Dutch message that says what to do. The
 * library's own words never reach a user; the original error stays as `cause` (the command line's
 * --debug and the server's log show it).
 */
type Fault = Extract<StoreErrorCode, 'readOnlyFile' | 'diskFull' | 'folderMissing' | 'busy' | 'ioError' | 'corrupt' | 'unopenable'>;

const words = () => texts('nl-NL').faults;

const MESSAGE: Record<Fault, (place: string | null) => string> = {
  readOnlyFile: (p) => words().readOnly(p),
  diskFull: (p) => words().diskFull(p),
  folderMissing: (p) => words().folderMissing(p),
  busy: (p) => words().busy(p),
  ioError: (p) => words().ioError(p),
  // Which backup to restore, and how: the newest one by name (./sqlite/backups.ts).
  corrupt: (p) => `${words().damaged(p)} ${p === null ? words().restoreAnyBackup : newestBackupHint(p)}`,
  unopenable: (p) => words().cannotOpen(p),
};

/** SQLite's primary result code (the part before an extended suffix: SQLITE_READONLY_DBMOVED → SQLITE_READONLY). */
function sqliteFault(code: string, path: string | null): Fault | null {
  if (code === 'SQLITE_READONLY_DBMOVED') return 'folderMissing'; // the file was moved or removed while open
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'readOnlyFile';
  if (code === 'SQLITE_FULL') return 'diskFull';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_IOERR')) return 'ioError';
  if (code.startsWith('SQLITE_CANTOPEN')) return path === null ? 'unopenable' : cannotOpenBecause(path);
  return null;
}

/** A file that cannot be opened: its folder is gone, or it or its folder cannot be written (SQLite needs the -wal and -shm beside it). */
function cannotOpenBecause(path: string): Fault {
  const folder = dirname(path);
  if (!existsSync(folder)) return 'folderMissing';
  if (!writable(folder) || (existsSync(path) && !writable(path))) return 'readOnlyFile';
  return 'unopenable';
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function systemFault(code: string): Fault | null {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'readOnlyFile';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'diskFull';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'folderMissing';
    case 'EBUSY':
      return 'busy';
    case 'EIO':
      return 'ioError';
    default:
      return null;
  }
}

/**
 * The store error for a fault of the machine, or null when `error` is not one (then it is the
 * caller's to handle). `path` is the database file where known: the message names it.
 */
export function storeFault(error: unknown, path: string | null = null): StoreError | null {
  if (error instanceof StoreError || !(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  let fault: Fault | null = null;
  if (typeof code === 'string') fault = code.startsWith('SQLITE_') ? sqliteFault(code, path) : systemFault(code);
  // better-sqlite3 checks the folder itself, before SQLite, and says so in a TypeError without a code.
  else if (/directory does not exist/i.test(error.message)) fault = 'folderMissing';
  if (fault === null) return null;
  const mapped = new StoreError(fault, MESSAGE[fault](path));
  mapped.cause = error;
  return mapped;
}

/** `storeFault(error, path)`, or the error itself: for a catch that rethrows. */
export function asStoreFault(error: unknown, path: string | null = null): unknown {
  return storeFault(error, path) ?? error;
}

/** The Dutch message of a fault of the machine, for a colleague's final "still busy" after retrying. */
export function faultMessage(fault: Fault, path: string | null = null): string {
  return MESSAGE[fault](path);
}
