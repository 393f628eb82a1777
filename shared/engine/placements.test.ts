import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { planImport } from '../imports/plan';
import { programmeYears } from '../imports/programmeYears';
import type { CellTable } from '../imports/types';
import { validateImport } from '../imports/validate';
import { Result } from '../result/schema';
import { Scenario } from '../scenario/schema';
import { runScenario } from './run';

/**
 * MODEL §5.3, realised placements against the task: a small set imported the way an analyst
 * would (validate → plan), then the balance computed by hand from the seed's figures, never with
 * the engine's helpers. Basis: D(y) = 245 homes a year for 2025–2030 (004 Bijlage 1), weights by
 * inhabitants 1-1-2024 (000): total 254 538.
 */

const seed = readSeed().dataset;
const TOTAL = 12_725 + 9_755 + 60_370 + 94_435 + 41_205 + 11_440 + 24_608;
const w = { Hilversum: 94_435 / TOTAL, Blaricum: 12_725 / TOTAL, Laren: 11_440 / TOTAL };

/** gemeente;jaar;plaatsingen as a CSV table (line 1 the header). */
const table = (rows: string[][]): CellTable => ({ header: ['gemeente', 'jaar', 'plaatsingen'], rows: rows.map((cells, i) => ({ line: i + 2, cells })), format: 'csv', delimiter: ';' });

function withPlacements(rows: string[][]) {
  const validated = validateImport('plaatsingen', table(rows), { gemeenten: seed.gemeenten, figures: seed.figures, programmeYears: programmeYears(seed) });
  expect(validated.issues).toEqual([]);
  return planImport(validated, seed, { fileName: 'plaatsingen.csv', peildatum: null, date: '2026-03-01T00:00:00Z' }).after;
}

const basis = Scenario.parse({ id: 'basis', name: 'Basis', params: {} });

describe('placements against the task (MODEL §5.3)', () => {
  const ds = withPlacements([
    ['Hilversum', '2025', '40'],
    ['Hilversum', '2026', '35'],
    ['Blaricum', '2025', '5'],
    ['Blaricum', '2026', '3'],
    // Before the demand starts (2025): placed, but the task of that year is 0.
    ['Huizen', '2024', '10'],
    ['Laren', '2025', '20'],
  ]);
  const result = Result.parse(runScenario(ds, basis));
  const of = (name: string) => result.gemeenten.find((g) => g.name === name)!.aandachtsgroepen.placements;

  it('per gemeente: placed Σ p(y), task Σ D(y) × w(g) over the same years, shortfall and surplus apart', () => {
    // Hilversum: 40 + 35 = 75 placed; task 2 × 245 × 94 435 / 254 538 ≈ 181,79; behind ≈ 106,79.
    const h = of('Hilversum')!;
    expect(h).toMatchObject({ from: 2025, to: 2026, placedCumulative: 75, surplus: 0 });
    expect(h.taskToDate).toBeCloseTo(490 * w.Hilversum, 9);
    expect(h.taskToDate).toBeCloseTo(181.79, 2);
    expect(h.shortfall).toBeCloseTo(490 * w.Hilversum - 75, 9);
    expect(h.balance).toBeCloseTo(75 - 490 * w.Hilversum, 9);
    // Blaricum: 8 placed against 2 × 245 × 12 725 / 254 538 ≈ 24,50.
    expect(of('Blaricum')!.shortfall).toBeCloseTo(490 * w.Blaricum - 8, 9);
    // Huizen: 2024 has no demand, so 10 placed against a task of 0: 10 ahead.
    expect(of('Huizen')).toEqual({ from: 2024, to: 2024, placedCumulative: 10, taskToDate: 0, balance: 10, shortfall: 0, surplus: 10 });
    // Laren: 20 placed against 245 × 11 440 / 254 538 ≈ 11,01: ≈ 8,99 ahead.
    expect(of('Laren')!.surplus).toBeCloseTo(20 - 245 * w.Laren, 9);
    expect(of('Laren')!.shortfall).toBe(0);
    // No figures: null, never 0.
    expect(of('Eemnes')).toBeNull();
    expect(of('Wijdemeren')).toBeNull();
  });

  it('region: sums over the gemeenten with data, shortfall and surplus never netted', () => {
    const r = result.region.aandachtsgroepen.placements!;
    const shortfall = 490 * w.Hilversum - 75 + (490 * w.Blaricum - 8);
    const surplus = 10 + (20 - 245 * w.Laren);
    expect(r).toMatchObject({ from: 2024, to: 2026, placedCumulative: 113 });
    expect(r.taskToDate).toBeCloseTo(490 * w.Hilversum + 490 * w.Blaricum + 245 * w.Laren, 9);
    expect(r.shortfall).toBeCloseTo(shortfall, 9); // ≈ 123,29
    expect(r.surplus).toBeCloseTo(surplus, 9); // ≈ 18,99
    expect(r.balance).toBeCloseTo(surplus - shortfall, 9);
    // Netting would hide ≈ 19 households of Huizen and Laren inside Hilversum's shortfall.
    expect(r.shortfall).toBeGreaterThan(-r.balance);
  });

  it('the region\'s yearly task against the social-rent homes that come free (003 §3.1.1: 1 400 a year)', () => {
    expect(result.region.aandachtsgroepen.vacancies).toEqual({ perYear: 1400, taskShare: 245 / 1400 });
    const custom = runScenario(ds, Scenario.parse({ id: 'x', name: 'x', params: { aandachtsgroepen: { perYear: 280 } } }));
    expect(custom.region.aandachtsgroepen.vacancies?.taskShare).toBeCloseTo(0.2, 12);
  });

  it('without placement figures every block says null, and a missing vacancies figure gives null, not a division by zero', () => {
    const plain = runScenario(seed, basis);
    expect(plain.gemeenten.every((g) => g.aandachtsgroepen.placements === null)).toBe(true);
    expect(plain.region.aandachtsgroepen.placements).toBeNull();
    const noVacancies = { ...seed, figures: seed.figures.filter((f) => f.series !== 'context.vrijkomendeSocialeHuur') };
    expect(runScenario(noVacancies, basis).region.aandachtsgroepen.vacancies).toBeNull();
  });

  it('a year without data counts neither its placements nor its task', () => {
    const gap = runScenario(withPlacements([['Hilversum', '2025', '40'], ['Hilversum', '2027', '50']]), basis);
    const h = gap.gemeenten.find((g) => g.code === 'GM0402')!.aandachtsgroepen.placements!;
    expect(h).toMatchObject({ from: 2025, to: 2027, placedCumulative: 90 });
    expect(h.taskToDate).toBeCloseTo(490 * w.Hilversum, 9);
  });
});
