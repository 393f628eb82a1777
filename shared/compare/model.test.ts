import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import { formatNumber, formatSigned } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { compareResults, measure, referenceIndex } from './model';

const seed = readSeed();
const run = (id: string) => {
  const s = seed.builtinScenarios.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return runScenario(seed.dataset, s);
};
const basis = run('basis');
const programma = run('programma');
const toegankelijk50 = run('toegankelijk50');
const results = [basis, programma, toegankelijk50];

describe('comparison model: the built-in scenarios against a reference', () => {
  it('the reference is the first scenario unless another is chosen; an unknown id falls back to the first', () => {
    expect(compareResults(results).reference).toBe(0);
    expect(compareResults(results, 'toegankelijk50').reference).toBe(2);
    expect(referenceIndex(results, 'weg')).toBe(0);
  });

  it('the elderly shortfall per type and in total: each scenario’s figure and its difference with Basis, unrounded', () => {
    const c = compareResults(results, 'basis');
    for (const id of ['elderly.nultreden.shortfall', 'elderly.geclusterd.shortfall', 'elderly.zorggeschikt.shortfall', 'elderly.total.shortfall'] as const) {
      const region = measure(c, id)?.rows.find((r) => r.code === null);
      const type = id.split('.')[1] as 'nultreden' | 'geclusterd' | 'zorggeschikt' | 'total';
      expect(region?.values).toEqual(results.map((r) => r.region.elderly?.[type].shortfall));
      expect(region?.diffs[0]).toBeNull();
      expect(region?.diffs[2]).toBe((toegankelijk50.region.elderly?.[type].shortfall ?? NaN) - (basis.region.elderly?.[type].shortfall ?? NaN));
    }
    // 50 % zero-step new build lowers the elderly shortfall: fewer homes short than Basis, and only in nultreden.
    const total = measure(c, 'elderly.total.shortfall')?.rows.find((r) => r.code === null);
    expect(total?.diffs[2]).toBeLessThan(-0.5);
    expect(measure(c, 'elderly.geclusterd.shortfall')?.sameAsReference).toEqual([true, true, true]);
  });

  it('a difference is taken before rounding: where the rounded figures differ by one more, the model does not', () => {
    const c = compareResults(results, 'basis');
    // Find a figure where rounding first would give another difference than rounding the difference.
    const cases = c.measures.flatMap((m) => m.rows.flatMap((r) => r.values.map((v, i) => ({ v, ref: r.values[0] ?? null, d: r.diffs[i] ?? null }))));
    const differing = cases.filter((x) => x.v !== null && x.ref !== null && x.d !== null && Math.round(x.v) - Math.round(x.ref) !== Math.round(x.d));
    expect(differing.length).toBeGreaterThan(0);
    for (const x of differing) expect(x.d).toBe((x.v ?? 0) - (x.ref ?? 0));
  });

  it('the region’s programme shortfall is the sum of the gemeenten’s, never netted with a surplus', () => {
    const m = measure(compareResults(results), 'programme.shortfall2030');
    const region = m?.rows.find((r) => r.code === null);
    const gemeenten = m?.rows.filter((r) => r.code !== null) ?? [];
    results.forEach((_, i) => {
      expect(region?.values[i]).toBeCloseTo(gemeenten.reduce((s, r) => s + (r.values[i] ?? 0), 0), 9);
    });
    // Eemnes has no programme: not a row of 0.
    expect(gemeenten.some((r) => r.code === 'GM0317')).toBe(false);
  });

  it('series that would be invisible or a copy of the reference are flagged', () => {
    const m = measure(compareResults(results, 'basis'), 'programme.shortfall2030');
    expect(m?.allZero).toEqual([basis, programma, toegankelijk50].map((r) => (r.region.programme?.shortfall2030 ?? 0) < 0.5));
    // toegankelijk50 builds at Basis' pace: the same programme shortfall everywhere.
    expect(m?.sameAsReference[2]).toBe(true);
    expect(m?.sameAsReference[1]).toBe(programma.region.programme?.shortfall2030 === basis.region.programme?.shortfall2030);
  });

  it('highlights: the largest difference per theme and scenario, none under half a home, the largest first', () => {
    const c = compareResults(results, 'basis');
    expect(c.highlights.length).toBeGreaterThan(0);
    for (const h of c.highlights) {
      expect(Math.abs(h.diff)).toBeGreaterThanOrEqual(0.5);
      expect(h.scenario).not.toBe(0);
    }
    expect(c.highlights.map((h) => Math.abs(h.diff))).toEqual([...c.highlights.map((h) => Math.abs(h.diff))].sort((a, b) => b - a));
    const elderly = c.highlights.find((h) => h.scenario === 2 && h.theme === 'elderly');
    expect(elderly?.measure).toBe('elderly.total.shortfall');
    expect(elderly?.value).toBe(toegankelijk50.region.elderly?.total.shortfall);
    // Against Programma as the reference the signs turn: Basis has more programme shortfall.
    const against = compareResults(results, 'programma').highlights.find((h) => h.scenario === 0 && h.theme === 'programme');
    expect(against?.diff).toBe((basis.region.programme?.shortfall2030 ?? NaN) - (programma.region.programme?.shortfall2030 ?? NaN));
    expect(against?.largest?.name).toBe('Hilversum');
  });

  it('the summary sentence never says "0 minder" and uses a real minus', () => {
    const w = texts('nl-NL').comparison;
    const c = compareResults(results, 'basis');
    for (const h of c.highlights) {
      const text = w.section.highlight({ scenario: c.scenarios[h.scenario]?.name ?? '', measure: w.measure[h.measure], unit: 'homes', shortfall: true, from: h.reference, to: h.value, diff: h.diff, largest: h.largest });
      expect(text).not.toMatch(/\b0 (minder|meer)/);
      expect(text).toContain(formatNumber(Math.abs(h.diff), 0));
      if (h.largest) expect(text).toContain(formatSigned(h.largest.diff));
      expect(text).not.toMatch(/\(-\d/);
    }
  });
});
