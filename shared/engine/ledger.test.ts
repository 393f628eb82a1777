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
    expect(l.warnings.filter((w) => w.code === 'ledgerCustomWeightMissing')).toHaveLength(5);
  });

  it('counts places, units and homes, not locations or planned changes', () => {
    const series = ledger().types.map((t) => t.series);
    expect(series).toContain('voorzieningen.ibpWoningen');
    expect(series).not.toContain('voorzieningen.bwLocaties');
    expect(series.some((s) => s?.endsWith('Gepland'))).toBe(false);
  });

  it('a second Keerpunt of 6 units in Gooise Meren: 12 in the region, Gooise Meren 6 against 12 × 60 370 / 254 538 = 2,85', () => {
    const l = ledger({ solidarity: { placements: [{ id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, status: 'besloten' }] } });
    const keerpunt = l.types.find((t) => t.type === 'keerpuntUnits')!;
    expect([keerpunt.total, keerpunt.placed, keerpunt.totalAfter]).toEqual([6, 6, 12]);
    const gm = row(l, 'voorzieningen.keerpuntUnits', 'GM1942')!;
    expect([gm.actual, gm.placed, gm.actualAfter]).toEqual([0, 6, 6]);
    expect(gm.fairAfter).toBeCloseTo((12 * 60370) / TOTAL, 12);
    expect(gm.surplusAfter).toBeCloseTo(6 - (12 * 60370) / TOTAL, 12);
    expect(gm.surplusAfterPer10k).toBeCloseTo(((6 - (12 * 60370) / TOTAL) / 60370) * 10000, 12);
    // Hilversum keeps its 6, but its fair share doubles: 12 × 94 435 / 254 538 = 4,45.
    const hv = row(l, 'voorzieningen.keerpuntUnits', 'GM0402')!;
    expect(hv.actualAfter).toBe(6);
    expect(hv.surplusAfter).toBeCloseTo(6 - (12 * 94435) / TOTAL, 12);
    // "Now" is unchanged by a plan.
    expect(gm.fair).toBeCloseTo((6 * 60370) / TOTAL, 12);
    expect(l.placements).toEqual([{ id: 'kp2', name: 'Keerpunt (Skaeve Huse): units: 6 in Gooise Meren', type: 'keerpuntUnits', counted: true, reason: null, effects: [{ code: 'GM1942', units: 6 }] }]);
  });

  it('a removal takes at most what is there and says so; a move moves what it takes; a switched-off or late placement counts nowhere', () => {
    const l = ledger({
      horizon: 2030,
      solidarity: {
        placements: [
          { id: 'weg', action: 'remove', type: 'bwPlekken', units: 40, gemeente: 'GM0406', year: 2026 },
          { id: 'mee', action: 'move', type: 'ibpWoningen', units: 30, from: 'GM0402', gemeente: 'GM1696', year: 2027 },
          { id: 'uit', type: 'moPlekken', units: 3, gemeente: 'GM0376', year: 2027, active: false },
          { id: 'laat', type: 'moPlekken', units: 3, gemeente: 'GM0376', year: 2035 },
          { id: 'onbekend', type: 'zwembad', units: 1, gemeente: 'GM0376', year: 2027 },
        ],
      },
    });
    expect(row(l, 'voorzieningen.bwPlekken', 'GM0406')!.actualAfter).toBe(0);
    expect(row(l, 'voorzieningen.ibpWoningen', 'GM0402')!.actualAfter).toBe(0);
    expect(row(l, 'voorzieningen.ibpWoningen', 'GM1696')!.actualAfter).toBe(22);
    expect(l.types.find((t) => t.type === 'ibpWoningen')!.totalAfter).toBe(22);
    expect(row(l, 'voorzieningen.moPlekken', 'GM0376')!.placed).toBe(0);
    expect(l.placements.map((p) => [p.id, p.counted, p.reason])).toEqual([
      ['weg', true, null],
      ['mee', true, null],
      ['uit', false, 'inactive'],
      ['laat', false, 'afterHorizon'],
      ['onbekend', false, 'unknownType'],
    ]);
    // Said in year order, the order in which they are applied.
    expect(l.warnings.map((w) => w.code)).toEqual(['placementRemovesMore', 'placementRemovesMore', 'placementUnknownType', 'placementAfterHorizon']);
  });

  it('all types together: each unit weighted by its type (default 1; a Keerpunt unit at 3 here)', () => {
    const l = ledger({ solidarity: { typeWeights: { keerpuntUnits: 3 } } });
    const all = l.combined!;
    const plain = l.types.filter((t) => t.type !== 'keerpuntUnits').reduce((s, t) => s + t.total, 0);
    expect(all.total).toBe(plain + 3 * 6);
    const hv = all.rows.find((r) => r.code === 'GM0402')!;
    expect(hv.actual).toBe(110 + 54 + 6 + 3 * 6 + 22);
    expect(hv.fair).toBeCloseTo(all.total * (94435 / TOTAL), 9);
  });

  it('bad placements are refused at the field with a Dutch message', () => {
    const refuse = (p: object) => ScenarioParams.safeParse({ solidarity: { placements: [{ id: 'x', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, ...p }] } });
    expect(refuse({}).success).toBe(true);
    expect(refuse({ units: -6 }).error?.issues[0]?.message).toBe('Het aantal is minstens 1.');
    expect(refuse({ units: 2.5 }).error?.issues[0]?.message).toBe('Het aantal is een heel getal.');
    expect(refuse({ year: 2045 }).error?.issues[0]?.message).toBe('Het jaar ligt tussen 2020 en 2040.');
    expect(refuse({ action: 'move' }).error?.issues[0]?.path).toEqual(['solidarity', 'placements', 0, 'from']);
    expect(refuse({ gemeente: 'Naarden' }).success).toBe(false);
  });
});
