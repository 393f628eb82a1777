import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { buildDeck } from '../../electron/exports/pptx';
import { buildWorkbook } from '../../electron/exports/xlsx';
import { buildReport, reportCharts, type Report } from '../../shared/export/report';
import { runChecks } from '../../shared/checks';
import { runScenario } from '../../shared/engine/run';
import { openStore } from '../../electron/store/store';
import { chart, paragraphs, table, type Section } from '../../shared/export/section';
import { useTempDir } from '../support/files';
import { officeParts } from '../support/officeFiles';
import { placeholderImages, reportFor, reportIn, tableOf } from '../support/reportFixture';

const tempDir = useTempDir();

/** All the text of a memo, a deck and a workbook, to search in. */
async function textsOf(report: Report): Promise<{ memo: string; deck: string; workbook: string[] }> {
  const images = placeholderImages(report);
  const memoParts = await officeParts(await buildMemo(report, images));
  const deckParts = await officeParts(await buildDeck(report, images));
  // What a reader sees: the XML's entities decoded (a scenario name is quoted).
  const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const wordText = (xml: string) => decode(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''));
  const slideText = (xml: string) => decode(xml.replace(/<\/a:p>/g, '\n').replace(/<[^>]+>/g, ''));
  const wb = new ExcelJS.Workbook();
  // exceljs' own Buffer type differs from @types/node's; the bytes are the same.
  await wb.xlsx.load((await buildWorkbook(report)) as unknown as ExcelJS.Buffer);
  const workbook = wb.worksheets.flatMap((ws) => [ws.name, ...ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string')]);
  return {
    memo: [...memoParts].filter(([path]) => /^word\/(document|footer\d*)\.xml$/.test(path)).map(([, xml]) => wordText(xml)).join('\n'),
    // The slides and their speaker notes: the summary slide shows the key findings, its notes the whole summary.
    deck: [...deckParts].filter(([path]) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(path)).map(([, xml]) => slideText(xml)).join('\n'),
    workbook,
  };
}

describe('report sections', () => {
  it('a section added to the report is shown by the memo, the deck and the workbook without a change to them', async () => {
    const { report } = await reportFor(tempDir(), 'basis');
    const spec = { ...reportCharts(report)[0]!, id: 'extra-chart', title: 'Grafiek van de extra sectie' };
    const extraTable = { ...tableOf(report, 'programme'), id: 'extra-table', title: 'Tabel van de extra sectie', sheet: 'Extra' };
    const extra: Section = {
      id: 'extra',
      title: 'Extra sectie',
      blocks: [
        paragraphs('Een alinea van de extra sectie.'),
        { kind: 'facts', items: ['Een feit van de extra sectie'] },
        chart(spec),
        table(extraTable),
        { kind: 'notes', items: [{ title: 'Kanttekening', text: 'bij de extra sectie' }] },
        { kind: 'group', title: 'Deel van de extra sectie', blocks: [{ kind: 'remark', texts: ['Een opmerking in het deel.'] }] },
      ],
    };
    const { memo, deck, workbook } = await textsOf({ ...report, sections: [...report.sections, extra] });

    for (const text of ['Extra sectie', 'Een alinea van de extra sectie.', 'Een feit van de extra sectie', 'Grafiek van de extra sectie', 'Tabel van de extra sectie', 'Kanttekening', 'Deel van de extra sectie', 'Een opmerking in het deel.']) {
      expect(memo, text).toContain(text);
    }
    expect(memo).toMatch(/Figuur \d+\. Grafiek van de extra sectie/);
    expect(memo).toMatch(/Tabel \d+\. Tabel van de extra sectie/);
    for (const text of ['Een alinea van de extra sectie.', 'Een feit van de extra sectie', 'Grafiek van de extra sectie', 'Tabel van de extra sectie', 'Kanttekening', 'Een opmerking in het deel.']) {
      expect(deck, text).toContain(text);
    }
    // The workbook: the section's text on the first sheet under its title, its table a sheet of its own.
    for (const text of ['Extra sectie', 'Een alinea van de extra sectie.', 'Een feit van de extra sectie', 'Kanttekening', 'Extra', 'Tabel van de extra sectie']) {
      expect(workbook, text).toContain(text);
    }
  }, 60_000);

  it('never nets a shortfall (toegankelijk50): the region’s nultreden shortfall is 832 in memo, deck and workbook, the surplus named apart, no negative tekort anywhere', async () => {
    const { report, results } = await reportFor(tempDir(), 'toegankelijk50', 'basis');
    const main = results[0]!;
    // The case of issue 9: netted over the gemeenten the region's nultreden gap is −1,5.
    expect(main.region.elderly?.nultreden.gap).toBeCloseTo(-1.5, 9);
    const { memo, deck, workbook } = await textsOf(report);
    const sheets = workbook.join('\n');
    for (const [name, text] of [['memo', memo], ['deck', deck], ['workbook', sheets]] as const) {
      expect(text, name).toContain('een tekort van 832 nultredenwoningen, 1.025 geclusterde en 3.168 zorggeschikte woningen (samen 5.025)');
      expect(text, name).toContain('Gooise Meren en Laren hebben samen 834 nultredenwoningen meer dan hun behoefte; dat vult geen tekort elders of aan een ander type.');
      expect(text, name).toContain('In 2030 is het tekort 2.028 woningen, opgeteld over de gemeenten die achterlopen');
      expect(text, name).toContain('Gooise Meren en Laren bouwen samen 779 woningen meer dan hun programma; dat vult de tekorten elders niet.');
      // The net only as net.
      expect(text, name).toContain('Netto, met die voorsprong verrekend, staat de regio 1.249 woningen achter op het programma.');
      // The required share: capped, and the sentence with the numbers (sums over the gemeenten whose new build is too small).
      expect(text, name).toContain('zou alle nieuwbouw in dit scenario (100 %) ouderengeschikt moeten zijn, en zelfs dat is niet genoeg');
      expect(text, name).toContain('(samen 1.922 woningen) kleiner dan wat die voor ouderen moet leveren (5.033): ook als alle nieuwbouw daar ouderengeschikt is, blijven er 3.111 tekort.');
      expect(text, name).not.toMatch(/tekort(?: van)?:? [-−]/i);
      expect(text, name).not.toMatch(/tekort[^.\n]{0,80}?\s[-−]\d/i);
    }
    // The facts per gemeente (memo and deck): a gemeente ahead is ahead, not a negative shortfall.
    for (const [name, text] of [['memo', memo], ['deck', deck]] as const) {
      expect(text, name).toContain('89 voor op schema in 2030; doel gehaald 2025');
      expect(text, name).toContain('Tekort ouderenhuisvesting 2030: 950 (geclusterd 230, zorggeschikt 720); meer dan de behoefte: nultreden 831 (dat vult de andere typen niet)');
      expect(text, name).toContain('Benodigd aandeel ouderengeschikt in de nieuwbouw: 100 %, en dat is niet genoeg: de nieuwbouw tot 2030 (105) is kleiner dan wat die voor ouderen moet leveren (226); 121 blijven tekort');
      expect(text, name).toContain('Benodigd aandeel ouderengeschikt in de nieuwbouw: 55 %');
      expect(text, name).not.toContain('Tekort 2030: -');
    }
    // Every table: no negative number in a column or row that says tekort; the region's nultreden shortfall is 832.
    const tables = report.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    for (const t of tables) {
      t.columns.forEach((c, i) => {
        if (/tekort/i.test(c.header)) for (const row of t.rows) expect(row[i] ?? 0, `${t.title}: ${c.header}`).not.toBeLessThan(0);
      });
      for (const row of t.rows) if (typeof row[0] === 'string' && /tekort/i.test(row[0])) for (const v of row.slice(1)) expect(v ?? 0, `${t.title}: ${row[0]}`).not.toBeLessThan(0);
    }
    const elderly = tableOf(report, 'elderly');
    const regio = elderly.rows.at(-1)!;
    expect(regio[elderly.columns.findIndex((c) => c.header === 'Nultredenwoningen: tekort')]).toBe(832);
    expect(regio[elderly.columns.findIndex((c) => c.header === 'Nultredenwoningen: overschot')]).toBe(833.5);
    // The workbook's cells, read back from the file: the same, as numbers.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(report)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(elderly.sheet)!;
    const header = ws.getRow(2).values as unknown[];
    const column = header.indexOf('Nultredenwoningen: tekort');
    expect(column).toBeGreaterThan(0);
    let regioRow: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Regio') regioRow = row;
    });
    expect(regioRow?.getCell(column).value).toBe(832);
    for (const sheet of wb.worksheets) {
      const heads = sheet.getRow(2).values as unknown[];
      sheet.eachRow((row, n) => {
        if (n <= 2) return;
        heads.forEach((h, c) => {
          const v = row.getCell(c).value;
          if (typeof h === 'string' && /tekort/i.test(h) && typeof v === 'number') expect(v, `${sheet.name}!${n}:${c}`).toBeGreaterThanOrEqual(0);
        });
      });
    }
  }, 60_000);

  it('an English report is English throughout: headings, captions, footer, sheet names, source lines, numbers', async () => {
    const { report } = await reportIn('en-GB', tempDir(), 'basis', 'programma');
    const { memo, deck, workbook } = await textsOf(report);
    const all = [memo, deck, ...workbook].join('\n');
    // Dutch words of the frame and the sections; the Dutch names of source documents may stay.
    for (const dutch of ['Figuur ', 'Tabel 1', 'Bron:', 'pagina ', 'Samenvatting', 'Grafieken', 'Tabellen per gemeente', 'Per gemeente', 'Aannames', 'Kanttekeningen', 'Datum', 'Gegevens', 'Toelichting', 'Bladen', 'vervolg', 'Regio', 'Gemeente', 'Tekort', 'na 2040', 'Stand van de cijfers', 'november', 'woningen', 'kerncijfers']) {
      expect(all, dutch).not.toMatch(new RegExp(`(^|[^\\p{L}])${dutch}($|[^\\p{L}])`, 'u'));
    }
    expect(memo).toContain('Figure 1. ');
    // Compared, the comparison's tables come first.
    expect(memo).toContain('Table 1. The scenarios compared, one line each');
    expect(memo).toMatch(/Table \d+\. Build programme 2022–2030 per municipality/);
    expect(memo).toContain('23 November 2026 · page ');
    // Table cells are paragraphs: one per line, in English notation.
    expect(memo).toContain(['Hilversum', '3,200', '365', '182.5', '182.5', '1,643', '1,558', '0', '405', '2039'].join('\n'));
    // The shortfall as the sum over the municipalities behind, the lead apart, the net called net; the comparison on the shortfall.
    expect(memo).toContain('In 2030 the shortfall is 2,028 homes, added up over the municipalities that are behind: Hilversum (1,558), Blaricum (215), Wijdemeren (181) and Huizen (75).');
    expect(memo).toContain('Gooise Meren and Laren together build 779 homes more than their programmes; that does not fill the shortfalls elsewhere. Net, with that lead set off, the region is 1,249 homes behind the programme.');
    expect(memo).toContain('Against ‘Basis: trend 2022–2023’, these are the differences that matter');
    expect(memo).toMatch(/‘Programma: op koers’: [a-z ]*shortfall 2030 from 2,028 to 0 homes \(2,028 less\); the largest difference in Hilversum \(−1,558\)\./);
    expect(memo).toContain('89 ahead of schedule in 2030; target reached 2025');
    expect(deck).toContain('Region: key figures');
    expect(deck).toContain('Source: 004');
    expect(workbook).toEqual(expect.arrayContaining(['Explanation', 'Build programme', 'Comparison', 'Assumptions', 'Summary', 'Sheets']));
  }, 60_000);
});

describe('the colophon names the analyst\'s hand edits of source figures', () => {
  it('a changed figure with its document value, the value used, the date and the note; without edits, every figure is the documents\'', async () => {
    const store = await openStore(join(tempDir(), 'edits.sqlite'));
    try {
      const id = 'bouwprogramma.laagMidden:GM1696:2022-2030';
      await store.dataset.editFigure(id, 330, 'Nagerekend: 66 % van 500');
      const ds = await store.dataset.dataset();
      const edits = (await store.dataset.figureViews()).filter((v) => v.edit !== null);
      expect(edits.map((v) => v.figure.id)).toEqual([id]);
      const basis = await store.scenarios.require('basis');
      const build = (withEdits: typeof edits) => buildReport({ scenarios: [basis], results: [runScenario(ds, basis)], dataset: ds, findings: runChecks(ds), date: '2026-12-03T09:00:00Z', edits: withEdits });
      const colophonText = (r: ReturnType<typeof build>) => JSON.stringify(r.sections.find((s) => s.id === 'colophon'));
      const text = colophonText(build(edits));
      expect(text).toContain('1 cijfer uit de brondocumenten is door de analist met de hand gewijzigd');
      expect(text).toMatch(/Wijdemeren · 2022–2030 \(004 · [^)]*\): 320 in de bron, 330 gebruikt; gewijzigd op \d+ [a-z]+ 20\d\d, toelichting: Nagerekend: 66 % van 500\./);
      expect(colophonText(build([]))).toContain('de analist heeft geen cijfers ingevoerd of ingelezen');
    } finally {
      await store.close();
    }
  });
});
