import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchColumns, normalizeName, PROJECT_COLUMNS, REALISATION_COLUMNS } from './headers';
import { importIssueText } from './issueText';
import { ImportIssueSchema } from './issues';
import { inferNumberStyle, parseImportNumber, type NumberStyle } from './numbers';
import type { CellTable, ImportContext, ImportIssue, ImportKind } from './types';
import { MAX_ISSUES, validateImport } from './validate';

const context: ImportContext = {
  gemeenten: [
    { code: 'GM0376', name: 'Blaricum' },
    { code: 'GM0317', name: 'Eemnes' },
    { code: 'GM1942', name: 'Gooise Meren' },
    { code: 'GM0402', name: 'Hilversum' },
    { code: 'GM0406', name: 'Huizen' },
    { code: 'GM0417', name: 'Laren' },
    { code: 'GM1696', name: 'Wijdemeren' },
  ],
  figures: [
    { id: 'realisatie.opleveringen:GM0402:2022-2023', value: 365 },
    { id: 'realisatie.opleveringen:GM1696:2022-2023', value: 71 },
    { id: 'realisatie.opleveringen:GM0317:2022-2023', value: null },
    { id: 'realisatie.opleveringen:regio:2022-2023', value: 1258 },
    { id: 'inwoners.totaal:GM0402:2024@2024-01-01', value: 92_000 },
  ],
};

/** A CSV-like table: line 1 is the header, data from line 2. */
function table(header: string[], rows: string[][], format: Partial<Pick<CellTable, 'format' | 'delimiter'>> = {}): CellTable {
  return { header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), format: format.format ?? 'csv', delimiter: format.delimiter ?? ';' };
}

const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'warning');
/** The Dutch sentence of each issue, as the command line prints it. */
const messages = (issues: ImportIssue[]) => issues.map((i) => importIssueText('nl-NL', i));
/** Issues with their Dutch sentence in place of code and parameters. */
const worded = (issues: ImportIssue[]) => issues.map((i) => ({ severity: i.severity, line: i.line, column: i.column, message: importIssueText('nl-NL', i) }));

describe('parseImportNumber', () => {
  const ok = (text: string, style: NumberStyle, whole: boolean) => {
    const r = parseImportNumber(text, style, whole);
    return r.ok ? r.value : r.reason;
  };

  it('reads whole numbers with Dutch and English thousands separators', () => {
    expect(ok('1234', 'nl', true)).toBe(1234);
    expect(ok('1.234', 'nl', true)).toBe(1234);
    expect(ok('1 234', 'nl', true)).toBe(1234);
    expect(ok('1\u00A0234', 'en', true)).toBe(1234);
    expect(ok('1,234', 'en', true)).toBe(1234);
    // A whole-number column never holds a fraction, so three digits after one separator are a thousands group.
    expect(ok('1.234', 'en', true)).toBe(1234);
    expect(ok('1,234', 'unknown', true)).toBe(1234);
    expect(ok('1.234.567', 'nl', true)).toBe(1_234_567);
    expect(ok("'2024", 'nl', true)).toBe(2024);
    expect(ok('\u22125', 'nl', true)).toBe(-5);
    expect(ok('-0', 'nl', true)).toBe(0);
  });

  it('reads decimals with a comma or a point; with both, the last one is the decimal separator', () => {
    expect(ok('12,5', 'nl', false)).toBe(12.5);
    expect(ok('12.5', 'nl', false)).toBe(12.5);
    expect(ok('12,5', 'en', false)).toBe(12.5);
    expect(ok('1.234,5', 'en', false)).toBe(1234.5);
    expect(ok('1,234.5', 'nl', false)).toBe(1234.5);
    expect(ok('1 234,5', 'unknown', false)).toBe(1234.5);
    expect(ok('0,125', 'unknown', false)).toBe(0.125);
    expect(ok('1234,567', 'unknown', false)).toBe(1234.567);
    expect(ok('-0,5', 'en', false)).toBe(-0.5);
  });

  it('resolves "1.234" in a value column by the style of the file, and refuses to guess without one', () => {
    expect(ok('1.234', 'nl', false)).toBe(1234);
    expect(ok('1,234', 'nl', false)).toBe(1.234);
    expect(ok('1.234', 'en', false)).toBe(1.234);
    expect(ok('1,234', 'en', false)).toBe(1234);
    expect(ok('1.234', 'unknown', false)).toBe('ambiguous');
    // A workbook writes its number cells as JavaScript does.
    expect(ok('1.234', 'machine', false)).toBe(1.234);
    expect(ok('1.234', 'machine', true)).toBe(1.234);
    expect(ok('1e-7', 'machine', false)).toBe(1e-7);
    expect(ok('1.234,5', 'machine', false)).toBe(1234.5);
  });

  it('refuses text, broken groups and empty cells', () => {
    for (const text of ['twintig24', '12a', '1.2.3', '1,23,456', '1.234.5', '12 5', '1..2', '.5', '5.', '--5', '+5', '1e3', 'NaN', 'Infinity']) {
      expect(ok(text, 'nl', false), text).toBe('notNumber');
    }
    expect(ok('', 'nl', true)).toBe('empty');
    expect(ok('  ', 'nl', true)).toBe('empty');
  });

  it('infers the style of a tab file from cells that show their decimal separator', () => {
    expect(inferNumberStyle(['Hilversum', '12,5', '1.234'])).toBe('nl');
    expect(inferNumberStyle(['12.5', '1,234'])).toBe('en');
    expect(inferNumberStyle(['12.5', '12,5'])).toBe('unknown');
    expect(inferNumberStyle(['1.234', '2024'])).toBe('unknown');
  });
});

describe('column headers', () => {
  it('match case-insensitively, ignoring spaces, underscores and accents, with Dutch and English names', () => {
    expect(normalizeName(' Sociale_Huur ')).toBe('socialehuur');
    expect(normalizeName('Statús')).toBe('status');
    const m = matchColumns(PROJECT_COLUMNS, ['NAAM', 'Municipality', 'Completion Year', 'Statús', 'Total', 'Social Rent', 'nul treden']);
    expect(m.complete).toBe(true);
    expect(m.columns.name?.index).toBe(0);
    expect(m.columns.gemeente?.index).toBe(1);
    expect(m.columns.completionYear?.index).toBe(2);
    expect(m.columns.status?.index).toBe(3);
    expect(m.columns.total?.index).toBe(4);
    expect(m.columns.socialRent?.index).toBe(5);
    expect(m.columns.nultreden?.index).toBe(6);
    expect(matchColumns(REALISATION_COLUMNS, ['CBS-code', 'Year', 'Gerealiseerd', 'S+M app']).columns.smApp?.index).toBe(3);
  });

  it('names a missing column and the columns that were found', () => {
    const result = validateImport('realisation', table(['gemeente', 'opleveringen', 'extra'], [['Hilversum', '12', 'x']]), context);
    expect(result.rows).toEqual([]);
    const missing = errors(result.issues);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ line: null, column: 'jaar' });
    expect(messages(missing)[0]).toBe('De kolom "jaar" ontbreekt (ook goed: "year"). Gevonden kolommen: "gemeente", "opleveringen", "extra".');
    expect(messages(warnings(result.issues))).toContain('Kolom "extra" is onbekend en wordt niet gebruikt.');
  });

  it('refuses two columns that mean the same', () => {
    const result = validateImport('realisation', table(['gemeente', 'jaar', 'year', 'opleveringen'], [['Hilversum', '2024', '2024', '12']]), context);
    expect(result.rows).toEqual([]);
    expect(messages(errors(result.issues))).toEqual(['De kolommen "jaar" en "year" betekenen allebei "jaar"; laat er één staan.']);
  });
});

describe('validateImport: realisation', () => {
  const header = ['Gemeente', 'Jaar', 'Opleveringen', 'S+M app'];

  it('reads gemeenten by CBS code or name, in any case, and keeps only valid rows', () => {
    const result = validateImport(
      'realisation',
      table(header, [
        ['GM0402', '2024', '365', '12'],
        ['gm1696', '2024', '71', ''],
        ['gooise meren', '2024', '1.234', '0'],
        ['402', '2023', '1 200', '3'],
        ['Amsterdam', '2024', '10', ''],
      ]),
      context,
    );
    expect(result.kind).toBe('realisation');
    expect(result.rows).toEqual([
      { line: 2, gemeente: 'GM0402', year: 2024, completions: 365, smApp: 12 },
      { line: 3, gemeente: 'GM1696', year: 2024, completions: 71, smApp: null },
      { line: 4, gemeente: 'GM1942', year: 2024, completions: 1234, smApp: 0 },
      { line: 5, gemeente: 'GM0402', year: 2023, completions: 1200, smApp: 3 },
    ]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: 'error', line: 6, column: 'Gemeente' });
    expect(messages(result.issues)[0]).toMatch(/^Rij 6, kolom "Gemeente": "Amsterdam" is geen bekende gemeente\. Bekende gemeenten: Blaricum \(GM0376\), .*Wijdemeren \(GM1696\)\.$/);
  });

  it('reports text, fractions, negative numbers and years out of range per row and column', () => {
    const result = validateImport(
      'realisation',
      table(header, [
        ['Hilversum', 'twintig24', '10', ''],
        ['Hilversum', '1999', '10', ''],
        ['Huizen', '2101', '10', ''],
        ['Laren', '2024', '12,5', ''],
        ['Blaricum', '2024', '-3', ''],
        ['Eemnes', '2024', 'veel', ''],
        ['Wijdemeren', '2024', '', ''],
        ['Gooise Meren', '2024', '5', '-1'],
      ]),
      context,
    );
    expect(result.rows).toEqual([]);
    expect(messages(result.issues)).toEqual([
      'Rij 2, kolom "Jaar": "twintig24" is geen jaartal.',
      'Rij 3, kolom "Jaar": 1999 ligt niet tussen 2000 en 2100.',
      'Rij 4, kolom "Jaar": 2101 ligt niet tussen 2000 en 2100.',
      'Rij 5, kolom "Opleveringen": "12,5" is geen geheel aantal woningen.',
      'Rij 6, kolom "Opleveringen": -3 is negatief; een aantal woningen is 0 of meer.',
      'Rij 7, kolom "Opleveringen": "veel" is geen getal.',
      'Rij 8, kolom "Opleveringen": de cel is leeg; vul een aantal woningen in.',
      'Rij 9, kolom "S+M app": -1 is negatief; een aantal woningen is 0 of meer.',
    ]);
    expect(result.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('refuses the same gemeente and year twice, on the second row, naming the first', () => {
    const result = validateImport(
      'realisation',
      table(header, [
        ['Hilversum', '2024', '10', ''],
        ['Huizen', '2024', '5', ''],
        ['GM0402', '2024', '11', ''],
      ]),
      context,
    );
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(worded(result.issues)).toEqual([
      { severity: 'error', line: 4, column: null, message: 'Rij 4: GM0402 2024 staat al in rij 2; elke gemeente en elk jaar mag één keer voorkomen.' },
    ]);
  });

  it('skips empty rows and warns about a file without data', () => {
    expect(worded(validateImport('realisation', table(header, [['', ' ', '', '']]), context).issues)).toEqual([
      { severity: 'warning', line: null, column: null, message: 'Het bestand heeft geen gegevensrijen: er is niets in te lezen.' },
    ]);
  });
});

describe('validateImport: a gemeente that left the region', () => {
  it('Weesp (member until 2021): the 2024 row is kept, with a warning that it does not count', () => {
    const withWeesp: ImportContext = { ...context, gemeenten: [...context.gemeenten, { code: 'GM0457', name: 'Weesp', memberUntil: 2021 }] };
    const result = validateImport('realisation', table(['gemeente', 'jaar', 'opleveringen'], [['Weesp', '2024', '40'], ['Weesp', '2021', '30']]), withWeesp);
    expect(result.rows).toHaveLength(2);
    expect(worded(result.issues)).toEqual([{ severity: 'warning', line: 2, column: null, message: expect.stringMatching(/Weesp hoort sinds 2022 niet meer bij de regio/) as unknown }]);
  });
});

describe('validateImport: projects', () => {
  const header = ['naam', 'gemeente', 'opleverjaar', 'status', 'woningen', 'betaalbaar', 'sociale_huur', 'nultreden', 'geclusterd', 'zorggeschikt', 'toelichting'];

  it('builds project drafts; categories are optional and default to 0; status in any spelling', () => {
    const result = validateImport(
      'projects',
      table(
        ['Naam', 'Gemeente', 'Jaar', 'Status', 'Totaal', 'Nultreden'],
        [
          ['Stationsgebied', 'Hilversum', '2027', 'in aanbouw', '120', '40'],
          ['De Kolk', 'GM0406', '2028', 'in_aanbouw', '30', ''],
          ['Zuid', 'laren', '2029', 'inAanbouw', '1.200', '0'],
          ['Noord', 'Laren', '2030', 'VERGUND', '10', '10'],
        ],
      ),
      context,
    );
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toEqual({
      line: 2,
      project: {
        name: 'Stationsgebied',
        gemeente: 'GM0402',
        completionYear: 2027,
        status: 'in aanbouw',
        homes: { total: 120, affordable: 0, socialRent: 0, nultreden: 40, geclusterd: 0, zorggeschikt: 0 },
        note: '',
      },
    });
    expect(result.rows.map((r) => r.project.status)).toEqual(['in aanbouw', 'in aanbouw', 'in aanbouw', 'vergund']);
    expect(result.rows[2]?.project.homes.total).toBe(1200);
  });

  it('translates the schema findings to Dutch with the column name', () => {
    const result = validateImport(
      'projects',
      table(header, [
        ['Villa', 'Huizen', '2026', 'vergund', '30', '0', '0', '40', '0', '0', ''],
        ['', 'Huizen', '2026', 'vergund', '30', '', '', '', '', '', ''],
        ['Groot', 'Huizen', '2026', 'vergund', '200000', '', '', '', '', '', ''],
      ]),
      context,
    );
    expect(result.rows).toEqual([]);
    expect(messages(result.issues)).toEqual([
      'Rij 2, kolom "nultreden": meer woningen (40) dan het project in totaal heeft (30).',
      'Rij 3, kolom "naam": Geef het project een naam.',
      'Rij 4, kolom "woningen": de waarde is te groot (hoogstens 100000).',
    ]);
  });

  it('reports every bad cell of a row at once, and lists the statuses', () => {
    const result = validateImport('projects', table(header, [['Berg', 'Utrecht', '2026', 'gebouwd', '20', '30', 'x', '', '', '', '']]), context);
    expect(result.rows).toEqual([]);
    const m = messages(result.issues);
    expect(m).toHaveLength(4);
    expect(m[0]).toMatch(/^Rij 2, kolom "gemeente": "Utrecht" is geen bekende gemeente\./);
    expect(m[1]).toBe('Rij 2, kolom "status": "gebouwd" is geen bekende status; kies uit idee, planvorming, vastgesteld, vergund, in aanbouw, opgeleverd.');
    expect(m[2]).toBe('Rij 2, kolom "sociale_huur": "x" is geen getal.');
    expect(m[3]).toBe('Rij 2, kolom "betaalbaar": meer woningen (30) dan het project in totaal heeft (20).');
  });

  it('warns about the same project name in the same gemeente twice, and keeps both', () => {
    const result = validateImport(
      'projects',
      table(header, [
        ['De Kolk', 'Huizen', '2026', 'idee', '10', '', '', '', '', '', ''],
        ['de kolk ', 'GM0406', '2027', 'idee', '12', '', '', '', '', '', ''],
        ['De Kolk', 'Laren', '2027', 'idee', '12', '', '', '', '', '', ''],
      ]),
      context,
    );
    expect(result.rows).toHaveLength(3);
    expect(worded(result.issues)).toEqual([
      { severity: 'warning', line: 3, column: null, message: 'Rij 3: project "de kolk" in GM0406 staat ook in rij 2; is het twee keer ingevoerd?' },
    ]);
  });
});

describe('validateImport: figures', () => {
  const header = ['cijfer_id', 'waarde', 'toelichting'];
  const hilversum = 'realisatie.opleveringen:GM0402:2022-2023';

  it('reads corrections with a decimal comma or point; an empty cell clears a value with a warning', () => {
    const result = validateImport(
      'figures',
      table(header, [
        [hilversum, '370,5', 'herzien'],
        ['realisatie.opleveringen:gm1696:2022-2023', '72.25', ''],
        ['realisatie.opleveringen:regio:2022-2023', '', 'onbekend'],
        ['realisatie.opleveringen:GM0317:2022-2023', '', ''],
        ['inwoners.totaal:GM0402:2024@2024-01-01', '92.500', ''],
      ]),
      context,
    );
    expect(result.rows).toEqual([
      { line: 2, figureId: hilversum, value: 370.5, note: 'herzien' },
      { line: 3, figureId: 'realisatie.opleveringen:GM1696:2022-2023', value: 72.25, note: '' },
      { line: 4, figureId: 'realisatie.opleveringen:regio:2022-2023', value: null, note: 'onbekend' },
      { line: 5, figureId: 'realisatie.opleveringen:GM0317:2022-2023', value: null, note: '' },
      { line: 6, figureId: 'inwoners.totaal:GM0402:2024@2024-01-01', value: 92_500, note: '' },
    ]);
    // Only the figure that had a value gets the warning; Eemnes had none.
    expect(worded(result.issues)).toEqual([
      {
        severity: 'warning',
        line: 4,
        column: 'waarde',
        message: 'Rij 4, kolom "waarde": de cel is leeg: cijfer realisatie.opleveringen:regio:2022-2023 krijgt geen waarde meer (nu 1258).',
      },
    ]);
  });

  it('refuses unknown ids (with the near one), text values, ambiguous values and the same id twice', () => {
    const result = validateImport(
      'figures',
      table(
        header,
        [
          ['realisatie.opleveringen:GM0402:2022-2024', '1', ''],
          ['iets anders', '1', ''],
          [hilversum, 'nul', ''],
          [hilversum, '1.234', ''],
          [hilversum, '380', ''],
          [hilversum, '381', ''],
          ['', '5', ''],
        ],
        { delimiter: '\t' },
      ),
      context,
    );
    expect(result.rows).toEqual([{ line: 6, figureId: hilversum, value: 380, note: '' }]);
    expect(messages(result.issues)).toEqual([
      `Rij 2, kolom "cijfer_id": "realisatie.opleveringen:GM0402:2022-2024" is geen bekend cijfer; bedoelt u "${hilversum}"?`,
      'Rij 3, kolom "cijfer_id": "iets anders" is geen bekend cijfer.',
      'Rij 4, kolom "waarde": "nul" is geen getal.',
      'Rij 5, kolom "waarde": "1.234" is dubbelzinnig: een duizendtal of een decimaal getal? Schrijf een duizendtal zonder punt of komma (bijvoorbeeld 1234).',
      `Rij 7: cijfer ${hilversum} staat al in rij 6; elk cijfer mag één keer voorkomen.`,
      'Rij 8, kolom "cijfer_id": de cel is leeg; vul het id van een bestaand cijfer in.',
    ]);
  });

  it('reads a workbook number cell as the number it is', () => {
    const result = validateImport('figures', table(header, [[hilversum, '1.234', '']], { format: 'xlsx', delimiter: undefined }), context);
    expect(result.rows[0]?.value).toBe(1.234);
  });

  it('stops listing findings after MAX_ISSUES and counts the rest', () => {
    const rows = Array.from({ length: MAX_ISSUES + 10 }, () => ['onbekend', 'x', '']);
    const result = validateImport('figures', table(header, rows), context);
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(worded(result.issues).at(-1)).toEqual({ severity: 'error', line: null, column: null, message: `En nog ${2 * (MAX_ISSUES + 10) - MAX_ISSUES} meldingen (${2 * (MAX_ISSUES + 10) - MAX_ISSUES} fouten, 0 waarschuwingen) die niet worden getoond.` });
  });
});

describe('validateImport on arbitrary tables', () => {
  const knownHeaders = ['gemeente', 'Jaar', 'year', 'opleveringen', 'sm_app', 'naam', 'opleverjaar', 'status', 'woningen', 'nultreden', 'betaalbaar', 'cijfer_id', 'waarde', 'toelichting'];
  const cellArb = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', 'Hilversum', 'GM0402', 'gm1696', '2024', '1.234', '12,5', '-3', 'in aanbouw', 'idee', 'realisatie.opleveringen:GM0402:2022-2023'),
    fc.integer({ min: -5, max: 200_000 }).map(String),
  );
  const tableArb = fc.integer({ min: 0, max: 8 }).chain((width) =>
    fc.record({
      header: fc.array(fc.oneof(fc.constantFrom(...knownHeaders), fc.string({ maxLength: 10 })), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cellArb, { minLength: 0, maxLength: width + 1 }), { maxLength: 12 }),
      format: fc.constantFrom('csv' as const, 'xlsx' as const),
      delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const, undefined),
    }),
  );
  const dutchStart = /^(Rij \d+|De kolom|De kolommen|Kolom|Het bestand|En nog)/;
  const englishStart = /^(Row \d+|The column|The columns|Column|The file|And \d+ more)/;
  const english = /\b(Invalid|expected|received|Too (big|small)|must|Required)\b/;

  it('never throws; every issue is Dutch and points at a line of the table or none', () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom<ImportKind>('realisation', 'projects', 'figures'), (t, kind) => {
        const cellTable: CellTable = { ...t, rows: t.rows.map((cells, i) => ({ line: 2 + i * 2, cells })) };
        const lines = new Set(cellTable.rows.map((r) => r.line));
        const result = validateImport(kind, cellTable, context);
        expect(result.kind).toBe(kind);
        for (const issue of result.issues) {
          const dutch = importIssueText('nl-NL', issue);
          expect(dutch).toMatch(dutchStart);
          expect(dutch).not.toMatch(english);
          expect(importIssueText('en-GB', issue)).toMatch(englishStart);
          expect(ImportIssueSchema.safeParse(issue).success).toBe(true);
          expect(issue.line === null || lines.has(issue.line)).toBe(true);
        }
        for (const row of result.rows) {
          expect(lines.has(row.line)).toBe(true);
          expect(result.issues.some((i) => i.severity === 'error' && i.line === row.line)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
