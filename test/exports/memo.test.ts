import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { reportCharts, type Report } from '../../shared/export/report';
import { memoOf, type Block } from '../../shared/export/section';
import type { ReportTable } from '../../shared/export/table';
import { useTempDir } from '../support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../support/officeFiles';
import { placeholderImages, reportFor, reportIn } from '../support/reportFixture';

const tempDir = useTempDir();
async function memo(ids: string[]) {
  const { report, results } = await reportFor(tempDir(), ...ids);
  return { report, results, data: await buildMemo(report, placeholderImages(report)) };
}

/** The paragraphs of a part (Word does not nest them outside text boxes, which the memo has none of). */
const paragraphsOf = (xml: string) => xml.match(/<w:p>.*?<\/w:p>/gs) ?? [];
/** What a paragraph reads: its text runs, fields' instructions left out. */
const textOf = (xml: string) => [...xml.replace(/<w:instrText[^>]*>.*?<\/w:instrText>/gs, '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** A style's definition in styles.xml. */
const styleOf = (styles: string, id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's'))?.[0] ?? '';
/** Every table of the report the memo shows, in order. */
function tablesIn(report: Report): ReportTable[] {
  const of = (b: Block): ReportTable[] => (b.kind === 'table' ? [b.table] : b.kind === 'group' ? b.blocks.flatMap(of) : []);
  return report.sections.flatMap((s) => memoOf(s).flatMap(of));
}

/** Checks the memo's Word structure, in the report's language: what Word and LibreOffice need to find headings, number captions, and keep things together. */
async function expectStructure(report: Report, data: Buffer, words: { lang: string; figure: string; table: string; page: string; of: string }) {
  const parts = await officeParts(data);
  const doc = parts.get('word/document.xml') ?? '';
  const styles = parts.get('word/styles.xml') ?? '';

  // The language of every run: the document defaults, and no run or style saying otherwise.
  expect(styles.match(/<w:docDefaults>.*?<\/w:docDefaults>/s)?.[0]).toContain(`<w:lang w:val="${words.lang}"/>`);
  for (const [path, xml] of parts) for (const lang of xml.match(/<w:lang [^>]*>/g) ?? []) expect(lang, path).toBe(`<w:lang w:val="${words.lang}"/>`);

  // Word's built-in heading styles with their outline levels; every chapter a Heading 1.
  expect(styleOf(styles, 'Heading1')).toContain('<w:outlineLvl w:val="0"/>');
  expect(styleOf(styles, 'Heading2')).toContain('<w:outlineLvl w:val="1"/>');
  expect(styleOf(styles, 'Heading1')).toContain('<w:name w:val="heading 1"/>');
  const chapters = report.sections.filter((s) => memoOf(s).length > 0).map((s) => s.title);
  const headings = paragraphsOf(doc).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf);
  expect(headings).toEqual(chapters);

  // The table of contents: a TOC field over the headings' outline levels, with an entry per chapter, updated when Word opens it.
  expect(doc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-1&quot;/);
  const toc = doc.match(/<w:sdt>.*?<\/w:sdt>/s)?.[0] ?? '';
  expect(paragraphsOf(toc).filter((p) => p.includes('<w:pStyle w:val="TOC1"/>')).map((p) => textOf(p).replace(/\d+$/, ''))).toEqual(chapters);
  expect(parts.get('word/settings.xml')).toContain('<w:updateFields/>');

  // Captions: the number a SEQ field, counting in order, the paragraph kept with the figure or table after it.
  const paragraphs = paragraphsOf(doc);
  const captions = paragraphs.filter((p) => p.includes('<w:pStyle w:val="Caption"/>'));
  const figures = captions.filter((p) => p.includes(`SEQ ${words.figure} `));
  const tables = captions.filter((p) => p.includes(`SEQ ${words.table} `));
  expect(figures).toHaveLength(reportCharts(report).length);
  expect(tables).toHaveLength(tablesIn(report).length);
  expect(figures.length + tables.length).toBe(captions.length);
  figures.forEach((p, i) => {
    expect(p).toContain(`<w:fldSimple w:instr="SEQ ${words.figure} \\* ARABIC"><w:r><w:t xml:space="preserve">${i + 1}</w:t></w:r></w:fldSimple>`);
    expect(textOf(p)).toMatch(new RegExp(`^${words.figure} ${i + 1}\\. \\S`));
  });
  tables.forEach((p, i) => {
    expect(textOf(p)).toMatch(new RegExp(`^${words.table} ${i + 1}\\. \\S`));
  });
  for (const p of captions) expect(p).toContain('<w:keepNext/>');
  // A figure's picture is kept with its source line.
  for (const p of paragraphs.filter((x) => x.includes('<pic:pic'))) expect(p).toContain('<w:keepNext/>');

  // The footer: "pagina N van M" as PAGE and NUMPAGES fields.
  const footer = [...parts].filter(([path]) => /^word\/footer\d*\.xml$/.test(path)).map(([, xml]) => xml).join('');
  expect(footer).toMatch(new RegExp(`${words.page} </w:t>.*>PAGE</w:instrText>.*> ${words.of} </w:t>.*>NUMPAGES</w:instrText>`, 's'));

  // Tables: the header row repeated on each page, no row split over two; a short table kept in one piece; the columns fill the text width.
  const wordTables = doc.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
  expect(wordTables).toHaveLength(tablesIn(report).length);
  for (const t of wordTables) {
    const rows = t.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    rows.forEach((row, i) => {
      expect(row).toContain('<w:cantSplit/>');
      expect(row.includes('<w:tblHeader/>')).toBe(i === 0);
    });
    if (rows.length - 1 <= 15) for (const p of paragraphsOf(t)) expect(p).toContain('<w:keepNext/>');
    const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
  }
}

/** The words of the tables' headers a line break could cut, each long enough to be cut. */
function headerWords(report: Report): string[] {
  return [...new Set(tablesIn(report).flatMap((t) => t.columns.flatMap((c) => c.header.split(/[^\p{L}]+/u))).filter((w) => w.length >= 6))];
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
    const text = textOf(doc);
    for (let i = 1; i <= charts.length; i++) expect(text).toContain(`Figuur ${i}. `);
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

  it('Word structure: nl-NL on every run, heading styles with outline levels, a TOC field, SEQ caption fields kept with their figure or table, "pagina N van M", table rows kept whole', async () => {
    const { report, data } = await memo(['basis', 'programma']);
    await expectStructure(report, data, { lang: 'nl-NL', figure: 'Figuur', table: 'Tabel', page: 'pagina', of: 'van' });
  });

  it('an English memo: en-GB on every run, "Figure" and "Table" sequences, "page N of M"', async () => {
    const { report } = await reportIn('en-GB', tempDir(), 'basis');
    await expectStructure(report, await buildMemo(report, placeholderImages(report)), { lang: 'en-GB', figure: 'Figure', table: 'Table', page: 'page', of: 'of' });
  });

  it.skipIf(!soffice() && !process.env.CI)(
    'LibreOffice renders it to PDF: "pagina 1 van N", the contents with page numbers, no table header broken inside a word; and reads its headings, caption numbers and contents as such (skipped only where LibreOffice is not installed and this is not CI)',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'memo.docx');
      const { report, data } = await memo(['basis']);
      writeFileSync(file, data);
      const pdf = toPdf(file, dir);
      const pages = pdfPages(readFileSync(pdf));
      expect(pages).toBeGreaterThanOrEqual(5);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(`pagina 1 van ${pages}`);
      expect(text).toContain(`pagina ${pages} van ${pages}`);
      // Each chapter in the contents with a page number (LibreOffice shows the field as written: it does not update it).
      const layout = execFileSync('pdftotext', ['-layout', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      for (const s of report.sections.filter((x) => memoOf(x).length > 0)) expect(layout).toMatch(new RegExp(`${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\.{3,}\\s*\\d+\\s*$`, 'm'));
      // A header word cut by a line break reads as its two pieces on two lines ("Zorggeschikt" / "e woningen:").
      const words = headerWords(report);
      expect(words).toEqual(expect.arrayContaining(['Programma', 'Zorggeschikte']));
      for (const w of words) for (let k = 2; k <= w.length - 1; k++) expect(text, w).not.toContain(`${w.slice(0, k)}\n${w.slice(k)}`);
      // LibreOffice reads the headings as headings (with their outline levels), the captions' numbers as sequence fields, the contents as an index.
      execFileSync(soffice() ?? 'soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'odt', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
      const content = await (await JSZip.loadAsync(readFileSync(join(dir, 'memo.odt')))).file('content.xml')?.async('string') ?? '';
      const chapters = report.sections.filter((x) => memoOf(x).length > 0).length;
      expect(content.match(/<text:h [^>]*text:outline-level="1"/g) ?? []).toHaveLength(chapters);
      expect(content.match(/<text:sequence [^>]*text:name="Figuur"/g) ?? []).toHaveLength(reportCharts(report).length);
      expect(content.match(/<text:sequence [^>]*text:name="Tabel"/g) ?? []).toHaveLength(tablesIn(report).length);
      expect(content).toContain('<text:table-of-content ');
    },
    120_000,
  );
});
