/**
 * Benchmark of the pure engine (`npm run bench`): runScenario on the seed region (7 gemeenten)
 * and on synthetic regions of 70 and 700 gemeenten, horizon 2040, for the default scenario and
 * for the one that spreads the regional need text over the gemeenten (regioTekst).
 *
 * The cases are measured interleaved: every round times one batch of each case in turn, so a
 * machine that slows down for a while slows all of them alike and the ratios stay meaningful.
 * The reported time is the median over the rounds of the time per run.
 *
 * Two measurements per case:
 *  - `full`: runScenario(ds, scenario), what the app and the command line call (reads the dataset, then computes);
 *  - `engine`: runScenario(ds, scenario, inputs), the calculation alone, inputs extracted beforehand.
 * Time per gemeente-year = time per run / (gemeenten × years 2022..horizon). The scaling ratio
 * compares that at 700 and at 70 gemeenten: about 1.0 means the cost grows linearly.
 */
import { readSeed } from '../../electron/seeds/readSeeds';
import type { Dataset } from '../../shared/dataset/schema';
import { extractInputs, type EngineInputs } from '../../shared/engine/inputs';
import { runScenario } from '../../shared/engine/run';
import { Scenario } from '../../shared/scenario/schema';
import { syntheticDataset } from '../support/syntheticDataset';

const HORIZON = 2040;
const ROUNDS = 9;
const BATCH_MS = 60; // target duration of one timed batch
const WARMUP_MS = 150;
const FRAME_MS = 1000 / 60;

/** The text's regional need against the table's sum, as in the seed (2 305 / 2 200, 1 040 / 1 025, 819 / 3 168): without it regioTekst has nothing to spread. */
const TEXT_NEED = { nultreden: 1.048, geclusterd: 1.015, zorggeschikt: 0.259 };

const SCENARIOS = [
  Scenario.parse({ id: 'bench', name: 'default, horizon 2040', params: { horizon: HORIZON } }),
  Scenario.parse({ id: 'bench-tekst', name: 'regioTekst, horizon 2040', params: { horizon: HORIZON, elderly: { needSource: 'regioTekst' } } }),
];

/** Keeps the optimiser from dropping the runs. */
let sink = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Case = {
  dataset: string;
  scenario: Scenario;
  mode: 'full' | 'engine';
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
    const base = { dataset: label, scenario, gemeenten: first.gemeenten.length, years: HORIZON - first.programmeStart + 1, runsPerBatch: 1 };
    return [
      { ...base, msPerRun: [], mode: 'full' as const, run: () => runScenario(ds, scenario).region.aandachtsgroepen.taskCumulative },
      { ...base, msPerRun: [], mode: 'engine' as const, run: () => runScenario(ds, scenario, inputs).region.aandachtsgroepen.taskCumulative },
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

const startedAt = performance.now();
const cases = [
  ...casesFor('seed', readSeed().dataset),
  ...casesFor('synthetic 70', syntheticDataset({ gemeenten: 70, seed: 1, textNeedFactor: TEXT_NEED })),
  ...casesFor('synthetic 700', syntheticDataset({ gemeenten: 700, seed: 1, textNeedFactor: TEXT_NEED })),
];
for (const c of cases) prepare(c);
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order every round, so no case always runs right after the same neighbour.
  const order = round % 2 === 0 ? cases : [...cases].reverse();
  for (const c of order) batch(c);
}

const ms = (c: Case) => median(c.msPerRun);
const usPerGemeenteYear = (c: Case) => (ms(c) * 1000) / (c.gemeenten * c.years);
const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));

const header = [pad('dataset', 14, true), pad('scenario', 26, true), pad('mode', 7, true), pad('gemeenten', 9), pad('ms/run', 9), pad('frames', 7), pad('µs/gem-yr', 10)].join(' ');
const lines = [
  `runScenario, horizon ${HORIZON}; ${ROUNDS} interleaved rounds, median ms per run; Node ${process.version}`,
  `'full' = runScenario(ds, scenario); 'engine' = with the inputs extracted beforehand (the calculation alone); frames of ${FRAME_MS.toFixed(1)} ms`,
  '',
  header,
  '-'.repeat(header.length),
  ...cases.map((c) =>
    [
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
  for (const mode of ['full', 'engine'] as const) {
    const at = (dataset: string) => cases.find((c) => c.dataset === dataset && c.scenario === scenario && c.mode === mode);
    const c70 = at('synthetic 70');
    const c700 = at('synthetic 700');
    if (c70 && c700) lines.push(`  ${pad(scenario.name, 26, true)} ${pad(mode, 7, true)} ${(usPerGemeenteYear(c700) / usPerGemeenteYear(c70)).toFixed(2)}`);
  }
}
lines.push('', `total ${((performance.now() - startedAt) / 1000).toFixed(1)} s (checksum ${(sink % 1e6).toFixed(0)})`);
console.log(lines.join('\n'));
