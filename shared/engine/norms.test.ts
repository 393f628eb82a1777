import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { Norms, type NormCell } from '../result/norms';
import { ScenarioParams, type ScenarioParamsInput } from '../scenario/schema';
import { combineBounds, computeNorms, verdictOf } from './norms';
import { runScenario } from './run';

const seed = readSeed().dataset;
const norms = (input: ScenarioParamsInput = {}) => {
  const params = ScenarioParams.parse(input);
  const result = runScenario(seed, { id: 't', name: 't', description: '', params });
  return Norms.parse(computeNorms(seed, params, result));
};
const cell = (n: Norms, id: string, code: string, measure: 'programme' | 'scenario' | 'realised'): NormCell => {
  const row = n.norms.find((x) => x.id === id)?.rows.find((r) => r.code === code);
  if (!row) throw new Error(`${id} ${code}`);
  return row[measure];
};

/**
 * 004 Bijlage 2, 'Indicatief bouwprogramma per gemeente' (Woondeal MRA 2022): totaal / laag en
 * midden / realisatie 22 en 23 / S+M app.
 */
const TABLE = {
  GM0376: [350, 231, 30, 0], // Blaricum
  GM0417: [60, 40, 33, 6], // Laren
  GM1942: [2500, 1650, 709, 52], // Gooise Meren
  GM0402: [3200, 2112, 365, 166], // Hilversum
  GM0406: [300, 198, 50, 1], // Huizen
  GM1696: [500, 320, 71, 10], // Wijdemeren
} as const;

describe('norms monitor (issue 10 part 5), by hand from 004 Bijlage 2', () => {
  it('2/3 affordable, programme: Hilversum 2 112 / 3 200 = 66,0 % misses 66,67 % (2/3 × 3 200 = 2 133,4 homes); Laren 40 / 60 meets', () => {
    const n = norms();
    const norm = n.norms.find((x) => x.id === 'normBetaalbaar')!;
    expect(norm.share).toBeCloseTo(0.6667, 12);
    expect(norm).toMatchObject({ value: 66.67, comparator: 'atLeast', source: { document: '004', place: '§5.1 Versnellers voor de opgave' } });
    expect(cell(n, 'normBetaalbaar', 'GM0402', 'programme')).toEqual({ share: 2112 / 3200, numerator: 2112, denominator: 3200, bound: 'exact', basis: 'data', verdict: 'below' });
    // 0,6667 × 60 = 40,002: within the half home the sources round to.
    expect(cell(n, 'normBetaalbaar', 'GM0417', 'programme')).toMatchObject({ share: 40 / 60, verdict: 'meets' });
    expect(cell(n, 'normBetaalbaar', 'GM1696', 'programme')).toMatchObject({ share: 320 / 500, verdict: 'below' });
  });

  it('the region is the sum of the gemeenten (4 551 / 6 910 = 65,9 %), not the printed row 4 561; Eemnes (no Woondeal) has no figure, never 0', () => {
    const n = norms();
    const lm = Object.values(TABLE).reduce((s, r) => s + r[1], 0);
    const total = Object.values(TABLE).reduce((s, r) => s + r[0], 0);
    expect([lm, total]).toEqual([4551, 6910]);
    expect(cell(n, 'normBetaalbaar', 'regio', 'programme')).toMatchObject({ share: 4551 / 6910, numerator: 4551, denominator: 6910, verdict: 'below' });
    expect(cell(n, 'normBetaalbaar', 'GM0317', 'programme')).toEqual({ share: null, numerator: null, denominator: null, bound: 'exact', basis: 'noData', verdict: 'unknown' });
    expect(n.norms.find((x) => x.id === 'normBetaalbaar')!.rows.map((r) => r.code)).toEqual(['GM0376', 'GM0317', 'GM1942', 'GM0402', 'GM0406', 'GM0417', 'GM1696', 'regio']);
  });

  it('50 % zero-step, realised: S+M app / completions is a lower bound (Hilversum 166 / 365 = 45,5 %, region 235 / 1 258 = 18,7 %): below 50 % it cannot decide', () => {
    const n = norms();
    expect(cell(n, 'normNultredenNieuwbouw', 'GM0402', 'realised')).toEqual({ share: 166 / 365, numerator: 166, denominator: 365, bound: 'lowerBound', basis: 'data', verdict: 'unknown' });
    expect(cell(n, 'normNultredenNieuwbouw', 'regio', 'realised')).toMatchObject({ share: 235 / 1258, bound: 'lowerBound', verdict: 'unknown' });
    // The Woondeal programme has no zero-step column.
    expect(cell(n, 'normNultredenNieuwbouw', 'GM0402', 'programme').basis).toBe('noData');
    // The affordable norm has the same S+M app beside it as its realised lower bound.
    expect(cell(n, 'normBetaalbaar', 'GM0402', 'realised')).toMatchObject({ share: 166 / 365, bound: 'lowerBound', verdict: 'unknown' });
  });

  it('zero-step, scenario: basis leaves the share open (null) = the historic 166 / 365, said as such; toegankelijk50 sets 50 % and meets', () => {
    const basis = norms();
    // Trend: Hilversum builds 182,5 a year for 7 years = 1 277,5 homes after 2023.
    expect(cell(basis, 'normNultredenNieuwbouw', 'GM0402', 'scenario')).toEqual({ share: 166 / 365, numerator: (166 / 365) * 1277.5, denominator: 1277.5, bound: 'lowerBound', basis: 'historic', verdict: 'unknown' });
    const half = norms({ elderly: { newBuildShare: { nultreden: 0.5 } } });
    expect(cell(half, 'normNultredenNieuwbouw', 'GM0402', 'scenario')).toMatchObject({ share: 0.5, bound: 'exact', basis: 'scenario', verdict: 'meets' });
    expect(cell(half, 'normNultredenNieuwbouw', 'regio', 'scenario')).toMatchObject({ share: 0.5, bound: 'exact', verdict: 'meets' });
    // Realisation does not change with the scenario.
    expect(cell(half, 'normNultredenNieuwbouw', 'GM0402', 'realised').share).toBe(166 / 365);
  });

  it("a gemeente's own share weighs in the region by its new build; mixed with historic shares the region is a lower bound", () => {
    const n = norms({ elderly: { newBuildShareByGemeente: { GM0402: { nultreden: 0.6 } } } });
    expect(cell(n, 'normNultredenNieuwbouw', 'GM0402', 'scenario')).toMatchObject({ share: 0.6, bound: 'exact', verdict: 'meets' });
    // New build 2024–2030 on trend: (realised / 2) × 7 per gemeente; the others at their historic share.
    const parts = Object.entries(TABLE).map(([code, [, , realised, sm]]) => {
      const newBuild = (realised / 2) * 7;
      return { num: newBuild * (code === 'GM0402' ? 0.6 : sm / realised), den: newBuild };
    });
    const region = cell(n, 'normNultredenNieuwbouw', 'regio', 'scenario');
    expect(region.share).toBeCloseTo(parts.reduce((s, p) => s + p.num, 0) / parts.reduce((s, p) => s + p.den, 0), 12);
    expect(region).toMatchObject({ bound: 'lowerBound', basis: 'scenario' });
  });

  it('2/3 affordable, scenario: on trend the historic S+M share (a lower bound); on programme pace Hilversum builds (2 112 − 166) of (3 200 − 365) = 68,6 % and meets', () => {
    expect(cell(norms(), 'normBetaalbaar', 'GM0402', 'scenario')).toMatchObject({ share: 166 / 365, bound: 'lowerBound', basis: 'historic', verdict: 'unknown' });
    expect(cell(norms({ programme: { paceMode: 'programme' } }), 'normBetaalbaar', 'GM0402', 'scenario')).toMatchObject({
      share: (2112 - 166) / (3200 - 365),
      bound: 'exact',
      basis: 'pace',
      verdict: 'meets',
    });
  });

  it('30 % social rent: laag en midden is an upper bound; 66 % cannot decide, but 800 of 3 200 (25 %) is surely below', () => {
    expect(cell(norms(), 'normSocialeHuur', 'GM0402', 'programme')).toMatchObject({ share: 0.66, bound: 'upperBound', verdict: 'unknown' });
    const low = norms({ dataOverrides: { 'bouwprogramma.laagMidden:GM0402:2022-2030': 800 } });
    expect(cell(low, 'normSocialeHuur', 'GM0402', 'programme')).toMatchObject({ share: 0.25, bound: 'upperBound', verdict: 'below' });
    // No scenario parameter, no realised social-rent figure: said, not guessed.
    expect(cell(low, 'normSocialeHuur', 'GM0402', 'scenario').basis).toBe('notInScenario');
    expect(cell(low, 'normSocialeHuur', 'GM0402', 'realised').basis).toBe('noData');
    expect(low.norms.find((x) => x.id === 'normSocialeHuur')).toMatchObject({ source: { document: '002', place: 'Maatregel 17a' }, scenarioAssumption: null });
  });

  it('a zero denominator gives null and a warning, never NaN: Blaricum with 0 completions, and no new build at all', () => {
    const n = norms({ dataOverrides: { 'realisatie.opleveringen:GM0376:2022-2023': 0 } });
    expect(cell(n, 'normNultredenNieuwbouw', 'GM0376', 'realised')).toEqual({ share: null, numerator: 0, denominator: 0, bound: 'lowerBound', basis: 'zeroDenominator', verdict: 'unknown' });
    // No completions: a trend pace of 0, so no new build to take a share of either.
    expect(cell(n, 'normBetaalbaar', 'GM0376', 'scenario')).toMatchObject({ share: null, basis: 'zeroDenominator' });
    const zeroStep = n.norms.find((x) => x.id === 'normNultredenNieuwbouw')!;
    expect(n.warnings).toContainEqual({ code: 'normZeroDenominator', params: { gemeente: 'Blaricum', normLabel: zeroStep.label, normLabelEn: zeroStep.labelEn, measure: 'realised' }, gemeente: 'GM0376' });
    const none = norms({ programme: { paceMultiplier: 0 } });
    expect(cell(none, 'normBetaalbaar', 'regio', 'scenario')).toMatchObject({ share: null, basis: 'zeroDenominator', verdict: 'unknown' });
    const affordable = none.norms.find((x) => x.id === 'normBetaalbaar')!.label;
    // Six gemeenten with a programme and the region; Eemnes has none.
    expect(none.warnings.filter((w) => w.code === 'normZeroDenominator' && w.params.measure === 'scenario' && w.params.normLabel === affordable)).toHaveLength(6 + 1);
    expect(JSON.stringify(none)).not.toMatch(/NaN|Infinity/);
  });
});

describe('verdicts by the kind of figure', () => {
  it('at least 50 %: exact decides; a lower bound that meets meets, below it is unknown; an upper bound below is below, above it unknown', () => {
    expect(verdictOf(0.5, 'exact', 0.5, 'atLeast')).toBe('meets');
    expect(verdictOf(0.49, 'exact', 0.5, 'atLeast')).toBe('below');
    expect(verdictOf(0.6, 'lowerBound', 0.5, 'atLeast')).toBe('meets');
    expect(verdictOf(0.4, 'lowerBound', 0.5, 'atLeast')).toBe('unknown');
    expect(verdictOf(0.4, 'upperBound', 0.5, 'atLeast')).toBe('below');
    expect(verdictOf(0.6, 'upperBound', 0.5, 'atLeast')).toBe('unknown');
    expect(verdictOf(0.9, 'none', 0.5, 'atLeast')).toBe('unknown');
    expect(verdictOf(null, 'exact', 0.5, 'atLeast')).toBe('unknown');
    // Slack: 2 112 of 3 200 is 21 homes short of 2/3, far more than half a home; 40 of 60 is not.
    expect(verdictOf(2112 / 3200, 'exact', 0.6667, 'atLeast', 0.5 / 3200)).toBe('below');
    expect(verdictOf(40 / 60, 'exact', 0.6667, 'atLeast', 0.5 / 60)).toBe('meets');
  });

  it('at most: mirrored (an upper bound within meets, a lower bound above is above)', () => {
    expect(verdictOf(0.2, 'upperBound', 0.3, 'atMost')).toBe('meets');
    expect(verdictOf(0.4, 'upperBound', 0.3, 'atMost')).toBe('unknown');
    expect(verdictOf(0.4, 'lowerBound', 0.3, 'atMost')).toBe('above');
    expect(verdictOf(0.2, 'lowerBound', 0.3, 'atMost')).toBe('unknown');
    expect(verdictOf(0.4, 'exact', 0.3, 'atMost')).toBe('above');
  });

  it('a sum of exact figures and lower bounds is a lower bound; with an upper bound in it, neither', () => {
    expect(combineBounds(['exact', 'exact'])).toBe('exact');
    expect(combineBounds(['exact', 'lowerBound'])).toBe('lowerBound');
    expect(combineBounds(['upperBound', 'exact'])).toBe('upperBound');
    expect(combineBounds(['lowerBound', 'upperBound'])).toBe('none');
  });
});
