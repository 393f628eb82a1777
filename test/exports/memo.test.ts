import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { reportCharts, type Report } from '../../shared/export/report';
import { memoOf, type Block } from '../../shared/export/section';
import type { ReportTable } from '../../shared/export/table';
import { formatNumber } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';
import type { Result } from '../../shared/result/schema';
import { SOURCE_DOCUMENTS } from '../../shared/i18n/texts/sources';
import { useTempDir } from '../support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../support/officeFiles';
import { placeholderImages, reportFor, reportIn } from '../support/reportFixture';

const tempDir = useTempDir();
/** The memo's head is laid out as two tables: the header block and the key-message box. */
const FRONT_TABLES = 2;
async function memo(ids: string[]) {
  const { report, results } = await reportFor(tempDir(), ...ids);
  return { report, results, data: await buildMemo(report, placeholderImages(report)) };
}

/** The paragraphs of a part (Word does not nest them outside text boxes, which the memo has none of). */
const paragraphsOf = (xml: string) => xml.match(/<w:p>.*?<\/w:p>/gs) ?? [];
/** What a paragraph reads: its text runs, fields' instructions left out, XML's entities read. */
const textOf = (xml: string) => unescapeXml([...xml.replace(/<w:instrText[^>]*>.*?<\/w:instrText>/gs, '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const unescapeXml = (text: string) => text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
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
  // The decision asked is the first chapter, before the report's sections.
  const chapters = [texts(report.locale).report.policy.decisionTitle, ...report.sections.filter((s) => memoOf(s).length > 0).map((s) => s.title)];
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
  // The first two tables are the header block and the key-message box; the report's tables follow.
  const wordTables = (doc.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).slice(FRONT_TABLES);
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

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
    // Each picture's alt text is its chart's one-sentence data summary, not only its title.
    const descriptions = [...doc.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(descriptions).toHaveLength(charts.length);
    for (const [i, c] of charts.entries()) expect(descriptions[i], c.id).toContain(xmlEscape(c.alt ?? '—'));
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

  it('a policy memo: header block (Aan, Van, Datum, Onderwerp, status concept), a key-message box written from the figures, the decision asked as marked placeholders', async () => {
    const { report, data, results } = await memo(['basis', 'programma']);
    const doc = (await officeParts(data)).get('word/document.xml') ?? '';
    const [header, box] = doc.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    const rows = (header?.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).map((r) => (r.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map(textOf));
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Aan', 'Van', 'Datum', 'Onderwerp', 'Status']));
    const cell = (label: string) => rows.find((r) => r[0] === label)?.[1] ?? '';
    expect(cell('Aan')).toContain('Stuurgroep');
    expect(cell('Status')).toBe('concept');
    expect(cell('Datum')).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
    expect(cell('Onderwerp')).toContain(results[1]!.scenarioName);
    // The box: its title and three or four findings, each from the figures (the programme's shortfall as the table has it).
    expect(report.keyMessages.length).toBeGreaterThanOrEqual(3);
    expect(report.keyMessages.length).toBeLessThanOrEqual(4);
    expect(box).toContain('w:fill="EAF1FB"');
    const boxText = paragraphsOf(box ?? '').map(textOf);
    expect(boxText[0]).toBe('Kernboodschap');
    expect(boxText.slice(1)).toEqual(report.keyMessages.map((m) => `${m.label}. ${m.text}`));
    expect(report.keyMessages[0]!.text).toContain(`samen 2.028 woningen; Hilversum het meest (1.558)`);
    expect(report.keyMessages.at(-1)!.label).toBe('Scenario’s vergeleken');
    // The decision: a heading, and what the projectleider fills in, highlighted and in brackets, not made-up content.
    const paragraphs = paragraphsOf(doc);
    const at = paragraphs.findIndex((p) => p.includes('<w:pStyle w:val="Heading1"/>') && textOf(p) === 'Gevraagd besluit / ter bespreking');
    expect(at).toBeGreaterThan(0);
    const placeholders = paragraphs.slice(at + 1, at + 5).filter((p) => p.includes('<w:highlight w:val="yellow"/>'));
    expect(placeholders).toHaveLength(3);
    for (const p of placeholders) expect(textOf(p)).toMatch(/^\[In te vullen: [^\]]+\]$/);
  });

  it('chapters by theme, each opening with its finding; a colophon naming the five documents with title, organisation and date; sources traceable', async () => {
    const { report, data } = await memo(['basis', 'toegankelijk50']);
    const doc = (await officeParts(data)).get('word/document.xml') ?? '';
    const headings = paragraphsOf(doc).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf);
    const order = ['Bouwprogramma', 'Betaalbaar bouwen (laag en midden)', 'Ouderenhuisvesting', 'Aandachtsgroepen'].map((h) => headings.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const id of ['theme-programme', 'theme-affordable', 'theme-elderly', 'theme-aandachtsgroepen']) {
      const first = memoOf(report.sections.find((x) => x.id === id)!)[0];
      expect(first?.kind, id).toBe('paragraphs');
      expect(first?.kind === 'paragraphs' ? first.texts[0] : '', id).toMatch(/\d/);
    }
    expect(headings.slice(-3)).toEqual(['Bijlage: begrippen', 'Bijlage: de rekenmethode', 'Colofon en bronnen']);
    // The colophon's table: every document by its id, title, organisation and date.
    const text = unescapeXml(doc.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
    const sources = texts('nl-NL').sources;
    for (const [id, title] of Object.entries(SOURCE_DOCUMENTS) as [keyof typeof SOURCE_DOCUMENTS, string][]) {
      expect(text).toContain(`|${id}|${title}|${sources.organisation[id]}|${sources.date[id]}|`);
    }
    expect(text).toContain('20 februari 2025');
    // The scenarios in words: the one that differs, with its value and default.
    expect(text).toContain("'Trend, 50 % nieuwbouw nultreden' wijkt af van de standaard: aandeel nieuwbouw nultreden 50,0 %");
    // No developer file; every source line's quotes and brackets balanced.
    expect(doc).not.toContain('rekenmethode.md');
    const sourceLines = paragraphsOf(doc).filter((p) => p.includes('<w:pStyle w:val="Bronregel"/>')).map(textOf);
    expect(sourceLines.length).toBeGreaterThan(10);
    for (const line of sourceLines) {
      expect((line.match(/\(/g) ?? []).length, line).toBe((line.match(/\)/g) ?? []).length);
      expect((line.replace(/\p{L}'\p{L}/gu, '').match(/'/g) ?? []).length % 2, line).toBe(0);
    }
  });

  it('scenarios compared: the comparison chapter right after the summary with its summary and two tables; each theme chapter its own differences per gemeente and grouped charts; Hilversum’s part the other scenarios’ figures', async () => {
    const { data, results } = await memo(['basis', 'programma', 'toegankelijk50']);
    const [basis, programma] = results as [Result, Result, Result];
    const paragraphs = paragraphsOf((await officeParts(data)).get('word/document.xml') ?? '');
    const headingAt = paragraphs.map((p, i) => (p.includes('<w:pStyle w:val="Heading1"/>') ? i : -1)).filter((i) => i >= 0);
    const headings = headingAt.map((i) => textOf(paragraphs[i] ?? ''));
    expect(headings.slice(headings.indexOf('Samenvatting'), headings.indexOf('Samenvatting') + 3)).toEqual(['Samenvatting', 'Scenario’s vergeleken', 'Bouwprogramma']);
    /** A chapter's captions, from its heading to the next. */
    const chapter = (title: string) => {
      const at = headingAt[headings.indexOf(title)] ?? -1;
      const end = headingAt[headings.indexOf(title) + 1] ?? paragraphs.length;
      return paragraphs.slice(at, end);
    };
    const captions = (title: string) => chapter(title).filter((p) => p.includes('<w:pStyle w:val="Caption"/>')).map(textOf);
    const ref = `verschil met ‘${basis.scenarioName}’`;
    expect(captions('Ouderenhuisvesting')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Figuur \d+\. Tekort ouderenhuisvesting 2030 per type \(regio, som per gemeente\), per scenario$/),
        expect.stringMatching(/^Figuur \d+\. Tekort ouderenhuisvesting 2030 per gemeente, per scenario$/),
        expect.stringMatching(new RegExp(`^Tabel \\d+\\. Tekort ouderenhuisvesting 2030 per gemeente, ${ref}$`)),
        expect.stringMatching(new RegExp(`^Tabel \\d+\\. Tekort ouderenhuisvesting 2030 per type \\(regio\\), ${ref}$`)),
      ]),
    );
    expect(captions('Bouwprogramma')).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^Tabel \\d+\\. Tekort bouwprogramma 2030 per gemeente, ${ref}$`))]));
    // The comparison chapter no longer repeats them: its two tables, no figure.
    expect(captions('Scenario’s vergeleken')).toEqual([expect.stringMatching(/^Tabel 1\. De vergeleken scenario’s in één regel$/), expect.stringMatching(/^Tabel 2\. Scenario’s vergeleken \(regio\)$/)]);
    // Hilversum: Programma's programme shortfall and its difference with Basis.
    const gemeenten = chapter('Per gemeente').map(textOf);
    const hilversum = gemeenten.slice(gemeenten.indexOf('Hilversum'));
    const shortfall = basis.gemeenten.find((g) => g.code === 'GM0402')?.programme?.shortfall2030 ?? NaN;
    expect(hilversum.find((t) => t.startsWith(`‘${programma.scenarioName}’:`))).toContain(`tekort bouwprogramma 2030 0 (−${formatNumber(shortfall)} t.o.v. ‘${basis.scenarioName}’)`);
  });

  it('no empty cell where a value belongs: the assumptions table of an all-default scenario, the theme tables; a gemeente by its name, a data default by its value', async () => {
    const { report } = await memo(['basis', 'toegankelijk50']);
    const ids = ['assumptions', 'programme', 'affordable', 'elderly', 'elderlyNewBuild', 'aandachtsgroepen', 'sources'];
    const shown = tablesIn(report).filter((t) => ids.includes(t.id));
    expect(new Set(shown.map((t) => t.id))).toEqual(new Set(ids));
    for (const t of shown) for (const row of t.rows) for (const cell of row) expect(cell === null || String(cell).trim() !== '', `${t.id}: ${row.join(' | ')}`).toBe(true);
    const assumptions = shown.find((t) => t.id === 'assumptions')!;
    expect(assumptions.rows).toContainEqual(['Basis: trend 2022–2023', 'Alle aannames', 'standaard', 'standaard']);
    const nultreden = assumptions.rows.find((r) => r[1] === 'Aandeel nieuwbouw nultreden');
    expect(nultreden?.[3]).toMatch(/^aandeel S\+M app in de realisatie per gemeente \(\d+,\d % tot \d+,\d %\)$/);
  });

  it('an English memo is English throughout: headings, captions, table headers, the header block and the appendices', async () => {
    const { report } = await reportIn('en-GB', tempDir(), 'basis', 'programma');
    const doc = (await officeParts(await buildMemo(report, placeholderImages(report)))).get('word/document.xml') ?? '';
    const paragraphs = paragraphsOf(doc);
    const headings = paragraphs.filter((p) => /<w:pStyle w:val="(Heading\d|Caption|Title|TOCHeading)"\/>/.test(p)).map(textOf);
    const headers = tablesIn(report).flatMap((t) => t.columns.map((c) => c.header));
    const labels = ((doc.match(/<w:tbl>.*?<\/w:tbl>/s) ?? [''])[0].match(/<w:tr>.*?<\/w:tr>/gs) ?? []).map((r) => textOf((r.match(/<w:tc>.*?<\/w:tc>/s) ?? [''])[0]));
    expect(labels).toEqual(expect.arrayContaining(['To', 'From', 'Date', 'Subject', 'Status']));
    expect(headings).toEqual(expect.arrayContaining(['Decision requested / for discussion', 'Appendix: terms', 'Appendix: the calculation method', 'Colophon and sources']));
    const DUTCH = /\b(Samenvatting|Bouwprogramma|Betaalbaar|Ouderenhuisvesting|Aandachtsgroepen|Bijlage|Tabel|Figuur|Gemeente|Aannames|Tegenstrijdigheden|Kanttekeningen|Inhoud|Colofon|Begrippen|Gevraagd|Tekort|Behoefte|Regio|Realisatiepad|vergeleken|woningen|per jaar)\b/i;
    for (const text of [...headings, ...headers, ...labels]) expect(text, text).not.toMatch(DUTCH);
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
      const layout = execFileSync('pdftotext', ['-layout', '-l', '3', pdf, '-'], { encoding: 'utf8' });
      const titles = [texts(report.locale).report.policy.decisionTitle, ...report.sections.filter((x) => memoOf(x).length > 0).map((x) => x.title)];
      for (const title of titles) expect(layout).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\.{3,}\\s*\\d+\\s*$`, 'm'));
      // A header word cut by a line break reads as its two pieces on two lines ("Zorggeschikt" / "e woningen:").
      const words = headerWords(report);
      expect(words).toEqual(expect.arrayContaining(['Programma', 'Zorggeschikte']));
      for (const w of words) for (let k = 2; k <= w.length - 1; k++) expect(text, w).not.toContain(`${w.slice(0, k)}\n${w.slice(k)}`);
      // LibreOffice reads the headings as headings (with their outline levels), the captions' numbers as sequence fields, the contents as an index.
      execFileSync(soffice() ?? 'soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'odt', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
      const content = await (await JSZip.loadAsync(readFileSync(join(dir, 'memo.odt')))).file('content.xml')?.async('string') ?? '';
      const chapters = report.sections.filter((x) => memoOf(x).length > 0).length + 1;
      expect(content.match(/<text:h [^>]*text:outline-level="1"/g) ?? []).toHaveLength(chapters);
      expect(content.match(/<text:sequence [^>]*text:name="Figuur"/g) ?? []).toHaveLength(reportCharts(report).length);
      expect(content.match(/<text:sequence [^>]*text:name="Tabel"/g) ?? []).toHaveLength(tablesIn(report).length);
      expect(content).toContain('<text:table-of-content ');
    },
    120_000,
  );
});
