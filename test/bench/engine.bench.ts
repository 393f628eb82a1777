/**
 * Benchmark of the pure engine (`npm run bench`): runScenario on the seed region (7 gemeenten)
 * and on synthetic regions of 70, 342 and 700 gemeenten, horizon 2040, for the default scenario
 * and for the one that spreads the regional need text over the gemeenten (regioTekst); and the
 * Monte Carlo of the seed's built-in 'bandbreedte' (10 000 draws). Issue 11's targets: one full
 * run of 342 gemeenten × 2022–2040 in ≤ 2 ms, the 10 000 draws with their percentiles in ≤ 100 ms.
 *
 * The cases are measured interleaved: every round times one batch of each case in turn, so a
 * machine that slows down for a while slows all of them alike and the ratios stay meaningful.
 * The reported time is the median over the rounds of the time per run.
 *
 * The measurements:
 *  - `full`: runScenario(ds, scenario), what the app and the command line call (reads the dataset, then computes);
 *  - `engine`: runScenario(ds, scenario, inputs), the calculation alone, inputs extracted beforehand;
 *  - `cold`: `full` on a new figure list each run (342 gemeenten, default scenario), so every
 *    index and cache kept beside a figure list is built again: the first run on a dataset;
 *  - `explain`: what a click on the region's programme shortfall costs in the window (shared/explain:
 *    the context, the derivation, and its description with every referenced figure opened); in
 *    rounds of its own after the others (see measure);
 *  - `draws`: createSimulation + step(all) + block() of 'bandbreedte' on the seed, the point result
 *    given (as the command line gives it), split into prepare, draws and percentiles (block);
 *  - the percentiles of that simulation's figures three ways (a sort per figure, quickselect on a
 *    copy of each figure's draws, counting in slices: shared/uncertainty/percentiles.ts), in
 *    rounds of their own;
 *  - one simulation in a fresh process (test/bench/simulateOnce.ts), as the command line makes
 *    it: nothing compiled, no memory touched before; three processes per build, median.
 * Time per gemeente-year = time per run / (gemeenten × years 2022..horizon). The scaling ratio
 * compares that at 700 and at 70 gemeenten: about 1.0 means the cost grows linearly.
 *
 * Each build's engine runs from a fresh copy of its tree in a process of its own (engineWorker.ts):
 * two engines in one process slow each other down, and so did this build's own explanations and
 * seed validation beside it. The processes take turns batch by batch. `npm run bench -- --baseline
 * <git ref>` adds that commit's engine, measured the same way, and prints the ratios.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readSeed } from '../../electron/seeds/readSeeds';
import type { Dataset } from '../../shared/dataset/schema';
import { runScenario } from '../../shared/engine/run';
import { explainContext, explainFigure, REGION } from '../../shared/explain/explain';
import { describe } from '../../shared/explain/render';
import { Scenario } from '../../shared/scenario/schema';
import { likelyFromData, Sampler, uncertainInputs } from '../../shared/uncertainty/inputs';
import { prepareLean } from '../../shared/uncertainty/lean';
import { percentiles, percentilesByCounting } from '../../shared/uncertainty/percentiles';
import { drawSetter } from '../../shared/uncertainty/setDraw';
import { syntheticDataset } from '../support/syntheticDataset';
import {
  batch,
  checksum,
  COLD_GEMEENTEN,
  copyTree,
  DRAWS_NAME,
  DRAWS_SCENARIO,
  HORIZON,
  median,
  prepare,
  ROOT,
  SCENARIO_INPUTS,
  SYNTHETIC,
  TEXT_NEED,
  type Case,
  type Descriptor,
} from './engineCases';
import type { Reply } from './engineWorker';

const ROUNDS = 9;
const FRAME_MS = 1000 / 60;
const FRESH_PROCESSES = 3;
const PS = [0.1, 0.5, 0.9];
const SCENARIOS = SCENARIO_INPUTS.map((s) => Scenario.parse(s));

/** A case as measured: here (`run`) or in a build's process. */
type Measured = Descriptor & { msPerRun: number[]; parts?: number[][]; prepare: () => Promise<void>; batch: () => Promise<void> };

const local = (c: Case): Measured =>
  Object.assign(c, {
    prepare: () => {
      prepare(c);
      return Promise.resolve();
    },
    batch: () => {
      batch(c);
      return Promise.resolve();
    },
  });

/** The explanation of the region's shortfall, here (the explain module is this build's only). */
function explainCases(label: string, ds: Dataset): Case[] {
  return SCENARIOS.map((scenario) => {
    const first = runScenario(ds, scenario);
    return {
      build: 'this',
      dataset: label,
      scenario: scenario.name,
      gemeenten: first.gemeenten.length,
      years: HORIZON - first.programmeStart + 1,
      runsPerBatch: 1,
      msPerRun: [],
      mode: 'explain',
      run: () => {
        const c = explainContext(ds, scenario, first);
        const d = explainFigure(c, REGION, 'programme.shortfall2030');
        return d ? describe(d, c, 'nl-NL').withNumbers.length : 0;
      },
    };
  });
}

/**
 * The percentiles of the seed simulation's figures three ways, on the same draws (each figure's
 * side by side, as the simulation holds them): a sort of a copy of each figure's draws,
 * quickselect on a copy (the way before, which copied each figure's draws out of the draws' rows),
 * counting in slices in place (percentilesByCounting, now).
 */
function percentileCases(): Case[] {
  const { dataset, builtinScenarios } = readSeed();
  const scenario = builtinScenarios.find((s) => s.id === DRAWS_SCENARIO);
  if (!scenario) return [];
  const params = scenario.params;
  const inputs = uncertainInputs(params, likelyFromData(dataset, params), () => undefined);
  const lean = prepareLean(dataset, params);
  const sampler = new Sampler(inputs, params.uncertainty.seed);
  const set = drawSetter(lean.params, inputs);
  const draw = new Float64Array(inputs.length);
  const n = params.uncertainty.draws;
  const F = lean.figures.length;
  const rows = Array.from({ length: n }, () => {
    sampler.next(draw);
    set(draw);
    return lean.evaluate().slice();
  });
  const columns = Array.from({ length: F }, (_, f) => Float64Array.from(rows, (r) => r[f] as number));
  const range = columns.map((c) => ({ min: Math.min(...c), max: Math.max(...c) }));
  const moved = columns.flatMap((_, f) => (range[f]?.min === range[f]?.max ? [] : [f]));
  const byIndex = (sorted: Float64Array) =>
    PS.map((p) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const a = sorted[lo] as number;
      return h === lo || lo + 1 >= n ? a : a + (h - lo) * ((sorted[lo + 1] as number) - a);
    });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const base = { build: 'this', dataset: 'seed', scenario: `P10/50/90, ${moved.length} of ${F} figures`, gemeenten: 7, years: HORIZON - 2022 + 1, runsPerBatch: 1 };
  const cases: Case[] = [
    { ...base, mode: 'sort', msPerRun: [], run: () => sum(moved.flatMap((f) => byIndex((columns[f] as Float64Array).slice().sort()))) },
    { ...base, mode: 'select', msPerRun: [], run: () => sum(moved.flatMap((f) => percentiles((columns[f] as Float64Array).slice(), PS))) },
    { ...base, mode: 'count', msPerRun: [], run: () => sum(moved.flatMap((f) => percentilesByCounting(columns[f] as Float64Array, PS, range[f]?.min ?? 0, range[f]?.max ?? 0))) },
  ];
  // All three give the same numbers.
  const answers = cases.map((c) => c.run());
  if (new Set(answers).size !== 1) throw new Error(`De drie manieren geven andere percentielen: ${answers.join(', ')}`);
  return cases;
}

/** A copied build in a process of its own (engineWorker.ts), and its cases. */
async function buildProcess(ref: string | null, build: string): Promise<{ cases: Measured[]; dir: string; stop: () => void }> {
  const dir = copyTree(ref);
  const child: ChildProcess = fork(join(import.meta.dirname, 'engineWorker.ts'), [dir, build], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | null = null;
  const replies: Reply[] = [];
  child.on('message', (reply: Reply) => {
    const w = waiting;
    waiting = null;
    if (!w) replies.push(reply);
    else if (reply.type === 'error') w.reject(new Error(`${build}: ${reply.message}`));
    else w.resolve(reply);
  });
  child.on('exit', (code) => {
    waiting?.reject(new Error(`${build}: the build's process ended (${String(code)})`));
    waiting = null;
  });
  const next = (): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const queued = replies.shift();
      if (!queued) waiting = { resolve, reject };
      else if (queued.type === 'error') reject(new Error(`${build}: ${queued.message}`));
      else resolve(queued);
    });
  const first = await next();
  if (first.type !== 'cases') throw new Error(`${build}: expected its cases`);
  const cases = first.cases.map((d, index): Measured => {
    const m: Measured = {
      ...d,
      msPerRun: [],
      ...(d.mode === 'draws' ? { parts: [] } : {}),
      prepare: async () => {
        child.send({ type: 'prepare', index });
        await next();
      },
      batch: async () => {
        child.send({ type: 'batch', index });
        const reply = await next();
        if (reply.type !== 'batch') throw new Error(`${build}: expected a batch`);
        m.msPerRun.push(reply.ms);
        if (reply.parts) m.parts?.push(...reply.parts);
      },
    };
    return m;
  });
  return { cases, dir, stop: () => child.send({ type: 'exit' }) };
}

/** One simulation in each of FRESH_PROCESSES new processes: ms per part, median. */
function freshProcesses(dir: string): Record<string, number> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const runs = Array.from({ length: FRESH_PROCESSES }, () => {
    const out = execFileSync(process.execPath, [tsx, join(ROOT, 'test/bench/simulateOnce.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
    return JSON.parse(out) as Record<string, number>;
  });
  return Object.fromEntries(['prepare', 'draws', 'percentiles', 'total'].map((k) => [k, median(runs.map((r) => r[k] ?? NaN))]));
}

const baselineAt = process.argv.indexOf('--baseline');
const baselineRef = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
const startedAt = performance.now();
// Every build's engine in a process of its own: this working tree's (a copy, so edits made
// meanwhile do not mix in) and the baseline's.
const thisBuild = await buildProcess(null, 'this');
const baseline = baselineRef ? await buildProcess(baselineRef, baselineRef) : null;
const cases: Measured[] = [
  ...thisBuild.cases,
  ...(baseline?.cases ?? []),
  ...[...explainCases('seed', readSeed().dataset), ...SYNTHETIC.flatMap((n) => explainCases(`synthetic ${n}`, syntheticDataset({ gemeenten: n, seed: 1, textNeedFactor: TEXT_NEED })))].map(local),
];
const percentileWays = percentileCases().map(local);
/**
 * Rounds over a set of cases. The explanations run in rounds of their own, after the engine's:
 * they call some of the engine's readers with other arguments, and interleaved with the engine
 * they would make its compiled code more general (and slower) than in the app, where a click is rare.
 */
async function measure(set: Measured[]): Promise<void> {
  for (const c of set) await c.prepare();
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order every round, so no case always runs right after the same neighbour.
    const order = round % 2 === 0 ? set : [...set].reverse();
    for (const c of order) await c.batch();
  }
}
await measure(cases.filter((c) => c.mode !== 'explain'));
await measure(cases.filter((c) => c.mode === 'explain'));
await measure(percentileWays);
thisBuild.stop();
baseline?.stop();
const fresh1 = freshProcesses(thisBuild.dir);
const fresh0 = baseline ? freshProcesses(baseline.dir) : null;

const ms = (c: Measured) => median(c.msPerRun);
const part = (c: Measured, i: number) => median((c.parts ?? []).map((p) => p[i] ?? NaN));
const usPerGemeenteYear = (c: Measured) => (ms(c) * 1000) / (c.gemeenten * c.years);
const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));
const frames = (t: number) => (t / FRAME_MS).toFixed(2);

const header = [pad('build', 9, true), pad('dataset', 14, true), pad('scenario', 26, true), pad('mode', 7, true), pad('gemeenten', 9), pad('ms/run', 9), pad('frames', 7), pad('µs/gem-yr', 10)].join(' ');
const row = (c: Measured) =>
  [
    pad(c.build.slice(0, 9), 9, true),
    pad(c.dataset, 14, true),
    pad(c.scenario, 26, true),
    pad(c.mode, 7, true),
    pad(String(c.gemeenten), 9),
    pad(ms(c).toFixed(3), 9),
    pad(frames(ms(c)), 7),
    pad(c.mode === 'draws' ? '' : usPerGemeenteYear(c).toFixed(2), 10),
  ].join(' ');
const lines = [
  `runScenario, horizon ${HORIZON}, and ${DRAWS_NAME}; ${ROUNDS} interleaved rounds, median ms per run; Node ${process.version}`,
  `'full' = runScenario(ds, scenario); 'engine' = with the inputs extracted beforehand (the calculation alone); 'cold' = 'full' on a new figure list (first run on a dataset); 'explain' = one click on the region's shortfall; 'draws' = createSimulation + step + block; frames of ${FRAME_MS.toFixed(1)} ms`,
  '',
  header,
  '-'.repeat(header.length),
  ...cases.map(row),
  '',
  'scaling 700 vs 70 gemeenten, time per gemeente-year (1.0 = linear):',
];
for (const scenario of SCENARIOS) {
  for (const mode of ['full', 'engine', 'explain'] as const) {
    const at = (dataset: string) => cases.find((c) => c.build === 'this' && c.dataset === dataset && c.scenario === scenario.name && c.mode === mode);
    const c70 = at('synthetic 70');
    const c700 = at('synthetic 700');
    if (c70 && c700) lines.push(`  ${pad(scenario.name, 26, true)} ${pad(mode, 7, true)} ${(usPerGemeenteYear(c700) / usPerGemeenteYear(c70)).toFixed(2)}`);
  }
}

lines.push('', `${DRAWS_NAME} on the seed, median ms (frames): prepare, draws, percentiles (block), all`);
const split = (c: Measured) => [0, 1, 2].map((i) => part(c, i)).concat(ms(c));
const splitText = (t: number[]) => t.map((x) => `${pad(x.toFixed(1), 7)} (${frames(x)})`).join(' ');
for (const c of cases.filter((x) => x.mode === 'draws')) lines.push(`  ${pad(c.build.slice(0, 9), 9, true)} ${splitText(split(c))}`);
const freshText = (f: Record<string, number>) => splitText(['prepare', 'draws', 'percentiles', 'total'].map((k) => f[k] ?? NaN));
lines.push(`  ${pad('this', 9, true)} ${freshText(fresh1)}   one simulation in a fresh process (median of ${FRESH_PROCESSES})`);
if (fresh0 && baselineRef) lines.push(`  ${pad(baselineRef.slice(0, 9), 9, true)} ${freshText(fresh0)}   one simulation in a fresh process (median of ${FRESH_PROCESSES})`);

if (percentileWays.length > 0) {
  lines.push('', `percentiles of the same draws (${percentileWays[0]?.scenario ?? ''} move), median ms (frames):`);
  const names: Record<string, string> = { sort: 'a sort of a copy per figure (Float64Array.sort)', select: 'quickselect on a copy per figure (before)', count: 'counting in slices, in place (now)' };
  for (const c of percentileWays) lines.push(`  ${pad(names[c.mode] ?? c.mode, 48, true)} ${pad(ms(c).toFixed(1), 7)} (${frames(ms(c))})`);
}

if (baselineRef) {
  lines.push('', `this build / ${baselineRef}, median ms per run (below 1 = faster now):`);
  for (const c of cases.filter((x) => x.build === baselineRef)) {
    const mine = cases.find((x) => x.build === 'this' && x.dataset === c.dataset && x.scenario === c.scenario && x.mode === c.mode);
    if (!mine) continue;
    if (c.mode !== 'draws') {
      lines.push(`  ${pad(c.dataset, 14, true)} ${pad(c.scenario, 26, true)} ${pad(c.mode, 11, true)} ${ms(mine).toFixed(3)} / ${ms(c).toFixed(3)} = ${(ms(mine) / ms(c)).toFixed(2)}`);
      continue;
    }
    ['prepare', 'draws', 'percentiles', 'all'].forEach((name, i) => {
      const [a, b] = [split(mine)[i] ?? NaN, split(c)[i] ?? NaN];
      lines.push(`  ${pad(c.dataset, 14, true)} ${pad(c.scenario, 26, true)} ${pad(name, 11, true)} ${a.toFixed(1)} / ${b.toFixed(1)} = ${(a / b).toFixed(2)}`);
    });
  }
  if (fresh0) lines.push(`  ${pad('seed', 14, true)} ${pad(DRAWS_NAME, 26, true)} ${pad('fresh proc.', 11, true)} ${(fresh1.total ?? NaN).toFixed(1)} / ${(fresh0.total ?? NaN).toFixed(1)} = ${((fresh1.total ?? NaN) / (fresh0.total ?? NaN)).toFixed(2)}`);
}

const targetOf = (mode: 'full' | 'draws') => (c: Measured) => c.build === 'this' && c.mode === mode && (mode === 'draws' || (c.dataset === `synthetic ${COLD_GEMEENTEN}` && c.scenario === SCENARIOS[0]?.name));
const full342 = cases.find(targetOf('full'));
const draws = cases.find(targetOf('draws'));
lines.push('', 'issue 11 targets (this build):');
if (full342) lines.push(`  full run, ${COLD_GEMEENTEN} gemeenten × 2022–${HORIZON}: ${ms(full342).toFixed(2)} ms (target ≤ 2 ms)`);
if (draws) lines.push(`  ${DRAWS_NAME}, seed region, draws + percentiles: ${ms(draws).toFixed(1)} ms (target ≤ 100 ms)`);
lines.push('', `total ${((performance.now() - startedAt) / 1000).toFixed(1)} s (checksum ${(checksum() % 1e6).toFixed(0)})`);
console.log(lines.join('\n'));
