import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { UncertainInput } from '../result/uncertainty';
import type { Dataset } from '../dataset/schema';
import { extractInputs } from '../engine/inputs';
import { applyDataOverrides } from '../engine/dataOverrides';
import { ASSUMPTIONS } from '../scenario/assumptions';
import { readParam } from '../scenario/paramPath';
import type { ScenarioParams } from '../scenario/schema';
import { triangular } from './triangular';

/**
 * The dataset's figure for an assumption whose null value means "from the data" (the
 * aandachtsgroepen level of 004), after the scenario's data overrides.
 */
export function likelyFromData(ds: Dataset, params: ScenarioParams): (key: string) => number | null {
  const overrides = params.dataOverrides;
  const inputs = extractInputs(Object.keys(overrides).length > 0 ? applyDataOverrides(ds, overrides, () => undefined) : ds);
  return (key) => (key === 'aandachtsgroepen.perYear' ? inputs.region.aandachtsgroepenPerYear : null);
}

export type UncertaintyWarning = { code: string; params: Record<string, string | number> };

/**
 * The scenario's uncertain inputs in a fixed order (the schema's): each range with its likely
 * value (the assumption's value, or the dataset's figure where the value is "from the data"), each
 * open choice with its weights. `fromData` gives that dataset figure.
 */
export function uncertainInputs(params: ScenarioParams, fromData: (key: string) => number | null, warn: (w: UncertaintyWarning) => void): UncertainInput[] {
  const out: UncertainInput[] = [];
  const { ranges, alternatives } = params.uncertainty;
  for (const a of ASSUMPTIONS) {
    const range = ranges[a.key];
    if (range && a.range) {
      const value = readParam(params, a.key);
      const likely = typeof value === 'number' ? value : (fromData(a.key) ?? range.low);
      // A likely value from the data can fall outside a range typed before the data changed.
      const clamped = Math.min(range.high, Math.max(range.low, likely));
      if (clamped !== likely) warn({ code: 'likelyOutsideRange', params: { key: a.key, likely, low: range.low, high: range.high } });
      out.push({ kind: 'range', key: a.key, low: range.low, likely: clamped, high: range.high });
    }
    const weights = alternatives[a.key];
    if (weights && a.alternatives) {
      const options = Object.entries(weights)
        .filter(([, w]) => w > 0)
        .map(([option, weight]) => ({ option, weight }));
      if (options.length > 0) out.push({ kind: 'alternatives', key: a.key, options });
    }
  }
  return out;
}

/**
 * Draws for the inputs from a seeded generator: one uniform number per input per draw, always in
 * the same order, so the same seed gives the same draws however they are split into chunks. A
 * range gives a number; a choice gives the index of its option (in `options` order).
 */
export class Sampler {
  private readonly rng;
  private readonly cumulative: (Float64Array | null)[];

  constructor(
    private readonly inputs: readonly UncertainInput[],
    seed: number,
  ) {
    this.rng = xoroshiro128plus(seed);
    this.cumulative = inputs.map((input) => {
      if (input.kind !== 'alternatives') return null;
      const total = input.options.reduce((s, o) => s + o.weight, 0);
      let running = 0;
      return Float64Array.from(input.options, (o) => (running += o.weight / total));
    });
  }

  /** The next draw into `out` (one slot per input). */
  next(out: Float64Array): void {
    for (let i = 0; i < this.inputs.length; i++) {
      const u = uniformFloat64(this.rng);
      const input = this.inputs[i] as UncertainInput;
      if (input.kind === 'range') out[i] = triangular(u, input.low, input.likely, input.high);
      else {
        const cumulative = this.cumulative[i] as Float64Array;
        let k = 0;
        while (k < cumulative.length - 1 && u >= (cumulative[k] as number)) k++;
        out[i] = k;
      }
    }
  }
}
