import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pngResolution } from '../../shared/charts/imageMeta';
import { MEMO, pixelsPerMetre } from '../../shared/charts/target';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { texts } from '../../shared/i18n/catalogue';
import { cli } from '../support/cli';
import { fileState, useTempDir } from '../support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../support/officeFiles';
import { SOURCE_DOCUMENTS } from '../../shared/i18n/texts/sources';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';

const tempDir = useTempDir();

/**
 * `export` as the project leader uses it: headless, charts drawn by the machine's Chromium,
 * files written whole or not at all.
 */
describe('cli export', () => {
  it('docx, issue 12’s own case (basis against programma and toegankelijk50): the comparison in the programme and elderly chapters per gemeente, the five documents, a contents field, caption fields, nl-NL; rendered by LibreOffice and kept', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    const file = join(dir, 'memo-vergelijking.docx');
    const r = await cli(['--db', db, 'export', '--scenario', 'basis', '--compare', 'programma', '--compare', 'toegankelijk50', '--format', 'docx', '--out', file]);
    expect(r.err).toContain('Geschreven:');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Bezig: \d+ grafieken tekenen/);
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const parts = await officeParts(readFileSync(file));
    const doc = parts.get('word/document.xml') ?? '';
    const unescape = (t: string): string => t.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const text = unescape(doc.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
    const nl = texts('nl-NL');
    const w = nl.comparison.section;
    const ref = 'Basis: trend 2022–2023';
    // Each theme chapter carries its own part of the comparison, per gemeente: the chapter a caption is in is the last chapter heading before it.
    const paragraphs = doc.split(/<w:p[ >]/).map((p) => ({ heading: p.includes('<w:pStyle w:val="Heading1"/>'), text: unescape(p.replace(/<[^>]+>/g, '')) }));
    const chapterOf = (caption: string): string | undefined => paragraphs.slice(0, paragraphs.findIndex((p) => p.text.includes(caption))).filter((p) => p.heading).at(-1)?.text;
    expect(chapterOf(w.diffTable(nl.comparison.measure['programme.shortfall2030'], ref))).toBe(nl.report.policy.themes.programme);
    expect(chapterOf(w.diffTable(nl.comparison.measure['elderly.total.shortfall'], ref))).toBe(nl.report.policy.themes.elderly);
    // Hilversum's programme shortfall in the three scenarios and the differences (MODEL.md worked figures: 1.558 behind in Basis).
    expect(text).toMatch(/\|Hilversum\|1\.558\|0\|−1\.558\|1\.558\|0\|/);
    // The chapters keep the main scenario's own table too.
    expect(text).toContain('|Hilversum|3.200|365|');
    for (const title of Object.values(SOURCE_DOCUMENTS)) expect(text).toContain(title);
    expect(doc).toMatch(/<w:instrText[^>]*>TOC /);
    expect(doc).toContain('SEQ Figuur');
    expect(doc).toContain('SEQ Tabel');
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>');
    // Real chart pictures, not placeholders.
    expect((await JSZip.loadAsync(readFileSync(file))).file(/^word\/media\/.*\.png$/).length).toBeGreaterThanOrEqual(8);

    // As the stuurgroep reads it: LibreOffice's pages (kept in test-results/rendered/ by toPdf).
    if (!soffice()) {
      expect(process.env.CI, 'LibreOffice ontbreekt in CI').toBeUndefined();
      return;
    }
    const pdf = toPdf(file, dir);
    expect(pdfPages(readFileSync(pdf))).toBeGreaterThanOrEqual(20);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(pages).toMatch(/pagina 1 van \d+/);
    expect(pages).toContain(w.themeCompared(ref));
  }, 180_000);

  it('xlsx and csv: typed numbers and the nl CSV profile; a comparison of two scenarios', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    expect((await cli(['--db', db, 'export', '--scenario', 'basis', '--compare', 'programma', '--format', 'xlsx', '--out', join(dir, 'werkmap.xlsx')])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'werkmap.xlsx'));
    const values = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat());
    expect(values).toContain(1557.5);
    const csv = await cli(['--db', db, 'export', '--scenario', 'basis', '--format', 'csv', '--out', join(dir, 'tabel.csv')]);
    expect(csv.code).toBe(0);
    const text = readFileSync(join(dir, 'tabel.csv'), 'utf8');
    expect(text.startsWith('\uFEFFscenario;code;gemeente;')).toBe(true);
    expect(text).toContain(';3200;365;2023;182,5;182,5;1642,5;1557,5;405;2039;');
  }, 120_000);

  it('--lang en: an English workbook; an unknown language is refused', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    expect((await cli(['--db', db, 'export', '--scenario', 'basis', '--format', 'xlsx', '--lang', 'en', '--out', join(dir, 'workbook.xlsx')])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const texts = wb.worksheets.flatMap((ws) => [ws.name, ...ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string')]).join(' | ');
    expect(texts).toContain('Municipality');
    expect(texts).not.toMatch(/\b(Gemeente|Tekort|Gerealiseerd|Programma)\b/);
    const refused = await cli(['--db', db, 'export', '--scenario', 'basis', '--format', 'xlsx', '--lang', 'fr', '--out', join(dir, 'x.xlsx')]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Onbekende taal "fr"');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  }, 120_000);

  it('png and svg of one chart, with its title and source line in the image', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    expect((await cli(['--db', db, 'export', '--scenario', 'basis', '--format', 'svg', '--chart', 'path-GM0402', '--out', join(dir, 'pad.svg')])).code).toBe(0);
    const svg = readFileSync(join(dir, 'pad.svg'), 'utf8');
    expect(svg).toContain('Realisatiepad Hilversum');
    expect(svg).toContain('Bron: 004');
    // Its title and alt text as the SVG's own <title> and <desc>.
    expect(svg).toMatch(/^<svg[^>]*><title>Realisatiepad Hilversum<\/title><desc>Hilversum: doel [^<]+\.<\/desc>/);
    expect((await cli(['--db', db, 'export', '--scenario', 'basis', '--format', 'png', '--out', join(dir, 'tekort.png')])).code).toBe(0);
    const png = readFileSync(join(dir, 'tekort.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Laid out at the memo's width (643 CSS px at 3×), with the resolution that prints it 17 cm wide.
    expect(png.readUInt32BE(16)).toBe(MEMO.width * MEMO.scale);
    expect(pngResolution(png)).toBe(pixelsPerMetre(MEMO));
  }, 120_000);

  it('bad input: Dutch message, exit 2, nothing written, database unchanged', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.sqlite');
    await cli(['--db', db, 'scenarios']);
    const before = fileState(db);
    const cases: [string[], RegExp][] = [
      [['export', '--scenario', 'bestaat-niet', '--format', 'docx', '--out', join(dir, 'a.docx')], /bestaat niet/],
      [['export', '--scenario', 'basis', '--format', 'pdf', '--out', join(dir, 'a.pdf')], /Onbekend formaat "pdf"/],
      [['export', '--scenario', 'basis', '--format', 'docx'], /uitvoerbestand/],
      [['export', '--scenario', 'basis', '--format', 'docx', '--out', join(dir, 'geen-map', 'a.docx')], /bestaat niet/],
      [['export', '--scenario', 'basis', '--format', 'png', '--chart', 'taart', '--out', join(dir, 'a.png')], /Grafiek "taart" bestaat niet/],
      [['export', '--scenario', 'basis', '--compare', 'programma', '--compare', 'toegankelijk50', '--compare', 'basis', '--compare', 'programma', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')], /hoogstens vier/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['--db', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
    }
    // Nothing but the database and its backups folder (the day's first open makes a backup, by design).
    expect(readdirSync(dir).filter((f) => !f.startsWith('db.sqlite') && f !== 'backups')).toEqual([]);
    expect(fileState(db)).toBe(before);
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
  }, 60_000);
});
