import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/imports/readTable';
import { readSeed } from '../../electron/seeds/readSeeds';
import { importIssueText } from './issueText';
import { planImport } from './plan';
import { programmeYears } from './programmeYears';
import { importTemplate } from './templates';
import type { CellTable, ImportContext } from './types';
import { validateImport } from './validate';

const seed = readSeed().dataset;
const context: ImportContext = { gemeenten: seed.gemeenten, figures: seed.figures, programmeYears: programmeYears(seed) };
const table = (rows: string[][], header = ['gemeente', 'jaar', 'plaatsingen']): CellTable => ({ header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), format: 'csv', delimiter: ';' });
/** Each issue as the analyst reads it, with its severity. */
const said = (rows: string[][], header?: string[]) => validateImport('plaatsingen', table(rows, header), context).issues.map((i) => `${i.severity}: ${importIssueText('nl-NL', i)}`);

describe('import kind plaatsingen: validation', () => {
  it('the programme\'s years come from the dataset: 2022–2030', () => {
    expect(programmeYears(seed)).toEqual({ start: 2022, end: 2030 });
  });

  it('accepts names, CBS codes and codes without leading zeros; stores one figure per gemeente and year', () => {
    const v = validateImport('plaatsingen', table([['Hilversum', '2025', '40'], ['gm0406', '2026', '0'], ['376', '2030', '1.200']]), context);
    expect(v.issues).toEqual([]);
    expect(v.rows).toEqual([
      { line: 2, gemeente: 'GM0402', year: 2025, households: 40 },
      { line: 3, gemeente: 'GM0406', year: 2026, households: 0 },
      { line: 4, gemeente: 'GM0376', year: 2030, households: 1200 },
    ]);
    const plan = planImport(v, seed, { fileName: 'p.csv', peildatum: '2026-02-01', date: '2026-03-01T10:00:00Z' });
    expect(plan.changes.map((c) => c.kind === 'addFigure' && [c.figure.id, c.figure.value, c.figure.source.document])).toEqual([
      ['aandachtsgroepen.plaatsingen:GM0402:2025', 40, 'analist'],
      ['aandachtsgroepen.plaatsingen:GM0406:2026', 0, 'analist'],
      ['aandachtsgroepen.plaatsingen:GM0376:2030', 1200, 'analist'],
    ]);
  });

  it.each([
    [['Amsterdam', '2025', '4'], /^error: Rij 2, kolom "gemeente": "Amsterdam" is geen bekende gemeente\. Bekende gemeenten: Blaricum \(GM0376\), /],
    [['', '2025', '4'], /^error: Rij 2, kolom "gemeente": de cel is leeg; vul een gemeente in/],
    [['Hilversum', '2021', '4'], /^error: Rij 2, kolom "jaar": 2021 valt buiten de looptijd van het programma \(2022–2030\); plaatsingen worden alleen voor die jaren tegen de opgave gelegd\.$/],
    [['Hilversum', '2031', '4'], /^error: Rij 2, kolom "jaar": 2031 valt buiten de looptijd van het programma \(2022–2030\)/],
    [['Hilversum', 'volgend jaar', '4'], /^error: Rij 2, kolom "jaar": "volgend jaar" is geen jaartal\.$/],
    [['Hilversum', '2025', '-3'], /^error: Rij 2, kolom "plaatsingen": -3 is negatief; een aantal plaatsingen is 0 of meer\.$/],
    [['Hilversum', '2025', '2,5'], /^error: Rij 2, kolom "plaatsingen": "2,5" is geen geheel aantal huishoudens\.$/],
    [['Hilversum', '2025', ''], /^error: Rij 2, kolom "plaatsingen": de cel is leeg; vul een aantal huishoudens in \(0 als er niemand is geplaatst\)\.$/],
    [['Hilversum', '2025', 'veel'], /^error: Rij 2, kolom "plaatsingen": "veel" is geen getal\.$/],
  ])('refuses %j with a Dutch message at the cell, and keeps the row out', (row, message) => {
    const v = validateImport('plaatsingen', table([row]), context);
    expect(v.rows).toEqual([]);
    expect(said([row])).toEqual([expect.stringMatching(message)]);
  });

  it('a gemeente and year twice is refused at the second row', () => {
    expect(said([['Hilversum', '2025', '4'], ['GM0402', '2025', '5']])).toEqual(['error: Rij 3: GM0402 2025 staat al in rij 2; elke gemeente en elk jaar mag één keer voorkomen.']);
  });

  it('a missing column is named with the names it may also have', () => {
    expect(said([['Hilversum', '2025']], ['gemeente', 'jaar'])[0]).toMatch(/^error: De kolom "plaatsingen" ontbreekt \(ook goed: "placements", "huishoudens", "households", "geplaatst"\)/);
  });

  it('English headers are understood', () => {
    expect(validateImport('plaatsingen', table([['Huizen', '2025', '7']], ['Municipality', 'Year', 'Placements']), context).rows).toHaveLength(1);
  });
});

describe('import kind plaatsingen: the template', () => {
  it('round-trips: read back as a file it validates without a finding and plans its example rows', async () => {
    const text = importTemplate('plaatsingen', context);
    expect(text.split('\r\n')[0]).toBe('\uFEFFgemeente;jaar;plaatsingen');
    const read = await readImportFile(Buffer.from(text, 'utf8'), 'sjabloon-plaatsingen.csv');
    if (!read.ok) throw new Error(read.issues.map((i) => importIssueText('nl-NL', i)).join('\n'));
    const v = validateImport('plaatsingen', read.table, context);
    expect(v.issues).toEqual([]);
    expect(v.rows.map((r) => [r.gemeente, r.year, r.households])).toEqual([
      ['GM0376', 2025, 12],
      ['GM0317', 2025, 4],
    ]);
  });
});
