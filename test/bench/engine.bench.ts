/**
 * Benchmark of the pure engine (`npm run bench`): runScenario on the seed region and on synthetic
 * regions of 70 and 700 gemeenten, horizon 2040. Per case: warm-up, then several timed batches;
 * the reported time is the median batch's time per run.
 *
 * Two measurements per case:
 *  - `runScenario(ds, scenario)`: what the app and the command line call (reads the dataset, then computes);
 *  - `runScenario(ds, scenario, inputs)`: the calculation alone, with the inputs extracted beforehand.
 * Time per gemeente-jaar = time per run / (gemeenten × years 2022..horizon). The scaling ratio
 * compares that figure at 700 and at 70 gemeenten: ~1.0 means the cost grows linearly.
 */
import { readSeed } from '../../electron/seeds/readSeeds';
import type { Dataset } from '../../shared/dataset/schema';
import { extractInputs, type EngineInputs } from '../../shared/engine/inputs';
import { runScenario } from '../../shared/engine/run';
import { Scenario } from '../../shared/scenario/schema';
import { syntheticDataset } from '../support/syntheticDataset';

const HORIZON = 2040;
const BATCHES = 7;
const BATCH_MS = 120; // target duration of one timed batch
const WARMUP_MS = 150;

const scenario = Scenario.parse({ id: 'bench', name: 'Benchmark, horizon 2040', params: { horizon: HORIZON } });

/** Keeps the optimiser from dropping the runs. */
let sink = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median time per run (ms) of `BATCHES` batches, each sized to take about `BATCH_MS`. */
function time(run: () => number): { msPerRun: number; runsPerBatch: number } {
  const warmupEnd = performance.now() + WARMUP_MS;
  let warmupRuns = 0;
  while (performance.now() < warmupEnd || warmupRuns < 3) {
    sink += run();
    warmupRuns++;
  }
  const t0 = performance.now();
  sink += run();
  const estimate = Math.max(performance.now() - t0, 1e-3);
  const runsPerBatch = Math.max(1, Math.round(BATCH_MS / estimate));
  const perRun: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = performance.now();
    for (let i = 0; i < runsPerBatch; i++) sink += run();
    perRun.push((performance.now() - start) / runsPerBatch);
  }
  return { msPerRun: median(perRun), runsPerBatch };
}

type Row = { label: string; gemeenten: number; years: number; full: number; engine: number; runsPerBatch: number };

function measure(label: string, ds: Dataset): Row {
  const inputs: EngineInputs = extractInputs(ds);
  const first = runScenario(ds, scenario);
  const gemeenten = first.gemeenten.length;
  const years = HORIZON - first.programmeStart + 1;
  const full = time(() => runScenario(ds, scenario).region.aandachtsgroepen.taskCumulative);
  const engine = time(() => runScenario(ds, scenario, inputs).region.aandachtsgroepen.taskCumulative);
  return { label, gemeenten, years, full: full.msPerRun, engine: engine.msPerRun, runsPerBatch: full.runsPerBatch };
}

const perGemeenteYearUs = (ms: number, row: Row) => (ms * 1000) / (row.gemeenten * row.years);
const fmt = (x: number, digits: number) => x.toFixed(digits);
const pad = (s: string, n: number, left = false) => (left ? s.padEnd(n) : s.padStart(n));

const startedAt = performance.now();
const rows: Row[] = [
  measure('seed (Gooi en Vechtstreek)', readSeed().dataset),
  measure('synthetic 70', syntheticDataset({ gemeenten: 70, seed: 1 })),
  measure('synthetic 700', syntheticDataset({ gemeenten: 700, seed: 1 })),
];

const header = [
  pad('dataset', 28, true),
  pad('gemeenten', 10),
  pad('years', 6),
  pad('ms/run', 10),
  pad('µs/gem-yr', 10),
  pad('engine ms/run', 14),
  pad('µs/gem-yr', 10),
].join(' ');
const lines = [
  `runScenario, horizon ${HORIZON}; median of ${BATCHES} batches after warm-up; Node ${process.version}`,
  `'engine' = runScenario with the inputs extracted beforehand (the calculation alone)`,
  '',
  header,
  '-'.repeat(header.length),
  ...rows.map((r) =>
    [
      pad(r.label, 28, true),
      pad(String(r.gemeenten), 10),
      pad(String(r.years), 6),
      pad(fmt(r.full, 3), 10),
      pad(fmt(perGemeenteYearUs(r.full, r), 2), 10),
      pad(fmt(r.engine, 3), 14),
      pad(fmt(perGemeenteYearUs(r.engine, r), 2), 10),
    ].join(' '),
  ),
  '',
];
const r70 = rows.find((r) => r.gemeenten === 70);
const r700 = rows.find((r) => r.gemeenten === 700);
if (r70 && r700) {
  const ratio = (pick: (r: Row) => number) => perGemeenteYearUs(pick(r700), r700) / perGemeenteYearUs(pick(r70), r70);
  lines.push(
    `scaling 700 vs 70 gemeenten, time per gemeente-year (1.0 = linear):`,
    `  runScenario(ds, scenario)          ${fmt(ratio((r) => r.full), 2)}`,
    `  runScenario(ds, scenario, inputs)  ${fmt(ratio((r) => r.engine), 2)}`,
  );
}
lines.push('', `total ${fmt((performance.now() - startedAt) / 1000, 1)} s (checksum ${fmt(sink % 1e6, 0)})`);
console.log(lines.join('\n'));
