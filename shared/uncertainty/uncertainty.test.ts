import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import { figureValue } from '../explain/context';
import { withParam } from '../scenario/paramPath';
import { Scenario, type ScenarioParamsInput } from '../scenario/schema';
import { goalSeek } from './goalSeek';
import { ASSUMPTIONS } from '../scenario/assumptions';
import { Project } from '../projects/schema';
import type { Dataset } from '../dataset/schema';
import { likelyFromData, Sampler, uncertainInputs } from './inputs';
import { DRAWN, prepareLean } from './lean';
import { percentiles, percentilesByCounting } from './percentiles';
import { drawSetter, setDraw } from './setDraw';
import { createSimulation, simulate } from './simulate';
import { tornado } from './tornado';

const ds = readSeed().dataset;
/** The seed with a project register (the seed has none): the pipeline's per-year arithmetic. */
const withProjects: Dataset = {
  ...ds,
  projects: (
    [
      ['GM0402', 2024, 'vergund', { total: 400, affordable: 200, nultreden: 120, geclusterd: 30, zorggeschikt: 10 }],
      ['GM0402', 2026, 'vastgesteld', { total: 250, affordable: 100, nultreden: 60 }],
      ['GM0402', 2031, 'idee', { total: 90 }],
      ['GM0402', 2023, 'in aanbouw', { total: 70 }],
      ['GM1942', 2025, 'in aanbouw', { total: 180, affordable: 90, geclusterd: 40 }],
      ['GM1942', 2029, 'planvorming', { total: 300, zorggeschikt: 60 }],
      ['GM0406', 2027, 'vergund', { total: 55, nultreden: 55 }],
    ] as const
  ).map(([gemeente, completionYear, status, homes], i) =>
    Project.parse({ id: `p${i}`, name: `Project ${i}`, gemeente, completionYear, status, homes, note: '', source: 'test', createdAt: '2026-01-01', updatedAt: '2026-01-01' }),
  ),
};
const RANGES = {
  'programme.paceMultiplier': { low: 0.75, high: 1.25 },
  'aandachtsgroepen.perYear': { low: 220, high: 270 },
  'elderly.newBuildShare.geclusterd': { low: 0, high: 0.05 },
  'pipeline.probability.vergund': { low: 0.7, high: 0.9 },
};
const scenario = (params: ScenarioParamsInput, draws = 500) =>
  Scenario.parse({ id: 't', name: 't', params: { ...params, uncertainty: { draws, ranges: RANGES, alternatives: { 'elderly.needSourceByType.zorggeschikt': { gemeenteTabel: 1, regioTekst: 1 } } } } });
const VARIANTS: Record<string, ScenarioParamsInput> = {
  basis: {},
  programma: { programme: { paceMode: 'programme' } },
  toegankelijk: { elderly: { newBuildShare: { nultreden: 0.5 } } },
  ramp: { aandachtsgroepen: { demandMode: 'ramp' } },
  custom: { programme: { paceMode: 'custom', customPace: { GM0402: 300 } }, elderly: { existingStockPerYear: { GM0402: { nultreden: 10 } } } },
  perGemeente: {
    horizon: 2040,
    programme: { paceMultiplierByGemeente: { GM1942: 0.6 } },
    elderly: { needSource: 'regioTekst', newBuildShareByGemeente: { GM0406: { geclusterd: 0.02 } }, needOverrides: { GM1696: { zorggeschikt: 400 } } },
    aandachtsgroepen: { demandMode: 'ramp', startYear: 2022, fairShareKey: 'socialRent' },
  },
  pipeline: { horizon: 2036, programme: { paceMode: 'pipeline', customPace: { GM0417: 12 } }, elderly: { newBuildShare: { nultreden: 0.3 } } },
};
/** The variants, and the dataset each runs on. */
const CASES = Object.entries(VARIANTS).map(([name, params]) => ({ name, params, data: name === 'pipeline' ? withProjects : ds }));

/** The old way, every draw kept: per figure, its draws in draw order; the band [min, min, min] when no draw moves it. */
function keptBands(data: Dataset, s: Scenario): number[][] {
  const lean = prepareLean(data, s.params);
  const inputs = uncertainInputs(s.params, likelyFromData(data, s.params), () => undefined);
  const sampler = new Sampler(inputs, s.params.uncertainty.seed);
  const draw = new Float64Array(inputs.length);
  const n = s.params.uncertainty.draws;
  const columns = lean.figures.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    sampler.next(draw);
    setDraw(lean.params, inputs, draw);
    lean.evaluate().forEach((v, f) => ((columns[f] as Float64Array)[i] = v));
  }
  return columns.map((c) => {
    let min = Infinity;
    let max = -Infinity;
    for (const v of c) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return min === max ? [min, min, min] : percentiles(c, [0.1, 0.5, 0.9]);
  });
}

describe('Monte Carlo (MODEL §5.6)', () => {
  it('the lean path gives the full engine’s figures, to the last bit, on every draw checked', () => {
    for (const { name, params, data } of CASES) {
      const s = scenario(params);
      const lean = prepareLean(data, s.params);
      const inputs = uncertainInputs(s.params, likelyFromData(data, s.params), () => undefined);
      const sampler = new Sampler(inputs, 7);
      const draw = new Float64Array(inputs.length);
      // Every other draw through the setter the simulation uses: the same params either way.
      const set = drawSetter(lean.params, inputs);
      for (let i = 0; i < 25; i++) {
        sampler.next(draw);
        if (i % 2 === 0) setDraw(lean.params, inputs, draw);
        else set(draw);
        const out = lean.evaluate();
        expect(out.length, name).toBe(lean.figures.length);
        const full = runScenario(data, { ...s, params: JSON.parse(JSON.stringify(lean.params)) as typeof s.params });
        lean.figures.forEach((f, k) => {
          expect(out[k], `${name} ${f.where} ${f.path}`).toBe(figureValue(full, f.where, f.path));
        });
      }
    }
  });

  it('the lean path reads every assumption a draw can change (each that can carry a range or be left open)', () => {
    const drawable = ASSUMPTIONS.filter((a) => a.range || a.alternatives).map((a) => a.key);
    expect([...DRAWN].sort()).toEqual([...new Set([...drawable, 'pipeline.probability.opgeleverd'])].sort());
    expect(() => prepareLean(ds, Scenario.parse({ id: 't', name: 't', params: { uncertainty: { ranges: { 'programme.paceMultiplier': { low: 1, high: 1 } } } } }).params)).not.toThrow();
  });

  it('the bands are those of every draw kept and selected (the way before), to the bit, for any number of draws', () => {
    for (const { name, params, data } of CASES) {
      for (const draws of [100, 255, 256, 257, 1000, 2600]) {
        const s = scenario(params, draws);
        const bands = simulate(data, s)?.bands ?? [];
        const kept = keptBands(data, s);
        expect(bands.length).toBe(kept.length);
        bands.forEach((b, f) => {
          const want = kept[f] as number[];
          for (const [i, got] of [b.p10, b.p50, b.p90].entries()) expect(Object.is(got, want[i]), `${name} ${draws} ${b.where} ${b.path} P${[10, 50, 90][i]}: ${got} ≠ ${want[i]}`).toBe(true);
        });
      }
    }
  });

  it('counting gives percentiles’ answer to the bit: ties, two values, a range of a few ulps, huge and tiny ranges, any number of draws', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
    const kinds: ((d: number) => number)[] = [
      () => random() * 1000 - 500,
      () => Math.max(0, random() - 0.8) * 1000,
      () => (random() < 0.5 ? 819 : 3168),
      (d) => (d < 256 ? 7 : random() * 10),
      (d) => (d === 3000 ? 1e9 : random()),
      () => 1 + Math.floor(random() * 4) * Number.EPSILON,
      () => (random() < 0.5 ? -1e300 : 1e300),
      () => (random() < 0.5 ? -1.7e308 : 1.7e308),
      () => Math.floor(random() * 3) * Number.MIN_VALUE,
      () => Math.round(random() * 5),
      (d) => d,
      (d) => -d,
    ];
    const ps = [0.1, 0.5, 0.9];
    for (const n of [2, 3, 10, 255, 257, 1000, 5000, 10_000]) {
      kinds.forEach((kind, k) => {
        const column = Float64Array.from({ length: n }, (_, d) => kind(d));
        let min = Infinity;
        let max = -Infinity;
        for (const v of column) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        if (min === max) return;
        const got = percentilesByCounting(column, ps, min, max);
        const want = percentiles(column.slice(), ps);
        got.forEach((v, i) => {
          expect(Object.is(v, want[i]), `kind ${k}, ${n} draws, p${ps[i]}: ${v} ≠ ${want[i]}`).toBe(true);
        });
      });
    }
  });

  it('P10 ≤ P50 ≤ P90 for every figure; the same seed gives the same bands however the draws are split', () => {
    const s = scenario({}, 1200);
    const once = simulate(ds, s);
    const stepwise = createSimulation(ds, s);
    while (stepwise && !stepwise.step(333));
    expect(stepwise?.block()).toEqual(once);
    // A simulation after another reuses its memory (simulate.ts, spare): the same bands again.
    expect(simulate(ds, s)).toEqual(once);
    for (const b of once?.bands ?? []) {
      expect(b.p10).toBeLessThanOrEqual(b.p50);
      expect(b.p50).toBeLessThanOrEqual(b.p90);
    }
    const other = simulate(ds, { ...s, params: { ...s.params, uncertainty: { ...s.params.uncertainty, seed: 99 } } });
    expect(other?.bands.find((b) => b.where === 'regio' && b.path === 'programme.shortfall2030')?.p10).not.toBe(once?.bands.find((b) => b.where === 'regio' && b.path === 'programme.shortfall2030')?.p10);
  });

  it('ranges with low = likely = high give bands that collapse onto the point result exactly', () => {
    const s = Scenario.parse({ id: 't', name: 't', params: { uncertainty: { draws: 200, ranges: { 'programme.paceMultiplier': { low: 1, high: 1 } } } } });
    const block = simulate(ds, s);
    const point = runScenario(ds, s);
    expect(block?.bands.length).toBeGreaterThan(100);
    for (const b of block?.bands ?? []) {
      expect([b.p10, b.p50, b.p90]).toEqual([b.likely, b.likely, b.likely]);
      expect(b.likely).toBe(figureValue(point, b.where, b.path));
    }
  });
});

describe('tornado', () => {
  it('Hilversum’s programme shortfall by hand: 3 200 − 365 − 182,5 × factor × 7 years', () => {
    const t = tornado(ds, scenario({}), { where: 'GM0402', path: 'programme.shortfall2030' });
    const pace = t.bars.find((b) => b.key === 'programme.paceMultiplier');
    expect(t.likely).toBeCloseTo(3200 - 365 - 182.5 * 7, 9);
    expect(pace?.atLow).toBeCloseTo(3200 - 365 - 182.5 * 0.75 * 7, 9);
    expect(pace?.atHigh).toBeCloseTo(3200 - 365 - 182.5 * 1.25 * 7, 9);
    expect(t.bars[0]?.key).toBe('programme.paceMultiplier');
    // The aandachtsgroepen level does not enter the programme at all.
    expect(t.bars.find((b) => b.key === 'aandachtsgroepen.perYear')?.swing).toBe(0);
  });
});

describe('goal seek', () => {
  it('each answer put back into the scenario closes its gap, and a value a little lower does not', () => {
    for (const params of [VARIANTS.basis, VARIANTS.toegankelijk, VARIANTS.custom]) {
      const s = Scenario.parse({ id: 't', name: 't', params });
      for (const where of ['regio', ...runScenario(ds, s).gemeenten.map((g) => g.code)]) {
        for (const a of goalSeek(ds, s, where)?.answers ?? []) {
          if (a.status !== 'closes' || !a.apply || typeof a.apply.value !== 'number') continue;
          const shortfallWith = (v: number) => figureValue(runScenario(ds, { ...s, params: withParam(s.params, a.apply?.key ?? '', v) }), a.gap.where, a.gap.path) as number;
          expect(shortfallWith(a.apply.value), `${where} ${a.lever}`).toBeLessThan(0.5);
          const lower = a.apply.value * 0.99;
          if (lower >= a.bounds[0] && a.apply.value > 0) expect(shortfallWith(lower), `${where} ${a.lever} lower`).toBeGreaterThan(0);
        }
      }
    }
  });
});
