import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { Advice } from '../result/advice';
import { ScenarioParams } from '../scenario/schema';
import { advise, findFacilityType } from './advise';

/** 000: inhabitants 1-1-2024 (CBS). */
const INWONERS: Record<string, number> = { GM0376: 12725, GM0317: 9755, GM1942: 60370, GM0402: 94435, GM0406: 41205, GM0417: 11440, GM1696: 24608 };
const TOTAL = Object.values(INWONERS).reduce((a, b) => a + b, 0);
const seed = readSeed().dataset;

/** The measure by hand: Hilversum hosts 6 Keerpunt units; `host` gets 6 more (or none). */
function byHand(host: string | null): number {
  const total = host === null ? 6 : 12;
  return Object.entries(INWONERS).reduce((sum, [code, inh]) => {
    const actual = (code === 'GM0402' ? 6 : 0) + (code === host ? 6 : 0);
    return sum + (Math.abs(actual - (total * inh) / TOTAL) / inh) * 10_000;
  }, 0);
}

describe('placement advisor', () => {
  it('ranks all seven gemeenten for a Keerpunt of 6 units by the sum of |surplus per 10 000|, as a hand calculation does', () => {
    const advice = Advice.parse(advise(seed, ScenarioParams.parse({}), 'keerpuntUnits', 6));
    expect(TOTAL).toBe(254538);
    expect(advice.measure).toBe('sumAbsSurplusPer10k');
    expect(advice.before).toBeCloseTo(byHand(null), 9);
    expect(advice.options).toHaveLength(7);
    for (const o of advice.options) expect(o.measure).toBeCloseTo(byHand(o.code), 9);
    // Per 10 000 inhabitants, 6 units weigh least in a large gemeente: even a second one in Hilversum beats a first in Wijdemeren.
    expect(advice.options.map((o) => o.name)).toEqual(['Gooise Meren', 'Huizen', 'Hilversum', 'Wijdemeren', 'Blaricum', 'Laren', 'Eemnes']);
    expect(advice.options.map((o) => o.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const gm = advice.options[0]!;
    expect([gm.actualAfter, gm.fairAfter]).toEqual([6, (12 * 60370) / TOTAL]);
    expect(gm.change).toBeCloseTo(byHand('GM1942') - byHand(null), 9);
  });

  it("counts the scenario's own placements first: with a Keerpunt already planned in Gooise Meren, Huizen comes first", () => {
    const params = ScenarioParams.parse({ solidarity: { placements: [{ id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027 }] } });
    expect(advise(seed, params, 'keerpuntUnits', 6)?.options[0]?.name).toBe('Huizen');
  });

  it('an unknown type gives no advice; a type is found by its id, its start or a word of its label', () => {
    expect(advise(seed, ScenarioParams.parse({}), 'zwembad', 6)).toBeNull();
    const types = [
      { type: 'keerpuntUnits', label: 'Keerpunt (Skaeve Huse): units' },
      { type: 'moPlekken', label: 'Maatschappelijke opvang: plekken' },
      { type: 'moUnits', label: 'Maatschappelijke opvang: units (gezinnen)' },
    ];
    expect(findFacilityType(types, 'keerpunt')).toEqual({ ok: true, type: 'keerpuntUnits' });
    expect(findFacilityType(types, 'Skaeve')).toEqual({ ok: true, type: 'keerpuntUnits' });
    expect(findFacilityType(types, 'mo')).toEqual({ ok: false, candidates: ['moPlekken', 'moUnits'] });
    expect(findFacilityType(types, 'moUnits')).toEqual({ ok: true, type: 'moUnits' });
  });
});
