import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fileState, useTempDir } from '../../../test/support/files';
import { readSeed, seedFromDir } from '../../seeds/readSeeds';
import { StoreError } from '../errors';
import { openStore } from '../store';
import { changeLabel } from '../../../shared/history/changeText';
import { openDatabase } from './connection';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { loadSeed } from './seedLoader';

/** What only the SQLite adapter promises: the file, its pragmas, migrations and refusals. */
const tempDir = useTempDir();

async function expectStoreError(promise: Promise<unknown>, code: StoreError['code']): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe(code);
  return error as StoreError;
}

const WIJDEMEREN = 'bouwprogramma.laagMidden:GM1696:2022-2030';

/** Today's seed as a version from before the map had it: a loader writing to a database of version 1 or 2 has no boundaries table. */
function seedBeforeMap() {
  const seed = readSeed();
  const dataset = { ...seed.dataset };
  delete dataset.boundaries;
  return { ...seed, dataset };
}

describe('sqlite: the file', () => {
  it('is at the latest schema version, in WAL mode, with full sync and foreign keys', async () => {
    const path = join(tempDir(), 'a.sqlite');
    await (await openStore(path)).close();
    const db = await openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('every table is STRICT', async () => {
    const path = join(tempDir(), 'a.sqlite');
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    db.close();
  });

  it('a copy of the file opens with everything in it (no data only in the WAL after close)', async () => {
    const dir = tempDir();
    const path = join(dir, 's.sqlite');
    const store = await openStore(path);
    await store.scenarios.create({ name: 'Bewaard', params: {} });
    await store.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('-wal'))).toEqual([]);
    copyFileSync(path, join(dir, 'copy.sqlite'));
    const copy = await openStore(join(dir, 'copy.sqlite'));
    expect(await copy.scenarios.find('Bewaard')).not.toBeNull();
    await copy.close();
    expect(existsSync(path)).toBe(true);
  });
});

describe('sqlite: the seed', () => {
  it('is read and validated only when its files changed since it was loaded', async () => {
    const db = await openDatabase(join(tempDir(), 'seed.sqlite'));
    const fromFiles = seedFromDir();
    const read = vi.fn(fromFiles.read);
    expect(loadSeed(db, { hash: fromFiles.hash, read }, () => '2026-12-02T00:00:00Z')).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    expect(loadSeed(db, { hash: seedFromDir().hash, read }, () => '2026-12-02T00:00:00Z')).toBe(false);
    expect(read).toHaveBeenCalledTimes(1);
    db.close();
  });
});

describe('sqlite: refusing what it cannot safely open', () => {
  it('refuses a database newer than the app, without touching it', async () => {
    const path = join(tempDir(), 'new.sqlite');
    await (await openStore(path)).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fileState(path);
    const error = await expectStoreError(openStore(path), 'newer');
    expect(error.message).toMatch(/nieuwer|schemaversie/);
    expect(fileState(path)).toBe(before);
  });

  it('refuses a corrupt file and keeps it aside unchanged', async () => {
    const path = join(tempDir(), 'corrupt.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 7));
    const before = fileState(path);
    const error = await expectStoreError(openStore(path), 'corrupt');
    expect(error.message).toContain('beschadigd');
    const movedTo = (error as StoreError & { movedTo: string }).movedTo;
    expect(error.message).toContain(movedTo);
    expect(fileState(movedTo)).toBe(before);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a SQLite database of another program', async () => {
    const path = join(tempDir(), 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE notes (x TEXT)');
    raw.close();
    const before = fileState(path);
    await expectStoreError(openStore(path), 'foreign');
    expect(fileState(path)).toBe(before);
  });
});

describe('sqlite: migrations', () => {
  it('backs up the database before migrating it, and migrates in one transaction per step', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.sqlite');
    // A database at the current version, then a (test-only) next migration.
    await (await openStore(path)).close();
    const next = { version: LATEST_VERSION + 1, name: 'test', up: (db: Database.Database) => db.exec('CREATE TABLE extra (x INTEGER) STRICT') };
    const db = await openDatabase(path, { migrations: [...MIGRATIONS, next], backupPath: (v) => join(dir, `backup-v${v}.sqlite`) });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    db.close();
    const backup = new Database(join(dir, `backup-v${LATEST_VERSION}.sqlite`), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((backup.prepare('SELECT count(*) AS n FROM figure').get() as { n: number }).n).toBeGreaterThan(100);
    backup.close();
  });

  it('a failing migration leaves the database at the version before it', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.sqlite');
    await (await openStore(path)).close();
    const broken = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: (db: Database.Database) => {
        db.exec('CREATE TABLE half (x INTEGER) STRICT');
        throw new Error('halverwege mislukt');
      },
    };
    await expect(openDatabase(path, { migrations: [...MIGRATIONS, broken], backupPath: () => join(dir, 'b.sqlite') })).rejects.toThrow('halverwege');
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('migration 1 on an empty database creates every table, and the seed then loads', async () => {
    const path = join(tempDir(), 'v0.sqlite');
    // An empty database at user_version 0: a header, no tables (a 0-byte file is damaged: damage.test.ts).
    const empty = new Database(path);
    empty.pragma('journal_mode = WAL');
    empty.close();
    const store = await openStore(path);
    expect((await store.dataset.figureViews()).length).toBe(readSeed().dataset.figures.length);
    await store.close();
  });

  it('1 → 2 keeps scenarios and figure edits and adds the project, import and history tables', async () => {
    const dir = tempDir();
    const path = join(dir, 'v1.sqlite');
    const v1 = await openStore(path, { migrations: MIGRATIONS.filter((m) => m.version === 1), seed: seedBeforeMap() });
    await v1.scenarios.create({ name: 'Oud scenario', params: { programme: { paceMultiplier: 1.3 } } });
    await v1.close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO figure_edit (figure_id, value, note, edited_at) VALUES (?, 330, 'v1', '2026-01-01')").run(WIJDEMEREN);
    raw.close();
    const store = await openStore(path, { backupPath: (from) => join(dir, `backup-v${from}.sqlite`) });
    expect((await store.scenarios.find('Oud scenario'))?.params.programme.paceMultiplier).toBe(1.3);
    expect((await store.dataset.dataset()).figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(330);
    await store.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = (check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).sort();
    expect(tables).toEqual(expect.arrayContaining(['change_log', 'import_batch', 'project']));
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('2 → 3 (and on) adds the boundaries table and loads the seed again, so an existing database gains the map', async () => {
    const dir = tempDir();
    const path = join(dir, 'v2.sqlite');
    await (await openStore(path, { migrations: MIGRATIONS.filter((m) => m.version <= 2), seed: seedBeforeMap() })).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO figure_edit (figure_id, value, note, edited_at) VALUES (?, 330, 'v2', '2026-01-01')").run(WIJDEMEREN);
    raw.close();
    const store = await openStore(path, { backupPath: (from) => join(dir, `backup-v${from}.sqlite`) });
    const ds = await store.dataset.dataset();
    await store.close();
    expect(ds.boundaries?.credit).toBe('Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024');
    expect(ds.boundaries?.features.filter((f) => f.role === 'member')).toHaveLength(7);
    expect(ds.figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(330);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    check.close();
  });

  it('a database at version 2 that had loaded the same seed files: migration 3 forgets the hash, so the boundaries still load', async () => {
    const dir = tempDir();
    const path = join(dir, 'v2b.sqlite');
    // As a database at version 2 that had loaded today's seed (without a boundaries table to fill).
    await (await openStore(path, { migrations: MIGRATIONS.filter((m) => m.version <= 2), seed: seedBeforeMap() })).close();
    const raw = new Database(path);
    raw.prepare('UPDATE seed_state SET hash = ?').run(seedFromDir().hash);
    raw.close();
    const store = await openStore(path, { backupPath: (from) => join(dir, `backup-v${from}.sqlite`) });
    expect((await store.dataset.dataset()).boundaries?.features).toHaveLength(14);
    await store.close();
  });
});

describe('sqlite: history rows written before changes carried a subject', () => {
  it('finds the subject from the stored states; a row whose states do not tell keeps its recorded label', async () => {
    const path = join(tempDir(), 'oud.sqlite');
    const store = await openStore(path);
    await store.dataset.editFigure(WIJDEMEREN, 330, '');
    await store.close();
    // As an older version wrote them: the Dutch label, and states of any shape.
    const raw = new Database(path);
    const state = raw.prepare('SELECT new_state FROM change_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const insert = raw.prepare(
      "INSERT INTO change_log (at, action, target, target_id, label, old_state, new_state, source) VALUES ('2025-01-01T00:00:00Z', 'edit', ?, ?, ?, NULL, ?, 'analist')",
    );
    insert.run('figure', WIJDEMEREN, 'Oude tekst · Wijdemeren · 2022–2030', state);
    insert.run('figure', 'verdwenen:cijfer', 'Een cijfer dat er niet meer is', JSON.stringify({ value: 5 }));
    insert.run('project', 'p1', 'Project Oud (2026)', JSON.stringify({ name: 'Oud', completionYear: 2026, homes: { total: 10 } }));
    raw.close();

    const reopened = await openStore(path);
    const [project, gone, figure] = await reopened.history.list();
    await reopened.close();
    expect(changeLabel('en-GB', figure!)).toBe('Build programme 2022–2030, affordable · Wijdemeren · 2022–2030');
    expect(figure!.label).toBe('Oude tekst · Wijdemeren · 2022–2030');
    expect(gone).toMatchObject({ subject: null, newValue: 5 });
    expect(changeLabel('en-GB', gone!)).toBe('Een cijfer dat er niet meer is');
    expect(changeLabel('en-GB', project!)).toBe('Project Oud (completion 2026)');
  });
});
