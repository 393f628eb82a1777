import type { Dataset } from '../dataset/schema';
import { runScenario } from '../engine/run';
import { figureValue } from '../explain/context';
import type { Result } from '../result/schema';
import type { Band, UncertaintyBlock } from '../result/uncertainty';
import { hasUncertainty } from '../scenario/uncertainty';
import type { Scenario } from '../scenario/schema';
import { likelyFromData, Sampler, uncertainInputs, type UncertaintyWarning } from './inputs';
import { setDraw } from './setDraw';
import { prepareLean } from './lean';
import { percentiles } from './percentiles';

/**
 * MODEL.md §5.6, Monte Carlo: the scenario's draws through the lean path, P10 / P50 / P90 of every
 * figure it computes. Stepwise, so a worker can report progress and stop between steps; the draws
 * do not depend on how they are split. Draws × figures are held in memory; a region so large that
 * they would pass MAX_CELLS gets fewer draws and a warning saying so.
 */
export const MAX_CELLS = 30_000_000;

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
  const sampler = new Sampler(inputs, params.uncertainty.seed);
  const draw = new Float64Array(inputs.length);
  // Row-major: each draw's figures side by side, written as the lean path computes them.
  const cells = new Float64Array(total * figureCount);
  const column = new Float64Array(total);
  let done = 0;

  const step = (n: number): boolean => {
    const until = Math.min(total, done + n);
    for (; done < until; done++) {
      sampler.next(draw);
      setDraw(lean.params, inputs, draw);
      lean.evaluate(cells, done * figureCount);
    }
    return done >= total;
  };

  const block = (): UncertaintyBlock => {
    if (done < total) throw new Error('De trekkingen zijn nog niet klaar.');
    const point = result ?? runScenario(ds, scenario);
    const bands: Band[] = lean.figures.map(({ where, path }, f) => {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0, at = f; i < total; i++, at += figureCount) {
        const v = cells[at] as number;
        column[i] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      const likely = figureValue(point, where, path);
      // A figure no draw moves needs no selection.
      const [p10, p50, p90] = min === max ? [min, min, min] : percentiles(column, [0.1, 0.5, 0.9]);
      return { where, path, likely: typeof likely === 'number' ? likely : min, p10, p50, p90 } as Band;
    });
    return { seed: params.uncertainty.seed, draws: total, inputs, bands, warnings };
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
