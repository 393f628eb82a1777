/**
 * Benchmark of the pure engine (`npm run bench`): runScenario on the seed region (7 gemeenten)
 * and on synthetic regions of 70 and 700 gemeenten, horizon 2040, for the default scenario and
 * for the one that spreads the regional need text over the gemeenten (regioTekst).
 *
 * The cases are measured interleaved: every round times one batch of each case in turn, so a
 * machine that slows down for a while slows all of them alike and the ratios stay meaningful.
 * The reported time is the median over the rounds of the time per run.
 *
 * Three measurements per case:
 *  - `full`: runScenario(ds, scenario), what the app and the command line call (reads the dataset, then computes);
 *  - `engine`: runScenario(ds, scenario, inputs), the calculation alone, inputs extracted beforehand;
 *  - `explain`: what a click on the region's programme shortfall costs in the window (shared/explain:
 *    the context, the derivation, and its description with every referenced figure opened); in
 *    rounds of its own after the others (see measure).
 * Time per gemeente-year = time per run / (gemeenten × years 2022..horizon). The scaling ratio
 * compares that at 700 and at 70 gemeenten: about 1.0 means the cost grows linearly.
 *
 * `npm run bench -- --baseline <git ref>` also measures that commit's engine and this one's, both
 * as fresh copies (`full` and `engine`, each on its own seed and synthetic datasets), in the same
 * interleaved rounds, and prints the ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
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
import { syntheticDataset } from '../support/syntheticDataset';

const HORIZON = 2040;
const ROUNDS = 9;
const BATCH_MS = 60; // target duration of one timed batch
const WARMUP_MS = 150;
const FRAME_MS = 1000 / 60;

/** The text's regional need against the table's sum, as in the seed (2 305 / 2 200, 1 040 / 1 025, 819 / 3 168): without it regioTekst has nothing to spread. */
const TEXT_NEED = { nultreden: 1.048, geclusterd: 1.015, zorggeschikt: 0.259 };

/** As typed, so a baseline commit's schema can parse them too. */
const SCENARIO_INPUTS = [
  { id: 'bench', name: 'default, horizon 2040', params: { horizon: HORIZON } },
  { id: 'bench-tekst', name: 'regioTekst, horizon 2040', params: { horizon: HORIZON, elderly: { needSource: 'regioTekst' } } },
];
const SCENARIOS = SCENARIO_INPUTS.map((s) => Scenario.parse(s));

/** Keeps the optimiser from dropping the runs. */
let sink = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Case = {
  /** 'this' or the baseline's git ref. */
  build: string;
  dataset: string;
  scenario: Scenario;
  mode: 'full' | 'engine' | 'explain';
  gemeenten: number;
  years: number;
  run: () => number;
  runsPerBatch: number;
  msPerRun: number[];
};

function casesFor(label: string, ds: Dataset): Case[] {
  const inputs: EngineInputs = extractInputs(ds);
  return SCENARIOS.flatMap((scenario) => {
    const first = runScenario(ds, scenario);
    const base = { build: 'this', dataset: label, scenario, gemeenten: first.gemeenten.length, years: HORIZON - first.programmeStart + 1, runsPerBatch: 1 };
    return [
      { ...base, msPerRun: [], mode: 'full' as const, run: () => runScenario(ds, scenario).region.aandachtsgroepen.taskCumulative },
      { ...base, msPerRun: [], mode: 'engine' as const, run: () => runScenario(ds, scenario, inputs).region.aandachtsgroepen.taskCumulative },
      {
        ...base,
        msPerRun: [],
        mode: 'explain' as const,
        run: () => {
          const c = explainContext(ds, scenario, first);
          const d = explainFigure(c, REGION, 'programme.shortfall2030');
          return d ? describe(d, c, 'nl-NL').withNumbers.length : 0;
        },
      },
    ];
  });
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
  seed: () => unknown;
};

/**
 * An engine loaded from a temporary copy (with this checkout's packages): another commit's, or
 * this working tree's. Both builds of a comparison are loaded the same way: a copy used for the
 * engine alone is compiled by V8 for that use only, and runs up to twice as fast as the same code
 * that also read and validated the seed (measured: this build against a copy of itself, 1,4–2,7×).
 */
async function engineCopy(ref: string | null): Promise<EngineModules> {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'wzv-bench-'));
  const archive =
    ref === null
      ? execFileSync('tar', ['-c', 'shared', 'electron/seeds', 'seeds', 'test/support'], { cwd: root, maxBuffer: 1 << 30 })
      : execFileSync('git', ['archive', ref], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const load = (path: string) => import(pathToFileURL(join(dir, path)).href) as Promise<Record<string, unknown>>;
  const [run, inputs, schema, synthetic, seeds] = await Promise.all([
    load('shared/engine/run.ts'),
    load('shared/engine/inputs.ts'),
    load('shared/scenario/schema.ts'),
    load('test/support/syntheticDataset.ts'),
    load('electron/seeds/readSeeds.ts'),
  ]);
  return {
    runScenario: run.runScenario as EngineModules['runScenario'],
    extractInputs: inputs.extractInputs as EngineModules['extractInputs'],
    parseScenario: (v) => (schema.Scenario as { parse: (x: unknown) => unknown }).parse(v),
    syntheticDataset: synthetic.syntheticDataset as typeof syntheticDataset,
    seed: () => (seeds.readSeed as () => { dataset: unknown })().dataset,
  };
}

/**
 * A copy's cases on the same three datasets as this build's (an engine that sees fewer dataset
 * shapes gets simpler inline caches from V8).
 */
function copyCases(ref: string, engine: EngineModules): Case[] {
  const datasets: [string, number | null][] = [['seed', null], ['synthetic 70', 70], ['synthetic 700', 700]];
  return datasets.flatMap(([label, n]) => {
    const ds = n === null ? engine.seed() : engine.syntheticDataset({ gemeenten: n, seed: 1, textNeedFactor: TEXT_NEED });
    const inputs = engine.extractInputs(ds);
    return SCENARIOS.flatMap((scenario, i) => {
      const theirs = engine.parseScenario(SCENARIO_INPUTS[i]);
      const base = { build: ref, dataset: label, scenario, gemeenten: n ?? 7, years: HORIZON - 2022 + 1, runsPerBatch: 1 };
      return [
        { ...base, msPerRun: [], mode: 'full' as const, run: () => engine.runScenario(ds, theirs).region.aandachtsgroepen.taskCumulative },
        { ...base, msPerRun: [], mode: 'engine' as const, run: () => engine.runScenario(ds, theirs, inputs).region.aandachtsgroepen.taskCumulative },
      ];
    });
  });
}

const baselineAt = process.argv.indexOf('--baseline');
const baselineRef = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
const startedAt = performance.now();
const cases = [
  ...casesFor('seed', readSeed().dataset),
  ...casesFor('synthetic 70', syntheticDataset({ gemeenten: 70, seed: 1, textNeedFactor: TEXT_NEED })),
  ...casesFor('synthetic 700', syntheticDataset({ gemeenten: 700, seed: 1, textNeedFactor: TEXT_NEED })),
  ...(baselineRef ? [...copyCases('this copy', await engineCopy(null)), ...copyCases(baselineRef, await engineCopy(baselineRef))] : []),

];
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

const ms = (c: Case) => median(c.msPerRun);
const usPerGemeenteYear = (c: Case) => (ms(c) * 1000) / (c.gemeenten * c.years);
const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));

const header = [pad('build', 8, true), pad('dataset', 14, true), pad('scenario', 26, true), pad('mode', 7, true), pad('gemeenten', 9), pad('ms/run', 9), pad('frames', 7), pad('µs/gem-yr', 10)].join(' ');
const lines = [
  `runScenario, horizon ${HORIZON}; ${ROUNDS} interleaved rounds, median ms per run; Node ${process.version}`,
  `'full' = runScenario(ds, scenario); 'engine' = with the inputs extracted beforehand (the calculation alone); 'explain' = one click on the region's shortfall; frames of ${FRAME_MS.toFixed(1)} ms`,
  '',
  header,
  '-'.repeat(header.length),
  ...cases.map((c) =>
    [
      pad(c.build.slice(0, 8), 8, true),
      pad(c.dataset, 14, true),
      pad(c.scenario.name, 26, true),
      pad(c.mode, 7, true),
      pad(String(c.gemeenten), 9),
      pad(ms(c).toFixed(3), 9),
      pad((ms(c) / FRAME_MS).toFixed(2), 7),
      pad(usPerGemeenteYear(c).toFixed(2), 10),
    ].join(' '),
  ),
  '',
  'scaling 700 vs 70 gemeenten, time per gemeente-year (1.0 = linear):',
];
for (const scenario of SCENARIOS) {
  for (const mode of ['full', 'engine', 'explain'] as const) {
    const at = (dataset: string) => cases.find((c) => c.build === 'this' && c.dataset === dataset && c.scenario === scenario && c.mode === mode);
    const c70 = at('synthetic 70');
    const c700 = at('synthetic 700');
    if (c70 && c700) lines.push(`  ${pad(scenario.name, 26, true)} ${pad(mode, 7, true)} ${(usPerGemeenteYear(c700) / usPerGemeenteYear(c70)).toFixed(2)}`);
  }
}
if (baselineRef) {
  lines.push('', `this build / ${baselineRef}, both loaded as fresh copies, median ms per run (below 1 = faster now):`);
  for (const c of cases.filter((x) => x.build === baselineRef)) {
    const mine = cases.find((x) => x.build === 'this copy' && x.dataset === c.dataset && x.scenario === c.scenario && x.mode === c.mode);
    if (mine) lines.push(`  ${pad(c.dataset, 14, true)} ${pad(c.scenario.name, 26, true)} ${pad(c.mode, 7, true)} ${ms(mine).toFixed(2)} / ${ms(c).toFixed(2)} = ${(ms(mine) / ms(c)).toFixed(2)}`);
  }
}
lines.push('', `total ${((performance.now() - startedAt) / 1000).toFixed(1)} s (checksum ${(sink % 1e6).toFixed(0)})`);
console.log(lines.join('\n'));
