import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileState, useTempDir } from '../../../test/support/files';
import { StoreError } from '../errors';
import { openStore, storeBackups } from '../store';
import { makeBackup } from './backups';
import { MIGRATIONS } from './migrations';

/** Backups in normal use: daily, before changes, pruned, restored. */
const tempDir = useTempDir();
const WIJDEMEREN = 'bouwprogramma.laagMidden:GM1696:2022-2030';

/** A clock the test moves: ISO times. */
function clock(start: string) {
  let t = new Date(start).getTime();
  return { now: () => new Date(t).toISOString(), set: (iso: string) => (t = new Date(iso).getTime()), add: (ms: number) => (t += ms) };
}

describe('backups', () => {
  it('the first open of each day makes one daily backup, the later opens that day none', async () => {
    const path = join(tempDir(), 'd.sqlite');
    const c = clock('2026-12-02T09:00:00Z');
    const open = async () => (await openStore(path, { now: c.now })).close();
    await open();
    c.set('2026-12-02T11:30:00Z');
    await open();
    await open();
    expect(storeBackups(path).backups.map((b) => [b.id, b.reason])).toEqual([['20261202-090000-daily', 'daily']]);
    c.set('2026-12-03T10:00:00Z');
    await open();
    expect(storeBackups(path).backups.map((b) => b.id)).toEqual(['20261203-100000-daily', '20261202-090000-daily']);
    const [newest] = storeBackups(path).backups;
    expect(newest?.size).toBeGreaterThan(100_000);
    expect(newest?.at).toBe('2026-12-03T10:00:00Z');
  });

  it('two backups in the same second (two servers importing at once) each get their own name; neither fails', async () => {
    const path = join(tempDir(), 's.sqlite');
    await (await openStore(path, { now: () => '2026-12-02T09:00:00.000Z' })).close();
    const a = new Database(path);
    const b = new Database(path);
    try {
      const now = () => '2026-12-02T10:00:00.000Z';
      const made = await Promise.all([makeBackup(a, path, 'import', now), makeBackup(b, path, 'import', now), makeBackup(a, path, 'import', now)]);
      expect(made.map((m) => m.id).sort()).toEqual(['20261202-100000-import', '20261202-100000-import-2', '20261202-100000-import-3']);
      for (const m of made) expect(existsSync(m.file)).toBe(true);
    } finally {
      a.close();
      b.close();
    }
  });

  it('keeps the newest 14 daily and the newest 10 event backups', async () => {
    const path = join(tempDir(), 'p.sqlite');
    const c = clock('2026-11-01T08:00:00Z');
    for (let day = 0; day < 20; day++) {
      const store = await openStore(path, { now: c.now });
      await store.backups.make('import');
      await store.close();
      c.add(24 * 3600_000);
    }
    const { backups } = storeBackups(path);
    const daily = backups.filter((b) => b.reason === 'daily');
    const events = backups.filter((b) => b.reason !== 'daily');
    expect(daily.map((b) => b.id.slice(0, 8))).toEqual(Array.from({ length: 14 }, (_, i) => `202611${String(20 - i).padStart(2, '0')}`));
    expect(events).toHaveLength(10);
    expect(events[0]?.id.slice(0, 8)).toBe('20261120');
    expect(events[9]?.id.slice(0, 8)).toBe('20261111');
  });

  it('a revert and a migration back up first', async () => {
    const dir = tempDir();
    // A database at version 2 (its tables only), migrated on open.
    const v2 = join(dir, 'v2.sqlite');
    const raw = new Database(v2);
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) m.up(raw);
    raw.pragma('user_version = 2');
    raw.close();
    await (await openStore(v2)).close();
    expect(storeBackups(v2).backups.map((b) => b.reason).sort()).toEqual(['daily', 'migration']);

    const store = await openStore(join(dir, 'r.sqlite'));
    await store.dataset.editFigure(WIJDEMEREN, 333, 'test');
    const [change] = await store.history.list(1);
    await store.history.revertChange(Number(change?.id));
    expect(storeBackups(join(dir, 'r.sqlite')).backups.map((b) => b.reason)).toContain('revert');
    await store.close();
  });

  it('restores: the data of the backup is back, the data from before is itself a backup', async () => {
    const path = join(tempDir(), 'r.sqlite');
    const c = clock('2026-12-02T09:00:00Z');
    const store = await openStore(path, { now: c.now });
    await store.scenarios.create({ name: 'Eerste', params: {} });
    c.add(1000);
    const backup = await store.backups.make('import');
    await store.scenarios.create({ name: 'Tweede', params: {} });
    await store.dataset.editFigure(WIJDEMEREN, 333, 'na de reservekopie');
    c.add(1000);
    const { restored, safety } = await store.backups.restore(backup.id);
    expect(restored.id).toBe(backup.id);
    expect(safety?.reason).toBe('restore');
    // The open store reads the restored data at once (its cache follows).
    expect(await store.scenarios.find('Eerste')).not.toBeNull();
    expect(await store.scenarios.find('Tweede')).toBeNull();
    expect((await store.dataset.figureViews()).find((v) => v.figure.id === WIJDEMEREN)?.edit).toBeNull();
    await store.scenarios.create({ name: 'Daarna', params: {} });
    // Restoring the safety backup brings 'Tweede' back.
    await store.backups.restore(String(safety?.id));
    expect(await store.scenarios.find('Tweede')).not.toBeNull();
    await store.close();
  });

  it('refuses to restore a damaged backup, and changes nothing', async () => {
    const path = join(tempDir(), 'x.sqlite');
    const store = await openStore(path);
    const backup = await store.backups.make('import');
    const raw = new Database(backup.file);
    raw.exec('DROP TABLE project');
    raw.close();
    await store.close();
    const before = fileState(path);
    const reopened = await openStore(path);
    await expect(reopened.backups.restore(backup.id)).rejects.toMatchObject({ code: 'backupDamaged', message: expect.stringContaining(`De reservekopie ${backup.id} is beschadigd`) as unknown });
    writeFileSync(backup.file, 'geen database');
    await expect(reopened.backups.restore(backup.id)).rejects.toBeInstanceOf(StoreError);
    await expect(reopened.backups.restore('20991231-000000-daily')).rejects.toMatchObject({ code: 'notFound' });
    await reopened.close();
    expect(fileState(path)).toBe(before);
    expect(storeBackups(path).backups.some((b) => b.reason === 'restore')).toBe(false);
    expect(existsSync(backup.file)).toBe(true);
  });
});
