import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import { useTempDir } from '../../../test/support/files';
import { StoreError } from '../errors';
import { openStore, type Store } from '../store';
import { backoffMs, isBusy, retryBusy } from './busy';

const tempDir = useTempDir();
const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
async function open(path: string): Promise<Store> {
  const store = await openStore(path);
  opened.push(store);
  return store;
}

const busyError = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const noSleep = () => Promise.resolve();

describe('busy: a write that meets another writer', () => {
  it('tries again after a busy database and returns what the later attempt did', async () => {
    let calls = 0;
    const result = await retryBusy('/tmp/x.sqlite', () => {
      calls++;
      if (calls < 3) throw busyError();
      return 'gelukt';
    }, { sleep: noSleep });
    expect(result).toBe('gelukt');
    expect(calls).toBe(3);
  });

  it('gives up after a bounded number of attempts with a typed busy error in Dutch, the SQLite error as its cause', async () => {
    let calls = 0;
    const error = await retryBusy('/tmp/x.sqlite', () => {
      calls++;
      throw busyError();
    }, { attempts: 4, sleep: noSleep }).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('busy');
    expect((error as StoreError).message).toMatch(/is bezet.*Probeer het over een ogenblik opnieuw/);
    expect((error as StoreError).message).not.toMatch(/locked|SQLITE/);
    expect(((error as StoreError).cause as { code: string }).code).toBe('SQLITE_BUSY');
  });

  it('passes any other error through at once', async () => {
    let calls = 0;
    await expect(retryBusy(null, () => {
      calls++;
      throw new StoreError('invalid', 'nee');
    }, { sleep: noSleep })).rejects.toThrow('nee');
    expect(calls).toBe(1);
  });

  it('knows SQLite busy and locked codes, raw and mapped', () => {
    expect(isBusy(busyError())).toBe(true);
    expect(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe(true);
    expect(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_LOCKED_SHAREDCACHE' }))).toBe(true);
    expect(isBusy(new StoreError('busy', 'bezet'))).toBe(true);
    expect(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe(false);
    expect(isBusy(null)).toBe(false);
  });

  it('pauses longer after each attempt, with jitter, never more than a second', () => {
    expect(backoffMs(1, () => 0)).toBeLessThan(backoffMs(1, () => 1));
    expect(backoffMs(2, () => 1)).toBeGreaterThan(backoffMs(1, () => 1));
    expect(backoffMs(10, () => 1)).toBeLessThanOrEqual(1000);
  });

  it('waits for another process that holds the write lock, instead of failing (scenario create, save, figure edit)', async () => {
    const path = join(tempDir(), 'locked.sqlite');
    const store = await open(path);
    const created = await store.scenarios.create({ name: 'Wachten', params: {} });
    // Another process takes the write lock and keeps it for 700 ms.
    const holder = spawn(process.execPath, ['-e', `
      const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
      const db = new Database(${JSON.stringify(path)});
      db.exec('BEGIN IMMEDIATE');
      db.exec("UPDATE scenario SET created_at = created_at WHERE id = 'basis'");
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 700);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => { resolve(); }));
    const started = Date.now();
    const saved = await store.scenarios.save(created.id, { params: { programme: { paceMultiplier: 2 } }, baseVersion: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(saved.version).toBe(2);
    await store.dataset.editFigure('aandachtsgroepen.woningenPerJaar:regio:2025-2030', 250, 'na het wachten');
    await store.scenarios.create({ name: 'Ook gewacht', params: {} });
    await new Promise((resolve) => holder.once('exit', resolve));
  }, 20_000);

  it('answers a write that stays busy, in the web and window API, as a typed error without the library\'s words', async () => {
    const path = join(tempDir(), 'busy.sqlite');
    const store = await open(path);
    const other = new Database(path);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    try {
      // Five attempts of busy_timeout each would take half a minute: the test shortens SQLite's wait.
      (store as unknown as { db: Database.Database }).db.pragma('busy_timeout = 20');
      const answer = await createDispatch(createHandlers(store), () => undefined)('scenarios.create', { name: 'Bezet', params: {} });
      expect(answer).toEqual({ ok: false, error: { code: 'storeUnavailable', message: expect.stringMatching(/is bezet/) as unknown } });
      expect(JSON.stringify(answer)).not.toMatch(/locked|SQLITE|Error/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // And once the other writer is done, the same write lands.
    expect((await store.scenarios.create({ name: 'Bezet', params: {} })).version).toBe(1);
  }, 20_000);
});
