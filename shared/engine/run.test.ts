import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { Result, type GemeenteResult } from '../result/schema';
import { Scenario, type ScenarioParamsInput } from '../scenario/schema';
import { runScenario } from './run';
import { say } from '../i18n/coded';
import { texts } from '../i18n/catalogue';

const text = (w: { code: string; params: Record<string, unknown> } | undefined, locale: 'nl-NL' | 'en-GB' = 'nl-NL') => (w ? say(texts(locale).warnings, w) : '');

/**
 * Golden tests: every expected value is computed here by hand from the literal figures of
 * 004 Bijlage 2 (and 000 for inhabitants) with the formulas of MODEL.md §5.1–5.3, never by
 * calling the engine's own helpers.
 */

const seed = readSeed();
const ds = seed.dataset;

type Row = {
  name: string;
  /** 004 Bijlage 2: bouwprogramma 2022–2030 totaal, laag en midden; realisatie 22+23; S+M app 22+23. */
  target: number;
  laagMidden: number;
  realised: number;
  smApp: number;
  /** 004 Bijlage 2: extra homes for older people needed in 2030. */
  need: { nultreden: number; geclusterd: number; zorggeschikt: number };
};

const BIJLAGE2: Record<string, Row> = {
  GM0376: { name: 'Blaricum', target: 350, laagMidden: 231, realised: 30, smApp: 0, need: { nultreden: 80, geclusterd: 5, zorggeschikt: 141 } },
  GM0417: { name: 'Laren', target: 60, laagMidden: 40, realised: 33, smApp: 6, need: { nultreden: 55, geclusterd: 90, zorggeschikt: 352 } },
  GM1942: { name: 'Gooise Meren', target: 2500, laagMidden: 1650, realised: 709, smApp: 52, need: { nultreden: 410, geclusterd: 230, zorggeschikt: 720 } },
  GM0402: { name: 'Hilversum', target: 3200, laagMidden: 2112, realised: 365, smApp: 166, need: { nultreden: 925, geclusterd: 505, zorggeschikt: 1076 } },
  GM0406: { name: 'Huizen', target: 300, laagMidden: 198, realised: 50, smApp: 1, need: { nultreden: 480, geclusterd: 95, zorggeschikt: 558 } },
  GM1696: { name: 'Wijdemeren', target: 500, laagMidden: 320, realised: 71, smApp: 10, need: { nultreden: 250, geclusterd: 100, zorggeschikt: 321 } },
};
const WITH_PROGRAMME = Object.keys(BIJLAGE2);
const EEMNES = 'GM0317';

/** 000: inhabitants 1-1-2024 (CBS). */
const INWONERS: Record<string, number> = {
  GM0376: 12725,
  GM0317: 9755,
  GM1942: 60370,
  GM0402: 94435,
  GM0406: 41205,
  GM0417: 11440,
  GM1696: 24608,
};
const INWONERS_TOTAAL = 12725 + 9755 + 60370 + 94435 + 41205 + 11440 + 24608; // 254 538
/** 003 Tabel 5: % of the stock in social rent, 2017 (the latest year). */
const SOCIALE_HUUR_2017: Record<string, number> = {
  GM0376: 22.1,
  GM0317: 22.6,
  GM1942: 22.8,
  GM0402: 30.1,
  GM0406: 32.7,
  GM0417: 17.8,
  GM1696: 19.2,
};
const ALL_CODES = Object.keys(INWONERS);

const BASE_YEAR = 2023; // realisation 2022+2023
const YEARS_DONE = BASE_YEAR - 2021; // 2
const YEARS_LEFT = 2030 - BASE_YEAR; // 7
const PER_YEAR = 245; // 004: ~245 social-rent homes a year for aandachtsgroepen
const OUTFLOW_2022 = 107; // 004 Bijlage 1: moved into social rent in 2022

function run(id: string, params: ScenarioParamsInput = {}): Result {
  const scenario = Scenario.parse({ id, name: id, params });
  return Result.parse(runScenario(ds, scenario));
}
function builtin(id: string): Result {
  const scenario = seed.builtinScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no built-in scenario ${id}`);
  return Result.parse(runScenario(ds, scenario));
}
function gemeente(r: Result, code: string): GemeenteResult {
  const g = r.gemeenten.find((x) => x.code === code);
  if (!g) throw new Error(`no ${code} in result`);
  return g;
}
const sumOf = (f: (row: Row) => number) => WITH_PROGRAMME.reduce((s, c) => s + f(BIJLAGE2[c]!), 0);

/** First year ≥ 2022 with realised + pace × (y − baseYear) ≥ target, searched up to 2040 (MODEL §5.1). */
function catchUp(target: number, realised: number, pace: number): number | null {
  for (let y = 2022; y <= 2040; y++) {
    const projected = y <= BASE_YEAR ? (realised * (y - 2021)) / YEARS_DONE : realised + pace * (y - BASE_YEAR);
    if (projected >= target - 1e-9) return y;
  }
  return null;
}

describe('seed and result shape', () => {
  it('has the seven member gemeenten and the four built-in scenarios', () => {
    const r = builtin('basis');
    expect(r.gemeenten.map((g) => g.code).sort()).toEqual([...ALL_CODES].sort());
    expect(seed.builtinScenarios.map((s) => s.id)).toEqual(['basis', 'programma', 'toegankelijk50', 'bandbreedte']);
    expect(r.baseYear).toBe(2023);
    expect(r.programmeStart).toBe(2022);
    expect(r.programmeEnd).toBe(2030);
    expect(r.horizon).toBe(2030);
  });

  it('Eemnes has no programme, no affordable and no elderly block, but a share of the aandachtsgroepen', () => {
    for (const id of ['basis', 'programma', 'toegankelijk50']) {
      const e = gemeente(builtin(id), EEMNES);
      expect(e.name).toBe('Eemnes');
      expect(e.programme).toBeNull();
      expect(e.affordable).toBeNull();
      expect(e.elderly).toBeNull();
      expect(e.aandachtsgroepen).not.toBeNull();
      expect(e.aandachtsgroepen.weight).toBeCloseTo(9755 / INWONERS_TOTAAL, 12);
      expect(e.aandachtsgroepen.taskPerYear).toBeGreaterThan(0);
    }
    const r = builtin('basis');
    expect(r.region.coverage.programme).not.toContain(EEMNES);
    expect(r.region.coverage.elderly).not.toContain(EEMNES);
    expect(r.region.coverage.aandachtsgroepen).toContain(EEMNES);
    expect(r.warnings.some((w) => w.code === 'noProgramme' && w.gemeente === EEMNES)).toBe(true);
  });
});

describe('basis (trend 2022–2023) — MODEL §5.1 worked example and every gemeente with a programme', () => {
  const r = builtin('basis');

  it('Hilversum: the worked example of MODEL.md §5.1', () => {
    const p = gemeente(r, 'GM0402').programme!;
    expect(p.realised).toBe(365);
    expect(p.currentPace).toBe(182.5);
    expect(p.scenarioPace).toBe(182.5);
    expect(p.projected2030).toBe(1642.5); // 365 + 182.5 × 7
    expect(p.gap2030).toBe(1557.5); // 3200 − 1642.5
    expect(p.requiredPace).toBe(405); // 2835 / 7
    expect(p.catchUpYear).toBe(2039); // 365 + 182.5 × 16 = 3285 ≥ 3200; × 15 = 3102.5 < 3200
  });

  it.each(WITH_PROGRAMME)('programme block of %s follows §5.1', (code) => {
    const src = BIJLAGE2[code]!;
    const p = gemeente(r, code).programme!;
    const currentPace = src.realised / YEARS_DONE;
    expect(p.target).toBe(src.target);
    expect(p.realised).toBe(src.realised);
    expect(p.baseYear).toBe(2023);
    expect(p.currentPace).toBeCloseTo(currentPace, 9);
    expect(p.scenarioPace).toBeCloseTo(currentPace, 9);
    expect(p.projected2030).toBeCloseTo(src.realised + currentPace * YEARS_LEFT, 9);
    expect(p.gap2030).toBeCloseTo(src.target - (src.realised + currentPace * YEARS_LEFT), 9);
    expect(p.requiredPace).toBeCloseTo((src.target - src.realised) / YEARS_LEFT, 9);
    expect(p.catchUpYear).toBe(catchUp(src.target, src.realised, currentPace));
  });

  it('catch-up years by hand', () => {
    // Blaricum 30 + 15·(y−2023) ≥ 350 needs 22 years → after 2040; Laren 33 + 16.5·2 = 66 ≥ 60;
    // Gooise Meren 709 + 354.5·6 = 2836 ≥ 2500; Huizen 50 + 25·10 = 300; Wijdemeren 71 + 35.5·13 = 532.5 ≥ 500.
    const expected: Record<string, number | null> = { GM0376: null, GM0417: 2025, GM1942: 2029, GM0402: 2039, GM0406: 2033, GM1696: 2036 };
    for (const [code, year] of Object.entries(expected)) expect(gemeente(r, code).programme!.catchUpYear, code).toBe(year);
  });

  it('the path: target line, realised split evenly (estimated), projection from baseYear', () => {
    const path = gemeente(r, 'GM0402').programme!.path;
    expect(path.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    path.forEach((p) => {
      expect(p.target).toBeCloseTo((3200 * (p.year - 2021)) / 9, 9);
    });
    expect(path[0]).toMatchObject({ year: 2022, realised: 182.5, realisedEstimated: true, projected: null });
    expect(path[1]).toMatchObject({ year: 2023, realised: 365, realisedEstimated: true, projected: 365 });
    expect(path[2]).toMatchObject({ year: 2024, realised: null, realisedEstimated: false, projected: 547.5 });
    expect(path[8]).toMatchObject({ year: 2030, target: 3200, projected: 1642.5 });
    expect(r.warnings.some((w) => w.code === 'realisedSplitEstimated')).toBe(true);
  });

  it('region = sum over the six gemeenten with a programme (6 910 / 1 258)', () => {
    const p = r.region.programme!;
    expect(p.target).toBe(6910);
    expect(p.realised).toBe(1258);
    expect(sumOf((s) => s.target)).toBe(6910);
    expect(sumOf((s) => s.realised)).toBe(1258);
    expect(p.baseYear).toBe(2023);
    expect(p.currentPace).toBeCloseTo(629, 9);
    expect(p.scenarioPace).toBeCloseTo(629, 9);
    expect(p.projected2030).toBeCloseTo(1258 + 629 * 7, 9); // 5 661
    expect(p.gap2030).toBeCloseTo(6910 - 5661, 9); // 1 249
    expect(p.requiredPace).toBeCloseTo((6910 - 1258) / 7, 9); // 807.43
    // Not netted (issue 9): Blaricum 215, Hilversum 1 557,5, Huizen 75, Wijdemeren 180,5 behind;
    // Laren 88,5 and Gooise Meren 690,5 ahead. The net 1 249 = 2 028 − 779.
    expect(p.shortfall2030).toBeCloseTo(215 + 1557.5 + 75 + 180.5, 9);
    expect(p.surplus2030).toBeCloseTo(88.5 + 690.5, 9);
    // The region is done when every gemeente is: Blaricum (320 left at 15 a year) is not, by 2040.
    // (The summed path alone would say 2032: 1 258 + 629 · 9 = 6 919 ≥ 6 910.)
    expect(p.catchUpYear).toBeNull();
    expect(p.paceSource).toBe('trend');
    expect(p.path).toHaveLength(9);
    expect(p.path.at(-1)!.projected).toBeCloseTo(5661, 9);
    expect(r.region.coverage.programme.sort()).toEqual([...WITH_PROGRAMME].sort());
  });

  it.each(WITH_PROGRAMME)('affordable block of %s: target laag en midden, realised S+M app (lower bound)', (code) => {
    const src = BIJLAGE2[code]!;
    const a = gemeente(r, code).affordable!;
    // Trend: the same method as the total, with S+M app as realised: pace = S+M / 2 years.
    const pace = src.smApp / YEARS_DONE;
    expect(a.target).toBe(src.laagMidden);
    expect(a.realised).toBe(src.smApp);
    expect(a.realisedIsLowerBound).toBe(true);
    expect(a.scenarioPace).toBeCloseTo(pace, 9);
    expect(a.projected2030).toBeCloseTo(src.smApp + pace * YEARS_LEFT, 9);
    expect(a.gap2030).toBeCloseTo(src.laagMidden - (src.smApp + pace * YEARS_LEFT), 9);
    expect(a.shortfall2030).toBeCloseTo(Math.max(0, src.laagMidden - (src.smApp + pace * YEARS_LEFT)), 9);
    expect(a.surplus2030).toBe(0);
    expect(a.requiredPace).toBeCloseTo((src.laagMidden - src.smApp) / YEARS_LEFT, 9);
  });

  it('affordable region: sum of the gemeente rows (4 551, not the printed 4 561) and S+M 235', () => {
    const a = r.region.affordable!;
    expect(a.target).toBe(sumOf((s) => s.laagMidden));
    expect(a.target).toBe(4551);
    expect(a.realised).toBe(235);
    expect(a.scenarioPace).toBeCloseTo(235 / 2, 9);
    expect(a.projected2030).toBeCloseTo(235 + (235 / 2) * 7, 9);
    expect(a.gap2030).toBeCloseTo(4551 - (235 + (235 / 2) * 7), 9);
    expect(a.requiredPace).toBeCloseTo((4551 - 235) / 7, 9);
    expect(r.warnings.some((w) => w.code === 'affordableLowerBound')).toBe(true);
  });

  it.each(WITH_PROGRAMME)('elderly block of %s: need from the table, nultreden supply at the historic S+M share', (code) => {
    const src = BIJLAGE2[code]!;
    const e = gemeente(r, code).elderly!;
    const newBuild = (src.realised / YEARS_DONE) * YEARS_LEFT;
    const share = src.smApp / src.realised;
    const supply = { nultreden: newBuild * share, geclusterd: 0, zorggeschikt: 0 };
    let shortfall = 0;
    let surplus = 0;
    for (const t of ['nultreden', 'geclusterd', 'zorggeschikt'] as const) {
      expect(e[t].need).toBe(src.need[t]);
      expect(e[t].supply).toBeCloseTo(supply[t], 9);
      expect(e[t].gap).toBeCloseTo(src.need[t] - supply[t], 9);
      expect(e[t].shortfall).toBeCloseTo(Math.max(0, src.need[t] - supply[t]), 9);
      expect(e[t].surplus).toBeCloseTo(Math.max(0, supply[t] - src.need[t]), 9);
      shortfall += Math.max(0, src.need[t] - supply[t]);
      surplus += Math.max(0, supply[t] - src.need[t]);
    }
    const needTotal = src.need.nultreden + src.need.geclusterd + src.need.zorggeschikt;
    expect(e.total.need).toBe(needTotal);
    expect(e.total.supply).toBeCloseTo(supply.nultreden, 9);
    expect(e.total.gap).toBeCloseTo(needTotal - supply.nultreden, 9);
    // The total's shortfall is the sum of the types' shortfalls, not the net gap.
    expect(e.total.shortfall).toBeCloseTo(shortfall, 9);
    expect(e.total.surplus).toBeCloseTo(surplus, 9);
    // The required share is of the scenario's own new build (trend: realised / 2 × 7), capped at 100 %.
    expect(e.newBuild).toBeCloseTo(newBuild, 9);
    expect(e.newBuildNeed).toBe(needTotal);
    expect(e.requiredShare).toBeCloseTo(Math.min(1, needTotal / newBuild), 12);
    expect(e.requiredShareAbove100).toBe(needTotal > newBuild);
  });

  it('Hilversum nultreden supply by hand: 182.5 × 7 × 166/365 = 581', () => {
    expect(gemeente(r, 'GM0402').elderly!.nultreden.supply).toBeCloseTo(581, 9);
  });

  it('requiredShare above 100 % is flagged where the trend builds less than the need', () => {
    // Need / new build at the trend (realised / 2 × 7): Blaricum 226/105, Hilversum 2 506/1 277,5,
    // Huizen 1 133/175, Laren 497/115,5, Wijdemeren 671/248,5 above; Gooise Meren 1 360/2 481,5 = 54,8 %.
    const above = r.gemeenten.filter((g) => g.elderly?.requiredShareAbove100).map((g) => g.code).sort();
    expect(above).toEqual(['GM0376', 'GM0402', 'GM0406', 'GM0417', 'GM1696']);
    expect(gemeente(r, 'GM1942').elderly!.requiredShare).toBeCloseTo(1360 / 2481.5, 12);
    for (const code of above) expect(gemeente(r, code).elderly!.requiredShare).toBe(1);
    // Region: 6 393 to supply from 4 403 new homes.
    expect(r.region.elderly!.newBuild).toBeCloseTo(4403, 9);
    expect(r.region.elderly!.requiredShare).toBe(1);
    expect(r.region.elderly!.requiredShareAbove100).toBe(true);
    const warned = r.warnings.filter((w) => w.code === 'requiredShareAbove100');
    expect(warned.map((w) => w.gemeente).sort()).toEqual(above);
    expect(text(warned.find((w) => w.gemeente === 'GM0406'))).toBe(
      'Huizen: de nieuwbouw in dit scenario tot 2030 (175 woningen) is kleiner dan wat de nieuwbouw voor ouderen moet leveren (1.133): ook als alle nieuwbouw ouderengeschikt is, blijven er 958 tekort. Het benodigde aandeel staat daarom op 100 %.',
    );
  });

  it('Laren follows the scenario: on track it builds 27 homes for a need of 497, so 100 % (flagged), not 1 840 %', () => {
    const e = gemeente(builtin('programma'), 'GM0417').elderly!;
    expect(e.newBuild).toBeCloseTo(27, 9);
    expect(e.requiredShare).toBe(1);
    expect(e.requiredShareAbove100).toBe(true);
  });

  it('toegankelijk50: the region\'s nultreden shortfall is the sum of the gemeenten\' shortfalls (832), not the net −1,5', () => {
    const t = builtin('toegankelijk50');
    // 50 % of new build (realised / 2 × 7) against the table's need, per gemeente.
    const gaps = WITH_PROGRAMME.map((code) => BIJLAGE2[code]!.need.nultreden - 0.5 * (BIJLAGE2[code]!.realised / 2) * 7);
    const n = t.region.elderly!.nultreden;
    expect(n.gap).toBeCloseTo(-1.5, 9);
    expect(n.shortfall).toBeCloseTo(27.5 + 286.25 + 392.5 + 125.75, 9); // Blaricum, Hilversum, Huizen, Wijdemeren
    expect(n.shortfall).toBeCloseTo(gaps.filter((x) => x > 0).reduce((a, b) => a + b, 0), 9);
    expect(n.surplus).toBeCloseTo(2.75 + 830.75, 9); // Laren, Gooise Meren
    // Gooise Meren: its nultreden surplus does not cancel the 950 geclusterde and zorggeschikte homes it lacks.
    const gm = gemeente(t, 'GM1942').elderly!;
    expect(gm.total.shortfall).toBe(230 + 720);
    expect(gm.total.gap).toBeCloseTo(1360 - 0.5 * 354.5 * 7, 9); // net 119,25
  });

  it('elderly region: the table totals 2 200 / 1 025 / 3 168', () => {
    const e = r.region.elderly!;
    expect(e.nultreden.need).toBe(2200);
    expect(e.geclusterd.need).toBe(1025);
    expect(e.zorggeschikt.need).toBe(3168);
    expect(e.total.need).toBe(2200 + 1025 + 3168);
    expect(e.nultreden.supply).toBeCloseTo(sumOf((s) => s.smApp) * 3.5, 9); // Σ (realised/2 · 7 · S+M/realised)
    expect(r.warnings.filter((w) => w.code === 'needSourcesDisagree')).toHaveLength(3);
  });

  it.each(ALL_CODES)('aandachtsgroepen of %s: population share of 245 a year, 2025–2030', (code) => {
    const w = INWONERS[code]! / INWONERS_TOTAAL;
    const a = gemeente(r, code).aandachtsgroepen;
    expect(a.weight).toBeCloseTo(w, 12);
    expect(a.taskPerYear).toBeCloseTo(PER_YEAR * w, 9);
    expect(a.taskCumulative).toBeCloseTo(PER_YEAR * 6 * w, 9);
  });

  it('aandachtsgroepen region: weight 1, 245 a year, 1 470 over 2025–2030', () => {
    expect(r.aandachtsgroepenDemand).toEqual([2025, 2026, 2027, 2028, 2029, 2030].map((year) => ({ year, homes: 245 })));
    expect(r.region.aandachtsgroepen.weight).toBeCloseTo(1, 12);
    expect(r.region.aandachtsgroepen.taskPerYear).toBeCloseTo(245, 9);
    expect(r.region.aandachtsgroepen.taskCumulative).toBeCloseTo(1470, 9);
    expect(r.region.coverage.aandachtsgroepen.sort()).toEqual([...ALL_CODES].sort());
  });
});

describe('programma (exactly on track)', () => {
  const r = builtin('programma');

  it.each(WITH_PROGRAMME)('%s reaches its target in 2030: gap 0, pace = required pace', (code) => {
    const src = BIJLAGE2[code]!;
    const p = gemeente(r, code).programme!;
    const required = (src.target - src.realised) / YEARS_LEFT;
    expect(p.currentPace).toBeCloseTo(src.realised / YEARS_DONE, 9);
    expect(p.scenarioPace).toBeCloseTo(required, 9);
    expect(p.requiredPace).toBeCloseTo(required, 9);
    expect(p.projected2030).toBeCloseTo(src.target, 9);
    expect(p.gap2030).toBeCloseTo(0, 9);
    expect(p.catchUpYear).toBe(2030);
    // The affordable segment is on track for its own target, but never faster than the total
    // pace: in Laren 34 affordable homes remain against 27 homes in total, so 7 stay short.
    const a = gemeente(r, code).affordable!;
    const affordableRequired = (src.laagMidden - src.smApp) / YEARS_LEFT;
    expect(a.requiredPace).toBeCloseTo(affordableRequired, 9);
    expect(a.scenarioPace).toBeCloseTo(Math.min(affordableRequired, required), 9);
    expect(a.gap2030).toBeCloseTo(Math.max(0, src.laagMidden - src.smApp - (src.target - src.realised)), 9);
    // Nultreden supply: the required pace for 7 years at the historic S+M share.
    expect(gemeente(r, code).elderly!.nultreden.supply).toBeCloseTo(required * YEARS_LEFT * (src.smApp / src.realised), 9);
  });

  it('Hilversum builds 405 a year; region projected 6 910, gap 0', () => {
    expect(gemeente(r, 'GM0402').programme!.scenarioPace).toBe(405);
    expect(r.region.programme!.projected2030).toBeCloseTo(6910, 9);
    expect(r.region.programme!.gap2030).toBeCloseTo(0, 9);
    expect(r.region.programme!.scenarioPace).toBeCloseTo(5652 / 7, 9);
    // Only Laren falls short: 40 − 6 = 34 affordable homes left, 60 − 33 = 27 homes in total.
    expect(r.region.affordable!.gap2030).toBeCloseTo(7, 9);
    expect(r.warnings.filter((w) => w.code === 'affordableCappedByTotal').map((w) => w.gemeente)).toEqual(['GM0417']);
  });
});

describe('toegankelijk50 (50 % of new build zero-step)', () => {
  const r = builtin('toegankelijk50');

  it.each(WITH_PROGRAMME)('%s: nultreden supply = scenarioPace × 7 × 0.5; other types 0', (code) => {
    const src = BIJLAGE2[code]!;
    const e = gemeente(r, code).elderly!;
    const supply = (src.realised / YEARS_DONE) * YEARS_LEFT * 0.5;
    expect(e.nultreden.supply).toBeCloseTo(supply, 9);
    expect(e.nultreden.gap).toBeCloseTo(src.need.nultreden - supply, 9);
    expect(e.geclusterd.supply).toBe(0);
    expect(e.zorggeschikt.supply).toBe(0);
    // The programme itself is the trend.
    expect(gemeente(r, code).programme!.gap2030).toBeCloseTo(src.target - (src.realised + (src.realised / 2) * 7), 9);
  });

  it('Hilversum 182.5 × 7 × 0.5 = 638.75; region 1 258 / 2 × 7 × 0.5 = 2 201.5', () => {
    expect(gemeente(r, 'GM0402').elderly!.nultreden.supply).toBeCloseTo(638.75, 9);
    expect(r.region.elderly!.nultreden.supply).toBeCloseTo(2201.5, 9);
  });
});

describe('need source regioTekst: the text totals spread pro rata over the table', () => {
  const r = run('tekst', { elderly: { needSource: 'regioTekst' } });

  it('zorggeschikt region need becomes 819, nultreden 2 305, geclusterd 1 040', () => {
    expect(r.region.elderly!.zorggeschikt.need).toBeCloseTo(819, 9);
    expect(r.region.elderly!.nultreden.need).toBeCloseTo(2305, 9);
    expect(r.region.elderly!.geclusterd.need).toBeCloseTo(1040, 9);
  });

  it.each(WITH_PROGRAMME)('%s gets its table share of the text figure', (code) => {
    const src = BIJLAGE2[code]!;
    const e = gemeente(r, code).elderly!;
    expect(e.zorggeschikt.need).toBeCloseTo((src.need.zorggeschikt / 3168) * 819, 9);
    expect(e.nultreden.need).toBeCloseTo((src.need.nultreden / 2200) * 2305, 9);
    expect(e.geclusterd.need).toBeCloseTo((src.need.geclusterd / 1025) * 1040, 9);
  });

  it('Eemnes still has no elderly block; the warning names the text as used', () => {
    expect(gemeente(r, EEMNES).elderly).toBeNull();
    const w = r.warnings.find((x) => x.code === 'needSourcesDisagree' && x.params.type === 'zorggeschikt');
    expect(w?.params).toMatchObject({ tableSum: 3168, text: 819, used: 'regioTekst' });
    expect(text(w)).toContain('819');
    expect(text(w)).toContain('3.168');
    expect(text(w)).toContain('tekst');
    expect(text(w, 'en-GB')).toBe('Need care-suitable: the municipality table adds up to 3,168, the text says 819. This scenario uses the text (spread pro rata).');
  });
});

describe('horizon 2040', () => {
  const r = run('h2040', { horizon: 2040 });

  it('paths run 2022–2040 (19 years), target flat after 2030, projection goes on', () => {
    expect(r.horizon).toBe(2040);
    for (const code of WITH_PROGRAMME) {
      const src = BIJLAGE2[code]!;
      const path = gemeente(r, code).programme!.path;
      expect(path).toHaveLength(19);
      expect(path[0]!.year).toBe(2022);
      expect(path.at(-1)!.year).toBe(2040);
      expect(path.at(-1)!.target).toBe(src.target);
      expect(path.find((p) => p.year === 2035)!.target).toBe(src.target);
      expect(path.at(-1)!.projected).toBeCloseTo(src.realised + (src.realised / 2) * (2040 - 2023), 9);
      // 2030 figures do not depend on the horizon.
      expect(gemeente(r, code).programme!.gap2030).toBeCloseTo(src.target - (src.realised + (src.realised / 2) * 7), 9);
    }
    expect(r.region.programme!.path).toHaveLength(19);
    expect(r.region.programme!.path.at(-1)!.projected).toBeCloseTo(1258 + 629 * 17, 9);
  });

  it('aandachtsgroepen: 245 a year from 2025 to 2040 (16 years)', () => {
    expect(r.aandachtsgroepenDemand).toHaveLength(16);
    for (const code of ALL_CODES) {
      const w = INWONERS[code]! / INWONERS_TOTAAL;
      expect(gemeente(r, code).aandachtsgroepen.taskPerYear).toBeCloseTo(245 * w, 9);
      expect(gemeente(r, code).aandachtsgroepen.taskCumulative).toBeCloseTo(245 * 16 * w, 9);
    }
  });
});

describe('aandachtsgroepen options', () => {
  it('ramp: linear from 107 in 2022 to 245 in 2030, flat after', () => {
    const r = run('ramp', { horizon: 2035, aandachtsgroepen: { demandMode: 'ramp', startYear: 2022 } });
    const ramp = (y: number) => (y >= 2030 ? PER_YEAR : OUTFLOW_2022 + ((PER_YEAR - OUTFLOW_2022) * (y - 2022)) / 8);
    expect(r.aandachtsgroepenDemand.map((d) => d.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    r.aandachtsgroepenDemand.forEach((d) => {
      expect(d.homes, String(d.year)).toBeCloseTo(ramp(d.year), 9);
    });
    expect(r.aandachtsgroepenDemand[0]!.homes).toBe(107);
    expect(r.aandachtsgroepenDemand.find((d) => d.year === 2026)!.homes).toBeCloseTo(176, 9); // 107 + 138 · 4/8
    expect(r.aandachtsgroepenDemand.find((d) => d.year === 2030)!.homes).toBe(245);
    const cumulative = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].reduce((s, y) => s + ramp(y), 0);
    const w = INWONERS.GM0402! / INWONERS_TOTAAL;
    expect(gemeente(r, 'GM0402').aandachtsgroepen.taskPerYear).toBeCloseTo(245 * w, 9);
    expect(gemeente(r, 'GM0402').aandachtsgroepen.taskCumulative).toBeCloseTo(cumulative * w, 9);
  });

  it('ramp from the default start year 2025 starts part-way up the ramp', () => {
    const r = run('ramp2025', { aandachtsgroepen: { demandMode: 'ramp' } });
    expect(r.aandachtsgroepenDemand[0]).toEqual({ year: 2025, homes: 107 + (138 * 3) / 8 });
    expect(r.region.aandachtsgroepen.taskCumulative).toBeCloseTo(
      [2025, 2026, 2027, 2028, 2029].reduce((s, y) => s + 107 + (138 * (y - 2022)) / 8, 0) + 245,
      9,
    );
  });

  it('an excluded gemeente gets weight 0 and the others are renormalised', () => {
    const r = run('zonder-eemnes', { aandachtsgroepen: { excluded: [EEMNES] } });
    const total = INWONERS_TOTAAL - INWONERS.GM0317!;
    expect(gemeente(r, EEMNES).aandachtsgroepen).toEqual({ weight: 0, taskPerYear: 0, taskCumulative: 0, placements: null });
    for (const code of ALL_CODES.filter((c) => c !== EEMNES)) {
      const w = INWONERS[code]! / total;
      expect(gemeente(r, code).aandachtsgroepen.weight).toBeCloseTo(w, 12);
      expect(gemeente(r, code).aandachtsgroepen.taskCumulative).toBeCloseTo(245 * 6 * w, 9);
    }
    expect(r.region.aandachtsgroepen.weight).toBeCloseTo(1, 12);
    expect(r.region.aandachtsgroepen.taskCumulative).toBeCloseTo(1470, 9);
    expect(r.region.coverage.aandachtsgroepen).not.toContain(EEMNES);
  });

  it('fair share equal: 1/7 each', () => {
    const r = run('gelijk', { aandachtsgroepen: { fairShareKey: 'equal' } });
    for (const code of ALL_CODES) expect(gemeente(r, code).aandachtsgroepen.taskPerYear).toBeCloseTo(245 / 7, 9);
  });

  it('fair share socialRent: inhabitants × social-rent share 2017, normalised', () => {
    const r = run('sociale-huur', { aandachtsgroepen: { fairShareKey: 'socialRent' } });
    const raw = (c: string) => INWONERS[c]! * SOCIALE_HUUR_2017[c]!;
    const total = ALL_CODES.reduce((s, c) => s + raw(c), 0);
    for (const code of ALL_CODES) expect(gemeente(r, code).aandachtsgroepen.weight).toBeCloseTo(raw(code) / total, 12);
  });

  it('fair share custom weights, and an own yearly level', () => {
    const r = run('eigen', { aandachtsgroepen: { fairShareKey: 'custom', customWeights: { GM0402: 3, GM1942: 1 }, perYear: 300 } });
    expect(gemeente(r, 'GM0402').aandachtsgroepen).toEqual({ weight: 0.75, taskPerYear: 225, taskCumulative: 225 * 6, placements: null });
    expect(gemeente(r, 'GM1942').aandachtsgroepen.taskPerYear).toBe(75);
    expect(gemeente(r, EEMNES).aandachtsgroepen.weight).toBe(0);
  });
});

describe('programme options', () => {
  it('custom pace for one gemeente; the others keep their current pace', () => {
    const r = run('eigen-tempo', { programme: { paceMode: 'custom', customPace: { GM0402: 405 } } });
    const h = gemeente(r, 'GM0402').programme!;
    expect(h.scenarioPace).toBe(405);
    expect(h.projected2030).toBe(3200); // 365 + 405 × 7
    expect(h.gap2030).toBe(0);
    expect(h.catchUpYear).toBe(2030);
    // The affordable pace follows the total at the historic S+M share (166/365).
    expect(gemeente(r, 'GM0402').affordable!.scenarioPace).toBeCloseTo(405 * (166 / 365), 9);
    for (const code of WITH_PROGRAMME.filter((c) => c !== 'GM0402')) {
      const src = BIJLAGE2[code]!;
      expect(gemeente(r, code).programme!.scenarioPace).toBeCloseTo(src.realised / 2, 9);
    }
  });

  it('a regional multiplier with a per-gemeente override', () => {
    const r = run('tempo', { programme: { paceMultiplier: 1.5, paceMultiplierByGemeente: { GM0402: 2 } } });
    const h = gemeente(r, 'GM0402').programme!;
    expect(h.scenarioPace).toBe(365); // 182.5 × 2
    expect(h.projected2030).toBe(365 + 365 * 7); // 2 920
    expect(h.gap2030).toBe(3200 - 2920);
    expect(h.currentPace).toBe(182.5);
    expect(h.requiredPace).toBe(405);
    for (const code of WITH_PROGRAMME.filter((c) => c !== 'GM0402')) {
      const src = BIJLAGE2[code]!;
      const pace = (src.realised / 2) * 1.5;
      expect(gemeente(r, code).programme!.scenarioPace).toBeCloseTo(pace, 9);
      expect(gemeente(r, code).programme!.projected2030).toBeCloseTo(src.realised + pace * 7, 9);
      expect(gemeente(r, code).affordable!.scenarioPace).toBeCloseTo((src.smApp / 2) * 1.5, 9);
      expect(gemeente(r, code).elderly!.nultreden.supply).toBeCloseTo(pace * 7 * (src.smApp / src.realised), 9);
    }
    expect(r.region.programme!.scenarioPace).toBeCloseTo(365 + (1258 - 365) * 0.75, 9);
  });

  it('multiplier 0: nothing more is built; gap = target − realised', () => {
    const r = run('stil', { programme: { paceMultiplier: 0 } });
    for (const code of WITH_PROGRAMME) {
      const src = BIJLAGE2[code]!;
      expect(gemeente(r, code).programme!.gap2030).toBe(src.target - src.realised);
      expect(gemeente(r, code).programme!.catchUpYear).toBeNull();
      expect(gemeente(r, code).elderly!.nultreden.supply).toBe(0);
    }
  });

  it('existing stock per year adds supply and lowers the required share', () => {
    const r = run('voorraad', { elderly: { existingStockPerYear: { GM0402: { geclusterd: 10 } } } });
    const e = gemeente(r, 'GM0402').elderly!;
    expect(e.geclusterd.supply).toBe(70); // 10 × (2030 − 2023)
    expect(e.geclusterd.gap).toBe(505 - 70);
    // What new build must supply drops by the 70; new build at the trend is 182,5 × 7 = 1 277,5.
    expect(e.newBuildNeed).toBe(2506 - 70);
    expect(e.requiredShare).toBe(1);
    const gm = gemeente(run('voorraad-gm', { elderly: { existingStockPerYear: { GM1942: { zorggeschikt: 20 } } } }), 'GM1942').elderly!;
    expect(gm.requiredShare).toBeCloseTo((1360 - 140) / 2481.5, 12);
  });

  it('existing-stock supply above one type\'s need does not lower what new build must supply of another type', () => {
    const e = gemeente(run('voorraad-veel', { elderly: { existingStockPerYear: { GM1942: { geclusterd: 100 } } } }), 'GM1942').elderly!;
    // 700 geclusterd from the stock against a need of 230: newBuildNeed = 410 + 0 + 720, not 1 360 − 700.
    expect(e.newBuildNeed).toBe(410 + 720);
    expect(e.geclusterd.surplus).toBe(470);
  });

  it('need overrides replace the table figure', () => {
    const r = run('behoefte', { elderly: { needOverrides: { GM0376: { zorggeschikt: 41 } } } });
    expect(gemeente(r, 'GM0376').elderly!.zorggeschikt.need).toBe(41);
    expect(r.region.elderly!.zorggeschikt.need).toBe(3168 - 141 + 41);
  });
});

describe('dataOverrides (the other reading of a contradicting source figure)', () => {
  const WIJDEMEREN_LAAG_MIDDEN = 'bouwprogramma.laagMidden:GM1696:2022-2030';

  it('Wijdemeren laag en midden 330 (66 % of 500) instead of the printed 320, with a warning naming the source', () => {
    expect(ds.figures.find((f) => f.id === WIJDEMEREN_LAAG_MIDDEN)?.value).toBe(320);
    const base = gemeente(run('druk'), 'GM1696').affordable!;
    const r = run('alt', { dataOverrides: { [WIJDEMEREN_LAAG_MIDDEN]: 330 } });
    const alt = gemeente(r, 'GM1696').affordable!;
    expect(base.target).toBe(320);
    expect(alt.target).toBe(330);
    expect(alt.gap2030 - base.gap2030).toBeCloseTo(10, 9);
    expect(r.region.affordable!.target).toBe(4551 + 10);
    const w = r.warnings.find((x) => x.code === 'dataOverride');
    expect(w?.gemeente).toBe('GM1696');
    expect(text(w)).toContain('330');
    expect(text(w)).toContain('004');
    // The dataset itself is not changed by running a scenario.
    expect(ds.figures.find((f) => f.id === WIJDEMEREN_LAAG_MIDDEN)?.value).toBe(320);
  });

  it('an override of a figure that does not exist is ignored with a warning', () => {
    const r = run('onbekend', { dataOverrides: { 'bestaat.niet:GM0402:2022-2030': 5 } });
    expect(r.warnings.map((w) => w.code)).toContain('dataOverrideUnknown');
    expect(r.region.programme!.target).toBe(6910);
  });
});

describe('settings that cannot count are said, not ignored (issue 9)', () => {
  it('a custom pace and an elderly setting for Eemnes (no programme, no need row)', () => {
    const r = run('eemnes', { programme: { paceMode: 'custom', customPace: { GM0317: 50 } }, elderly: { existingStockPerYear: { GM0317: { nultreden: 5 } } } });
    const said = r.warnings.filter((w) => w.code === 'settingWithoutEffect' && w.gemeente === EEMNES).map((w) => text(w));
    expect(said).toEqual([
      'Eemnes: het eigen bouwtempo telt niet mee, want de gemeente heeft geen bouwprogramma.',
      'Eemnes: de aanpassing van bestaande woningen telt niet mee, want de gemeente heeft geen behoeftecijfer voor ouderen.',
    ]);
  });

  it('custom fair-share weights without a weight for a gemeente: weight 0, and a warning per gemeente', () => {
    const r = run('gewichten', { aandachtsgroepen: { fairShareKey: 'custom', customWeights: { GM0402: 2, GM1942: 1 } } });
    expect(gemeente(r, 'GM0402').aandachtsgroepen.weight).toBeCloseTo(2 / 3, 12);
    const missing = r.warnings.filter((w) => w.code === 'customWeightMissing').map((w) => w.gemeente).sort();
    expect(missing).toEqual(['GM0317', 'GM0376', 'GM0406', 'GM0417', 'GM1696']);
    // An excluded gemeente is not missing a weight.
    const excl = run('gewichten-excl', { aandachtsgroepen: { fairShareKey: 'custom', customWeights: { GM0402: 2 }, excluded: ['GM0317'] } });
    expect(excl.warnings.some((w) => w.code === 'customWeightMissing' && w.gemeente === EEMNES)).toBe(false);
  });
});
