import { describe, expect, it } from 'vitest';
import { ScenarioParamsFields } from '../scenario/schema';
import { readSeed } from '../../electron/seeds/readSeeds';
import { scenarioChangeLines, scenarioDiff, type ScenarioState } from './scenarioDiff';

const state = (name: string, params: unknown, description = ''): ScenarioState => ({ name, description, params: ScenarioParamsFields.parse(params) });

describe('what changed between two versions of a scenario', () => {
  it('nothing, for two equal versions', () => {
    expect(scenarioDiff(state('A', { programme: { paceMultiplier: 1.2 } }), state('A', { programme: { paceMultiplier: 1.2 } }))).toEqual([]);
  });

  it('a rename, an assumption by its name with old → new formatted nl-NL, and the pace mode in the catalogue’s words (never "custom")', () => {
    const before = state('Kopie van Basis', {});
    const after = state('Versneld Hilversum', { programme: { paceMode: 'custom', paceMultiplier: 1.25, customPace: { GM0402: 1500 } }, elderly: { newBuildShare: { nultreden: 0.55 } } });
    const changes = scenarioDiff(before, after);
    expect(changes.map((c) => c.kind)).toEqual(['renamed', 'setting', 'setting', 'setting', 'setting']);
    const lines = scenarioChangeLines(changes, 'nl-NL');
    expect(lines).toEqual([
      'Naam: ‘Kopie van Basis’ → ‘Versneld Hilversum’',
      'Bouwtempo: Trend → Eigen tempo per gemeente',
      'Tempofactor (trend): 1 → 1,25',
      'Eigen bouwtempo · GM0402: standaard → 1.500',
      'Aandeel nieuwbouw nultreden: standaard → 55 %',
    ]);
    expect(lines.join(' ')).not.toMatch(/custom|programme\.|paceMultiplier/);
    expect(scenarioChangeLines(changes, 'en-GB')[0]).toBe('Name: ‘Kopie van Basis’ → ‘Versneld Hilversum’');
  });

  it('gemeenten by name and data overrides added, changed and removed, with the dataset', () => {
    const ds = readSeed().dataset;
    const figure = 'bouwprogramma.laagMidden:GM1696:2022-2030';
    const other = ds.figures.find((f) => f.id !== figure && f.value !== null);
    if (!other) throw new Error('no other figure');
    const before = state('A', { dataOverrides: { [figure]: 330, [other.id]: 5 }, programme: { customPace: { GM0402: 400 } } });
    const after = state('A', { dataOverrides: { [figure]: 340 }, programme: { customPace: { GM0402: 450, GM0406: 100 } } }, 'Met toelichting');
    const lines = scenarioChangeLines(scenarioDiff(before, after), 'nl-NL', ds);
    expect(lines).toContain('Beschrijving gewijzigd');
    expect(lines).toContain('Eigen cijfer Bouwprogramma 2022–2030, laag en midden · Wijdemeren · 2022–2030: 330 → 340');
    expect(lines.some((l) => l.startsWith('Eigen cijfer weggehaald: ') && l.endsWith('(was 5)'))).toBe(true);
    expect(lines).toContain('Eigen bouwtempo · Hilversum: 400 → 450');
    expect(lines).toContain('Eigen bouwtempo · Huizen: standaard → 100');
  });

  it('a year as a year, per type and per facility type in words, never their keys', () => {
    const before = state('A', {});
    const after = state('A', { horizon: 2035, elderly: { newBuildShareByGemeente: { GM0402: { nultreden: 0.6 } } }, solidarity: { typeWeights: { keerpuntUnits: 2 } } });
    const lines = scenarioChangeLines(scenarioDiff(before, after), 'nl-NL', readSeed().dataset);
    expect(lines).toContain('Horizon: 2030 → 2035');
    expect(lines).toContain('Aandeel nieuwbouw per gemeente en type · Hilversum · nultreden: standaard → 60 %');
    expect(lines.join('\n')).not.toMatch(/keerpuntUnits|GM0402|2\.03/);
  });

  it('ranges, placements and the seed each as one line', () => {
    const before = state('A', {});
    const after = state('A', { uncertainty: { ranges: { 'programme.paceMultiplier': { low: 0.8, high: 1.2 } }, seed: 7 } });
    const lines = scenarioChangeLines(scenarioDiff(before, after), 'nl-NL');
    expect(lines).toEqual(['Tempofactor (trend) — bandbreedte: geen → 0,8 tot 1,2', expect.stringMatching(/^Startgetal: [\d.]+ → 7$/)]);
  });
});
