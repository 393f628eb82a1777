import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { syntheticCode, syntheticDataset } from '../../test/support/syntheticDataset';
import type { Dataset } from '../dataset/schema';
import { Result } from '../result/schema';
import { HOUSING_TYPES, Scenario, ScenarioParams, type ScenarioParamsInput } from '../scenario/schema';
import { PROJECT_STATUSES } from '../projects/schema';
import { extractInputs } from './inputs';
import { runScenario } from './run';

/**
 * Properties of the engine over arbitrary valid scenarios (the ranges of the zod schema),
 * on the seed and on synthetic regions of N gemeenten.
 */

const seedDataset = readSeed().dataset;
const seedCodes = seedDataset.gemeenten.filter((g) => g.memberUntil === null).map((g) => g.code);

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const share = double(0, 1);
const homes = double(0, 1_000_000);

function partialPerType<T>(value: fc.Arbitrary<T>) {
  return fc.record({ nultreden: value, geclusterd: value, zorggeschikt: value }, { requiredKeys: [] });
}

/** Every field of ScenarioParams over its full schema range; gemeente keys drawn from `codes`. */
function paramsArb(codes: readonly string[]): fc.Arbitrary<ScenarioParamsInput> {
  const code = fc.constantFrom(...codes);
  const perGemeente = <T>(value: fc.Arbitrary<T>) => fc.dictionary(code, value, { maxKeys: Math.min(4, codes.length) });
  return fc.record({
    horizon: fc.integer({ min: 2030, max: 2040 }),
    programme: fc.record({
      paceMode: fc.constantFrom('trend', 'programme', 'custom', 'pipeline'),
      paceMultiplier: double(0, 5),
      paceMultiplierByGemeente: perGemeente(double(0, 5)),
      customPace: perGemeente(double(0, 100_000)),
    }),
    elderly: fc.record({
      needSource: fc.constantFrom('gemeenteTabel', 'regioTekst'),
      needOverrides: perGemeente(partialPerType(homes)),
      newBuildShare: fc.record({ nultreden: fc.option(share, { nil: null }), geclusterd: share, zorggeschikt: share }).map(scaledToOne),
      newBuildShareByGemeente: perGemeente(partialPerType(share)),
      existingStockPerYear: perGemeente(partialPerType(double(0, 100_000))),
    }),
    aandachtsgroepen: fc.record({
      perYear: fc.option(double(0, 100_000), { nil: null }),
      startYear: fc.integer({ min: 2022, max: 2040 }),
      demandMode: fc.constantFrom('flat', 'ramp'),
      fairShareKey: fc.constantFrom('population', 'equal', 'socialRent', 'custom'),
      customWeights: perGemeente(double(0, 1_000_000)),
      excluded: fc.subarray([...codes]),
    }),
    pipeline: fc.record({
      probability: fc.record({ idee: share, planvorming: share, vastgesteld: share, vergund: share, 'in aanbouw': share, opgeleverd: share }),
    }),
  }).map(ownSharesFitting);
}

type Shares = { nultreden: number | null; geclusterd: number; zorggeschikt: number };
type OwnShares = { nultreden?: number; geclusterd?: number; zorggeschikt?: number };

/** Shares of one new build add up to at most 100 % (the schema refuses more): scale a draw down to fit. */
function scaledToOne(s: Shares): Shares {
  const total = (s.nultreden ?? 0) + s.geclusterd + s.zorggeschikt;
  if (total <= 1) return s;
  return { nultreden: s.nultreden === null ? null : s.nultreden / total, geclusterd: s.geclusterd / total, zorggeschikt: s.zorggeschikt / total };
}

/** A gemeente's own shares merged over the regional ones fit in 100 % too: its own values scaled to the room left. */
function ownSharesFitting(params: ScenarioParamsInput): ScenarioParamsInput {
  const elderly = params.elderly as { newBuildShare: Shares; newBuildShareByGemeente: Record<string, OwnShares> };
  const regional = elderly.newBuildShare;
  const fitted = Object.fromEntries(
    Object.entries(elderly.newBuildShareByGemeente).map(([code, own]) => {
      const types = ['nultreden', 'geclusterd', 'zorggeschikt'] as const;
      const ownTotal = types.reduce((sum, t) => sum + (own[t] ?? 0), 0);
      const room = 1 - types.reduce((sum, t) => sum + (own[t] === undefined ? (regional[t] ?? 0) : 0), 0);
      const k = ownTotal > room ? Math.max(0, room) / ownTotal : 1;
      return [code, Object.fromEntries(Object.entries(own).map(([t, v]) => [t, (v) * k * (k < 1 ? 0.999999 : 1)]))];
    }),
  );
  return { ...params, elderly: { ...elderly, newBuildShareByGemeente: fitted } };
}

function scenario(params: ScenarioParamsInput, id = 'eigenschap'): Scenario {
  // Parsing proves the generated parameters are valid and applies the defaults.
  return Scenario.parse({ id, name: id, params });
}

/** Walks the whole result: every number must be finite. Returns the paths that are not. */
function nonFinite(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

/** |a − b| within 1e-6 of the size of the terms (a sum of many terms can cancel). */
function closeToSum(actual: number, terms: number[], label: string): void {
  const expected = terms.reduce((s, t) => s + t, 0);
  const scale = Math.max(1, terms.reduce((s, t) => s + Math.abs(t), 0));
  if (Math.abs(actual - expected) > 1e-6 * scale) throw new Error(`${label}: region ${actual} ≠ Σ gemeenten ${expected}`);
}

const PROGRAMME_SUMS = ['target', 'realised', 'currentPace', 'scenarioPace', 'projected2030', 'gap2030', 'shortfall2030', 'surplus2030', 'requiredPace'] as const;
const AFFORDABLE_SUMS = ['target', 'realised', 'scenarioPace', 'projected2030', 'gap2030', 'shortfall2030', 'surplus2030', 'requiredPace'] as const;
const AANDACHT_SUMS = ['weight', 'taskPerYear', 'taskCumulative'] as const;
const ELDERLY_BLOCKS = [...HOUSING_TYPES, 'total'] as const;

/** The invariants that hold for any dataset and any valid scenario. */
function checkInvariants(ds: Dataset, sc: Scenario): Result {
  const result = runScenario(ds, sc);
  expect(nonFinite(result)).toEqual([]);
  const parsed = Result.safeParse(result);
  if (!parsed.success) throw new Error(parsed.error.message);

  const { gemeenten, region } = result;
  const withProgramme = gemeenten.flatMap((g) => (g.programme ? [g.programme] : []));
  const withAffordable = gemeenten.flatMap((g) => (g.affordable ? [g.affordable] : []));
  const withElderly = gemeenten.flatMap((g) => (g.elderly ? [g.elderly] : []));

  // Region = sum of the gemeenten that have the block; null when none has it (never 0).
  expect(region.programme === null).toBe(withProgramme.length === 0);
  expect(region.affordable === null).toBe(withAffordable.length === 0);
  expect(region.elderly === null).toBe(withElderly.length === 0);
  if (region.programme) {
    for (const k of PROGRAMME_SUMS) closeToSum(region.programme[k], withProgramme.map((b) => b[k]), `programme.${k}`);
    // The regional path is the sum of the gemeente paths (realised up to each one's baseYear, projected after).
    for (const point of region.programme.path) {
      const parts = withProgramme.map((b) => {
        const p = b.path.find((x) => x.year === point.year);
        return p?.projected ?? p?.realised ?? 0;
      });
      closeToSum(point.projected ?? point.realised ?? Number.NaN, parts, `programme.path[${point.year}]`);
    }
  }
  if (region.affordable) {
    for (const k of AFFORDABLE_SUMS) closeToSum(region.affordable[k], withAffordable.map((b) => b[k]), `affordable.${k}`);
  }
  if (region.elderly) {
    for (const t of ELDERLY_BLOCKS) {
      for (const k of ['need', 'supply', 'gap', 'shortfall', 'surplus'] as const) {
        closeToSum(region.elderly[t][k], withElderly.map((b) => b[t][k]), `elderly.${t}.${k}`);
      }
    }
    for (const k of ['newBuild', 'newBuildNeed'] as const) closeToSum(region.elderly[k], withElderly.map((b) => b[k]), `elderly.${k}`);
  }
  // Shortfall and surplus are never netted: both ≥ 0 and shortfall − surplus is the net gap, in every block.
  const netting = (label: string, b: { shortfall: number; surplus: number }, gap: number) => {
    expect(b.shortfall, label).toBeGreaterThanOrEqual(0);
    expect(b.surplus, label).toBeGreaterThanOrEqual(0);
    closeToSum(gap, [b.shortfall, -b.surplus], `${label} shortfall − surplus`);
  };
  for (const [where, blocks] of [['regio', region], ...gemeenten.map((g) => [g.code, g] as const)] as const) {
    if (blocks.programme) netting(`${where} programme`, { shortfall: blocks.programme.shortfall2030, surplus: blocks.programme.surplus2030 }, blocks.programme.gap2030);
    if (blocks.affordable) netting(`${where} affordable`, { shortfall: blocks.affordable.shortfall2030, surplus: blocks.affordable.surplus2030 }, blocks.affordable.gap2030);
    if (blocks.elderly) for (const t of ELDERLY_BLOCKS) netting(`${where} ${t}`, blocks.elderly[t], blocks.elderly[t].gap);
  }
  // A single gemeente's single figure: exactly one of shortfall and surplus can be non-zero.
  for (const g of gemeenten) {
    if (g.programme) expect(Math.min(g.programme.shortfall2030, g.programme.surplus2030)).toBe(0);
    if (g.elderly) for (const t of HOUSING_TYPES) expect(Math.min(g.elderly[t].shortfall, g.elderly[t].surplus)).toBe(0);
  }
  // The region has caught up when its last gemeente has.
  if (region.programme) {
    const years = withProgramme.map((b) => b.catchUpYear);
    expect(region.programme.catchUpYear).toBe(years.includes(null) ? null : Math.max(...(years as number[])));
  }
  for (const k of AANDACHT_SUMS) closeToSum(region.aandachtsgroepen[k], gemeenten.map((g) => g.aandachtsgroepen[k]), `aandachtsgroepen.${k}`);

  // Identities inside every block.
  for (const g of gemeenten) {
    if (g.programme) closeToSum(g.programme.gap2030, [g.programme.target, -g.programme.projected2030], `${g.code} gap2030`);
    if (g.affordable) closeToSum(g.affordable.gap2030, [g.affordable.target, -g.affordable.projected2030], `${g.code} affordable gap2030`);
    if (g.elderly) {
      for (const t of ELDERLY_BLOCKS) closeToSum(g.elderly[t].gap, [g.elderly[t].need, -g.elderly[t].supply], `${g.code} ${t} gap`);
      for (const k of ['need', 'supply', 'gap'] as const) {
        closeToSum(g.elderly.total[k], HOUSING_TYPES.map((t) => g.elderly![t][k]), `${g.code} elderly total.${k}`);
      }
      for (const k of ['shortfall', 'surplus'] as const) {
        closeToSum(g.elderly.total[k], HOUSING_TYPES.map((t) => g.elderly![t][k]), `${g.code} elderly total.${k}`);
      }
      // Required share: of the scenario's own new build, capped at 100 % and flagged when new build is too small.
      expect(g.elderly.requiredShareAbove100).toBe(g.elderly.newBuildNeed > g.elderly.newBuild + 1e-9);
      if (g.elderly.newBuild > 0) expect(g.elderly.requiredShare).toBeCloseTo(Math.min(1, g.elderly.newBuildNeed / g.elderly.newBuild), 9);
      else expect(g.elderly.requiredShare).toBeNull();
    }
    expect(g.aandachtsgroepen.weight).toBeGreaterThanOrEqual(0);
  }

  // Weights: normalised over the included gemeenten, so they sum to 1 (or 0 when no one carries weight).
  const p = sc.params.aandachtsgroepen;
  const weightSum = gemeenten.reduce((s, g) => s + g.aandachtsgroepen.weight, 0);
  expect(Math.abs(weightSum - 1) < 1e-9 || weightSum === 0).toBe(true);
  for (const code of p.excluded) expect(gemeenten.find((g) => g.code === code)?.aandachtsgroepen.weight ?? 0).toBe(0);
  const members = gemeenten.map((g) => g.code);
  if (members.every((c) => p.excluded.includes(c))) expect(weightSum).toBe(0);
  else if (p.fairShareKey === 'equal') expect(weightSum).toBeCloseTo(1, 9);
  expect(region.coverage.aandachtsgroepen).toEqual(gemeenten.filter((g) => g.aandachtsgroepen.weight > 0).map((g) => g.code));

  // Demand: one entry per year from startYear to the horizon, never negative.
  const years = result.aandachtsgroepenDemand.map((d) => d.year);
  expect(years).toEqual(Array.from({ length: Math.max(0, sc.params.horizon - p.startYear + 1) }, (_, i) => p.startYear + i));
  for (const d of result.aandachtsgroepenDemand) expect(d.homes).toBeGreaterThanOrEqual(0);

  // Paths run from the programme start to max(horizon, programme end).
  for (const b of withProgramme) expect(b.path.at(-1)?.year).toBe(Math.max(sc.params.horizon, result.programmeEnd));
  return result;
}

const leq = (a: number, b: number) => a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Trend mode: a higher multiplier builds at least as much and leaves at most the same gap. */
function checkMonotonic(ds: Dataset, params: ScenarioParamsInput, m1: number, m2: number): void {
  const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
  const base = ScenarioParams.parse(params);
  const at = (m: number) =>
    runScenario(
      ds,
      scenario({ ...base, programme: { ...base.programme, paceMode: 'trend', paceMultiplier: m, paceMultiplierByGemeente: {} } }),
    );
  const a = at(lo);
  const b = at(hi);
  const pairs = [
    ...a.gemeenten.map((g, i) => [g, b.gemeenten[i]!, g.code] as const),
    [a.region, b.region, 'regio'] as const,
  ];
  for (const [x, y, where] of pairs) {
    if (x.programme && y.programme) {
      expect(leq(x.programme.scenarioPace, y.programme.scenarioPace), `${where} pace`).toBe(true);
      expect(leq(x.programme.projected2030, y.programme.projected2030), `${where} projected2030`).toBe(true);
      expect(leq(y.programme.gap2030, x.programme.gap2030), `${where} gap2030`).toBe(true);
      expect(y.programme.catchUpYear ?? Infinity, `${where} catchUpYear`).toBeLessThanOrEqual(x.programme.catchUpYear ?? Infinity);
      for (const [pa, pb] of x.programme.path.map((p, i) => [p, y.programme!.path[i]!] as const)) {
        if (pa.projected !== null && pb.projected !== null) expect(leq(pa.projected, pb.projected), `${where} path ${pa.year}`).toBe(true);
      }
    }
    if (x.affordable && y.affordable) {
      expect(leq(x.affordable.projected2030, y.affordable.projected2030), `${where} affordable projected2030`).toBe(true);
      expect(leq(y.affordable.gap2030, x.affordable.gap2030), `${where} affordable gap2030`).toBe(true);
    }
    if (x.elderly && y.elderly) {
      for (const t of ELDERLY_BLOCKS) {
        expect(leq(x.elderly[t].supply, y.elderly[t].supply), `${where} ${t} supply`).toBe(true);
        expect(leq(y.elderly[t].gap, x.elderly[t].gap), `${where} ${t} gap`).toBe(true);
      }
    }
    // The multiplier does not touch the aandachtsgroepen.
    expect(y.aandachtsgroepen).toEqual(x.aandachtsgroepen);
  }
}

describe('engine properties on the seed', () => {
  it('any valid scenario: finite numbers, valid Result, region = Σ gemeenten, weights sum to 1 or 0', () => {
    fc.assert(
      fc.property(paramsArb(seedCodes), (params) => {
        checkInvariants(seedDataset, scenario(params));
      }),
      { numRuns: 300 },
    );
  });

  it('monotonic in paceMultiplier (trend): projection and supply up, gaps down', () => {
    fc.assert(
      fc.property(paramsArb(seedCodes), double(0, 5), double(0, 5), (params, m1, m2) => {
        checkMonotonic(seedDataset, params, m1, m2);
      }),
      { numRuns: 200 },
    );
  });

  it('deterministic and independent of pre-extracted inputs', () => {
    const inputs = extractInputs(seedDataset);
    fc.assert(
      fc.property(paramsArb(seedCodes), (params) => {
        const sc = scenario(params);
        expect(runScenario(seedDataset, sc, inputs)).toEqual(runScenario(seedDataset, sc));
      }),
      { numRuns: 50 },
    );
  });

  it('all gemeenten excluded: every weight 0, no task, a warning', () => {
    const r = runScenario(seedDataset, scenario({ aandachtsgroepen: { excluded: seedCodes } }));
    expect(r.region.aandachtsgroepen).toEqual({ weight: 0, taskPerYear: 0, taskCumulative: 0, placements: null, vacancies: { perYear: 1400, taskShare: 0 } });
    expect(r.warnings.some((w) => w.code === 'weightsZero')).toBe(true);
    expect(r.region.coverage.aandachtsgroepen).toEqual([]);
  });
});

/**
 * A synthetic region (1–25 gemeenten, some without a programme, text need figures now and then).
 * The options are generated, not the dataset, so a counterexample prints in a few lines.
 */
const optionsArb = fc.record({
  gemeenten: fc.integer({ min: 1, max: 25 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  withoutProgrammeShare: double(0, 0.6),
  regionTotals: fc.boolean(),
  textNeedFactor: fc.option(fc.record({ nultreden: double(0, 3), geclusterd: double(0, 3), zorggeschikt: double(0, 3) }), { nil: null }),
  aandachtsgroepenPerYear: double(0, 2000),
  outflow2022: double(0, 2000),
});

const withParams = optionsArb.chain((options) =>
  fc.tuple(fc.constant(options), paramsArb(Array.from({ length: options.gemeenten }, (_, i) => syntheticCode(i)))),
);

/** Projects for a project register: any gemeente of `codes`, completion 2018–2045, categories within the total. */
function projectsArb(codes: readonly string[]) {
  return fc.array(
    fc
      .record({
        gemeente: fc.constantFrom(...codes),
        completionYear: fc.integer({ min: 2018, max: 2045 }),
        status: fc.constantFrom(...PROJECT_STATUSES),
        total: fc.integer({ min: 0, max: 2000 }),
        parts: fc.array(double(0, 1), { minLength: 5, maxLength: 5 }),
      })
      .map(({ gemeente, completionYear, status, total, parts }, ) => {
        const [a = 0, b = 0, c = 0, d = 0, e = 0] = parts.map((x) => Math.floor(x * total));
        return { id: `p-${gemeente}-${completionYear}-${status}-${total}`, name: 'project', gemeente, completionYear, status, homes: { total, affordable: a, socialRent: b, nultreden: c, geclusterd: d, zorggeschikt: e }, note: '', source: 'test', createdAt: '', updatedAt: '' };
      }),
    { maxLength: 30 },
  );
}

describe('engine properties with a project register (pipeline, MODEL §5.5)', () => {
  it('any valid scenario and register: the same invariants', () => {
    fc.assert(
      fc.property(paramsArb(seedCodes), projectsArb(seedCodes), (params, projects) => {
        checkInvariants({ ...seedDataset, projects }, scenario({ ...params, programme: { ...params.programme, paceMode: 'pipeline' } }));
      }),
      { numRuns: 150 },
    );
  });

  it('a higher realisation probability builds at least as much and leaves at most the same gap', () => {
    fc.assert(
      fc.property(projectsArb(seedCodes), share, share, (projects, p1, p2) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const all = (p: number) => ({ idee: p, planvorming: p, vastgesteld: p, vergund: p, 'in aanbouw': p, opgeleverd: p });
        const ds = { ...seedDataset, projects };
        const x = runScenario(ds, scenario({ programme: { paceMode: 'pipeline' }, pipeline: { probability: all(lo) } }));
        const y = runScenario(ds, scenario({ programme: { paceMode: 'pipeline' }, pipeline: { probability: all(hi) } }));
        expect(y.region.programme!.projected2030 + 1e-6).toBeGreaterThanOrEqual(x.region.programme!.projected2030);
        expect(y.region.programme!.gap2030).toBeLessThanOrEqual(x.region.programme!.gap2030 + 1e-6);
        expect(y.region.elderly!.total.supply + 1e-6).toBeGreaterThanOrEqual(x.region.elderly!.total.supply);
      }),
      { numRuns: 100 },
    );
  });
});

describe('engine properties on synthetic regions', () => {
  it('the builder makes valid datasets with the requested number of gemeenten, reproducibly', () => {
    const a = syntheticDataset({ gemeenten: 12, seed: 7 });
    expect(a.gemeenten).toHaveLength(12);
    expect(syntheticDataset({ gemeenten: 12, seed: 7 })).toEqual(a);
    expect(syntheticDataset({ gemeenten: 12, seed: 8 })).not.toEqual(a);
    expect(extractInputs(a).gemeenten).toHaveLength(12);
  });

  it('any valid scenario: the same invariants as on the seed', () => {
    fc.assert(
      fc.property(withParams, ([options, params]) => {
        checkInvariants(syntheticDataset(options), scenario(params));
      }),
      { numRuns: 200 },
    );
  });

  it('monotonic in paceMultiplier (trend)', () => {
    fc.assert(
      fc.property(withParams, double(0, 5), double(0, 5), ([options, params], m1, m2) => {
        checkMonotonic(syntheticDataset(options), params, m1, m2);
      }),
      { numRuns: 150 },
    );
  });

  it('gemeenten without a programme get null blocks, never 0 or NaN', () => {
    fc.assert(
      fc.property(withParams, ([options, params]) => {
        const ds = syntheticDataset(options);
        const r = runScenario(ds, scenario(params));
        const noTarget = new Set(
          ds.gemeenten
            .filter((g) => !ds.figures.some((f) => f.series === 'bouwprogramma.totaal' && f.gemeente === g.code && f.value !== null))
            .map((g) => g.code),
        );
        for (const g of r.gemeenten) {
          expect(g.programme === null).toBe(noTarget.has(g.code));
          if (g.programme === null) expect(g.affordable).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });
});
