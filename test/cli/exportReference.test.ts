import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

const tempDir = useTempDir();

/** `export --compare … --reference ID`: the differences are against the chosen scenario; png/svg of a comparison draw a comparison chart. */
describe('cli export --reference', () => {
  it('the workbook’s difference sheets are against the reference; a reference outside the comparison and a single scenario’s picture of a comparison are refused in Dutch', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const out = join(dir, 'werkmap.xlsx');
    const r = await cli(['--db', db, 'export', '--scenario', 'basis', '--compare', 'toegankelijk50', '--reference', 'toegankelijk50', '--format', 'xlsx', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Verschil ouderen');
    expect(ws?.getCell('A1').text).toContain('verschil met ‘Trend, 50 % nieuwbouw nultreden’');
    const headers = (ws?.getRow(2).values as unknown[]).filter((v) => typeof v === 'string');
    expect(headers).toContain('Verschil Basis: trend 2022–2023');
    expect(headers).toContain('Trend, 50 % nieuwbouw nultreden (referentie)');

    const cases: [string[], RegExp][] = [
      [['export', '--scenario', 'basis', '--compare', 'toegankelijk50', '--reference', 'programma', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')], /geen van de vergeleken scenario’s/],
      [['export', '--scenario', 'basis', '--reference', 'basis', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')], /hoort bij een vergelijking/],
      [['export', '--scenario', 'basis', '--compare', 'programma', '--chart', 'gap', '--format', 'png', '--out', join(dir, 'a.png')], /hoort bij één scenario.*compare/],
    ];
    for (const [args, message] of cases) {
      const refused = await cli(['--db', db, ...args]);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.err, args.join(' ')).toMatch(message);
    }
    expect(existsSync(join(dir, 'a.xlsx')) || existsSync(join(dir, 'a.png'))).toBe(false);
  }, 60_000);
});
