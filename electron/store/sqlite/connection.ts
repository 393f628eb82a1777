import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { texts } from '../../../shared/i18n/catalogue';
import { StoreError } from '../errors';
import { faultMessage, storeFault } from '../sqliteFaults';
import { makeBackup, newestBackupHint } from './backups';
import { checkContent, createEmpty, DamageFound, isNotADatabase, keepAside, readHeader, type Header } from './integrity';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { retryBusySync } from './busy';
import { immediate } from './sync';

export type OpenOptions = {
  /** Migrations to apply (tests pass a prefix to build an older database). */
  migrations?: readonly Migration[];
  /** Where a pre-migration backup goes; default: the backups folder (./backups.ts). */
  backupPath?: (fromVersion: number) => string;
  /** The clock (ISO time) for the names of backups and of a damaged file kept aside; tests inject it. */
  now?: () => string;
};

const words = () => texts('nl-NL').backups.store;

/**
 * Opens (or creates) the store's SQLite file: refuses a newer or foreign database, backs up
 * before migrating, applies each migration in its own transaction, and sets the pragmas that
 * make an acknowledged save survive a crash (WAL, synchronous=FULL).
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database.Database> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const now = options.now ?? (() => new Date().toISOString());
  // A damaged file is kept aside (never deleted, never opened over) and the refusal names a backup.
  const damaged = (why: string) => keepAside(path, why, now, newestBackupHint);
  let header: Header = { kind: 'new' };
  if (path !== ':memory:') {
    try {
      // The header first, without opening: a newer, foreign or damaged file is refused before SQLite touches it.
      header = readHeader(path);
    } catch (error) {
      throw storeFault(error, path) ?? new StoreError('unopenable', faultMessage('unopenable', path));
    }
  }
  if (header.kind === 'damaged') throw damaged(header.why);
  if (header.kind === 'sqlite') refuseVersion(path, header.version, header.hasSchema);
  let db: Database.Database;
  try {
    // First start: the user data folder (or the folder of --db) may not exist yet.
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    if (header.kind === 'new' && path !== ':memory:') {
      createEmpty(path);
      // Another process may have created it first: its file is checked like any other.
      header = readHeader(path);
      if (header.kind === 'damaged') throw damaged(header.why);
    }
    db = new Database(path);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    // The cause is kept: a native module built for another Node.js says so there (main/startupError.ts).
    throw storeFault(error, path) ?? Object.assign(new StoreError('unopenable', faultMessage('unopenable', path)), { cause: error });
  }
  try {
    db.pragma('busy_timeout = 5000');
    const current = db.pragma('user_version', { simple: true }) as number;
    if (header.kind === 'sqlite') {
      // The WAL may hold a newer first page than the file's header.
      refuseVersion(path, current, header.hasSchema);
      // Before anything is written: SQLite's quick_check and every table the file's version should have.
      checkContent(db, current, migrations);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
    if (pending.length > 0 && current > 0) {
      if (options.backupPath) await db.backup(options.backupPath(current));
      else await makeBackup(db, path, 'migration', now);
    }
    for (const m of pending) {
      // The pragma is a no-op inside a transaction, so it is set around it.
      if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
      try {
        // Two processes opening a new or older file together: the second waits for the lock, then skips what the first did.
        retryBusySync(path, () => {
          immediate(db, () => {
            if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
            m.up(db);
            if (m.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
              throw new StoreError('invalid', `Migratie ${m.version} (${m.name}) zou verwijzingen tussen tabellen breken; de database is niet gewijzigd.`);
            }
            db.pragma(`user_version = ${m.version}`);
          });
        });
      } finally {
        if (m.foreignKeysOff) db.pragma('foreign_keys = ON');
      }
    }
    if (latest > 0 && (db.pragma('user_version', { simple: true }) as number) !== latest) {
      throw new StoreError('invalid', `De database ${path} kon niet naar schemaversie ${latest} worden gebracht.`);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DamageFound) throw damaged(error.why);
    if (error instanceof StoreError) throw error;
    if (isNotADatabase(error)) throw damaged(words().why.notADatabase);
    throw error;
  }
}

/** Refuses, untouched, a database this app did not write or cannot read: newer, negative version, another program's. */
function refuseVersion(path: string, version: number, hasSchema: boolean): void {
  if (version > LATEST_VERSION) throw new StoreError('newer', words().newer(path, version, LATEST_VERSION));
  if (version < 0) throw new StoreError('foreign', words().negative(path, version));
  if (version === 0 && hasSchema) {
    throw new StoreError('foreign', `Het bestand ${path} is een SQLite-database van een ander programma; het is niet gewijzigd.`);
  }
}
