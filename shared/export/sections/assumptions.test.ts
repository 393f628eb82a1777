import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import type { Locale } from '../../format/nl';
import { Scenario } from '../../scenario/schema';
import type { Block } from '../section';
import type { ReportTable } from '../table';
import { assumptions } from './assumptions';

const seed = readSeed();
const bandbreedte = seed.builtinScenarios.find((s) => s.id === 'bandbreedte')!;

function rowsOf(scenario: Scenario, locale: Locale): string[][] {
  const main = runScenario(seed.dataset, scenario);
  const section = assumptions.build({ scenarios: [scenario], results: [main], main, dataset: seed.dataset, findings: [], locale, words: texts(locale).report });
  const table = section?.blocks.flatMap((b: Block) => (b.kind === 'table' ? [b.table] : []))[0] as ReportTable;
  return table.rows.map((r) => r.map((c) => String(c)));
}

describe('the assumptions table: the uncertainty block in words', () => {
  it('one row per range and per open choice, named by its assumption, never a raw key or a row per bound', () => {
    const rows = rowsOf(bandbreedte, 'nl-NL');
    expect(rows.some((r) => r.some((c) => c.includes('uncertainty.')))).toBe(false);
    // The default column has the assumption's real default, never "geen": a range is no default, but the assumption has one.
    expect(rows).toContainEqual(['Basis met bandbreedtes', 'Tempofactor (trend) — bandbreedte', '0,75 tot 1,25', '1, zonder bandbreedte']);
    expect(rows).toContainEqual(['Basis met bandbreedtes', 'Aandeel nieuwbouw geclusterd — bandbreedte', '0 % tot 5 %', '0 %, zonder bandbreedte']);
    expect(rows).toContainEqual(['Basis met bandbreedtes', 'Woningen per jaar voor aandachtsgroepen — bandbreedte', '220 tot 270', '245 (uit de dataset), zonder bandbreedte']);
    // A type's source defaults to "as the general choice", which is the gemeente table.
    expect(rows).toContainEqual([
      'Basis met bandbreedtes',
      'Bron ouderenbehoefte: zorggeschikt — open keuze',
      'Gemeentetabel (Bijlage 2): 50 %; Regiocijfer uit de tekst, naar rato: 50 %',
      'Gemeentetabel (Bijlage 2), zonder open keuze',
    ]);
    expect(rows.map((r) => r[3])).not.toContain('geen');
    expect(rows.filter((r) => r[1]?.endsWith(' — bandbreedte'))).toHaveLength(4);
    expect(rowsOf(bandbreedte, 'en-GB')).toContainEqual(['Basis met bandbreedtes', 'Pace multiplier (trend) — range', '0.75 to 1.25', '1, without a range']);
  });

  it('the seed and the number of draws only when they differ from their default; English in an English export', () => {
    const changed = Scenario.parse({ ...bandbreedte, params: { ...bandbreedte.params, uncertainty: { ...bandbreedte.params.uncertainty, seed: 7, draws: 20_000 } } });
    expect(rowsOf(bandbreedte, 'nl-NL').some((r) => r[1] === 'Startgetal' || r[1] === 'Trekkingen')).toBe(false);
    const rows = rowsOf(changed, 'nl-NL');
    expect(rows).toContainEqual(['Basis met bandbreedtes', 'Startgetal', '7', '2030']);
    expect(rows).toContainEqual(['Basis met bandbreedtes', 'Trekkingen', '20.000', '10.000']);
    const en = rowsOf(changed, 'en-GB');
    expect(en).toContainEqual(['Basis met bandbreedtes', 'Draws', '20,000', '10,000']);
    expect(en.filter((r) => r[1]?.endsWith(' — range'))).toHaveLength(4);
  });

  it('a per-gemeente assumption by the gemeente’s name, a data-read default by its value, an all-default scenario without empty cells', () => {
    const basis = seed.builtinScenarios.find((s) => s.id === 'basis')!;
    const custom = Scenario.parse({
      ...basis,
      name: 'Eigen',
      params: { ...basis.params, programme: { ...basis.params.programme, paceMode: 'custom', customPace: { GM0402: 300 } }, aandachtsgroepen: { ...basis.params.aandachtsgroepen, perYear: 260 } },
    });
    const rows = rowsOf(custom, 'nl-NL');
    const pace = rows.find((r) => r[1]?.includes('(Hilversum)'));
    expect(pace?.[2]).toBe('300');
    expect(rows.some((r) => r.some((c) => c.includes('GM0402')))).toBe(false);
    expect(rows.find((r) => r[2] === '260')?.[3]).toBe('245 (uit de dataset)');
    expect(rowsOf(basis, 'nl-NL')).toEqual([[basis.name, 'Alle aannames', 'standaard', 'standaard']]);
    expect(rowsOf(basis, 'en-GB')).toEqual([[basis.name, 'All assumptions', 'default', 'default']]);
  });
});
