import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, openSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the test changes the file behind the store's back, as another tool would
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { texts } from '../../shared/i18n/catalogue';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { StoreError } from '../../electron/store/errors';
import { openStore, type Store } from '../../electron/store/store';
import { startWebServer } from '../../electron/web/server';
import { useTempDir } from '../support/files';
import { cli } from '../support/cli';

/**
 * Faults of the machine (issue 14, item 3), provoked for real where the machine allows it: a
 * read-only file and folder (chmod, or a read-only bind mount when running as root, where chmod
 * does not stop anyone), a full disk (a small tmpfs, else SQLite's own page limit), a missing
 * folder, a database held by another writer, and scenario settings tampered with in the file.
 * Each must be answered in Dutch with what to do: on the command line exit 1 and no stack trace,
 * in the web API a typed error with status 503 (409 for the read-only scenario), never the words
 * of SQLite, Node or zod.
 */
const faults = texts('nl-NL').faults;
/** What a library says, or a stack trace: none of it may reach a user. */
const LIBRARY = /\n\s+at |SqliteError|ZodError|SQLITE_|readonly database|disk is full|database is locked|unable to open|Cannot |Invalid |EACCES|EROFS|ENOSPC|ENOENT|ENOTDIR|"code":|"path":\[|expected /;

const tempDir = useTempDir();
const undo: (() => void)[] = [];
let web: { server: Server; store: Store } | null = null;
afterEach(async () => {
  web?.server.close();
  await web?.store.close().catch(() => undefined);
  web = null;
  for (const u of undo.splice(0).reverse()) u();
});

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes `path` (file or folder) read-only for this process; false when the machine cannot. */
function makeReadOnly(path: string): boolean {
  const mode = statSync(path).mode & 0o777;
  chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  undo.push(() => { chmodSync(path, mode); });
  if (!writable(path)) return true;
  // Root writes through any mode: a read-only bind mount of the path over itself stops it too.
  try {
    execFileSync('mount', ['--bind', path, path], { stdio: 'ignore' });
    undo.push(() => { execFileSync('umount', [path], { stdio: 'ignore' }); });
    execFileSync('mount', ['-o', 'remount,ro,bind', path, path], { stdio: 'ignore' });
    return !writable(path);
  } catch {
    return false;
  }
}

/** A small tmpfs of `megabytes`, or null when mounting is not allowed. */
function smallDisk(megabytes: number): string | null {
  const dir = join(tempDir(), 'klein');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  undo.push(() => { execFileSync('umount', ['-l', dir], { stdio: 'ignore' }); });
  return dir;
}

/** Writes until the disk is full; leaves `spare` bytes. */
function fill(dir: string): void {
  const fd = openSync(join(dir, 'vol'), 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: full. Smaller blocks take what is left.
    const small = Buffer.alloc(512, 1);
    try {
      for (;;) writeSync(fd, small);
    } catch {
      /* full */
    }
  } finally {
    closeSync(fd);
  }
}

async function seeded(dir: string): Promise<string> {
  const db = join(dir, 'wzv.sqlite');
  const made = await cli(['--db', db, 'scenario', 'create', '--name', 'Eigen']);
  expect(made.code, made.err).toBe(0);
  return db;
}

function expectCliFault(run: { code: number; out: string; err: string }, message: string): void {
  expect(run.code, run.err).toBe(1);
  expect(run.err).toBe(`Fout: ${message}\n`);
  expect(run.err).not.toMatch(LIBRARY);
}

async function startWeb(db: string, logged: unknown[]): Promise<(name: string, body: unknown) => Promise<{ status: number; message: string; value: unknown }>> {
  const store = await openStore(db);
  const { server, url } = await startWebServer({ dispatch: createDispatch(createHandlers(store), (e) => logged.push(e)), staticDir: tempDir(), port: 0 });
  web = { server, store };
  return async (name, body) => {
    const res = await fetch(`${url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    expect(answer.error?.message ?? '').not.toMatch(LIBRARY);
    return { status: res.status, message: answer.error?.message ?? '', value: answer.value };
  };
}

describe('a read-only database', () => {
  it('file: the command line and the web API say so in Dutch', async (ctx) => {
    const db = await seeded(tempDir());
    if (!makeReadOnly(db)) ctx.skip();
    expectCliFault(await cli(['--db', db, 'scenario', 'create', '--name', 'Nieuw']), faults.readOnly(db));
    // Reading still works.
    expect((await cli(['--db', db, 'scenarios'])).code).toBe(0);
    const logged: unknown[] = [];
    const post = await startWeb(db, logged);
    const created = await post('scenarios.create', { name: 'Nieuw', params: {} });
    expect(created).toMatchObject({ status: 503, message: faults.readOnly(db) });
    expect(logged).toEqual([]);
  });

  it('folder: the command line and the web API say so in Dutch', async (ctx) => {
    const dir = tempDir();
    const db = await seeded(dir);
    if (!makeReadOnly(dir)) ctx.skip();
    const run = await cli(['--db', db, 'scenario', 'create', '--name', 'Nieuw']);
    expectCliFault(run, faults.readOnly(db));
    const logged: unknown[] = [];
    // Opening may already fail (no -shm can be made beside it); the web server then stops with this message.
    const opened = await startWeb(db, logged).catch((error: unknown) => error);
    if (opened instanceof Error) {
      expect(opened).toBeInstanceOf(StoreError);
      expect(opened.message).toBe(faults.readOnly(db));
      return;
    }
    const created = await (opened as Awaited<ReturnType<typeof startWeb>>)('scenarios.create', { name: 'Nieuw', params: {} });
    expect(created).toMatchObject({ status: 503, message: faults.readOnly(db) });
    expect(logged).toEqual([]);
  });
});

describe('a full disk', () => {
  it('on a small disk: the command line and the web API say so in Dutch', async (ctx) => {
    const disk = smallDisk(2);
    if (disk === null) ctx.skip();
    const db = await seeded(disk as string);
    const logged: unknown[] = [];
    const post = await startWeb(db, logged);
    fill(disk as string);
    // A description large enough to need new pages.
    const created = await post('scenarios.create', { name: 'Groot', description: 'x'.repeat(1900), params: {} });
    expect(created).toMatchObject({ status: 503, message: faults.diskFull(db) });
    expect(logged).toEqual([]);
    web?.server.close();
    await web?.store.close().catch(() => undefined);
    web = null;
    expectCliFault(await cli(['--db', db, 'scenario', 'create', '--name', 'Groot', '--description', 'x'.repeat(1900)]), faults.diskFull(db));
  });

  it('without a small disk: SQLite\'s page limit gives the same answer through the API', async () => {
    const raw = new Database(join(tempDir(), 'vol.sqlite'));
    raw.exec('CREATE TABLE t (x)');
    raw.pragma('max_page_count = 3');
    let full: unknown;
    try {
      for (let i = 0; i < 100; i++) raw.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(2000));
    } catch (error) {
      full = error;
    }
    raw.close();
    expect((full as { code?: string }).code).toBe('SQLITE_FULL');
    const store = await openStore(join(tempDir(), 'wzv.sqlite'));
    try {
      const handlers = createHandlers(store);
      const logged: unknown[] = [];
      const dispatch = createDispatch({ ...handlers, 'scenarios.create': () => Promise.reject(full instanceof Error ? full : new Error('geen fout')) }, (e) => logged.push(e));
      expect(await dispatch('scenarios.create', { name: 'x', params: {} })).toEqual({ ok: false, error: { code: 'storeUnavailable', message: faults.diskFull(null) } });
      expect(logged).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('a missing folder', () => {
  it('the command line and the store (which the web server reports at start) say so in Dutch', async () => {
    const dir = tempDir();
    // A file where the folder should be: it cannot be made, not even by root.
    writeFileSync(join(dir, 'schijf'), '');
    const db = join(dir, 'schijf', 'map', 'wzv.sqlite');
    expectCliFault(await cli(['--db', db, 'scenarios']), faults.folderMissing(db));
    const opened = await openStore(db).catch((error: unknown) => error);
    expect(opened).toBeInstanceOf(StoreError);
    expect((opened as StoreError).message).toBe(faults.folderMissing(db));
  });
});

describe('a database in use by another writer', () => {
  it('after the wait: "de database is bezet" on the command line and 503 from the web API', async () => {
    const db = await seeded(tempDir());
    const logged: unknown[] = [];
    const post = await startWeb(db, logged);
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = await cli(['--db', db, 'scenario', 'create', '--name', 'Wacht']);
      expect(run.code, run.err).toBe(1);
      expect(run.err).toContain('is bezet');
      expect(run.err).not.toMatch(LIBRARY);
      const created = await post('scenarios.create', { name: 'Wacht', params: {} });
      expect(created.status).toBe(503);
      expect(created.message).toContain('is bezet');
      expect(logged).toEqual([]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 120_000);
});

describe('a stored scenario whose settings were tampered with in the file', () => {
  it('opens read-only with a Dutch message; saving is refused in Dutch; the list stays readable', async () => {
    const db = await seeded(tempDir());
    const raw = new Database(db);
    raw.prepare("UPDATE scenario_version SET params = ? WHERE scenario_id = 'eigen'").run(JSON.stringify({ horizon: 'morgen', elderly: { bestaatNiet: 1 }, programme: 12 }));
    raw.close();

    const list = await cli(['--db', db, 'scenarios']);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain('Eigen');
    const show = await cli(['--db', db, 'scenario', 'show', 'eigen']);
    expect(show.code, show.err).toBe(0);
    expect(show.out).toContain('Let op: De instellingen van scenario "Eigen" in het databasebestand zijn ongeldig (horizon, ');
    expect(show.out).not.toMatch(LIBRARY);
    expect((await cli(['--db', db, 'run', 'eigen'])).code).toBe(0);
    expectCliFault(await cli(['--db', db, 'scenario', 'update', 'eigen', '--set', 'horizon=2035']), faults.damagedScenarioSave('Eigen'));

    const logged: unknown[] = [];
    const post = await startWeb(db, logged);
    const got = await post('scenarios.get', { id: 'eigen' });
    expect(got.status).toBe(200);
    expect((got.value as { damaged?: string }).damaged).toMatch(/^De instellingen van scenario "Eigen"/);
    expect((got.value as { params: { horizon: number } }).params.horizon).toBe(2030);
    expect((await post('scenarios.list', {})).status).toBe(200);
    const saved = await post('scenarios.save', { id: 'eigen', name: 'Eigen 2' });
    expect(saved).toMatchObject({ status: 409, message: faults.damagedScenarioSave('Eigen') });
    // Restoring the first (sound) version is the way back.
    const restored = await post('scenarios.restoreVersion', { id: 'eigen', version: 1 });
    expect(restored.status).toBe(409); // version 1 is the tampered one: there is only one
    expect(restored.message).toBe(faults.damagedScenarioVersion('Eigen', 1));
    expect(logged).toEqual([]);
  });

  it('settings that are not an object at all: all at their defaults, read-only', async () => {
    const db = await seeded(tempDir());
    const raw = new Database(db);
    // The table accepts only JSON (a CHECK); anything else than an object is garbage all the same.
    raw.prepare("UPDATE scenario_version SET params = '[\"kapot\"]' WHERE scenario_id = 'eigen'").run();
    raw.close();
    const show = await cli(['--db', db, 'scenario', 'show', 'eigen', '--json']);
    expect(show.code, show.err).toBe(0);
    expect((JSON.parse(show.out) as { damaged: string }).damaged).toContain('(alle instellingen)');
  });
});

describe('an unexpected error on the command line', () => {
  it('prints the Dutch message and no stack trace, unless --debug', async () => {
    const dir = tempDir();
    // A folder where the database file should be: SQLite cannot open it, and says so in English.
    const db = join(dir, 'is-een-map.sqlite');
    mkdirSync(db);
    const plain = await cli(['--db', db, 'scenarios']);
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/^Fout: /);
    expect(plain.err).not.toMatch(LIBRARY);
    const debug = await cli(['--db', db, '--debug', 'scenarios']);
    expect(debug.code).toBe(1);
    expect(debug.err.startsWith(plain.err)).toBe(true);
    expect(debug.err).toMatch(/\n\s+at /);
  });
});
