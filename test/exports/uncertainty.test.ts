import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { buildDeck } from '../../electron/exports/pptx';
import { buildWorkbook } from '../../electron/exports/xlsx';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../../shared/engine/run';
import { buildReport, type Report } from '../../shared/export/report';
import type { Locale } from '../../shared/format/nl';
import { officeParts } from '../support/officeFiles';
import { placeholderImages } from '../support/reportFixture';

const seed = readSeed();

/** The report as an export builds it: the point result in, the bands attached by buildReport. */
function report(id: string, locale: Locale = 'nl-NL'): Report {
  const scenario = seed.builtinScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`geen scenario ${id}`);
  return buildReport({ scenarios: [scenario], results: [runScenario(seed.dataset, scenario)], dataset: seed.dataset, findings: [], date: '2026-11-23T09:00:00Z', locale });
}

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const plain = (xml: string, paragraph: string) => decode(xml.replace(new RegExp(`</${paragraph}>`, 'g'), '\n').replace(/<[^>]+>/g, ''));

async function workbook(r: Report): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorkbook(r)) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A sheet's rows under its title and header, by header. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(2).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n <= 2) return;
    const values = row.values as unknown[];
    if (values.filter((v) => v !== undefined && v !== null).length < 3) return; // the source line
    out.push(Object.fromEntries(header.map((h, i): [string, unknown] => [h, values[i]]).filter(([h]) => h !== '')));
  });
  return out;
}

describe('the uncertainty chapter in the real files', () => {
  it('bandbreedte: the heading, the finding, the band tables and the tornado in the memo; the slides in the deck with a native tornado', async () => {
    const r = report('bandbreedte');
    const images = placeholderImages(r);
    const memo = plain((await officeParts(await buildMemo(r, images))).get('word/document.xml') ?? '', 'w:p');
    expect(memo).toContain('Onzekerheid en wat er nodig is\n');
    expect(memo).toContain('Met de ingevoerde bandbreedtes ligt het tekort in 2030 voor de regio tussen 1.774 (P10) en 2.276 (P90) woningen; de puntwaarde van het scenario, met zijn eigen waarden, is 2.028.');
    expect(memo).toContain('geen voorspelfout');
    expect(memo).toMatch(/Tabel \d+\. Tekort Woondeal-programma 2030: puntwaarde en P10–P90 — Basis met bandbreedtes/);
    expect(memo).toMatch(/Figuur \d+\. Invloed van elke bandbreedte op het tekort van de regio in 2030/);
    expect(memo).toMatch(/Tabel \d+\. Wat is er nodig: het tekort op het programma in 2030 sluiten/);
    expect(memo).toContain('niet haalbaar binnen de grenzen');

    const deck = await officeParts(await buildDeck(r, images));
    const slides = [...deck].filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path)).map(([, xml]) => plain(xml, 'a:p')).join('\n');
    expect(slides).toContain('Onzekerheid en wat er nodig is');
    expect(slides).toContain('Welke aanname weegt het zwaarst');
    // The tornado as a native chart: sideways, its names at the low end of the axis, not over the bars left of zero.
    const tornado = [...deck].find(([path, xml]) => path.startsWith('ppt/charts/chart') && xml.includes('Kleiner tekort'));
    expect(tornado, 'native tornado').toBeDefined();
    expect(tornado?.[1]).toContain('<c:barDir val="bar"/>');
    expect(tornado?.[1]).toContain('<c:tickLblPos val="low"/>');
  }, 60_000);

  it('bandbreedte: the workbook has the percentiles as numbers, one row per band, and the goal-seek answers', async () => {
    const wb = await workbook(report('bandbreedte'));
    const bands = rowsOf(wb.getWorksheet('Bandbreedtes')!);
    expect(bands.length).toBeGreaterThan(100);
    const region = bands.find((b) => b['CBS-code'] === 'regio' && b.Sleutel === 'programme.shortfall2030')!;
    expect(region).toMatchObject({ Plaats: 'Regio', Cijfer: 'tekort einde programma', 'Puntwaarde scenario': 2028 });
    for (const b of bands) {
      for (const h of ['Puntwaarde scenario', 'P10', 'P50', 'P90']) expect(typeof b[h], `${String(b['CBS-code'])} ${String(b.Sleutel)} ${h}`).toBe('number');
      expect(b.P10 as number).toBeLessThanOrEqual((b.P50 as number) + 1e-9);
      expect(b.P50 as number).toBeLessThanOrEqual((b.P90 as number) + 1e-9);
    }
    expect(wb.getWorksheet('Bandbreedtes')!.getRow(3).getCell(6).numFmt).toBe('#,##0');
    const goal = rowsOf(wb.getWorksheet('Wat is er nodig')!);
    const hilversum = goal.find((g) => g['CBS-code'] === 'GM0402' && g.Cijfer === 'tekort einde programma')!;
    expect(hilversum['Tempo nodig (per jaar)']).toBe(405);
    expect(hilversum['Tempofactor nodig']).toBeCloseTo(2.219, 3);
    expect(hilversum['Doel bereikt in (tempo scenario)']).toBe(2039);
    // A column holds numbers only: the words go to the note column, the share's cell stays empty.
    const huizen = goal.find((g) => g['CBS-code'] === 'GM0406' && g.Woonvorm === 'Nultreden');
    expect(huizen?.['Aandeel nultreden nodig']).toBeUndefined();
    expect(huizen?.Opmerking).toContain('Aandeel nultreden nodig: niet haalbaar binnen de grenzen');
    expect(wb.getWorksheet('Invloed aannames')).toBeDefined();
  }, 60_000);

  it('basis: the chapter answers what it would take, without bands', async () => {
    const r = report('basis');
    const memo = plain((await officeParts(await buildMemo(r, placeholderImages(r)))).get('word/document.xml') ?? '', 'w:p');
    expect(memo).toContain('Onzekerheid en wat er nodig is\n');
    expect(memo).toContain('Dit scenario heeft geen bandbreedtes of open keuzes');
    expect(memo).not.toMatch(/puntwaarde en P10–P90/);
    const wb = await workbook(r);
    expect(wb.getWorksheet('Bandbreedtes')).toBeUndefined();
    expect(wb.getWorksheet('Wat is er nodig')).toBeDefined();
  }, 60_000);

  it('English: the heading and the sheets in English', async () => {
    const r = report('bandbreedte', 'en-GB');
    const memo = plain((await officeParts(await buildMemo(r, placeholderImages(r)))).get('word/document.xml') ?? '', 'w:p');
    expect(memo).toContain('Uncertainty and what it would take\n');
    expect(memo).toContain('lies between 1,774 (P10) and 2,276 (P90) homes');
    const wb = await workbook(r);
    expect(rowsOf(wb.getWorksheet('Ranges')!).find((b) => b['CBS code'] === 'regio' && b.Key === 'programme.shortfall2030')?.Place).toBe('Region');
    expect(wb.getWorksheet('What it would take')).toBeDefined();
  }, 60_000);
});
