import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../electron/exports/docx';
import { buildDeck } from '../../electron/exports/pptx';
import { buildWorkbook } from '../../electron/exports/xlsx';
import { reportCharts, type Report } from '../../shared/export/report';
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
  const wordText = (xml: string) => xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  const slideText = (xml: string) => xml.replace(/<\/a:p>/g, '\n').replace(/<[^>]+>/g, '');
  const wb = new ExcelJS.Workbook();
  // exceljs' own Buffer type differs from @types/node's; the bytes are the same.
  await wb.xlsx.load((await buildWorkbook(report)) as unknown as ExcelJS.Buffer);
  const workbook = wb.worksheets.flatMap((ws) => [ws.name, ...ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string')]);
  return {
    memo: [...memoParts].filter(([path]) => /^word\/(document|footer\d*)\.xml$/.test(path)).map(([, xml]) => wordText(xml)).join('\n'),
    deck: [...deckParts].filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path)).map(([, xml]) => slideText(xml)).join('\n'),
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

  it('an English report is English throughout: headings, captions, footer, sheet names, source lines, numbers', async () => {
    const { report } = await reportIn('en-GB', tempDir(), 'basis', 'programma');
    const { memo, deck, workbook } = await textsOf(report);
    const all = [memo, deck, ...workbook].join('\n');
    // Dutch words of the frame and the sections; the Dutch names of source documents may stay.
    for (const dutch of ['Figuur ', 'Tabel 1', 'Bron:', 'pagina ', 'Samenvatting', 'Grafieken', 'Tabellen per gemeente', 'Per gemeente', 'Aannames', 'Kanttekeningen', 'Datum', 'Gegevens', 'Toelichting', 'Bladen', 'vervolg', 'Regio', 'Gemeente', 'Tekort', 'na 2040', 'Stand van de cijfers', 'november', 'woningen', 'kerncijfers']) {
      expect(all, dutch).not.toMatch(new RegExp(`(^|[^\\p{L}])${dutch}($|[^\\p{L}])`, 'u'));
    }
    expect(memo).toContain('Figure 1. ');
    expect(memo).toContain('Table 1. Build programme 2022–2030 per municipality');
    expect(memo).toContain('23 November 2026 · page ');
    // Table cells are paragraphs: one per line, in English notation.
    expect(memo).toContain(['Hilversum', '3,200', '365', '182.5', '182.5', '1,643', '1,558', '405', '2039'].join('\n'));
    expect(deck).toContain('Region: key figures');
    expect(deck).toContain('Source: 004');
    expect(workbook).toEqual(expect.arrayContaining(['Explanation', 'Build programme', 'Comparison', 'Assumptions', 'Summary', 'Sheets']));
  }, 60_000);
});
