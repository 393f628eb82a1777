/**
 * What engine.bench.ts and its build processes (engineWorker.ts) share: the cases, how a case is
 * warmed up and timed, and how an engine is loaded from a copy of a tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { syntheticDataset } from '../support/syntheticDataset';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HORIZON = 2040;
export const BATCH_MS = 60; // target duration of one timed batch
const WARMUP_MS = 150;

/** The text's regional need against the table's sum, as in the seed (2 305 / 2 200, 1 040 / 1 025, 819 / 3 168): without it regioTekst has nothing to spread. */
export const TEXT_NEED = { nultreden: 1.048, geclusterd: 1.015, zorggeschikt: 0.259 };
export const SYNTHETIC = [70, 342, 700];
/** The case for a full run, also measured `cold`. */
export const COLD_GEMEENTEN = 342;

/** As typed, so a baseline commit's schema can parse them too. */
export const SCENARIO_INPUTS = [
  { id: 'bench', name: 'default, horizon 2040', params: { horizon: HORIZON } },
  { id: 'bench-tekst', name: 'regioTekst, horizon 2040', params: { horizon: HORIZON, elderly: { needSource: 'regioTekst' } } },
];
export const DRAWS_SCENARIO = 'bandbreedte';
export const DRAWS_NAME = '10 000 draws, bandbreedte';

export type Mode = 'full' | 'engine' | 'cold' | 'explain' | 'draws' | 'sort' | 'select' | 'count';

/** What a case is, as printed. */
export type Descriptor = {
  /** 'this' or the baseline's git ref. */
  build: string;
  dataset: string;
  scenario: string;
  mode: Mode;
  gemeenten: number;
  years: number;
};

export type Case = Descriptor & {
  run: () => number;
  runsPerBatch: number;
  msPerRun: number[];
  /** The draws' split: per run, ms of prepare, draws and percentiles. */
  parts?: number[][];
};

/** Keeps the optimiser from dropping the runs. */
let sink = 0;
export const checksum = () => sink;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Warms a case up and sizes its batch to take about BATCH_MS. */
export function prepare(c: Case): void {
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

/** One timed batch: its time per run. */
export function batch(c: Case): number {
  const start = performance.now();
  for (let i = 0; i < c.runsPerBatch; i++) sink += c.run();
  const ms = (performance.now() - start) / c.runsPerBatch;
  c.msPerRun.push(ms);
  return ms;
}

export type SimulationLike = { total: number; step: (n: number) => boolean; block: () => { bands: unknown[] } };

/** The draws case: one simulation per run, its three parts kept. */
export function drawsCase(build: string, create: () => SimulationLike | null): Case {
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

export type EngineModules = {
  runScenario: (ds: unknown, scenario: unknown, inputs?: unknown) => { region: { aandachtsgroepen: { taskCumulative: number } } };
  extractInputs: (ds: unknown) => unknown;
  parseScenario: (value: unknown) => unknown;
  syntheticDataset: typeof syntheticDataset;
  seed: () => { dataset: { figures: unknown[] }; builtinScenarios: { id: string }[] };
  createSimulation: ((ds: unknown, scenario: unknown, result?: unknown) => SimulationLike | null) | null;
};

/**
 * A temporary copy of a tree, with this checkout's packages: another commit's (`ref`), or this
 * working tree's (null).
 */
export function copyTree(ref: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'wzv-bench-'));
  const archive =
    ref === null
      ? execFileSync('tar', ['-c', 'shared', 'electron/seeds', 'seeds', 'test/support'], { cwd: ROOT, maxBuffer: 1 << 30 })
      : execFileSync('git', ['archive', ref], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The engine of a copied tree. */
export async function loadEngine(dir: string): Promise<EngineModules> {
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
  };
}

/**
 * A copied build's cases: `full` and `engine` on the seed and the synthetic regions (each made by
 * that build) for both scenarios, `cold` on 342 gemeenten, and the draws.
 */
export function copyCases(build: string, engine: EngineModules): Case[] {
  const datasets: [string, number | null][] = [['seed', null], ...SYNTHETIC.map((n): [string, number] => [`synthetic ${n}`, n])];
  const seed = engine.seed();
  const cases = datasets.flatMap(([label, n]) => {
    const ds = n === null ? seed.dataset : engine.syntheticDataset({ gemeenten: n, seed: 1, textNeedFactor: TEXT_NEED });
    const inputs = engine.extractInputs(ds);
    return SCENARIO_INPUTS.flatMap((input, i) => {
      const scenario = engine.parseScenario(input);
      const base = { build, dataset: label, scenario: input.name, gemeenten: n ?? 7, years: HORIZON - 2022 + 1, runsPerBatch: 1 };
      const own: Case[] = [
        { ...base, msPerRun: [], mode: 'full', run: () => engine.runScenario(ds, scenario).region.aandachtsgroepen.taskCumulative },
        { ...base, msPerRun: [], mode: 'engine', run: () => engine.runScenario(ds, scenario, inputs).region.aandachtsgroepen.taskCumulative },
      ];
      // A new figure list each run: every index and cache kept beside one is built again.
      if (i === 0 && n === COLD_GEMEENTEN) own.push({ ...base, msPerRun: [], mode: 'cold', run: () => engine.runScenario({ ...ds, figures: [...ds.figures] }, scenario).region.aandachtsgroepen.taskCumulative });
      return own;
    });
  });
  const drawsScenario = seed.builtinScenarios.find((s) => s.id === DRAWS_SCENARIO);
  const create = engine.createSimulation;
  if (create && drawsScenario) {
    const point = engine.runScenario(seed.dataset, drawsScenario);
    cases.push(drawsCase(build, () => create(seed.dataset, drawsScenario, point)));
  }
  return cases;
}
