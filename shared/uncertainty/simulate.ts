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
import { Bands } from './percentiles';

/**
 * MODEL.md §5.6, Monte Carlo: the scenario's draws through the lean path, P10 / P50 / P90 of every
 * figure it computes. Stepwise, so a worker can report progress and stop between steps; the draws
 * do not depend on how they are split. The draws are counted as they come (percentiles.ts, Bands),
 * not kept; `block` runs them a second time from the same seed where it must look closer.
 * Draws × figures are capped at MAX_CELLS: a region so large gets fewer draws and a warning saying
 * so. (The cap once bounded the memory that held every draw; it stays, bounding the time, so a
 * scenario's bands stay what they were.)
 */
export const MAX_CELLS = 30_000_000;
const PERCENTILES = [0.1, 0.5, 0.9];

export type Simulation = {
  /** Draws to make. */
  total: number;
  done: number;
  /** Makes up to `n` more draws; true when all are made. */
  step(n: number): boolean;
  /** The block, once all draws are made. */
  block(): UncertaintyBlock;
};

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
  const seed = params.uncertainty.seed;
  const sampler = new Sampler(inputs, seed);
  const setDraw = drawSetter(lean.params, inputs);
  const draw = new Float64Array(inputs.length);
  const bands = new Bands(figureCount, total, PERCENTILES);
  let done = 0;

  const step = (n: number): boolean => {
    const until = Math.min(total, done + n);
    for (; done < until; done++) {
      sampler.next(draw);
      setDraw(draw);
      bands.add(lean.evaluate());
    }
    return done >= total;
  };

  let made: Band[] | null = null;
  const block = (): UncertaintyBlock => {
    if (done < total) throw new Error('De trekkingen zijn nog niet klaar.');
    if (!made) {
      if (bands.plan()) {
        const again = new Sampler(inputs, seed);
        for (let i = 0; i < total; i++) {
          again.next(draw);
          setDraw(draw);
          bands.gather(lean.evaluate());
        }
      }
      const point = result ?? runScenario(ds, scenario);
      // The bands' figures are none of the ledger's: read without building its part of each scope.
      const likelyOf = { ...point, ledger: { ...point.ledger, types: [], combined: null } };
      made = lean.figures.map(({ where, path }, f) => {
        const { min, max } = bands.range(f);
        const likely = figureValue(likelyOf, where, path);
        // A figure no draw moves needs no selection.
        const [p10, p50, p90] = min === max ? [min, min, min] : bands.percentiles(f);
        return { where, path, likely: typeof likely === 'number' ? likely : min, p10, p50, p90 } as Band;
      });
    }
    return { seed, draws: total, inputs, bands: made.map((b) => ({ ...b })), warnings };
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
