import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { buildDeck } from '../../electron/exports/pptx';
import { buildWorkbook } from '../../electron/exports/xlsx';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../../shared/engine/run';
import { buildReport, type Report } from '../../shared/export/report';
import { Scenario } from '../../shared/scenario/schema';
import { officeParts } from '../support/officeFiles';
import { placeholderImages } from '../support/reportFixture';

const seed = readSeed();

function report(params: object): Report {
  const scenario = Scenario.parse({ id: 't', name: 'Tweede Keerpunt', params });
  return buildReport({ scenarios: [scenario], results: [runScenario(seed.dataset, scenario)], dataset: seed.dataset, findings: [], date: '2026-11-23T09:00:00Z' });
}

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text of the real files as a reader sees it, and the text runs (one cell, one run) to look at one by one. */
async function filesOf(r: Report) {
  const images = placeholderImages(r);
  const memoXml = (await officeParts(await buildMemo(r, images))).get('word/document.xml') ?? '';
  const deckParts = [...(await officeParts(await buildDeck(r, images)))].filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path)).map(([, xml]) => xml);
  const runs = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => decode(m[1] ?? ''));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorkbook(r)) as unknown as ExcelJS.Buffer);
  return {
    memo: decode(memoXml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')),
    memoRuns: runs(memoXml, 'w:t'),
    deck: deckParts.map((xml) => decode(xml.replace(/<\/a:p>/g, '\n').replace(/<[^>]+>/g, ''))).join('\n'),
    deckRuns: deckParts.flatMap((xml) => runs(xml, 'a:t')),
    wb,
  };
}

const KEERPUNT = { solidarity: { placements: [{ id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027, status: 'besloten', label: 'Tweede Keerpunt' }] } };

describe('the Solidariteit chapter in the real files', () => {
  it('basis: a chapter in the memo, slides in the deck, a sheet in the workbook', async () => {
    const { memo, deck, wb } = await filesOf(report({}));
    expect(memo).toContain('Solidariteit: wie draagt welke voorzieningen\n');
    expect(memo).toMatch(/Figuur \d+\. Verschil met het eerlijke deel per 10\.000 inwoners: Alle voorzieningen samen \(gewogen\)/);
    expect(memo).toMatch(/Tabel \d+\. Alle voorzieningen samen per gemeente \(telling 2025\)/);
    expect(memo).toMatch(/Tabel \d+\. Voorzieningen per 10\.000 inwoners, per gemeente en soort \(telling 2025\)/);
    expect(memo).toContain("Bron: telling 000 · tabel 'Huidige stand van zaken, per gemeente' (2025)");
    expect(deck).toContain('Solidariteit: wie draagt wat');
    expect(deck).toContain('staan in drie van de zeven gemeenten: Gooise Meren 21,4 per 10.000 inwoners, Hilversum 21,0 en Huizen 8,3');
    const sheet = wb.getWorksheet('Solidariteit')!;
    expect(sheet.rowCount).toBeGreaterThanOrEqual(2 + 7 * 7);
    expect(wb.getWorksheet('Plaatsingen')).toBeUndefined();
  }, 60_000);

  it('a Keerpunt of 6 in Gooise Meren: the after figures and the advisor’s ranking in memo and deck, its sheets in the workbook; no hyphen-minus in a number', async () => {
    const { memo, memoRuns, deck, deckRuns, wb } = await filesOf(report(KEERPUNT));
    for (const [name, text] of [['memo', memo], ['deck', deck]] as const) {
      expect(text, name).toContain('Daarna Keerpunt: 12 units in de regio (nu 6); Gooise Meren 6 tegen een eerlijk deel van 2,8 (+3,2) en Hilversum 6 tegen 4,5 (+1,5).');
      expect(text, name).toContain('1. Gooise Meren (maat 3,0), 2. Huizen (3,5), 3. Hilversum (3,6)');
      expect(text, name).toContain('Het scenario kiest Gooise Meren: rang 1 van 7.');
      expect(text, name).toContain('beslist niets');
    }
    expect(memo).toMatch(/Tabel \d+\. Plaatsingsadvies voor Tweede Keerpunt, gerekend zonder deze plaatsing/);
    expect(memo).toMatch(/Tabel \d+\. Geplande plaatsingen — Tweede Keerpunt/);
    // Every run that is a number (a table cell, a bar label) has a real minus sign, and some are negative.
    const numbers = [...memoRuns, ...deckRuns].filter((t) => /^[−+-]?\d[\d.,]*$/.test(t));
    expect(numbers.filter((t) => t.startsWith('-'))).toEqual([]);
    expect(numbers.filter((t) => t.startsWith('−')).length).toBeGreaterThan(10);
    // The workbook: the differences are numbers (negative where below the fair share), shown with a real minus.
    const ledger = wb.getWorksheet('Solidariteit')!;
    const header = ledger.getRow(2).values as unknown[];
    const surplus = header.indexOf('Verschil');
    const values: number[] = [];
    ledger.eachRow((row, n) => {
      if (n > 2 && typeof row.getCell(surplus).value === 'number') values.push(row.getCell(surplus).value as number);
    });
    expect(values.some((v) => v < 0)).toBe(true);
    expect(ledger.getRow(3).getCell(surplus).numFmt).toContain('"−"');
    const advice = wb.getWorksheet('Plaatsingsadvies')!;
    expect(advice.getRow(3).getCell(2).value).toBe(1);
    expect(advice.getRow(3).getCell(3).value).toBe('Gooise Meren');
    expect(wb.getWorksheet('Plaatsingen')!.getRow(3).getCell(1).value).toBe('Tweede Keerpunt');
  }, 60_000);
});
