import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/export/report';
import type { ReportTable } from '../../shared/export/table';
import { useTempDir } from '../../test/support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../../test/support/officeFiles';
import { blocksOf, reportFor as fixture, reportIn, tableOf, withTable } from '../../test/support/reportFixture';
import { workbookOf } from '../../shared/export/section';
import type { Result } from '../../shared/result/schema';
import { buildWorkbook, parseShown, sheetNames, type WorkbookOptions } from './xlsx';
import { readSeed } from '../seeds/readSeeds';
import { runChecks } from '../../shared/checks';
import { runScenario } from '../../shared/engine/run';
import { buildReport } from '../../shared/export/report';
import { glossaryEntry } from '../../shared/help/help';
import { texts } from '../../shared/i18n/catalogue';
import { Scenario } from '../../shared/scenario/schema';

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

/** A cell's value as text (the sheets checked here hold only text and numbers). */
const textOf = (v: ExcelJS.CellValue): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** What the export passes: the main result's gemeenten. */
function optionsOf(results: readonly Result[]): WorkbookOptions {
  return { gemeenten: results[0]!.gemeenten };
}

/** A cell's text as the file stores it, for the XML checks: shared strings resolved. */
async function sheetsXml(buffer: Buffer): Promise<{ name: string; xml: string; strings: string[] }[]> {
  const zip = await JSZip.loadAsync(buffer);
  const strings = [...((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const names = [...book.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
  return Promise.all(names.map(async (name, i) => ({ name, xml: await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string'), strings })));
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
      // Scenarios compared: the comparison first, as in the deck and the memo.
      'Scenario’s',
      'Vergelijking',
      'Verschil programma',
      'Verschil betaalbaar',
      'Verschil ouderen',
      'Verschil per type',
      'Bouwprogramma',
      'Betaalbaar',
      'Ouderenhuisvesting',
      'Ouderen en nieuwbouw',
      'Aandachtsgroepen',
      'Solidariteit',
      // Onzekerheid en wat er nodig is: basis has no ranges, so only the goal seek's answers.
      'Wat is er nodig',
      'Realisatiepaden (Basis)',
      'Vraag per jaar (Basis)',
      'Realisatiepaden (Programma)',
      'Vraag per jaar (Programma)',
      'Aannames',
      'Afleidingen',
      'Toelichting per kolom',
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
    // Blaricum never does on the trend: words, not a number, so in the note column and the year's cell left empty.
    const reached = rowNamed(comparison, 'Doel gehaald in (alle gemeenten)');
    expect(reached.getCell(2).value).toBeNull();
    const noteColumn = tableOf(report, 'comparison').columns.length + 1;
    expect(comparison.getRow(2).getCell(noteColumn).value).toBe('Opmerking');
    expect(reached.getCell(noteColumn).value).toBe(`${tableOf(report, 'comparison').columns[1]!.header}: na 2040`);
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

  it('reads like a StatLine table: short whole-word sheet names, numbers as numbers, A4 landscape, filters, CBS codes, a note per column', async () => {
    const { report, results } = await fixture(tempDir(), 'basis', 'programma', 'toegankelijk50');
    const buffer = await buildWorkbook(report, optionsOf(results));
    const files = await sheetsXml(buffer);
    const wb = await readBack(buffer);
    const tables = report.sections.flatMap((s) => workbookOf(s).sheets);
    // The explanation, a sheet per table, the column notes.
    expect(files.map((f) => f.name)).toHaveLength(tables.length + 2);
    expect(files.at(-1)!.name).toBe('Toelichting per kolom');
    expect(new Set(files.map((f) => f.name.toLowerCase())).size).toBe(files.length);
    tables.forEach((t, i) => {
      const name = files[i + 1]!.name;
      expect(name.length, name).toBeLessThanOrEqual(31);
      expect(name, name).not.toContain('…');
      // Every word is a whole word of the table's own name or of a scenario's name.
      const words = new Set(`${t.sheet ?? t.title} ${report.scenarioNames.join(' ')}`.split(/[\s():,]+/));
      for (const word of name.split(/[\s():,]+/).filter((x) => x !== '')) expect(words.has(word) || /^\d+$/.test(word), `${name}: ${word}`).toBe(true);
    });
    for (const { name, xml, strings } of files) {
      expect(xml, name).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      if (name !== 'Toelichting') expect(xml, name).toContain('<autoFilter ref="A2:');
      // No number stored as text.
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g)) {
        const text = strings[Number(m[2])] ?? '';
        expect(parseShown(text, 'nl-NL') === null && !/^\s*[+\-−]?\d+([.,]\d+)?\s*%?\s*$/.test(text), `${name}!${m[1]}: "${text}"`).toBe(true);
      }
      expect(xml, name).not.toContain('t="inlineStr"');
    }
    // No column mixes numbers and text between its header and the source line.
    const gemeenten = new Map(results[0]!.gemeenten.map((g) => [g.name, g.code]));
    tables.forEach((t, i) => {
      const ws = wb.worksheets[i + 1]!;
      const last = 2 + t.rows.length;
      const width = ws.getRow(2).cellCount;
      for (let c = 1; c <= width; c++) {
        const types = new Set<string>();
        for (let r = 3; r <= last; r++) {
          const v = ws.getCell(r, c).value;
          if (v !== null) types.add(typeof v);
        }
        expect(types.size, `${ws.name} kolom ${c}: ${[...types].join(', ')}`).toBeLessThanOrEqual(1);
      }
      // Every gemeente name has its CBS code beside it.
      for (let r = 3; r <= last; r++) {
        for (let c = 1; c <= width; c++) {
          const v = ws.getCell(r, c).value;
          if (typeof v !== 'string' || !gemeenten.has(v)) continue;
          const beside = [c > 1 ? ws.getCell(r, c - 1).value : null, ws.getCell(r, c + 1).value];
          expect(beside, `${ws.name}!${ws.getCell(r, c).address}`).toContain(gemeenten.get(v));
        }
      }
    });
    // The column notes: every column of every sheet, with its unit, definition and source.
    const notes = wb.getWorksheet('Toelichting per kolom')!;
    expect(notes.getRow(2).values).toEqual([undefined, 'Blad', 'Kolom', 'Eenheid', 'Definitie', 'Bron']);
    const described = new Map<string, string[]>();
    notes.eachRow((row, r) => {
      if (r > 2) described.set(`${textOf(row.getCell(1).value)}|${textOf(row.getCell(2).value)}`, [2, 3, 4, 5].map((c) => textOf(row.getCell(c).value)));
    });
    let columns = 0;
    tables.forEach((_t, i) => {
      const ws = wb.worksheets[i + 1]!;
      ws.getRow(2).eachCell((cell) => {
        columns++;
        const entry = described.get(`${ws.name}|${textOf(cell.value)}`);
        expect(entry, `${ws.name}: ${textOf(cell.value)}`).toBeDefined();
        for (const part of entry!.slice(1)) expect(part.trim(), `${ws.name}: ${textOf(cell.value)}`).not.toBe('');
      });
    });
    expect(described.size).toBe(columns);
    // A result column's own definition, not the generic line.
    expect(described.get('Bouwprogramma|Tekort 2030')![2]).toMatch(/^Woningen die aan het einde van het programma nog ontbreken/);
    expect(described.get('Bouwprogramma|Tekort 2030')![1]).toBe('woningen (aantal)');
    expect(described.get('Bouwprogramma|Tekort 2030')![3]).toMatch(/^Bron: 004/);
  }, 60_000);

  it('gives the column notes room: definition and source wide enough for three lines, the sheet printable at A4 width, no row over four lines', async () => {
    const { report, results } = await fixture(tempDir(), 'basis', 'programma', 'toegankelijk50');
    const notes = (await readBack(await buildWorkbook(report, optionsOf(results)))).getWorksheet('Toelichting per kolom')!;
    const widths = notes.columns.map((c) => c.width ?? 0);
    expect(widths).toHaveLength(5);
    // Definition and source, up to some 300 characters each, get the width; the page stays at a readable scale.
    expect(widths[3]).toBeGreaterThanOrEqual(80);
    expect(widths[4]).toBeGreaterThanOrEqual(80);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(240);
    const heights: number[] = [];
    notes.eachRow((row, r) => {
      if (r > 2) heights.push(row.height || 15);
    });
    expect(heights.length).toBeGreaterThan(100);
    expect(Math.max(...heights)).toBeLessThanOrEqual(4 * 15);
    expect(heights.filter((h) => h <= 3 * 15).length / heights.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('defines every column of every sheet in its column notes: a comparison with bands and placements, no column left to the generic line', async () => {
    const seed = readSeed();
    const bands = seed.builtinScenarios.find((x) => x.id === 'bandbreedte')!;
    // Bands (the uncertainty sheets) and a placement (the solidarity sheets after placements and the advice) in one scenario, compared.
    const keerpunt = { solidarity: { placements: [{ id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, status: 'besloten', label: 'Tweede Keerpunt' }] } };
    const main = Scenario.parse({ ...bands, id: 'kp', name: 'Bandbreedte met Keerpunt', params: { ...bands.params, ...keerpunt } });
    const scenarios = [main, ...['basis', 'programma'].map((id) => seed.builtinScenarios.find((x) => x.id === id)!)];
    const results = scenarios.map((x) => runScenario(seed.dataset, x));
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      const report = buildReport({ scenarios, results, dataset: seed.dataset, findings: runChecks(seed.dataset), date: '2026-11-23T09:00:00Z', locale, reference: 'programma' });
      const wb = await readBack(await buildWorkbook(report, optionsOf(results)));
      const cw = texts(locale).workbookColumns;
      const notes = wb.getWorksheet(cw.sheet)!;
      const described = new Map<string, { unit: string; definition: string }>();
      notes.eachRow((row, r) => {
        if (r > 2) described.set(`${textOf(row.getCell(1).value)}|${textOf(row.getCell(2).value)}`, { unit: textOf(row.getCell(3).value), definition: textOf(row.getCell(4).value) });
      });
      const sheets = wb.worksheets.slice(1, -1);
      // Every kind of sheet is here: the comparison's, the bands', the placements' and the advice's.
      const ids = report.sections.flatMap((x) => workbookOf(x).sheets.map((t) => t.id));
      for (const id of ['comparison', 'comparison-programme', 'comparison-elderly-types', 'uncertainty-percentiles', 'uncertainty-tornado', 'uncertainty-goal', 'solidarity-ledger', 'solidarity-placements', 'solidarity-advice', 'paths', 'demand', 'assumptions', 'derivations']) {
        expect(ids, id).toContain(id);
      }
      expect(sheets).toHaveLength(ids.length);
      let columns = 0;
      for (const ws of sheets) {
        const title = textOf(ws.getCell(1, 1).value);
        ws.getRow(2).eachCell((cell) => {
          columns++;
          const header = textOf(cell.value);
          const entry = described.get(`${ws.name}|${header}`);
          expect(entry, `${locale} ${ws.name}: ${header}`).toBeDefined();
          expect(entry!.definition, `${locale} ${ws.name}: ${header}`).not.toBe(cw.generic(header, title));
          expect(entry!.definition.length, `${locale} ${ws.name}: ${header}`).toBeGreaterThan(5);
          expect(entry!.unit, `${locale} ${ws.name}: ${header}`).not.toBe('');
        });
      }
      expect(columns).toBeGreaterThan(150);
      if (locale === 'nl-NL') {
        // The comparison's columns: the figure per scenario, and its difference against the chosen reference.
        expect(described.get('Verschil programma|Verschil Basis: trend 2022–2023')!.definition).toMatch(/^‘Basis: trend 2022–2023’ min de referentie ‘Programma: op koers’.*woningen die aan het einde van het programma nog ontbreken/);
        expect(described.get('Verschil programma|Basis: trend 2022–2023')!.definition).toMatch(/^In het scenario ‘Basis: trend 2022–2023’: woningen die/);
        // A glossary term where it says what the column holds; a unit of its own where the kind's says too little.
        expect(described.get('Solidariteit|Eerlijk deel')!.definition).toBe(glossaryEntry('nl-NL', 'eerlijkAandeel').definition);
        expect(described.get('Solidariteit|Nu')!.unit).toBe(cw.ownUnits.facilities);
        expect(described.get('Solidariteit|Verschil na per 10.000 inw.')!.definition).toMatch(/^Na de geplande plaatsingen van het scenario: het aantal voorzieningen min het eerlijke aandeel.*per 10\.000 inwoners\.$/);
        expect(described.get('Bandbreedtes|P90')!.definition).toBe(glossaryEntry('nl-NL', 'p10p90').definition);
      }
    }
  }, 120_000);

  it('in English is entirely English: sheet names, headers, notes', async () => {
    const { report, results } = await reportIn('en-GB', tempDir(), 'basis', 'programma');
    const wb = await readBack(await buildWorkbook(report, optionsOf(results)));
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names[0]).toBe('Explanation');
    expect(names.at(-1)).toBe('Column notes');
    const all: string[] = [];
    for (const ws of wb.worksheets) {
      ws.getRow(2).eachCell((cell) => {
        all.push(textOf(cell.value));
      });
    }
    const notes = wb.getWorksheet('Column notes')!;
    notes.eachRow((row) => {
      row.eachCell((cell) => {
        all.push(textOf(cell.value));
      });
    });
    const text = [...names, ...all].join(' | ');
    for (const dutch of ['Toelichting', 'Bouwprogramma', 'Gemeente', 'Tekort', 'Opmerking', 'woningen', 'Bron:', 'Eenheid', 'Definitie']) expect(text, dutch).not.toContain(dutch);
    expect(text).toContain('CBS code');
  }, 60_000);
});
