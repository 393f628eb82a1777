import Database from 'better-sqlite3';
import { closeSync, existsSync, linkSync, openSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { texts } from '../../../shared/i18n/catalogue';
import { StoreError } from '../errors';
import type { Migration } from './migrations';

const words = () => texts('nl-NL').backups.store;
const SQLITE_MAGIC = 'SQLite format 3\0';

/** Damage found before anything was written; the open path closes its connection and then keeps the file aside. */
export class DamageFound extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'DamageFound';
  }
}

/** What the first 100 bytes say, read without opening the database (that could write companion files). */
export type Header = { kind: 'new' } | { kind: 'damaged'; why: string } | { kind: 'sqlite'; version: number; hasSchema: boolean };

/**
 * The header of an existing file. An empty path is a new database; an existing file of 0 bytes is
 * not (a crash, a sync client or a full disk emptied it: what was in it must not be replaced
 * silently).
 */
export function readHeader(path: string): Header {
  if (!existsSync(path)) return { kind: 'new' };
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(100);
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return { kind: 'damaged', why: words().why.empty };
  if (read < 100) return { kind: 'damaged', why: words().why.short };
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'damaged', why: words().why.header };
  // Offset 40: schema cookie (changes with every schema change); offset 60: user_version.
  return { kind: 'sqlite', version: header.readInt32BE(60), hasSchema: header.readUInt32BE(40) > 0 };
}

type Shape = ReadonlyMap<string, readonly string[]>;
const shapes = new Map<string, Shape>();

/** The tables and their columns a database of `version` has: the migrations up to it, applied in memory (once per process). */
function expectedShape(version: number, migrations: readonly Migration[]): Shape {
  const key = `${version}:${migrations.map((m) => m.version).join(',')}`;
  let shape = shapes.get(key);
  if (!shape) {
    const mem = new Database(':memory:');
    try {
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) if (m.version <= version) m.up(mem);
      shape = tableShape(mem);
    } finally {
      mem.close();
    }
    shapes.set(key, shape);
  }
  return shape;
}

function tableShape(db: Database.Database): Shape {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return new Map(tables.map((t) => [t, (db.pragma(`table_info(${JSON.stringify(t)})`) as { name: string }[]).map((c) => c.name)]));
}

/**
 * Reads, never writes: SQLite's quick_check, and every table and column the migrations up to the
 * file's user_version made. Throws DamageFound with the reason in Dutch.
 */
export function checkContent(db: Database.Database, version: number, migrations: readonly Migration[]): void {
  const problems = (db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[]).map((r) => r.quick_check);
  if (problems.length !== 1 || problems[0] !== 'ok') throw new DamageFound(words().why.check(problems.slice(0, 3).join('; ')));
  if (version <= 0) return;
  const actual = tableShape(db);
  const missing: string[] = [];
  for (const [table, columns] of expectedShape(version, migrations)) {
    const have = actual.get(table);
    if (!have) missing.push(table);
    else for (const c of columns) if (!have.includes(c)) missing.push(`${table}.${c}`);
  }
  if (missing.length > 0) throw new DamageFound(words().why.tables(missing.slice(0, 8).join(', ')));
}

/**
 * Creates a new, empty database at `path` in one step: made under a temporary name (with its
 * header, in WAL mode) and linked into place. So no process ever sees a 0-byte file that another
 * is still creating (which it would rightly take for a damaged one). When another process got
 * there first, its file stays.
 */
export function createEmpty(path: string): void {
  const temp = `${path}.${process.pid}-${Date.now()}.nieuw`;
  try {
    const db = new Database(temp);
    try {
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) if (existsSync(f)) unlinkSync(f);
  }
}

/** SQLite's own word that a file is not (or no longer) a database. */
export function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** `2026-12-02T16-40-00` from an ISO time: safe in a file name on every system. */
export function fileStamp(iso: string): string {
  return iso.slice(0, 19).replace(/:/g, '-');
}

/**
 * Moves a damaged database aside, with its -wal and -shm (which belong to it: SQLite finds them by
 * the name), as `<file>.beschadigd-<time>`, and returns the StoreError that says where it is and
 * which backup can be restored. Nothing is deleted; the next open finds no file and starts anew.
 */
export function keepAside(path: string, why: string, now: () => string, hint: (path: string) => string): StoreError {
  let target = `${path}.beschadigd-${fileStamp(now())}`;
  for (let n = 2; existsSync(target); n++) target = `${path}.beschadigd-${fileStamp(now())}-${n}`;
  let movedTo: string | null = null;
  try {
    renameSync(path, target);
    movedTo = target;
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  } catch {
    // A read-only folder: the file stays where it is, untouched, and the message says so.
  }
  const error = new StoreError('corrupt', words().damaged(path, why, movedTo, hint(path)));
  return Object.assign(error, { movedTo });
}

/** The size of a file, 0 when it is not there. */
export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
