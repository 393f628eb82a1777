import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileState, useTempDir } from '../../../test/support/files';
import { StoreError } from '../errors';
import { openStore, storeBackups } from '../store';
import { LATEST_VERSION } from './migrations';

/** Damage found on open, before anything is written: kept aside, reported with a backup to restore. */
const tempDir = useTempDir();

async function refusal(promise: Promise<unknown>): Promise<StoreError & { movedTo?: string | null }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError & { movedTo?: string | null };
}

/** A store with a scenario in it, closed (everything checkpointed into the file), and its daily backup. */
async function storeWithData(): Promise<{ dir: string; path: string }> {
  const dir = tempDir();
  const path = join(dir, 'woonzorgverkenner.sqlite');
  const store = await openStore(path);
  await store.scenarios.create({ name: 'Bewaard', params: {} });
  await store.close();
  return { dir, path };
}

/** The database file itself, without its companions. */
const mainFile = (path: string) => fileState(path).split('|')[0];

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

describe('damage on open', () => {
  it('a 0-byte file is kept aside (with its -wal and -shm), not replaced; the message names where it is and the newest backup', async () => {
    const { dir, path } = await storeWithData();
    const newest = storeBackups(path).backups[0];
    expect(newest?.reason).toBe('daily');
    truncateSync(path, 0);
    writeFileSync(`${path}-wal`, 'wal');
    writeFileSync(`${path}-shm`, 'shm');
    const error = await refusal(openStore(path));
    expect(error.code).toBe('corrupt');
    const movedTo = error.movedTo;
    expect(movedTo).toMatch(/woonzorgverkenner\.sqlite\.beschadigd-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}$/);
    expect(error.message).toContain('leeg, 0 bytes');
    expect(error.message).toContain(`opzijgezet als ${String(movedTo)}`);
    expect(error.message).toContain(`backups restore ${String(newest?.id)}`);
    expect(statSync(String(movedTo)).size).toBe(0);
    expect(existsSync(`${String(movedTo)}-wal`) && existsSync(`${String(movedTo)}-shm`)).toBe(true);
    // Nothing was made in its place: no new database, no new companions.
    expect(readdirSync(dir).filter((f) => f.startsWith('woonzorgverkenner.sqlite') && !f.includes('beschadigd'))).toEqual([]);
  });

  it.each([
    ['the header of the figure table’s root page', 'figure', 0, Buffer.from('GARBAGE-GARBAGE!')],
    ['the figure table’s cell pointers', 'figure', 12, Buffer.alloc(16, 0xff)],
    ['the root page of the scenario versions', 'scenario_version', 0, Buffer.alloc(4096, 0)],
    ['an index’s root page', 'figure_series', 8, Buffer.from([0x7f, 0x00, 0x00, 0x00, 0x13, 0x37, 0xbe, 0xef])],
  ])('an overwrite of %s is found by quick_check and the file kept aside unchanged', async (_what, name, offset, bytes) => {
    const { path } = await storeWithData();
    const raw = new Database(path, { readonly: true });
    const root = (raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(name) as { rootpage: number }).rootpage;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    expect(root).toBeGreaterThan(1); // the middle of the file, not its header
    overwrite(path, (root - 1) * pageSize + offset, bytes);
    const before = mainFile(path);
    const error = await refusal(openStore(path));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/beschadigd \((de controle van SQLite vond fouten|SQLite kan het niet lezen)/);
    // Unchanged: SQLite only made its (empty) -wal and -shm beside it, which moved along.
    expect(mainFile(String(error.movedTo))).toBe(before);
  });

  it('garbage over the header is refused without SQLite opening it', async () => {
    const { path } = await storeWithData();
    overwrite(path, 0, Buffer.from('Dit is geen data'));
    const error = await refusal(openStore(path));
    expect(error.message).toContain('begint niet met de kop van een SQLite-database');
  });

  it('a dropped table is found (the tables its version must have) and kept aside', async () => {
    const { path } = await storeWithData();
    const raw = new Database(path);
    raw.exec('DROP TABLE project');
    raw.close();
    const error = await refusal(openStore(path));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('tabellen of kolommen ontbreken: project');
    expect(existsSync(path)).toBe(false);
  });

  it('a dropped column is found too', async () => {
    const { path } = await storeWithData();
    const raw = new Database(path);
    raw.exec('ALTER TABLE figure_edit DROP COLUMN note');
    raw.close();
    expect((await refusal(openStore(path))).message).toContain('figure_edit.note');
  });

  it('user_version −1 is refused in Dutch and the file is not touched', async () => {
    const { path } = await storeWithData();
    const raw = new Database(path);
    raw.pragma('user_version = -1');
    raw.close();
    const before = fileState(path);
    const error = await refusal(openStore(path));
    expect(error.code).toBe('foreign');
    expect(error.message).toContain('schemaversie -1, die de Woonzorgverkenner nooit schrijft');
    expect(error.message).not.toMatch(/already exists/);
    expect(fileState(path)).toBe(before);
  });

  it('a newer user_version is refused as made by a newer version, and nothing is written', async () => {
    const { path } = await storeWithData();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 3}`);
    raw.close();
    const before = fileState(path);
    const error = await refusal(openStore(path));
    expect(error.code).toBe('newer');
    expect(error.message).toContain('gemaakt door een nieuwere versie');
    expect(fileState(path)).toBe(before);
  });

  it('two processes creating a new database at once do not take each other’s new file for a damaged one', async () => {
    const path = join(tempDir(), 'nieuw.sqlite');
    const stores = await Promise.all([openStore(path), openStore(path)]);
    for (const s of stores) await s.close();
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('beschadigd'))).toEqual([]);
  });
});
