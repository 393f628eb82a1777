import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import { figureValue } from '../explain/context';
import { withParam } from '../scenario/paramPath';
import { Scenario, type ScenarioParamsInput } from '../scenario/schema';
import { goalSeek } from './goalSeek';
import { likelyFromData, Sampler, uncertainInputs } from './inputs';
import { prepareLean } from './lean';
import { setDraw } from './setDraw';
import { createSimulation, simulate } from './simulate';
import { tornado } from './tornado';

const ds = readSeed().dataset;
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
};

describe('Monte Carlo (MODEL §5.6)', () => {
  it('the lean path gives the full engine’s figures, to the last bit, on every draw checked', () => {
    for (const [name, params] of Object.entries(VARIANTS)) {
      const s = scenario(params);
      const lean = prepareLean(ds, s.params);
      const inputs = uncertainInputs(s.params, likelyFromData(ds, s.params), () => undefined);
      const sampler = new Sampler(inputs, 7);
      const draw = new Float64Array(inputs.length);
      const out = new Float64Array(lean.figures.length);
      for (let i = 0; i < 25; i++) {
        sampler.next(draw);
        setDraw(lean.params, inputs, draw);
        lean.evaluate(out);
        const full = runScenario(ds, { ...s, params: JSON.parse(JSON.stringify(lean.params)) as typeof s.params });
        lean.figures.forEach((f, k) => {
          expect(out[k], `${name} ${f.where} ${f.path}`).toBe(figureValue(full, f.where, f.path));
        });
      }
    }
  });

  it('P10 ≤ P50 ≤ P90 for every figure; the same seed gives the same bands however the draws are split', () => {
    const s = scenario({}, 1200);
    const once = simulate(ds, s);
    const stepwise = createSimulation(ds, s);
    while (stepwise && !stepwise.step(333));
    expect(stepwise?.block()).toEqual(once);
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
