import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { reportCharts } from '../../shared/export/report';
import { useTempDir } from '../support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../support/officeFiles';
import { placeholderImages, reportFor } from '../support/reportFixture';

const tempDir = useTempDir();
async function memo(ids: string[]) {
  const { report, results } = await reportFor(tempDir(), ...ids);
  return { report, results, data: await buildMemo(report, placeholderImages(report)) };
}

describe('Word memo (.docx)', () => {
  it('unzips, every XML part parses, A4, Word heading styles, one image per chart with a numbered caption and source line', async () => {
    const { report, data } = await memo(['basis']);
    const parts = await officeParts(data);
    const doc = parts.get('word/document.xml') ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    const charts = reportCharts(report);
    expect((doc.match(/<pic:pic\b/g) ?? []).length).toBe(charts.length);
    for (let i = 1; i <= charts.length; i++) expect(doc).toContain(`Figuur ${i}. `);
    expect((doc.match(/Bron: 004 · Bijlage 2/g) ?? []).length).toBeGreaterThanOrEqual(charts.length);
    expect(doc).toContain('23 november 2026');
  });

  it('tables hold the figures of the result, nl-NL formatted, editable (w:tbl), Eemnes as "–"', async () => {
    const { data, results } = await memo(['basis']);
    const doc = (await officeParts(data)).get('word/document.xml') ?? '';
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    const hilversum = results[0]!.gemeenten.find((g) => g.code === 'GM0402')!.programme!;
    expect(hilversum.gap2030).toBe(1557.5);
    // The Hilversum row of the programme table: 3.200 | 365 | 182,5 | 182,5 | 1.643 | tekort 1.558 | voor op schema 0 | 405 | 2039.
    const text = doc.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
    expect(text).toContain('|Hilversum|3.200|365|182,5|182,5|1.643|1.558|0|405|2039|');
    expect(text).toContain('|Eemnes|–|–|–|–|–|–|–|–|–|');
    // The region's shortfall is the sum of the gemeenten's (not the net 1.249), Gooise Meren's and Laren's lead apart.
    expect(text).toContain('|Regio|6.910|1.258|629|629|5.661|2.028|779|807,4|na 2040|');
  });

  it('a summary written from the result, and the assumptions and source contradictions', async () => {
    const { data } = await memo(['toegankelijk50', 'basis']);
    const text = ((await officeParts(data)).get('word/document.xml') ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('629 woningen per jaar');
    expect(text).toContain('Aandeel nieuwbouw nultreden');
    expect(text).toContain('50,0 %');
    expect(text).toMatch(/zorggeschikte woningen: regiocijfer ≠ som van de gemeenten/);
    expect(text).toContain('Scenario’s vergeleken');
  });

  it.skipIf(!soffice() && !process.env.CI)('LibreOffice renders it to PDF (skipped only where LibreOffice is not installed and this is not CI)', async () => {
    const dir = tempDir();
    const file = join(dir, 'memo.docx');
    writeFileSync(file, (await memo(['basis'])).data);
    const pdf = toPdf(file, dir);
    expect(pdfPages(readFileSync(pdf))).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
