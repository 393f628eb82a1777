/**
 * Start-up benchmark of the command line (`npm run bench:cli`): `run --scenario basis --json`
 * against a prepared database, each a cold process, in rounds that alternate with `node -e 0`
 * so a busy machine slows both alike. Prints the median in ms and as a multiple of `node -e 0`
 * (target: the bundled command line ≤ 6×), beside the unbundled sources through tsx and the npm
 * wrapper, which adds its own start-up. `--rounds N` (default 7, at least 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { envWithoutNpm, ROOT } from '../support/cli';

const TARGET = 6;
const node = process.execPath;
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const env = envWithoutNpm();

type Start = { label: string; command: string; args: string[] };

function time(start: Start): { ms: number; out: string } {
  const t0 = performance.now();
  const result = spawnSync(start.command, start.args, { cwd: ROOT, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${start.label}: exit ${String(result.status)}\n${result.stderr}`);
  return { ms, out: result.stdout };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function main(): void {
  const rounds = Math.max(5, Number(parseArgs({ options: { rounds: { type: 'string', default: '7' } } }).values.rounds));
  const dir = mkdtempSync(join(tmpdir(), 'wzv-bench-cli-'));
  try {
    const run = ['run', '--scenario', 'basis', '--json', '--db', join(dir, 'bench.sqlite')];
    // Builds the bundle if it is stale and creates and seeds the database: neither is timed.
    time({ label: 'voorbereiden', command: node, args: ['scripts/cli.mjs', 'scenarios', '--db', join(dir, 'bench.sqlite')] });
    const baseline: Start = { label: 'node -e 0', command: node, args: ['-e', '0'] };
    const starts: Start[] = [
      { label: 'node scripts/cli.mjs (bundle)', command: node, args: ['scripts/cli.mjs', ...run] },
      { label: 'tsx electron/cli/main.ts (no bundle)', command: node, args: [tsx, 'electron/cli/main.ts', ...run] },
      { label: 'npm run --silent cli', command: 'npm', args: ['run', '--silent', 'cli', '--', ...run] },
    ];
    const times = new Map<Start, number[]>([baseline, ...starts].map((s) => [s, []]));
    let expected: string | undefined;
    // One untimed round warms the file cache.
    for (let round = -1; round < rounds; round++) {
      for (const start of starts) {
        for (const s of [baseline, start]) {
          const { ms, out } = time(s);
          if (s !== baseline) {
            expected ??= out;
            if (out !== expected) throw new Error(`${s.label} printed something else than the others`);
          }
          if (round >= 0) times.get(s)?.push(ms);
        }
      }
    }

    const base = median(times.get(baseline) ?? []);
    console.log(`command line start-up: run --scenario basis --json, cold processes; median of ${rounds} rounds, alternating with node -e 0\n`);
    console.log('                                          ms   × node -e 0');
    console.log('---------------------------------------------------------');
    for (const s of [baseline, ...starts]) {
      const ms = median(times.get(s) ?? []);
      console.log(`${s.label.padEnd(36)} ${ms.toFixed(0).padStart(7)}   ${(ms / base).toFixed(1).padStart(5)}`);
    }
    const ratio = median(times.get(starts[0]!) ?? []) / base;
    console.log(`\nbundle: ${ratio.toFixed(1)}× node -e 0 (target ≤ ${TARGET}×): ${ratio <= TARGET ? 'ok' : 'TOO SLOW'}`);
    if (ratio > TARGET) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
