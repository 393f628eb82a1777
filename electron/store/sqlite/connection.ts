import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { immediate } from './sync';

export type OpenOptions = {
  /** Migrations to apply (tests pass a prefix to build an older database). */
  migrations?: readonly Migration[];
  /** Where a pre-migration backup goes; default beside the database. */
  backupPath?: (fromVersion: number) => string;
};

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function corrupt(path: string): StoreError {
  return new StoreError(
    'corrupt',
    `Het databasebestand ${path} is beschadigd of geen Woonzorgverkenner-database. Het is niet gewijzigd. ` +
      `Zet een reservekopie terug of kies een ander bestand (--db).`,
  );
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Reads the schema version from the file header (bytes 0–99) without opening the database, so
 * a file that is newer than this app, foreign or not a database at all is refused untouched:
 * even a read-only open of a WAL database would create companion files.
 */
function inspect(path: string): { version: number; hasSchema: boolean } {
  let header: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      header = Buffer.alloc(100);
      const read = readSync(fd, header, 0, 100, 0);
      if (read === 0) return { version: 0, hasSchema: false }; // an empty file is a new database
      if (read < 100) throw corrupt(path);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('unopenable', `Het databasebestand ${path} kan niet worden gelezen: ${(error as Error).message}`);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw corrupt(path);
  // Offset 40: schema cookie (changes with every schema change); offset 60: user_version.
  return { version: header.readInt32BE(60), hasSchema: header.readUInt32BE(40) > 0 };
}

/**
 * Opens (or creates) the store's SQLite file: refuses a newer or foreign database, backs up
 * before migrating, applies each migration in its own transaction, and sets the pragmas that
 * make an acknowledged save survive a crash (WAL, synchronous=FULL).
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database.Database> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (existsSync(path)) {
    const { version, hasSchema } = inspect(path);
    if (version > LATEST_VERSION) {
      throw new StoreError(
        'newer',
        `De database ${path} heeft schemaversie ${version}, maar deze versie van de app kent er ${LATEST_VERSION}. ` +
          `Installeer de nieuwste Woonzorgverkenner; het bestand is niet gewijzigd.`,
      );
    }
    if (version === 0 && hasSchema) {
      throw new StoreError('foreign', `Het bestand ${path} is een SQLite-database van een ander programma; het is niet gewijzigd.`);
    }
  }
  let db: Database.Database;
  try {
    // First start: the user data folder (or the folder of --db) may not exist yet.
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new StoreError('unopenable', `Het databasebestand ${path} kan niet worden gemaakt of geopend: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const current = db.pragma('user_version', { simple: true }) as number;
    const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
    if (pending.length > 0 && current > 0) {
      const target = options.backupPath?.(current) ?? `${path}.v${current}-${new Date().toISOString().replace(/[:.]/g, '-')}.backup`;
      await db.backup(target);
    }
    for (const m of pending) {
      // The pragma is a no-op inside a transaction, so it is set around it.
      if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
      try {
        immediate(db, () => {
          m.up(db);
          if (m.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
            throw new StoreError('invalid', `Migratie ${m.version} (${m.name}) zou verwijzingen tussen tabellen breken; de database is niet gewijzigd.`);
          }
          db.pragma(`user_version = ${m.version}`);
        });
      } finally {
        if (m.foreignKeysOff) db.pragma('foreign_keys = ON');
      }
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw corrupt(path);
    if (latest > 0 && (db.pragma('user_version', { simple: true }) as number) !== latest) {
      throw new StoreError('invalid', `De database ${path} kon niet naar schemaversie ${latest} worden gebracht.`);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    if (isNotADatabase(error)) throw corrupt(path);
    throw error;
  }
}
