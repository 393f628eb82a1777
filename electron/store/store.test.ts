import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileState, useTempDir } from '../../test/support/files';
import { readSeed } from '../seeds/readSeeds';
import { StoreError } from './errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { openStore } from './store';

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

describe('store: first start', () => {
  it('creates the schema, seeds the dataset and the three built-in scenarios', async () => {
    const path = join(tempDir(), 'a.sqlite');
    const store = await openStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const stored = store.dataset.dataset();
    const seed = readSeed().dataset;
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(stored.gemeenten).toEqual(seed.gemeenten);
    expect(stored.series).toEqual(seed.series);
    expect(stored.relations).toEqual(seed.relations);
    expect([...stored.figures].sort(byId)).toEqual([...seed.figures].sort(byId));
    expect(store.scenarios.list().map((s) => s.id)).toEqual(['basis', 'programma', 'toegankelijk50']);
    store.close();
  });

  it('loads seeds idempotently: a second start writes nothing', async () => {
    const path = join(tempDir(), 'a.sqlite');
    (await openStore(path)).close();
    const before = fileState(path);
    (await openStore(path)).close();
    expect(fileState(path)).toBe(before);
  });

  it('every table is STRICT', async () => {
    const store = await openStore(join(tempDir(), 'a.sqlite'));
    const tables = store.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    store.close();
  });
});

describe('store: refusing what it cannot safely open', () => {
  it('refuses a database newer than the app, without touching it', async () => {
    const path = join(tempDir(), 'new.sqlite');
    (await openStore(path)).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fileState(path);
    const error = await expectStoreError(openStore(path), 'newer');
    expect(error.message).toMatch(/nieuwer|schemaversie/);
    expect(fileState(path)).toBe(before);
  });

  it('refuses a corrupt file, without touching it', async () => {
    const path = join(tempDir(), 'corrupt.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 7));
    const before = fileState(path);
    const error = await expectStoreError(openStore(path), 'corrupt');
    expect(error.message).toContain('beschadigd');
    expect(fileState(path)).toBe(before);
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

describe('store: migrations', () => {
  it('backs up the database before migrating it, and migrates in one transaction per step', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.sqlite');
    // A database at the current version, then a (test-only) next migration.
    (await openStore(path)).close();
    const next = { version: LATEST_VERSION + 1, name: 'test', up: (db: Database.Database) => db.exec('CREATE TABLE extra (x INTEGER) STRICT') };
    const db = await import('./connection').then((m) => m.openDatabase(path, { migrations: [...MIGRATIONS, next], backupPath: (v) => join(dir, `backup-v${v}.sqlite`) }));
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
    (await openStore(path)).close();
    const broken = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: (db: Database.Database) => {
        db.exec('CREATE TABLE half (x INTEGER) STRICT');
        throw new Error('halverwege mislukt');
      },
    };
    const { openDatabase } = await import('./connection');
    await expect(openDatabase(path, { migrations: [...MIGRATIONS, broken], backupPath: () => join(dir, 'b.sqlite') })).rejects.toThrow('halverwege');
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('migration 1 on an empty database creates every table, and the seed then loads', async () => {
    const path = join(tempDir(), 'v0.sqlite');
    new Database(path).close(); // an empty file at user_version 0
    const store = await openStore(path);
    expect(store.dataset.figureViews().length).toBe(readSeed().dataset.figures.length);
    store.close();
  });
});

describe('store: dataset edits', () => {
  it('keeps the seed value beside an edit, and revert restores it', async () => {
    const store = await openStore(join(tempDir(), 'e.sqlite'));
    const id = 'bouwprogramma.laagMidden:GM1696:2022-2030';
    const edited = store.dataset.editFigure(id, 330, '66 % van 500');
    expect(edited.figure.value).toBe(330);
    expect(edited.seedValue).toBe(320);
    expect(store.dataset.dataset().figures.find((f) => f.id === id)?.value).toBe(330);
    const reverted = store.dataset.revertFigure(id);
    expect(reverted.figure.value).toBe(320);
    expect(reverted.edit).toBeNull();
    expect(() => store.dataset.editFigure('bestaat.niet', 1, '')).toThrow(StoreError);
    store.close();
  });

  it('keeps analyst edits when a newer seed is loaded', async () => {
    const path = join(tempDir(), 's.sqlite');
    const seed = readSeed();
    const first = await openStore(path, { seed });
    first.dataset.editFigure('bouwprogramma.totaal:GM0402:2022-2030', 3300, 'test');
    first.close();
    const changed = structuredClone(seed);
    const fig = changed.dataset.figures.find((f) => f.id === 'realisatie.opleveringen:GM0402:2022-2023');
    if (fig) fig.value = 366;
    const second = await openStore(path, { seed: changed });
    const views = second.dataset.figureViews();
    expect(views.find((v) => v.figure.id === 'bouwprogramma.totaal:GM0402:2022-2030')?.figure.value).toBe(3300);
    expect(views.find((v) => v.figure.id === 'realisatie.opleveringen:GM0402:2022-2023')?.figure.value).toBe(366);
    second.close();
  });
});

describe('store: scenarios', () => {
  it('keeps every version and can restore an earlier one', async () => {
    const store = await openStore(join(tempDir(), 's.sqlite'));
    const a = store.scenarios.create({ name: 'Hoog tempo', params: { programme: { paceMultiplier: 1.5 } } });
    expect(a.id).toBe('hoog-tempo');
    store.scenarios.save(a.id, { params: { programme: { paceMultiplier: 2 } } });
    store.scenarios.save(a.id, { name: 'Heel hoog tempo' });
    expect(store.scenarios.versions(a.id).map((v) => v.version)).toEqual([1, 2, 3]);
    const restored = store.scenarios.restoreVersion(a.id, 1);
    expect(restored.version).toBe(4);
    expect(restored.name).toBe('Hoog tempo');
    expect(restored.params.programme.paceMultiplier).toBe(1.5);
    store.close();
  });

  it('refuses duplicate names and changes to built-ins; delete can be undone', async () => {
    const store = await openStore(join(tempDir(), 's.sqlite'));
    store.scenarios.create({ name: 'Variant', params: {} });
    expect(() => store.scenarios.create({ name: 'variant', params: {} })).toThrow(/al een scenario/);
    expect(() => store.scenarios.save('basis', { name: 'x' })).toThrow(/ingebouwd/);
    expect(() => store.scenarios.delete('basis')).toThrow(/ingebouwd/);
    store.scenarios.delete('variant');
    expect(store.scenarios.find('variant')).toBeNull();
    expect(store.scenarios.undelete('variant').deletedAt).toBeNull();
    store.close();
  });

  it('refuses invalid parameters without writing', async () => {
    const path = join(tempDir(), 's.sqlite');
    const store = await openStore(path);
    const count = () => (store.db.prepare('SELECT count(*) AS n FROM scenario_version').get() as { n: number }).n;
    const before = count();
    expect(() => store.scenarios.create({ name: 'Fout', params: { programme: { paceMultiplier: 9 } } })).toThrow();
    expect(count()).toBe(before);
    store.close();
  });

  it('a copy of the file opens with everything in it (no data only in the WAL after close)', async () => {
    const dir = tempDir();
    const path = join(dir, 's.sqlite');
    const store = await openStore(path);
    store.scenarios.create({ name: 'Bewaard', params: {} });
    store.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('-wal'))).toEqual([]);
    copyFileSync(path, join(dir, 'copy.sqlite'));
    const copy = await openStore(join(dir, 'copy.sqlite'));
    expect(copy.scenarios.find('Bewaard')).not.toBeNull();
    copy.close();
    expect(existsSync(path)).toBe(true);
  });
});
