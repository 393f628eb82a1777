import { describe, expect, it } from 'vitest';
import { newestBackupHint } from './sqlite/backups';
import { texts } from '../../shared/i18n/catalogue';
import { StoreError } from './errors';
import { storeFault } from './sqliteFaults';

const words = texts('nl-NL').faults;
const sqlite = (code: string, message = 'library words') => Object.assign(new Error(message), { code });

describe('one mapping from SQLite and file-system codes to typed store errors', () => {
  it.each([
    ['SQLITE_READONLY', 'readOnlyFile', words.readOnly('/x/wzv.sqlite')],
    ['SQLITE_READONLY_CANTINIT', 'readOnlyFile', words.readOnly('/x/wzv.sqlite')],
    ['SQLITE_READONLY_DBMOVED', 'folderMissing', words.folderMissing('/x/wzv.sqlite')],
    ['SQLITE_FULL', 'diskFull', words.diskFull('/x/wzv.sqlite')],
    ['SQLITE_BUSY', 'busy', words.busy('/x/wzv.sqlite')],
    ['SQLITE_BUSY_SNAPSHOT', 'busy', words.busy('/x/wzv.sqlite')],
    // Damage ends with which backup to restore: none yet beside this (made-up) file.
    ['SQLITE_CORRUPT', 'corrupt', `${words.damaged('/x/wzv.sqlite')} ${newestBackupHint('/x/wzv.sqlite')}`],
    ['SQLITE_NOTADB', 'corrupt', `${words.damaged('/x/wzv.sqlite')} ${newestBackupHint('/x/wzv.sqlite')}`],
    ['SQLITE_IOERR_WRITE', 'ioError', words.ioError('/x/wzv.sqlite')],
    ['SQLITE_CANTOPEN', 'folderMissing', words.folderMissing('/x/wzv.sqlite')],
    ['EROFS', 'readOnlyFile', words.readOnly('/x/wzv.sqlite')],
    ['ENOSPC', 'diskFull', words.diskFull('/x/wzv.sqlite')],
    ['ENOTDIR', 'folderMissing', words.folderMissing('/x/wzv.sqlite')],
  ])('%s → %s, in Dutch, the original kept as cause', (code, storeCode, message) => {
    const original = sqlite(code);
    const fault = storeFault(original, '/x/wzv.sqlite');
    expect(fault).toBeInstanceOf(StoreError);
    expect(fault?.code).toBe(storeCode);
    expect(fault?.message).toBe(message);
    expect(fault?.message).not.toContain('library words');
    expect(fault?.cause).toBe(original);
  });

  it('leaves alone what is not a fault of the machine', () => {
    expect(storeFault(sqlite('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storeFault(new StoreError('notFound', 'weg'))).toBeNull();
    expect(storeFault('text')).toBeNull();
  });

  it('better-sqlite3 says a folder is missing without a code', () => {
    expect(storeFault(new TypeError('Cannot open database because the directory does not exist'))?.code).toBe('folderMissing');
  });

  it('without a path the message speaks of "de database"', () => {
    expect(storeFault(sqlite('SQLITE_FULL'))?.message).toBe(words.diskFull(null));
    expect(words.diskFull(null)).toMatch(/^De schijf van de database is vol\./);
  });
});
