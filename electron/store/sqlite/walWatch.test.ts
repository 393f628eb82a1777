import Database from 'better-sqlite3';
import { copyFileSync, existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/files';
import { StoreError } from '../errors';
import { openStore } from '../store';

/** The -wal file deleted while the store is open (a sync client, a clean-up tool). */
const tempDir = useTempDir();

const names = (path: string): string[] => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT DISTINCT name FROM scenario_version WHERE name LIKE 'Bevestigd %' ORDER BY name").pluck().all() as string[]);
  } finally {
    db.close();
  }
};

describe('the WAL watch', () => {
  it('the next write after the -wal vanished is refused in Dutch, and every acknowledged write is in the database file itself', async () => {
    const dir = tempDir();
    const path = join(dir, 's.sqlite');
    const store = await openStore(path);
    const acknowledged: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `Bevestigd ${String(i).padStart(2, '0')}`;
      await store.scenarios.create({ name, params: {} });
      acknowledged.push(name);
    }
    unlinkSync(`${path}-wal`);

    const refused = await store.scenarios.create({ name: 'Na het verdwijnen', params: {} }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).code).toBe('walLost');
    expect((refused as StoreError).message).toContain(`${path}-wal is verdwenen`);
    expect((refused as StoreError).message).toContain('Alles wat al was opgeslagen is in het databasebestand zelf gezet');
    expect((refused as StoreError).message).toMatch(/backups restore \d{8}-\d{6}-daily/);
    // A transaction and a figure edit are refused too; reading goes on.
    await expect(store.transaction(async (tx) => tx.scenarios.create({ name: 'X', params: {} }))).rejects.toMatchObject({ code: 'walLost' });
    await expect(store.dataset.editFigure('bouwprogramma.laagMidden:GM1696:2022-2030', 1, '')).rejects.toMatchObject({ code: 'walLost' });
    expect((await store.scenarios.list()).length).toBeGreaterThanOrEqual(40);

    // A crash now: what survives is the database file (the lost -wal lives only as long as the process).
    copyFileSync(path, join(dir, 'na-crash.sqlite'));
    expect(existsSync(join(dir, 'na-crash.sqlite-wal'))).toBe(false);
    expect(names(join(dir, 'na-crash.sqlite'))).toEqual(acknowledged);
    await store.close();

    // And reopened as usual, the store has them all and writes again.
    const again = await openStore(path);
    expect((await again.scenarios.list()).filter((s) => s.name.startsWith('Bevestigd ')).map((s) => s.name).sort()).toEqual(acknowledged);
    await again.scenarios.create({ name: 'Weer schrijven', params: {} });
    await again.close();
  });

  it('a -wal replaced by another file (another process made a new one) stops writing without a checkpoint', async () => {
    const path = join(tempDir(), 'r.sqlite');
    const store = await openStore(path);
    await store.scenarios.create({ name: 'Bevestigd 1', params: {} });
    unlinkSync(`${path}-wal`);
    copyFileSync(path, `${path}-wal`); // any other file under the name: a new inode
    await expect(store.scenarios.create({ name: 'Bevestigd 2', params: {} })).rejects.toMatchObject({ code: 'walLost', message: expect.stringContaining('kan niet meer worden bewaard') as unknown });
    await store.close();
  });
});
