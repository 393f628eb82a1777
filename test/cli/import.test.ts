import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { fileState, useTempDir } from '../support/files';

const tempDir = useTempDir();

type Run = { gemeenten: { code: string; programme: { realised: number; baseYear: number; currentPace: number; projected2030: number; gap2030: number } | null }[] };
async function basis(db: string): Promise<Run> {
  const r = await cli(['--db', db, 'run', '--scenario', 'basis', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Run;
}
const hilversum = (run: Run) => run.gemeenten.find((g) => g.code === 'GM0402')!.programme!;

describe('cli import: realisation for 2024 moves the base year and the projections', () => {
  it('CSV (Dutch: ";" and decimal comma) → realised, baseYear, pace and projection follow MODEL §5.1', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const file = join(dir, 'realisatie-2024.csv');
    writeFileSync(file, '\uFEFFgemeente;jaar;opleveringen;sm_app\r\nHilversum;2024;250;60\r\nGM1942;2024;1.200;300\r\n');
    const before = hilversum(await basis(db));
    expect(before).toMatchObject({ realised: 365, baseYear: 2023, projected2030: 1642.5 });

    const dry = await cli(['--db', db, 'import', '--kind', 'realisation', '--file', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Realisatie: opleveringen nieuwbouw · Hilversum · 2024: nieuw: 250');
    expect(hilversum(await basis(db)).realised).toBe(365); // a dry run writes nothing

    const r = await cli(['--db', db, 'import', '--kind', 'realisation', '--file', file, '--peildatum', '2025-03-01']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Ingelezen als import 1: 4 wijziging/);
    const after = hilversum(await basis(db));
    // realised 365 + 250 = 615 over 2022–2024 → 205/yr; 2030: 615 + 205 × 6 = 1 845; gap 3 200 − 1 845.
    expect(after).toMatchObject({ realised: 615, baseYear: 2024, currentPace: 205, projected2030: 1845, gap2030: 1355 });

    const history = await cli(['--db', db, 'history', '--json']);
    const h = JSON.parse(history.out) as { changes: { action: string; source: string; newValue: number }[]; imports: { fileName: string; peildatum: string }[] };
    expect(h.imports[0]).toMatchObject({ fileName: 'realisatie-2024.csv', peildatum: '2025-03-01' });
    expect(h.changes.map((c) => c.source)).toEqual(Array(4).fill('realisatie-2024.csv'));

    expect((await cli(['--db', db, 'history', 'revert-import', '1'])).code).toBe(0);
    expect(hilversum(await basis(db))).toMatchObject({ realised: 365, baseYear: 2023 });
  });

  it('XLSX with English headers and decimal points', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Completions');
    ws.addRow(['Municipality', 'Year', 'Completions']);
    ws.addRow(['Hilversum', 2024, 250]);
    const file = join(dir, 'completions.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await cli(['--db', db, 'import', '--kind', 'realisation', '--file', file])).code).toBe(0);
    expect(hilversum(await basis(db)).realised).toBe(615);
  });

  it('projects: imported into the register and used by the pipeline pace', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const file = join(dir, 'projecten.csv');
    writeFileSync(file, 'naam;gemeente;opleverjaar;status;woningen;nultreden\r\nStationsgebied;Hilversum;2027;vergund;400;120\r\n');
    expect((await cli(['--db', db, 'import', '--kind', 'projects', '--file', file])).code).toBe(0);
    expect((await cli(['--db', db, 'scenario', 'create', '--name', 'Pijplijn', '--set', 'programme.paceMode=pipeline'])).code).toBe(0);
    const r = JSON.parse((await cli(['--db', db, 'run', '--scenario', 'pijplijn', '--json'])).out) as Run;
    expect(hilversum(r).projected2030).toBeCloseTo(365 + 0.8 * 400, 9);
  });
});

describe('cli import: bad input gives a row-level Dutch report, exit 2, and the database unchanged', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['leeg.csv', '', /leeg/i],
    ['tekst-in-getal.csv', 'gemeente;jaar;opleveringen\r\nHilversum;2024;veel\r\n', /Rij 2, kolom "opleveringen": "veel"/],
    ['onbekende-gemeente.csv', 'gemeente;jaar;opleveringen\r\nUtrecht;2024;10\r\n', /Rij 2, kolom "gemeente": "Utrecht" is geen bekende gemeente/],
    ['dubbel.csv', 'gemeente;jaar;opleveringen\r\nHilversum;2024;10\r\nGM0402;2024;12\r\n', /Rij 3.*(dubbel|al in rij 2|komt al voor)/i],
    ['verkeerd-scheidingsteken.csv', 'gemeente|jaar|opleveringen\r\nHilversum|2024|10\r\n', /scheidingsteken/],
    ['ontbrekende-kolom.csv', 'gemeente;opleveringen\r\nHilversum;10\r\n', /jaar/],
    ['plaatje.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /(binair|geen tekst|geen CSV)/i],
  ];
  for (const [name, content, message] of cases) {
    it(name, async () => {
      const dir = tempDir();
      const db = join(dir, 'db.sqlite');
      await cli(['--db', db, 'scenarios']);
      const state = fileState(db);
      const file = join(dir, name);
      writeFileSync(file, content);
      const r = await cli(['--db', db, 'import', '--kind', 'realisation', '--file', file]);
      expect(r.code).toBe(2);
      expect(r.out + r.err).toMatch(message);
      expect(r.err).toMatch(/er is niets ingelezen/);
      expect(fileState(db)).toBe(state);
    });
  }

  it('an unknown kind, a missing file and a bad peildatum are refused before anything is read', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    expect((await cli(['--db', db, 'import', '--kind', 'huizen', '--file', 'x.csv'])).err).toMatch(/--kind realisation\|projects\|figures/);
    expect((await cli(['--db', db, 'import', '--kind', 'realisation', '--file', join(dir, 'nee.csv')])).err).toMatch(/bestaat niet/);
    expect((await cli(['--db', db, 'import', '--kind', 'realisation', '--file', join(dir, 'nee.csv'), '--peildatum', '1-3-2025'])).err).toMatch(/jjjj-mm-dd/);
  });

  it('--template prints a CSV template that imports without errors (figures: every figure at its current value)', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const t = await cli(['--db', db, 'import', '--kind', 'figures', '--template']);
    expect(t.code).toBe(0);
    expect(t.out.startsWith('\uFEFF')).toBe(true);
    writeFileSync(join(dir, 'cijfers.csv'), t.out);
    const r = await cli(['--db', db, 'import', '--kind', 'figures', '--file', join(dir, 'cijfers.csv'), '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/fouten: 0/);
    expect(r.out).toMatch(/Wijzigingen \(0; ongewijzigd \d+\)/);
  });
});
