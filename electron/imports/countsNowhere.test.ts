import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importIssueText } from '../../shared/imports/issueText';
import { cli } from '../../test/support/cli';
import { useTempDir } from '../../test/support/files';
import { openStore, type Store } from '../store/store';
import { prepareImport } from './prepareImport';

/**
 * Rows an import stores but that count in no result are said in the preview, per row (issue 9):
 * a real file through the real reader, validation, plan and checks, as the window and
 * `import --dry-run` get them.
 */
const tempDir = useTempDir();
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

async function preview(kind: 'realisation' | 'projects' | 'figures', fileName: string, content: string) {
  const dir = tempDir();
  const file = join(dir, fileName);
  writeFileSync(file, content);
  store = await openStore(join(dir, 'db.sqlite'));
  const prepared = await prepareImport(store, { kind, fileName, data: readFileSync(file), peildatum: null, date: '2025-03-01T10:00:00Z' });
  return { prepared, file, dir, notices: prepared.issues.map((i) => ({ line: i.line, severity: i.severity, code: i.code, text: importIssueText('nl-NL', i) })) };
}

describe('import preview: rows that count nowhere', () => {
  it('realisation for Eemnes (no programme) and for a year after the programme: stored, said, still applicable', async () => {
    const { prepared, notices } = await preview('realisation', 'realisatie.csv', '\uFEFFgemeente;jaar;opleveringen;sm_app\r\nHilversum;2024;250;90\r\nEemnes;2024;40;10\r\nLaren;2031;5;\r\n');
    expect(notices).toEqual([
      {
        line: 3,
        severity: 'warning',
        code: 'countsNowhereNoProgramme',
        text: 'Rij 3: Eemnes heeft geen bouwprogramma; deze realisatie wordt bewaard maar telt in geen enkele uitkomst mee (zonder programma is er geen tempo, prognose of tekort voor Eemnes).',
      },
      {
        line: 4,
        severity: 'warning',
        code: 'outsideProgramme',
        text: 'Rij 4: 2031 valt buiten het bouwprogramma (2022–2030); de realisatie van Laren wordt bewaard maar telt alleen mee voor de jaren van het programma, dus hier in geen enkele uitkomst.',
      },
    ]);
    // Stored as said: Eemnes's completions and S+M app are among the changes, and it can be applied.
    expect(prepared.plan?.changes.filter((c) => c.subject.code === 'figure' && c.subject.params.gemeente === 'Eemnes')).toHaveLength(2);
    expect(prepared.canApply).toBe(true);
    const en = prepared.issues.find((i) => i.line === 3);
    expect(en && importIssueText('en-GB', en)).toBe(
      'Row 3: Eemnes has no build programme; this realisation is stored but counts in no result (without a programme there is no pace, projection or shortfall for Eemnes).',
    );
  });

  it('the command line’s dry run says it, and after applying Eemnes still counts nowhere', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const file = join(dir, 'realisatie.csv');
    writeFileSync(file, 'gemeente;jaar;opleveringen\r\nEemnes;2024;40\r\n');
    const dry = await cli(['--db', db, 'import', '--kind', 'realisation', '--file', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('waarschuwingen: 1');
    expect(dry.out).toContain('Rij 2: Eemnes heeft geen bouwprogramma; deze realisatie wordt bewaard');
    expect((await cli(['--db', db, 'import', '--kind', 'realisation', '--file', file])).code).toBe(0);
    const run = JSON.parse((await cli(['--db', db, 'run', '--scenario', 'basis', '--json'])).out) as { gemeenten: { code: string; programme: unknown }[] };
    expect(run.gemeenten.find((g) => g.code === 'GM0317')?.programme).toBeNull();
  });

  it('projects: one in Eemnes counts nowhere, one completing in the base year is not in the pipeline, a later one is fine', async () => {
    const { notices } = await preview(
      'projects',
      'projecten.csv',
      'naam;gemeente;opleverjaar;status;woningen\r\nZuidpunt;Eemnes;2027;vergund;40\r\nOude Haven;Hilversum;2023;opgeleverd;60\r\nLaanhof;Hilversum;2027;vergund;120\r\n',
    );
    expect(notices.map((n) => [n.line, n.code])).toEqual([
      [2, 'countsNowhereNoProgramme'],
      [3, 'projectInRealisation'],
    ]);
    expect(notices[1]?.text).toBe(
      'Rij 3: project "Oude Haven" wordt opgeleverd in 2023, in of vóór 2023, het laatste jaar met realisatiecijfers van Hilversum; het wordt bewaard, maar de pijplijn telt het niet mee: die woningen horen al in de realisatiecijfers.',
    );
  });

  it('figure corrections: Eemnes’s realisation alone counts nowhere; with a programme in the same import it counts', async () => {
    const alone = await preview('figures', 'cijfers.csv', 'cijfer_id;waarde\r\nrealisatie.opleveringen:GM0317:2022-2023;80\r\n');
    expect(alone.notices.map((n) => [n.line, n.code])).toEqual([[2, 'countsNowhereNoProgramme']]);
    await store?.close();
    store = null;
    const withProgramme = await preview('figures', 'cijfers.csv', 'cijfer_id;waarde\r\nrealisatie.opleveringen:GM0317:2022-2023;80\r\nbouwprogramma.totaal:GM0317:2022-2030;500\r\n');
    expect(withProgramme.notices.filter((n) => n.severity === 'warning' && n.code === 'countsNowhereNoProgramme')).toEqual([]);
  });
});
