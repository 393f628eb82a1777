import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import { headerOf, type HeaderYears } from '../table/column';
import { Result } from './schema';
import { CSV_COLUMNS, OVERVIEW_COLUMNS, RESULT_COLUMNS, resultColumns, resultRows, type ResultColumnId } from './table';

const seed = readSeed();
function builtin(id: string): Result {
  const scenario = seed.builtinScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no built-in scenario ${id}`);
  return Result.parse(runScenario(seed.dataset, scenario));
}
const results = seed.builtinScenarios.map((s) => builtin(s.id));
const t50 = builtin('toegankelijk50');
const years: HeaderYears = { baseYear: 2023, horizon: 2030, programmeStart: 2022, programmeEnd: 2030 };
const value = (result: Result, code: string, id: ResultColumnId) => {
  const row = resultRows(result).find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return resultColumns(id)[0]?.value(row);
};

describe('result columns: shortfall, surplus and net apart (issue 9)', () => {
  it('toegankelijk50: the region nultreden shortfall is 832 (Blaricum, Hilversum, Huizen, Wijdemeren), not the net −1,5', () => {
    expect(value(t50, 'regio', 'nultredenShortfall')).toBeCloseTo(832, 6);
    expect(value(t50, 'regio', 'nultredenSurplus')).toBeCloseTo(833.5, 6);
    expect(value(t50, 'regio', 'nultredenGap')).toBeCloseTo(-1.5, 6);
    // Gooise Meren: its nultreden surplus does not cancel its geclusterd and zorggeschikt shortfall.
    expect(value(t50, 'GM1942', 'elderlyShortfall')).toBeCloseTo(950, 6);
    expect(value(t50, 'GM1942', 'elderlyGap')).toBeCloseTo(119.25, 6);
    // The programme: Gooise Meren and Laren are ahead; the region's shortfall is the sum of the others'.
    expect(value(t50, 'GM1942', 'shortfall2030')).toBe(0);
    expect(value(t50, 'GM1942', 'surplus2030')).toBeCloseTo(690.5, 6);
    expect(value(t50, 'regio', 'shortfall2030')).toBeCloseTo(215 + 1557.5 + 75 + 180.5, 6);
    expect(value(t50, 'regio', 'surplus2030')).toBeCloseTo(690.5 + 88.5, 6);
  });

  it('no column headed "tekort"/"shortfall" holds a negative figure; every column that can go negative is headed net', () => {
    for (const result of results) {
      for (const row of resultRows(result)) {
        for (const column of RESULT_COLUMNS) {
          const cell = column.value(row);
          if (typeof cell !== 'number' || cell >= 0) continue;
          const where = `${result.scenarioId} ${row.name} ${column.id} = ${cell}`;
          expect(headerOf(column, 'nl-NL', years), where).toMatch(/\(netto\)/);
          expect(headerOf(column, 'en-GB', years), where).toMatch(/\(net\)/);
          expect(column.csv, where).toMatch(/netto/);
        }
      }
    }
    for (const column of RESULT_COLUMNS) {
      if (/tekort/i.test(headerOf(column, 'nl-NL', years)) || /tekort/.test(column.csv ?? '')) {
        for (const result of results) for (const row of resultRows(result)) expect(column.value(row) ?? 0, `${result.scenarioId} ${row.name} ${column.id}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('the overview (screen and terminal) shows shortfall and ahead of schedule, not the net', () => {
    const ids = OVERVIEW_COLUMNS.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['shortfall2030', 'surplus2030', 'elderlyShortfall', 'elderlySurplus']));
    expect(ids).not.toContain('gap2030');
    expect(ids).not.toContain('elderlyGap');
  });
});

describe('CSV columns', () => {
  it('keep the columns they had in their old places (tekort now the shortfall) and add the new ones after them', () => {
    const before = [
      'code', 'gemeente', 'programma_doel', 'gerealiseerd', 'basisjaar', 'tempo_huidig', 'tempo_scenario', 'prognose_2030', 'tekort_2030', 'tempo_nodig', 'inhaaljaar',
      'betaalbaar_doel', 'betaalbaar_gerealiseerd_ondergrens', 'betaalbaar_prognose_2030', 'betaalbaar_tekort_2030',
      'nultreden_behoefte', 'nultreden_aanbod', 'nultreden_tekort', 'geclusterd_behoefte', 'geclusterd_aanbod', 'geclusterd_tekort', 'zorggeschikt_behoefte', 'zorggeschikt_aanbod', 'zorggeschikt_tekort',
      'ouderen_tekort_totaal', 'benodigd_aandeel_ouderen', 'aandachtsgroepen_gewicht', 'aandachtsgroepen_per_jaar', 'aandachtsgroepen_cumulatief',
    ];
    const keys = CSV_COLUMNS.map((c) => c.csv);
    expect(keys.slice(0, before.length)).toEqual(before);
    expect(keys.slice(before.length)).toEqual([
      'voor_op_schema_2030', 'saldo_2030_netto', 'betaalbaar_voor_op_schema_2030', 'betaalbaar_saldo_2030_netto',
      'nultreden_overschot', 'nultreden_saldo_netto', 'geclusterd_overschot', 'geclusterd_saldo_netto', 'zorggeschikt_overschot', 'zorggeschikt_saldo_netto',
      'ouderen_overschot_totaal', 'ouderen_saldo_netto_totaal', 'ouderen_nieuwbouw', 'ouderen_nodig_uit_nieuwbouw',
    ]);
  });

  it('hold every column that has a CSV key, once', () => {
    const withKey = RESULT_COLUMNS.flatMap((c): string[] => ('csv' in c && c.csv !== undefined ? [c.csv] : []));
    expect([...CSV_COLUMNS.map((c) => c.csv)].sort()).toEqual([...withKey].sort());
    expect(new Set(withKey).size).toBe(withKey.length);
  });
});
