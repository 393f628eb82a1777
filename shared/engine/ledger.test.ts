import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { Ledger } from '../result/ledger';
import { ScenarioParams } from '../scenario/schema';
import { computeLedger } from './ledger';

/** 000: inhabitants 1-1-2024 (CBS); the region 254 538. */
const INWONERS: Record<string, number> = { GM0376: 12725, GM0317: 9755, GM1942: 60370, GM0402: 94435, GM0406: 41205, GM0417: 11440, GM1696: 24608 };
const TOTAL = 254538;
const seed = readSeed().dataset;
const ledger = (params: object = {}) => Ledger.parse(computeLedger(seed, ScenarioParams.parse(params)));
const row = (l: Ledger, series: string, code: string) => l.types.find((t) => t.series === series)?.rows.find((r) => r.code === code);

describe('solidarity ledger (MODEL §5.4), by hand from the seed', () => {
  it('Keerpunt: Hilversum hosts all 6 units against a population share of 6 × 94 435 / 254 538 = 2,23', () => {
    const l = ledger();
    const hilversum = row(l, 'voorzieningen.keerpuntUnits', 'GM0402')!;
    expect(hilversum.actual).toBe(6);
    expect(hilversum.fair).toBeCloseTo((6 * 94435) / TOTAL, 12);
    expect(hilversum.surplus).toBeCloseTo(6 - (6 * 94435) / TOTAL, 12);
    expect(hilversum.earlier).toEqual({ year: 2017, actual: 6 });
    // Every gemeente's fair shares add up to the region's total: the differences cancel, as they must for a ledger.
    const keerpunt = l.types.find((t) => t.series === 'voorzieningen.keerpuntUnits')!;
    expect(keerpunt.rows.reduce((s, r) => s + r.fair, 0)).toBeCloseTo(6, 12);
  });

  it('beschermd wonen 2025 (000) per 10 000: Gooise Meren 121 / 60 370 = 20,0, Huizen 33 / 41 205 = 8,0, four gemeenten 0; 2019 (003) beside it', () => {
    const l = ledger();
    const bw = l.types.find((t) => t.series === 'voorzieningen.bwPlekken')!;
    expect(bw.year).toBe(2025);
    expect(bw.total).toBe(121 + 110 + 33);
    expect(row(l, 'voorzieningen.bwPlekken', 'GM1942')!.actualPer10k).toBeCloseTo((121 / INWONERS.GM1942!) * 10000, 12);
    expect(row(l, 'voorzieningen.bwPlekken', 'GM0406')!.actualPer10k).toBeCloseTo((33 / INWONERS.GM0406!) * 10000, 12);
    for (const code of ['GM0376', 'GM0317', 'GM0417', 'GM1696']) expect(row(l, 'voorzieningen.bwPlekken', code)!.actual).toBe(0);
    expect(row(l, 'voorzieningen.bwPlekken', 'GM0406')!.earlier).toEqual({ year: 2019, actual: 58 });
    // Weesp (2019) is no member now: not a row.
    expect(bw.rows.map((r) => r.code)).not.toContain('GM0457');
  });

  it('the key is an assumption: equal shares give each gemeente 1/7 of the Keerpunt units', () => {
    const l = ledger({ solidarity: { key: 'equal' } });
    expect(row(l, 'voorzieningen.keerpuntUnits', 'GM0317')!.fair).toBeCloseTo(6 / 7, 12);
    expect(l.key).toBe('equal');
  });

  it('custom weights without one for a gemeente: weight 0 and a warning, never a guess', () => {
    const l = ledger({ solidarity: { key: 'custom', customWeights: { GM0402: 1, GM1942: 1 } } });
    expect(row(l, 'voorzieningen.keerpuntUnits', 'GM0402')!.fair).toBeCloseTo(3, 12);
    expect(row(l, 'voorzieningen.keerpuntUnits', 'GM0376')!.fair).toBe(0);
    expect(l.warnings.filter((w) => w.code === 'customWeightMissing')).toHaveLength(5);
  });

  it('counts places, units and homes, not locations or planned changes', () => {
    const series = ledger().types.map((t) => t.series);
    expect(series).toContain('voorzieningen.ibpWoningen');
    expect(series).not.toContain('voorzieningen.bwLocaties');
    expect(series.some((s) => s.endsWith('Gepland'))).toBe(false);
  });
});
