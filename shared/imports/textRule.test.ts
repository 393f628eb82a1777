import { describe, expect, it } from 'vitest';
import { importIssueText } from './issueText';
import { ImportIssueSchema } from './issues';
import type { CellTable, ImportContext } from './types';
import { validateImport } from './validate';

const context: ImportContext = {
  gemeenten: [{ code: 'GM0402', name: 'Hilversum' }],
  figures: [{ id: 'realisatie.opleveringen:GM0402:2022-2023', value: 365 }],
};

function table(header: string[], rows: string[][]): CellTable {
  return { header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), format: 'csv', delimiter: ';' };
}

/** Issue 14 item 2: import cells that become text are under the text rule; the row is refused at its cell, the others go on. */
describe('imports: text cells under the text rule', () => {
  it('a project name or note with a control character or U+FFFF is an error at its cell', () => {
    const v = validateImport(
      'projects',
      table(
        ['naam', 'gemeente', 'opleverjaar', 'status', 'woningen', 'toelichting'],
        [
          ['Laan\u0007hof', 'Hilversum', '2028', 'idee', '10', ''],
          ['Stationsgebied', 'Hilversum', '2029', 'idee', '20', 'regel 1\nregel\uFFFF'],
          ['Goed', 'Hilversum', '2029', 'idee', '30', 'regel 1\r\n\tregel 2'],
        ],
      ),
      context,
    );
    expect(v.rows.map((r) => r.project.name)).toEqual(['Goed']);
    for (const issue of v.issues) expect(ImportIssueSchema.safeParse(issue).success).toBe(true);
    expect(v.issues.map((i) => `${i.severity} ${String(i.line)} ${i.column ?? ''}: ${importIssueText('nl-NL', i)}`)).toEqual([
      'error 2 naam: Rij 2, kolom "naam": de tekst bevat een onzichtbaar stuurteken (U+0007) op positie 5; haal het weg.',
      'error 3 toelichting: Rij 3, kolom "toelichting": de tekst bevat een teken dat geen tekst is (U+FFFF) op positie 14; haal het weg.',
    ]);
    expect(importIssueText('en-GB', v.issues[0]!)).toContain('the text contains an invisible control character (U+0007) at position 5; remove it.');
  });

  it('a figure correction with NUL in its note is refused at the note', () => {
    const v = validateImport('figures', table(['cijfer_id', 'waarde', 'toelichting'], [['realisatie.opleveringen:GM0402:2022-2023', '370', 'na\u0000telling']]), context);
    expect(v.rows).toEqual([]);
    expect(v.issues.map((i) => [i.severity, i.column, i.code, i.params])).toEqual([['error', 'toelichting', 'unsafeCharacter', { kind: 'control', codePoint: 'U+0000', position: 3 }]]);
  });
});
