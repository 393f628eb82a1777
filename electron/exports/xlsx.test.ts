import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/export/report';
import type { ReportTable } from '../../shared/export/table';
import { useTempDir } from '../../test/support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../../test/support/officeFiles';
import { blocksOf, reportFor as fixture, tableOf, withTable } from '../../test/support/reportFixture';
import { buildWorkbook, sheetNames } from './xlsx';

const tempDir = useTempDir();

async function reportFor(...ids: string[]): Promise<Report> {
  return (await fixture(tempDir(), ...ids)).report;
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs' own Buffer type differs from @types/node's; the bytes are the same.
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

function rowNamed(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === name) return ws.getRow(r);
  throw new Error(`geen rij ${name} op ${ws.name}`);
}

describe('buildWorkbook', () => {
  it('writes a well-formed workbook with an explanation sheet and one sheet per table', async () => {
    const report = await reportFor('basis', 'programma');
    const buffer = await buildWorkbook(report);
    // Throws on a part that does not parse.
    const parts = await officeParts(buffer);
    expect(parts.size).toBeGreaterThan(10);

    const wb = await readBack(buffer);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual([
      'Toelichting',
      'Bouwprogramma',
      'Betaalbaar',
      'Ouderenhuisvesting',
      'Ouderen en nieuwbouw',
      'Aandachtsgroepen',
      'Solidariteit',
      // Onzekerheid en wat er nodig is: basis has no ranges, so only the goal seek's answers.
      'Wat is er nodig',
      // The comparison: each scenario in one line, the region, and per theme the differences per gemeente (aandachtsgroepen equal: no sheet).
      'Scenario’s',
      'Vergelijking',
      'Verschil programma',
      'Verschil betaalbaar',
      'Verschil ouderen',
      'Verschil per type',
      'Realisatiepaden (Basis)',
      'Vraag per jaar (Basis)',
      'Realisatiepaden (Programma)',
      'Vraag per jaar (Programma)',
      'Aannames',
      'Afleidingen',
    ]);
    const intro = wb.getWorksheet('Toelichting')!;
    const texts: string[] = [];
    intro.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      });
    });
    expect(texts).toContain(report.title);
    expect(texts).toContain('23 november 2026');
    expect(texts).toContain(report.dataAsOf);
    for (const p of blocksOf(report, 'summary', 'paragraphs').flatMap((b) => b.texts)) expect(texts).toContain(p);
    for (const f of blocksOf(report, 'findings', 'notes').flatMap((b) => b.items)) expect(texts).toContain(f.title);
  });

  it('stores the programme as numbers equal to the result, Eemnes as empty cells', async () => {
    const report = await reportFor('basis');
    const wb = await readBack(await buildWorkbook(report));
    const ws = wb.getWorksheet('Bouwprogramma')!;
    expect(ws.getCell('A1').value).toBe(tableOf(report, 'programme').title);
    const header = ws.getRow(2);
    expect(header.getCell(2).value).toBe('Programma 2022–2030');
    expect(header.getCell(1).font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });

    const hilversum = rowNamed(ws, 'Hilversum');
    const cell = (c: number) => hilversum.getCell(c);
    for (const c of [2, 3, 4, 7]) expect(cell(c).type).toBe(ExcelJS.ValueType.Number);
    expect(cell(2).value).toBe(3200);
    expect(cell(3).value).toBe(365);
    expect(cell(4).value).toBe(182.5);
    expect(cell(7).value).toBeCloseTo(3200 - (365 + 182.5 * 7), 9);
    expect(cell(2).numFmt).toBe('#,##0');
    expect(cell(4).numFmt).toBe('#,##0.0');

    const eemnes = rowNamed(ws, 'Eemnes');
    for (let c = 2; c <= tableOf(report, 'programme').columns.length; c++) {
      expect(eemnes.getCell(c).value, `kolom ${c}`).toBeNull();
      expect(eemnes.getCell(c).type).toBe(ExcelJS.ValueType.Null);
    }

    const regio = rowNamed(ws, 'Regio');
    expect(regio.getCell(1).font.bold).toBe(true);
    // The region's shortfall is the sum of the gemeenten's, not its net gap 6910 − (1258 + 629 × 7) = 1249; the lead of Gooise Meren and Laren beside it.
    expect(regio.getCell(7).value).toBe(215 + 1557.5 + 75 + 180.5);
    expect(regio.getCell(8).value).toBe(690.5 + 88.5);
    expect(header.getCell(7).value).toBe('Tekort 2030');
    expect(header.getCell(8).value).toBe('Voor op schema 2030');
    // The source line sits under the table.
    expect(ws.getCell(tableOf(report, 'programme').rows.length + 4, 1).value).toMatch(/^Bron: 004/);
  });

  it('keeps shares as fractions with a percent format and years as plain years', async () => {
    const report = await reportFor('basis', 'programma');
    const wb = await readBack(await buildWorkbook(report));
    const elderly = wb.getWorksheet('Ouderen en nieuwbouw')!;
    const share = rowNamed(elderly, 'Regio').getCell(tableOf(report, 'elderlyNewBuild').columns.length);
    expect(share.type).toBe(ExcelJS.ValueType.Number);
    expect(share.numFmt).toBe('0.0%');
    expect(share.value as number).toBeLessThan(10);
    const comparison = wb.getWorksheet('Vergelijking')!;
    // The region reaches its target when its last gemeente does: with the programme's pace, in 2030.
    const year = rowNamed(comparison, 'Doel gehaald in (alle gemeenten)').getCell(3);
    expect(year.value).toBe(2030);
    expect(year.numFmt).toBe('0');
    // Blaricum never does on the trend: words, not an empty cell.
    expect(rowNamed(comparison, 'Doel gehaald in (alle gemeenten)').getCell(2).value).toBe('na 2040');
    expect(rowNamed(comparison, 'Tempo scenario (woningen/jr)').getCell(3).numFmt).toBe('#,##0.0');
  });

  it('never writes a formula, and text that looks like one stays text', async () => {
    const report = await reportFor('basis', 'programma');
    const assumptions = tableOf(report, 'assumptions');
    const buffer = await buildWorkbook(withTable(report, { ...assumptions, rows: [...assumptions.rows, ['=1+1', '+31 20', '-5', '@SUM(A1)']] }));

    const zip = await JSZip.loadAsync(buffer);
    for (const f of Object.keys(zip.files).filter((name) => name.startsWith('xl/worksheets/') && name.endsWith('.xml'))) {
      expect(await zip.file(f)!.async('string'), f).not.toMatch(/<f[\s>]/);
    }
    const wb = await readBack(buffer);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeFalsy();
        });
      });
    }
    const row = rowNamed(wb.getWorksheet('Aannames')!, '=1+1');
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).numFmt).toBe('@');
    expect(row.getCell(2).value).toBe('+31 20');
    expect(row.getCell(4).value).toBe('@SUM(A1)');
  });

  it.skipIf(!soffice())('opens in LibreOffice Calc', async () => {
    const file = join(tempDir(), 'werkboek.xlsx');
    writeFileSync(file, await buildWorkbook(await reportFor('basis', 'programma')));
    expect(pdfPages(readFileSync(toPdf(file, tempDir())))).toBeGreaterThanOrEqual(11);
  }, 120_000);

  it('makes sheet names Excel accepts', () => {
    const table = (id: string, title: string): ReportTable => ({ id, title, columns: [], rows: [], totalRow: false, source: '' });
    const names = sheetNames(
      [table('x', 'Een heel lange titel: met [haken] en een / schuine streep * en meer?'), table('x', 'Een heel lange titel: met [haken] en een / schuine streep * en meer?'), table('y', "'History'"), table('z', 'toelichting')],
      [],
    );
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n.startsWith("'")).toBe(false);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).not.toContain('History');
    expect(names.map((n) => n.toLowerCase())).not.toContain('toelichting');
  });
});
