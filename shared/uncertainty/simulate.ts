import type { Dataset } from '../dataset/schema';
import { runScenario } from '../engine/run';
import { figureValue } from '../explain/context';
import type { Result } from '../result/schema';
import type { Band, UncertaintyBlock } from '../result/uncertainty';
import { hasUncertainty } from '../scenario/uncertainty';
import type { Scenario } from '../scenario/schema';
import { likelyFromData, Sampler, uncertainInputs, type UncertaintyWarning } from './inputs';
import { drawSetter } from './setDraw';
import { prepareLean } from './lean';
import { percentiles, percentilesByCounting } from './percentiles';

/**
 * MODEL.md §5.6, Monte Carlo: the scenario's draws through the lean path, P10 / P50 / P90 of every
 * figure it computes. Stepwise, so a worker can report progress and stop between steps; the draws
 * do not depend on how they are split. Draws × figures are held in memory; a region so large that
 * they would pass MAX_CELLS gets fewer draws and a warning saying so.
 */
export const MAX_CELLS = 30_000_000;
const PERCENTILES = [0.1, 0.5, 0.9];

/**
 * The memory of the last finished simulation, for the next (up to SPARE_CELLS). On this machine
 * kind (a virtual machine that hands freed memory back to its host) first touching the 17,5 MB
 * of 10 000 draws of the seed took 70–150 ms, more than all the arithmetic: a window that
 * simulates again after each edit touches it once. A simulation takes it when it starts and
 * gives it back when its block is made; one left unfinished keeps it, and the next starts anew.
 */
const SPARE_CELLS = 4_000_000;
let spare: Float64Array | null = null;

function cellsFor(size: number): Float64Array {
  const taken = spare;
  if (taken && taken.length >= size) {
    spare = null;
    return taken;
  }
  return new Float64Array(size);
}

export type Simulation = {
  /** Draws to make. */
  total: number;
  done: number;
  /** Makes up to `n` more draws; true when all are made. */
  step(n: number): boolean;
  /** The block, once all draws are made. */
  block(): UncertaintyBlock;
};

/** A figure's draws: their smallest and largest (in draw order, as always) and whether one is NaN, −0 or infinite (1), into `seen`. */
function scan(column: Float64Array, seen: Float64Array): void {
  let min = Infinity;
  let max = -Infinity;
  let odd = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v - v !== 0 || (v === 0 && 1 / v < 0)) odd = 1;
  }
  seen[0] = min;
  seen[1] = max;
  seen[2] = odd;
}

/** Null when the scenario has no ranges or open choices. `result` is its point result, if already computed. */
export function createSimulation(ds: Dataset, scenario: Scenario, result?: Result): Simulation | null {
  const params = scenario.params;
  if (!hasUncertainty(params.uncertainty)) return null;
  const warnings: UncertaintyWarning[] = [];
  const inputs = uncertainInputs(params, likelyFromData(ds, params), (w) => warnings.push(w));
  const lean = prepareLean(ds, params);
  const figureCount = lean.figures.length;
  const total = Math.max(1, Math.min(params.uncertainty.draws, Math.floor(MAX_CELLS / Math.max(1, figureCount))));
  if (total < params.uncertainty.draws) warnings.push({ code: 'drawsCapped', params: { asked: params.uncertainty.draws, made: total, figures: figureCount } });
  const sampler = new Sampler(inputs, params.uncertainty.seed);
  const setDraw = drawSetter(lean.params, inputs);
  const draw = new Float64Array(inputs.length);
  // Column-major: each figure's draws side by side, so its percentiles read them in place.
  let cells: Float64Array | null = cellsFor(total * figureCount);
  let done = 0;

  const step = (n: number): boolean => {
    const until = Math.min(total, done + n);
    const into = cells;
    if (into) {
      for (; done < until; done++) {
        sampler.next(draw);
        setDraw(draw);
        const row = lean.evaluate();
        for (let f = 0, at = done; f < figureCount; f++, at += total) into[at] = row[f] as number;
      }
    }
    return done >= total;
  };

  let made: Band[] | null = null;
  const block = (): UncertaintyBlock => {
    if (done < total) throw new Error('De trekkingen zijn nog niet klaar.');
    if (!made && cells) {
      const all = cells;
      const point = result ?? runScenario(ds, scenario);
      // The bands' figures are none of the ledger's: read without building its part of each scope.
      const likelyOf = { ...point, ledger: { ...point.ledger, types: [], combined: null } };
      const seen = new Float64Array(3);
      made = lean.figures.map(({ where, path }, f) => {
        const column = all.subarray(f * total, (f + 1) * total);
        scan(column, seen);
        const [min, max, odd] = seen as unknown as [number, number, number];
        const likely = figureValue(likelyOf, where, path);
        // A figure no draw moves needs no selection; one with a NaN, −0 or infinite draw takes
        // the way before, which counting cannot match to the bit.
        const [p10, p50, p90] = min === max ? [min, min, min] : odd === 1 ? percentiles(column, PERCENTILES) : percentilesByCounting(column, PERCENTILES, min, max);
        return { where, path, likely: typeof likely === 'number' ? likely : min, p10, p50, p90 } as Band;
      });
      if (all.length <= SPARE_CELLS) spare = all;
      cells = null;
    }
    return { seed: params.uncertainty.seed, draws: total, inputs, bands: (made ?? []).map((b) => ({ ...b })), warnings };
  };

  return {
    total,
    get done() {
      return done;
    },
    step,
    block,
  };
}

/** All draws at once (the command line, the exports). */
export function simulate(ds: Dataset, scenario: Scenario, result?: Result): UncertaintyBlock | null {
  const s = createSimulation(ds, scenario, result);
  if (!s) return null;
  s.step(s.total);
  return s.block();
}
