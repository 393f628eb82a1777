import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { StoreError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

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

/**
 * Reads the schema version without writing anything, so a database that is newer than this
 * app, foreign or corrupt is refused untouched.
 */
function inspect(path: string): { version: number; hasTables: boolean } {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw corrupt(path);
    return { version, hasTables: tables.n > 0 };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (isNotADatabase(error)) throw corrupt(path);
    throw new StoreError('unopenable', `Het databasebestand ${path} kan niet worden geopend: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
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
    const { version, hasTables } = inspect(path);
    if (version > LATEST_VERSION) {
      throw new StoreError(
        'newer',
        `De database ${path} heeft schemaversie ${version}, maar deze versie van de app kent er ${LATEST_VERSION}. ` +
          `Installeer de nieuwste Woonzorgverkenner; het bestand is niet gewijzigd.`,
      );
    }
    if (version === 0 && hasTables) {
      throw new StoreError('foreign', `Het bestand ${path} is een SQLite-database van een ander programma; het is niet gewijzigd.`);
    }
  }
  let db: Database.Database;
  try {
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
      db.transaction(() => {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      })();
    }
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
