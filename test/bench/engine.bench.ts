/**
 * Benchmark of the pure engine (`npm run bench`): runScenario on the seed region (7 gemeenten)
 * and on synthetic regions of 70, 342 and 700 gemeenten, horizon 2040, for the default scenario
 * and for the one that spreads the regional need text over the gemeenten (regioTekst); and the
 * Monte Carlo of the seed's built-in 'bandbreedte' (10 000 draws). Issue 11's targets: one full
 * run of 342 gemeenten × 2022–2040 in ≤ 2 ms, the 10 000 draws with their percentiles in ≤ 100 ms.
 *
 * The cases are measured interleaved: every round times one batch of each case in turn, so a
 * machine that slows down for a while slows all of them alike and the ratios stay meaningful.
 * The reported time is the median over the rounds of the time per run. (No garbage is collected
 * between batches: on this machine kind, memory a collection hands back costs a page fault per
 * 4 kB when it is touched again, which made every batch after a forced collection slower.)
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
 *  - the percentiles of 219 figures × 10 000 draws of that simulation three ways (a sort per
 *    figure, quickselect on a copy of each figure's draws, counting in slices: shared/uncertainty/
 *    percentiles.ts), in rounds of their own;
 *  - one simulation in a fresh process (test/bench/simulateOnce.ts), as the command line makes
 *    it: nothing compiled, no memory touched before; three processes per build, median.
 * Time per gemeente-year = time per run / (gemeenten × years 2022..horizon). The scaling ratio
 * compares that at 700 and at 70 gemeenten: about 1.0 means the cost grows linearly.
 *
 * `npm run bench -- --baseline <git ref>` also measures that commit's engine and this one's, both
 * as fresh copies (`full`, `engine`, `cold` and `draws`, each on its own seed and synthetic
 * datasets), in the same interleaved rounds, and prints the ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSeed } from '../../electron/seeds/readSeeds';
import type { Dataset } from '../../shared/dataset/schema';
import { extractInputs, type EngineInputs } from '../../shared/engine/inputs';
import { runScenario } from '../../shared/engine/run';
import { explainContext, explainFigure, REGION } from '../../shared/explain/explain';
import { describe } from '../../shared/explain/render';
import { Scenario } from '../../shared/scenario/schema';
import { likelyFromData, Sampler, uncertainInputs } from '../../shared/uncertainty/inputs';
import { prepareLean } from '../../shared/uncertainty/lean';
import { percentiles, percentilesByCounting } from '../../shared/uncertainty/percentiles';
import { drawSetter } from '../../shared/uncertainty/setDraw';
import { createSimulation } from '../../shared/uncertainty/simulate';
import { syntheticDataset } from '../support/syntheticDataset';

const HORIZON = 2040;
const ROUNDS = 9;
const BATCH_MS = 60; // target duration of one timed batch
const WARMUP_MS = 150;
const FRAME_MS = 1000 / 60;
const FRESH_PROCESSES = 3;
const ROOT = resolve(import.meta.dirname, '../..');
const PS = [0.1, 0.5, 0.9];

/** The text's regional need against the table's sum, as in the seed (2 305 / 2 200, 1 040 / 1 025, 819 / 3 168): without it regioTekst has nothing to spread. */
const TEXT_NEED = { nultreden: 1.048, geclusterd: 1.015, zorggeschikt: 0.259 };
const SYNTHETIC = [70, 342, 700];
/** The case for a full run, also measured `cold`. */
const COLD_GEMEENTEN = 342;

/** As typed, so a baseline commit's schema can parse them too. */
const SCENARIO_INPUTS = [
  { id: 'bench', name: 'default, horizon 2040', params: { horizon: HORIZON } },
  { id: 'bench-tekst', name: 'regioTekst, horizon 2040', params: { horizon: HORIZON, elderly: { needSource: 'regioTekst' } } },
];
const SCENARIOS = SCENARIO_INPUTS.map((s) => Scenario.parse(s));
const DRAWS_SCENARIO = 'bandbreedte';
const DRAWS_NAME = '10 000 draws, bandbreedte';

/** Keeps the optimiser from dropping the runs. */
let sink = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Mode = 'full' | 'engine' | 'cold' | 'explain' | 'draws' | 'sort' | 'select' | 'count';

type Case = {
  /** 'this', 'this copy' or the baseline's git ref. */
  build: string;
  dataset: string;
  scenario: string;
  mode: Mode;
  gemeenten: number;
  years: number;
  run: () => number;
  runsPerBatch: number;
  msPerRun: number[];
  /** The draws' split: per run, ms of prepare, draws and percentiles. */
  parts?: number[][];
};

/** A new figure list with the same figures: the dataset as a first run sees it (no index built beside it yet). */
const fresh = (ds: Dataset): Dataset => ({ ...ds, figures: [...ds.figures] });

function casesFor(label: string, ds: Dataset): Case[] {
  const inputs: EngineInputs = extractInputs(ds);
  return SCENARIOS.flatMap((scenario, i) => {
    const first = runScenario(ds, scenario);
    const base = { build: 'this', dataset: label, scenario: scenario.name, gemeenten: first.gemeenten.length, years: HORIZON - first.programmeStart + 1, runsPerBatch: 1 };
    const cases: Case[] = [
      { ...base, msPerRun: [], mode: 'full', run: () => runScenario(ds, scenario).region.aandachtsgroepen.taskCumulative },
      { ...base, msPerRun: [], mode: 'engine', run: () => runScenario(ds, scenario, inputs).region.aandachtsgroepen.taskCumulative },
      {
        ...base,
        msPerRun: [],
        mode: 'explain',
        run: () => {
          const c = explainContext(ds, scenario, first);
          const d = explainFigure(c, REGION, 'programme.shortfall2030');
          return d ? describe(d, c, 'nl-NL').withNumbers.length : 0;
        },
      },
    ];
    if (i === 0 && first.gemeenten.length === COLD_GEMEENTEN) cases.push({ ...base, msPerRun: [], mode: 'cold', run: () => runScenario(fresh(ds), scenario).region.aandachtsgroepen.taskCumulative });
    return cases;
  });
}

type SimulationLike = { total: number; step: (n: number) => boolean; block: () => { bands: unknown[] } };

/** The draws case: one simulation per run, its three parts kept. */
function drawsCase(build: string, create: () => SimulationLike | null): Case {
  const c: Case = { build, dataset: 'seed', scenario: DRAWS_NAME, mode: 'draws', gemeenten: 7, years: HORIZON - 2022 + 1, runsPerBatch: 1, msPerRun: [], parts: [], run: () => 0 };
  c.run = () => {
    const t0 = performance.now();
    const sim = create();
    if (!sim) throw new Error(`${DRAWS_SCENARIO} heeft geen bandbreedtes`);
    const t1 = performance.now();
    sim.step(sim.total);
    const t2 = performance.now();
    const bands = sim.block().bands.length;
    c.parts?.push([t1 - t0, t2 - t1, performance.now() - t2]);
    return bands;
  };
  return c;
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
  const moved = columns.flatMap((c, f) => (Math.min(...c) === Math.max(...c) ? [] : [f]));
  const range = columns.map((c) => ({ min: Math.min(...c), max: Math.max(...c) }));
  const byIndex = (sorted: Float64Array) =>
    PS.map((p) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const a = sorted[lo] as number;
      return h === lo || lo + 1 >= n ? a : a + (h - lo) * ((sorted[lo + 1] as number) - a);
    });
  const base = { build: 'this', dataset: 'seed', scenario: `P10/50/90, ${moved.length} of ${F} figures`, gemeenten: 7, years: HORIZON - 2022 + 1, runsPerBatch: 1 };
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
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

/** Warms a case up and sizes its batch to take about BATCH_MS. */
function prepare(c: Case): void {
  const end = performance.now() + WARMUP_MS;
  let n = 0;
  while (performance.now() < end || n < 3) {
    sink += c.run();
    n++;
  }
  const t0 = performance.now();
  sink += c.run();
  c.runsPerBatch = Math.max(1, Math.round(BATCH_MS / Math.max(performance.now() - t0, 1e-3)));
  c.parts?.splice(0);
}

function batch(c: Case): void {
  const start = performance.now();
  for (let i = 0; i < c.runsPerBatch; i++) sink += c.run();
  c.msPerRun.push((performance.now() - start) / c.runsPerBatch);
}

type EngineModules = {
  runScenario: (ds: unknown, scenario: unknown, inputs?: unknown) => { region: { aandachtsgroepen: { taskCumulative: number } } };
  extractInputs: (ds: unknown) => unknown;
  parseScenario: (value: unknown) => unknown;
  syntheticDataset: typeof syntheticDataset;
  seed: () => { dataset: { figures: unknown[] }; builtinScenarios: { id: string }[] };
  createSimulation: ((ds: unknown, scenario: unknown, result?: unknown) => SimulationLike | null) | null;
  /** Where the copy is. */
  dir: string;
};

/**
 * An engine loaded from a temporary copy (with this checkout's packages): another commit's, or
 * this working tree's. Both builds of a comparison are loaded the same way: a copy used for the
 * engine alone is compiled by V8 for that use only, and runs up to twice as fast as the same code
 * that also read and validated the seed (measured: this build against a copy of itself, 1,4–2,7×).
 */
async function engineCopy(ref: string | null): Promise<EngineModules> {
  const dir = mkdtempSync(join(tmpdir(), 'wzv-bench-'));
  const archive =
    ref === null
      ? execFileSync('tar', ['-c', 'shared', 'electron/seeds', 'seeds', 'test/support'], { cwd: ROOT, maxBuffer: 1 << 30 })
      : execFileSync('git', ['archive', ref], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const load = (path: string) => import(pathToFileURL(join(dir, path)).href) as Promise<Record<string, unknown>>;
  const [run, inputs, schema, synthetic, seeds] = await Promise.all([
    load('shared/engine/run.ts'),
    load('shared/engine/inputs.ts'),
    load('shared/scenario/schema.ts'),
    load('test/support/syntheticDataset.ts'),
    load('electron/seeds/readSeeds.ts'),
  ]);
  // A commit from before the Monte Carlo has none to measure.
  const simulate = await load('shared/uncertainty/simulate.ts').catch(() => null);
  return {
    runScenario: run.runScenario as EngineModules['runScenario'],
    extractInputs: inputs.extractInputs as EngineModules['extractInputs'],
    parseScenario: (v) => (schema.Scenario as { parse: (x: unknown) => unknown }).parse(v),
    syntheticDataset: synthetic.syntheticDataset as typeof syntheticDataset,
    seed: seeds.readSeed as EngineModules['seed'],
    createSimulation: (simulate?.createSimulation as EngineModules['createSimulation'] | undefined) ?? null,
    dir,
  };
}

/**
 * A copy's cases on the same datasets as this build's (an engine that sees fewer dataset
 * shapes gets simpler inline caches from V8), and its draws.
 */
function copyCases(ref: string, engine: EngineModules): Case[] {
  const datasets: [string, number | null][] = [['seed', null], ...SYNTHETIC.map((n): [string, number] => [`synthetic ${n}`, n])];
  const seed = engine.seed();
  const cases = datasets.flatMap(([label, n]) => {
    const ds = n === null ? seed.dataset : engine.syntheticDataset({ gemeenten: n, seed: 1, textNeedFactor: TEXT_NEED });
    const inputs = engine.extractInputs(ds);
    return SCENARIOS.flatMap((scenario, i) => {
      const theirs = engine.parseScenario(SCENARIO_INPUTS[i]);
      const base = { build: ref, dataset: label, scenario: scenario.name, gemeenten: n ?? 7, years: HORIZON - 2022 + 1, runsPerBatch: 1 };
      const own: Case[] = [
        { ...base, msPerRun: [], mode: 'full', run: () => engine.runScenario(ds, theirs).region.aandachtsgroepen.taskCumulative },
        { ...base, msPerRun: [], mode: 'engine', run: () => engine.runScenario(ds, theirs, inputs).region.aandachtsgroepen.taskCumulative },
      ];
      if (i === 0 && n === COLD_GEMEENTEN) {
        own.push({ ...base, msPerRun: [], mode: 'cold', run: () => engine.runScenario({ ...ds, figures: [...ds.figures] }, theirs).region.aandachtsgroepen.taskCumulative });
      }
      return own;
    });
  });
  const scenario = seed.builtinScenarios.find((s) => s.id === DRAWS_SCENARIO);
  const create = engine.createSimulation;
  if (create && scenario) {
    const point = engine.runScenario(seed.dataset, scenario);
    cases.push(drawsCase(ref, () => create(seed.dataset, scenario, point)));
  }
  return cases;
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
const seed = readSeed();
const drawsScenario = seed.builtinScenarios.find((s) => s.id === DRAWS_SCENARIO);
const drawsPoint = drawsScenario ? runScenario(seed.dataset, drawsScenario) : null;
const thisCopy = baselineRef ? await engineCopy(null) : null;
const baseline = baselineRef ? await engineCopy(baselineRef) : null;
const cases = [
  ...casesFor('seed', seed.dataset),
  ...SYNTHETIC.flatMap((n) => casesFor(`synthetic ${n}`, syntheticDataset({ gemeenten: n, seed: 1, textNeedFactor: TEXT_NEED }))),
  // With a baseline, the copy of this build measures the draws (beside the baseline's copy).
  ...(drawsScenario && drawsPoint && !baselineRef ? [drawsCase('this', () => createSimulation(seed.dataset, drawsScenario, drawsPoint))] : []),
  ...(thisCopy && baseline && baselineRef ? [...copyCases('this copy', thisCopy), ...copyCases(baselineRef, baseline)] : []),
];
const percentileWays = percentileCases();
/**
 * Rounds over a set of cases. The explanations run in rounds of their own, after the engine's:
 * they call some of the engine's readers with other arguments, and interleaved with the engine
 * they would make its compiled code more general (and slower) than in the app, where a click is rare.
 */
function measure(set: Case[]): void {
  for (const c of set) prepare(c);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order every round, so no case always runs right after the same neighbour.
    const order = round % 2 === 0 ? set : [...set].reverse();
    for (const c of order) batch(c);
  }
}
measure(cases.filter((c) => c.mode !== 'explain'));
measure(cases.filter((c) => c.mode === 'explain'));
measure(percentileWays);
const fresh1 = freshProcesses(thisCopy?.dir ?? ROOT);
const fresh0 = baseline ? freshProcesses(baseline.dir) : null;

const ms = (c: Case) => median(c.msPerRun);
const part = (c: Case, i: number) => median((c.parts ?? []).map((p) => p[i] ?? NaN));
const usPerGemeenteYear = (c: Case) => (ms(c) * 1000) / (c.gemeenten * c.years);
const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));
const frames = (t: number) => (t / FRAME_MS).toFixed(2);

const header = [pad('build', 9, true), pad('dataset', 14, true), pad('scenario', 26, true), pad('mode', 7, true), pad('gemeenten', 9), pad('ms/run', 9), pad('frames', 7), pad('µs/gem-yr', 10)].join(' ');
const row = (c: Case) =>
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
const split = (c: Case) => [0, 1, 2].map((i) => part(c, i)).concat(ms(c));
const splitText = (t: number[]) => t.map((x) => `${pad(x.toFixed(1), 7)} (${frames(x)})`).join(' ');
for (const c of cases.filter((x) => x.mode === 'draws')) lines.push(`  ${pad(c.build.slice(0, 9), 9, true)} ${splitText(split(c))}`);
const freshText = (f: Record<string, number>) => splitText(['prepare', 'draws', 'percentiles', 'total'].map((k) => f[k] ?? NaN));
lines.push(`  ${pad('this', 9, true)} ${freshText(fresh1)}   one simulation in a fresh process (median of ${FRESH_PROCESSES})`);
if (fresh0 && baselineRef) lines.push(`  ${pad(baselineRef.slice(0, 9), 9, true)} ${freshText(fresh0)}   one simulation in a fresh process (median of ${FRESH_PROCESSES})`);

if (percentileWays.length > 0) {
  lines.push('', `percentiles of the same draws (${percentileWays[0]?.scenario ?? ''} move), median ms (frames):`);
  const names: Record<string, string> = { sort: 'a sort of a copy per figure (Float64Array.sort)', select: 'quickselect on a copy per figure (before)', count: 'counting in slices, in place (now)' };
  for (const c of percentileWays) lines.push(`  ${pad(names[c.mode] ?? c.mode, 44, true)} ${pad(ms(c).toFixed(1), 7)} (${frames(ms(c))})`);
}

if (baselineRef) {
  lines.push('', `this build / ${baselineRef}, both loaded as fresh copies, median ms per run (below 1 = faster now):`);
  for (const c of cases.filter((x) => x.build === baselineRef)) {
    const mine = cases.find((x) => x.build === 'this copy' && x.dataset === c.dataset && x.scenario === c.scenario && x.mode === c.mode);
    if (!mine) continue;
    if (c.mode !== 'draws') {
      lines.push(`  ${pad(c.dataset, 14, true)} ${pad(c.scenario, 26, true)} ${pad(c.mode, 7, true)} ${ms(mine).toFixed(3)} / ${ms(c).toFixed(3)} = ${(ms(mine) / ms(c)).toFixed(2)}`);
      continue;
    }
    ['prepare', 'draws', 'percentiles', 'all'].forEach((name, i) => {
      const [a, b] = [split(mine)[i] ?? NaN, split(c)[i] ?? NaN];
      lines.push(`  ${pad(c.dataset, 14, true)} ${pad(c.scenario, 26, true)} ${pad(name, 11, true)} ${a.toFixed(1)} / ${b.toFixed(1)} = ${(a / b).toFixed(2)}`);
    });
  }
  if (fresh0) lines.push(`  ${pad('seed', 14, true)} ${pad(DRAWS_NAME, 26, true)} ${pad('fresh proc.', 11, true)} ${(fresh1.total ?? NaN).toFixed(1)} / ${(fresh0.total ?? NaN).toFixed(1)} = ${((fresh1.total ?? NaN) / (fresh0.total ?? NaN)).toFixed(2)}`);
}

const full342 = cases.find((c) => c.build === (baselineRef ? 'this copy' : 'this') && c.dataset === `synthetic ${COLD_GEMEENTEN}` && c.mode === 'full' && c.scenario === SCENARIOS[0]?.name);
const draws = cases.find((c) => c.build === (baselineRef ? 'this copy' : 'this') && c.mode === 'draws');
lines.push('', 'issue 11 targets:');
if (full342) lines.push(`  full run, ${COLD_GEMEENTEN} gemeenten × 2022–${HORIZON}: ${ms(full342).toFixed(2)} ms (target ≤ 2 ms)`);
if (draws) lines.push(`  ${DRAWS_NAME}, seed region, draws + percentiles: ${ms(draws).toFixed(1)} ms (target ≤ 100 ms)`);
lines.push('', `total ${((performance.now() - startedAt) / 1000).toFixed(1)} s (checksum ${(sink % 1e6).toFixed(0)})`);
console.log(lines.join('\n'));
