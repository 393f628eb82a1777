/**
 * The concurrency harness (issue 14, item 1 and 8): two web servers (electron/web/main.ts, each
 * its own process and connection) and the command line (the bundle, one process per command)
 * write to one database at once for a bounded time — scenario creates and saves, figure edits,
 * imports. Every answer is tallied; every acknowledged write is looked up afterwards, and the
 * file must pass integrity_check. Used by concurrency.test.ts (short, in `npm test`) and
 * long.durability.ts (`npm run test:durability`).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioParams } from '../../shared/scenario/schema';
import { openStore } from '../../electron/store/store';
import { ROOT } from '../support/cli';
import { startWeb } from '../support/webServer';

/** Figures the writers change: edits on one, imports on another (an import of an unchanged value would be refused). */
export const EDITED_FIGURE = 'aandachtsgroepen.woningenPerJaar:regio:2025-2030';
export const IMPORTED_FIGURE = 'aandachtsgroepen.kamersJongeren:regio:2025-2030';

type Kind = 'create' | 'save' | 'edit' | 'import' | 'cliCreate' | 'cliUpdate' | 'cliImport';
export type Tally = { attempts: number; acked: number; busy: number; conflicts: number; other: number };
export type HammerReport = {
  byKind: Record<Kind, Tally>;
  total: Tally;
  /** Every message of a failure that was not a deliberate conflict (at most 20, for the assertion's text). */
  failures: string[];
  /** Acknowledged writes not found afterwards. */
  missing: string[];
  integrity: string;
};

type ScenarioAck = { id: string; version: number; multiplier: number };
type Acks = { scenarios: ScenarioAck[]; notes: string[]; importFiles: string[] };

const BUSY = /database is (locked|bezet)|SQLITE_BUSY|SQLITE_LOCKED|is bezet/i;

/**
 * A private copy of the bundled command line (built by scripts/cli-bundle.mjs when stale): others
 * working in the same checkout rebuild dist-cli/, which removes the chunks a running command
 * still loads. The copy sits one folder deeper, so the one path the bundle keeps relative to
 * itself (the seeds) gets one more "../". Returns the entry and a clean-up.
 */
async function privateCliBundle(): Promise<{ entry: string; remove: () => void }> {
  const { buildCli, bundleIsStale } = (await import(join(ROOT, 'scripts', 'cli-bundle.mjs'))) as { buildCli: () => Promise<void>; bundleIsStale: () => boolean };
  const source = join(ROOT, 'dist-cli');
  const target = join(ROOT, 'test-results', `concurrency-cli-${String(process.pid)}-${String(Date.now())}`);
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0 || bundleIsStale()) await buildCli();
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const names = readdirSync(source).filter((n) => n.endsWith('.js'));
    let complete = true;
    for (const name of names) {
      const text = readFileSync(join(source, name), 'utf8');
      writeFileSync(join(target, name), text.replaceAll('new URL("../', 'new URL("../../'));
      for (const [, chunk] of text.matchAll(/["']\.\/(chunk-[A-Za-z0-9_-]+\.js)["']/g)) if (!names.includes(chunk!)) complete = false;
    }
    if (complete && names.includes('main.js')) return { entry: join(target, 'main.js'), remove: () => { rmSync(target, { recursive: true, force: true }); } };
    if (attempt === 3) throw new Error('dist-cli/ changed during every copy');
  }
}

function runCli(bundle: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.INIT_CWD;
    const child = spawn(process.execPath, [bundle, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => { resolve({ code: code ?? -1, out, err }); });
  });
}

const multiplierOf = (n: number) => Math.round((n % 45) + 5) / 10; // 0,5 … 4,9

export async function hammer(options: { dbPath: string; seconds: number; clientsPerServer?: number; cliLoops?: number; baseVersion?: boolean }): Promise<HammerReport> {
  const { dbPath, seconds } = options;
  const clientsPerServer = options.clientsPerServer ?? 2;
  const cliLoops = options.cliLoops ?? 2;
  const sendBase = options.baseVersion ?? true;
  const work = join(dbPath, '..', 'work');
  mkdirSync(work, { recursive: true });
  const staticDir = join(work, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>test</title>');
  await (await openStore(dbPath)).close();
  const cli = await privateCliBundle();
  const bundle = cli.entry;

  const kinds: Kind[] = ['create', 'save', 'edit', 'import', 'cliCreate', 'cliUpdate', 'cliImport'];
  const byKind = Object.fromEntries(kinds.map((k) => [k, { attempts: 0, acked: 0, busy: 0, conflicts: 0, other: 0 }])) as Record<Kind, Tally>;
  const failures: string[] = [];
  const acks: Acks = { scenarios: [], notes: [], importFiles: [] };
  const failed = (kind: Kind, message: string, conflict = false) => {
    const t = byKind[kind];
    if (conflict) t.conflicts++;
    else if (BUSY.test(message)) t.busy++;
    else t.other++;
    if (!conflict && failures.length < 20) failures.push(`${kind}: ${message.slice(0, 300)}`);
  };

  const servers = await Promise.all([startWeb(dbPath, staticDir), startWeb(dbPath, staticDir)]);
  const deadline = Date.now() + seconds * 1000;
  let counter = 0;
  try {
    const webClient = async (url: string, name: string) => {
      const own: { id: string; version: number }[] = [];
      const call = async (op: string, body: unknown): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string; message: string } }> => {
        const res = await fetch(`${url}api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return (await res.json()) as never;
      };
      for (let i = 0; Date.now() < deadline; i++) {
        const n = counter++;
        const multiplier = multiplierOf(n);
        const pick = Math.random();
        if (pick < 0.25 || own.length === 0) {
          byKind.create.attempts++;
          const answer = await call('scenarios.create', { name: `${name}-${i}`, params: { programme: { paceMultiplier: multiplier } } });
          if (answer.ok) {
            byKind.create.acked++;
            const s = answer.value as { id: string; version: number };
            own.push({ id: s.id, version: s.version });
            acks.scenarios.push({ id: s.id, version: s.version, multiplier });
          } else failed('create', answer.error.message);
        } else if (pick < 0.6) {
          byKind.save.attempts++;
          const target = own[Math.floor(Math.random() * own.length)]!;
          // Now and then a save based on an older version: it must be refused as a conflict, never land.
          const stale = sendBase && target.version > 1 && Math.random() < 0.1;
          const body = { id: target.id, params: { programme: { paceMultiplier: multiplier } }, ...(sendBase ? { baseVersion: stale ? target.version - 1 : target.version } : {}) };
          const answer = await call('scenarios.save', body);
          if (answer.ok) {
            if (stale) failed('save', `a stale save of ${target.id} landed`);
            else {
              byKind.save.acked++;
              const s = answer.value as { id: string; version: number };
              target.version = s.version;
              acks.scenarios.push({ id: s.id, version: s.version, multiplier });
            }
          } else failed('save', answer.error.message, stale && answer.error.code === 'conflict');
        } else if (pick < 0.85) {
          byKind.edit.attempts++;
          const note = `${name}-e${i}`;
          const answer = await call('dataset.editFigure', { figureId: EDITED_FIGURE, value: 100 + (n % 400), note });
          if (answer.ok) {
            byKind.edit.acked++;
            acks.notes.push(note);
          } else failed('edit', answer.error.message);
        } else {
          byKind.import.attempts++;
          const fileName = `${name}-i${i}.csv`;
          const csv = `cijfer_id;waarde;toelichting\n${IMPORTED_FIGURE};${1000 + n};${fileName}\n`;
          const answer = await call('import.apply', { kind: 'figures', fileName, base64: Buffer.from(csv).toString('base64'), peildatum: null });
          if (answer.ok) {
            byKind.import.acked++;
            acks.importFiles.push(fileName);
          } else failed('import', answer.error.message);
        }
      }
    };

    const cliLoop = async (name: string) => {
      const own: string[] = [];
      for (let i = 0; Date.now() < deadline; i++) {
        const n = counter++;
        const multiplier = multiplierOf(n);
        const setting = `programme.paceMultiplier=${String(multiplier).replace('.', ',')}`;
        // In turn (a command takes seconds on a busy machine): every kind gets its share even in a short run.
        const turn = i % 3;
        if (turn === 0 || own.length === 0) {
          byKind.cliCreate.attempts++;
          const r = await runCli(bundle, ['--db', dbPath, 'scenario', 'create', '--name', `${name}-${i}`, '--set', setting]);
          const id = /met id (\S+)\./.exec(r.out)?.[1];
          if (r.code === 0 && id) {
            byKind.cliCreate.acked++;
            own.push(id);
            acks.scenarios.push({ id, version: 1, multiplier });
          } else failed('cliCreate', `exit ${r.code}: ${r.err}`);
        } else if (turn === 1) {
          byKind.cliUpdate.attempts++;
          const id = own[Math.floor(Math.random() * own.length)]!;
          const r = await runCli(bundle, ['--db', dbPath, 'scenario', 'update', id, '--set', setting]);
          const version = /als versie (\d+)\./.exec(r.out)?.[1];
          if (r.code === 0 && version) {
            byKind.cliUpdate.acked++;
            acks.scenarios.push({ id, version: Number(version), multiplier });
          } else failed('cliUpdate', `exit ${r.code}: ${r.err}`);
        } else {
          byKind.cliImport.attempts++;
          const fileName = `${name}-i${i}.csv`;
          const file = join(work, fileName);
          writeFileSync(file, `cijfer_id;waarde;toelichting\n${IMPORTED_FIGURE};${1000 + n};${fileName}\n`);
          const r = await runCli(bundle, ['--db', dbPath, 'import', '--kind', 'figures', '--file', file]);
          if (r.code === 0) {
            byKind.cliImport.acked++;
            acks.importFiles.push(fileName);
          } else failed('cliImport', `exit ${r.code}: ${r.err}`);
        }
      }
    };

    await Promise.all([
      ...servers.flatMap((s, si) => Array.from({ length: clientsPerServer }, (_, c) => webClient(s.url, `w${si}c${c}`))),
      ...Array.from({ length: cliLoops }, (_, c) => cliLoop(`cli${c}`)),
    ]);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    cli.remove();
  }

  const db = new Database(dbPath);
  const missing: string[] = [];
  let integrity: string;
  try {
    integrity = String(db.pragma('integrity_check', { simple: true }));
    const version = db.prepare('SELECT params FROM scenario_version WHERE scenario_id = ? AND version = ?');
    for (const ack of acks.scenarios) {
      const row = version.get(ack.id, ack.version) as { params: string } | undefined;
      if (!row) missing.push(`${ack.id} v${ack.version}`);
      else if (ScenarioParams.parse(JSON.parse(row.params)).programme.paceMultiplier !== ack.multiplier) missing.push(`${ack.id} v${ack.version}: another multiplier`);
    }
    const note = db.prepare("SELECT 1 FROM change_log WHERE target_id = ? AND json_extract(new_state, '$.edit.note') = ?");
    for (const n of acks.notes) if (!note.get(EDITED_FIGURE, n)) missing.push(`edit ${n}`);
    const batch = db.prepare('SELECT 1 FROM import_batch WHERE file_name = ?');
    for (const f of acks.importFiles) if (!batch.get(f)) missing.push(`import ${f}`);
  } finally {
    db.close();
  }
  const total = { attempts: 0, acked: 0, busy: 0, conflicts: 0, other: 0 };
  for (const t of Object.values(byKind)) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key];
  return { byKind, total, failures, missing, integrity };
}

/** One line per kind, for the test's output and the report. */
export function describeReport(r: HammerReport): string {
  const line = (name: string, t: Tally) =>
    `${name.padEnd(10)} ${String(t.attempts).padStart(6)} attempts, ${String(t.acked).padStart(6)} acked, ${String(t.busy).padStart(5)} busy (${t.attempts ? ((100 * t.busy) / t.attempts).toFixed(1) : '0.0'} %), ${t.conflicts} conflicts (deliberate), ${t.other} other`;
  return [...Object.entries(r.byKind).map(([k, t]) => line(k, t)), line('total', r.total)].join('\n');
}
