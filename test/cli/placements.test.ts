import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliProcess } from '../support/cli';
import { fileState, useTempDir } from '../support/files';

const tempDir = useTempDir();

type Placements = { from: number; to: number; placedCumulative: number; taskToDate: number; balance: number; shortfall: number; surplus: number } | null;
type Run = { gemeenten: { code: string; aandachtsgroepen: { placements: Placements } }[]; region: { aandachtsgroepen: { placements: Placements; vacancies: { perYear: number; taskShare: number } | null } } };
async function basis(db: string): Promise<Run> {
  const r = await cli(['--db', db, 'run', '--scenario', 'basis', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Run;
}
const of = (run: Run, code: string) => run.gemeenten.find((g) => g.code === code)!.aandachtsgroepen.placements;
/** Inhabitants 1-1-2024 (000): Hilversum 94 435 of 254 538. */
const HILVERSUM = 94_435 / 254_538;

describe('cli import --kind plaatsingen (MODEL §5.3)', () => {
  it('a CSV of placements → the balance against the task, with history and revert', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const file = join(dir, 'plaatsingen-2025.csv');
    writeFileSync(file, '\uFEFFgemeente;jaar;plaatsingen\r\nHilversum;2025;40\r\nGM0402;2026;35\r\nHuizen;2024;10\r\n');
    expect(of(await basis(db), 'GM0402')).toBeNull();
    expect((await basis(db)).region.aandachtsgroepen.vacancies).toEqual({ perYear: 1400, taskShare: 0.175 });

    const dry = await cli(['--db', db, 'import', '--kind', 'plaatsingen', '--file', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Aandachtsgroepen: gerealiseerde plaatsingen in een sociale huurwoning · Hilversum · 2025: nieuw: 40');
    expect(of(await basis(db), 'GM0402')).toBeNull(); // a dry run writes nothing

    const r = await cli(['--db', db, 'import', '--kind', 'plaatsingen', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Ingelezen als import 1: 3 wijziging/);
    // Hilversum: 75 placed against 2 × 245 × 94 435 / 254 538 ≈ 181,79 → ≈ 106,79 behind.
    const run = await basis(db);
    const h = of(run, 'GM0402')!;
    expect(h).toMatchObject({ from: 2025, to: 2026, placedCumulative: 75, surplus: 0 });
    expect(h.shortfall).toBeCloseTo(490 * HILVERSUM - 75, 9);
    // Huizen 2024 lies before the demand (2025): 10 ahead; the region keeps both apart.
    expect(of(run, 'GM0406')).toMatchObject({ placedCumulative: 10, taskToDate: 0, surplus: 10 });
    expect(run.region.aandachtsgroepen.placements).toMatchObject({ from: 2024, to: 2026, placedCumulative: 85, surplus: 10 });
    expect(run.region.aandachtsgroepen.placements!.shortfall).toBeCloseTo(490 * HILVERSUM - 75, 9);

    const history = JSON.parse((await cli(['--db', db, 'history', '--json'])).out) as { imports: { kind: string; fileName: string }[] };
    expect(history.imports[0]).toMatchObject({ kind: 'plaatsingen', fileName: 'plaatsingen-2025.csv' });
    expect((await cli(['--db', db, 'history', 'revert-import', '1'])).code).toBe(0);
    expect(of(await basis(db), 'GM0402')).toBeNull();
  });

  it('refuses bad rows with a Dutch message at the row and column, and leaves the database as it was', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    await basis(db);
    const file = join(dir, 'fout.csv');
    writeFileSync(file, 'gemeente;jaar;plaatsingen\nAmsterdam;2025;4\nHilversum;2019;4\nHuizen;2025;-3\nLaren;2025;2,5\nBlaricum;2025;3\n');
    const before = fileState(db);
    const r = await cli(['--db', db, 'import', '--kind', 'plaatsingen', '--file', file]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('FOUT: Rij 2, kolom "gemeente": "Amsterdam" is geen bekende gemeente.');
    expect(r.out).toContain('FOUT: Rij 3, kolom "jaar": 2019 valt buiten de looptijd van het programma (2022–2030)');
    expect(r.out).toContain('FOUT: Rij 4, kolom "plaatsingen": -3 is negatief; een aantal plaatsingen is 0 of meer.');
    expect(r.out).toContain('FOUT: Rij 5, kolom "plaatsingen": "2,5" is geen geheel aantal huishoudens.');
    expect(r.err).toMatch(/niets ingelezen/);
    expect(fileState(db)).toBe(before);
  });

  it('the template, and the bundled command line as a user runs it', async () => {
    const template = await cli(['import', '--kind', 'plaatsingen', '--template']);
    expect(template.code).toBe(0);
    expect(template.out.split('\r\n')[0]).toBe('\uFEFFgemeente;jaar;plaatsingen');

    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const file = join(dir, 'plaatsingen.csv');
    writeFileSync(file, 'gemeente;jaar;plaatsingen\nHilversum;2025;40\n');
    const r = cliProcess(['--db', db, 'import', '--kind', 'plaatsingen', '--file', file, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'plaatsingen', validRows: 1, canApply: true });
    expect(cliProcess(['--help']).out).toContain('--kind realisation|projects|figures|plaatsingen');
  }, 60_000);
});
