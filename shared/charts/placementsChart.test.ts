import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import { Scenario } from '../scenario/schema';
import { SERIES_COLOURS } from './palette';
import { placementsChart } from './placementsChart';

const seed = readSeed().dataset;
const placement = (gemeente: string, year: number, value: number) => ({
  id: `aandachtsgroepen.plaatsingen:${gemeente}:${year}`,
  series: 'aandachtsgroepen.plaatsingen',
  gemeente,
  value,
  periodFrom: year,
  periodTo: year,
  peildatum: null,
  source: { document: 'analist' as const, place: 'Import plaatsingen.csv (2026-03-01)' },
});
// Hilversum 75 placed against ≈ 181,79; Huizen 10 in 2024, before the demand starts: 10 ahead.
const ds = { ...seed, figures: [...seed.figures, placement('GM0402', 2025, 40), placement('GM0402', 2026, 35), placement('GM0406', 2024, 10)] };
const result = runScenario(ds, Scenario.parse({ id: 'basis', name: 'Basis', params: {} }));

describe('placementsChart', () => {
  const spec = placementsChart(result, ds, 'nl-NL');
  const trace = (i: number) => spec.data[i] as { name: string; y: (number | null)[]; marker: { color: string }; text: string[] };
  const at = (name: string) => result.gemeenten.findIndex((g) => g.name === name);

  it('placed beside the task, the shortfall in the shortfall colour, surplus apart; legend with the region\'s sums in Dutch', () => {
    expect(spec.title).toBe('Plaatsingen aandachtsgroepen tegen de taak per gemeente, 2024–2026');
    expect(spec.data.map((d) => d.name)).toEqual(['Geplaatst (regio: 85)', 'Taak over dezelfde jaren (regio: 182)', 'Achterstand (regio: 107, som per gemeente)', 'Meer geplaatst dan de taak (regio: 10)']);
    expect(trace(2).marker.color).toBe(SERIES_COLOURS.shortfall);
    expect(trace(0).y[at('Hilversum')]).toBe(75);
    expect(trace(1).y[at('Hilversum')]).toBeCloseTo(181.79, 2);
    expect(trace(2).y[at('Hilversum')]).toBeCloseTo(106.79, 2);
    expect(trace(2).text[at('Hilversum')]).toBe('107');
    expect(trace(3).y[at('Huizen')]).toBe(10);
    expect(trace(2).y[at('Huizen')]).toBe(0);
  });

  it('a gemeente without placement figures has no bar and says so', () => {
    for (let i = 0; i < 4; i++) expect(trace(i).y[at('Eemnes')]).toBeNull();
    const notes = (spec.layout.annotations as { x: string; text: string }[]).map((a) => `${a.x}: ${a.text}`);
    expect(notes).toContain('Eemnes: geen plaatsingen ingelezen');
    expect(notes).not.toContain('Hilversum: geen plaatsingen ingelezen');
    expect(spec.source).toMatch(/^Bron: .*eigen invoer analist/);
  });

  it('in English with English numbers', () => {
    const en = placementsChart(result, ds, 'en-GB');
    expect(en.data[2]!.name).toBe('Behind (region: 107, sum per municipality)');
  });
});
