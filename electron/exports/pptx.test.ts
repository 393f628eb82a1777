import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/export/report';
import { useTempDir } from '../../test/support/files';
import { officeParts, pdfPages, soffice, toPdf } from '../../test/support/officeFiles';
import { PIXEL_PNG, blocksOf, reportFor as fixture, reportIn, placeholderImages } from '../../test/support/reportFixture';
import { deckHeadlines } from '../../shared/export/headlines';
import { deckImageCharts } from '../../shared/export/deckCharts';
import { texts } from '../../shared/i18n/catalogue';
import { slidesOf } from '../../shared/export/section';
import { buildDeck, slideSource } from './pptx';
import { nativeChart } from '../../shared/export/nativeChart';
import { formatCell } from '../../shared/table/column';
import { reportCharts } from '../../shared/export/report';
import { SERIES_COLOURS } from '../../shared/charts/palette';
import { buildReport } from '../../shared/export/report';
import { runScenario } from '../../shared/engine/run';
import type { FigureView } from '../../shared/dataset/figureView';
import { SOURCE_DOCUMENTS, type SourceDocumentId } from '../../shared/i18n/texts/sources';
import { openStore } from '../store/store';

const tempDir = useTempDir();

/** Whether poppler's pdftotext is there to read a rendered PDF's text. */
function pdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

async function reportFor(...ids: string[]): Promise<Report> {
  return (await fixture(tempDir(), ...ids)).report;
}

const imagesFor = placeholderImages;

type Slide = { n: number; xml: string; rels: string; text: string };

/** Regional charts on slides of their own after the overview: the elderly gap and the regional path. */
const REGIONAL = 2;
/** The Solidariteit chapter after the gemeenten (basis, no placements): text, chart, map, ledger of all types, per type per 10 000. */
const SOLIDARITY = 5;
/** Onzekerheid en wat er nodig is (basis, no ranges): the goal seek's text, its programme table, its elderly table on two slides. */
const UNCERTAINTY = 4;

/** The comparison's slides (first in a deck that compares): as many as its section has. */
const comparisonSlides = (report: Report): number => slidesOf(report.sections.find((s) => s.id === 'comparison')!).length;
/** The source contradictions fill as many slides as their text needs (at least one). */
const findingSlides = (slides: readonly Slide[]): number => slides.filter((s) => s.text.startsWith('Tegenstrijdigheden in de bronnen')).length;
/** The closing source list: one slide, or two where it does not fit one at 12 pt. */
const sourceSlides = (slides: readonly Slide[]): number => slides.filter((s) => /^Bronnen( \(vervolg\))? /.test(s.text)).length;

async function open(deck: Buffer): Promise<{ zip: JSZip; slides: Slide[] }> {
  const zip = await JSZip.loadAsync(deck);
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const slides: Slide[] = [];
  for (const f of slideFiles) {
    const n = Number(/slide(\d+)\.xml$/.exec(f)?.[1]);
    const xml = await zip.file(f)!.async('string');
    const rels = (await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async('string')) ?? '';
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
    slides.push({ n, xml, rels, text: decode(text) });
  }
  return { zip, slides: slides.sort((a, b) => a.n - b.n) };
}

/** The speaker notes of a slide, without its slide number. */
async function notesOf(zip: JSZip, slide: Slide): Promise<string> {
  const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(slide.rels)?.[1];
  const xml = (target && (await zip.file(`ppt/notesSlides/${target}`)?.async('string'))) || '';
  const body = xml.slice(0, xml.indexOf('name="Slide Number Placeholder'));
  return decode([...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'));
}

/** The text of the slide's title placeholder, or null when the slide has none. */
function titleOf(slide: Slide): string | null {
  const shape = [...slide.xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((sp) => /<p:ph\s[^>]*type="title"/.test(sp));
  return shape === undefined ? null : decode([...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
}

const decode = (s: string): string => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const showsChart = (s: Slide): boolean => /relationships\/(chart|image)"/.test(s.rels);

describe('buildDeck', () => {
  it('writes a well-formed deck: title, overview, 7 gemeenten, comparison, assumptions, points to note, findings', async () => {
    const report = await reportFor('basis', 'programma');
    const deck = await buildDeck(report, imagesFor(report));
    // Throws on a part that does not parse.
    expect((await officeParts(deck)).size).toBeGreaterThan(20);
    const { slides } = await open(deck);
    const C = comparisonSlides(report);
    expect(findingSlides(slides)).toBeGreaterThanOrEqual(1);
    expect(sourceSlides(slides)).toBe(1);
    expect(slides).toHaveLength(1 + 1 + REGIONAL + 7 + SOLIDARITY + UNCERTAINTY + C + 1 + 1 + findingSlides(slides) + sourceSlides(slides));
    expect(slides[0]!.text).toContain('Woonzorgopgave Gooi en Vechtstreek');
    expect(slides[0]!.text).toContain('23 november 2026');
    expect(slides[0]!.text).toContain('Basis: trend 2022–2023');
    expect(slides[0]!.text).toContain('Programma: op koers');
    expect(slides[0]!.text).toContain(report.dataAsOf);
    // Scenarios compared: the comparison comes first, right after the title slide.
    expect(slides[1]!.text).toContain('Scenario’s vergeleken');
    expect(slides.slice(2 + C + REGIONAL, 9 + C + REGIONAL).map((s) => s.text.split(' ')[0])).toEqual(['Blaricum', 'Eemnes', 'Gooise', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren']);
    // The result's warnings: the regional ones named, the per-gemeente ones counted (they are in the memo).
    expect(slides[9 + C + REGIONAL]!.text).toContain('Solidariteit: wie draagt wat');
    expect(slides[11 + C - 1 + REGIONAL + SOLIDARITY + UNCERTAINTY]!.text).toContain('Aandachtspunten bij deze uitkomst');
    expect(slides[11 + C - 1 + REGIONAL + SOLIDARITY + UNCERTAINTY]!.text).toContain('aandachtspunten per gemeente (zie de memo of de werkmap)');
    expect(slides[12 + C - 1 + REGIONAL + SOLIDARITY + UNCERTAINTY]!.text).toContain('Tegenstrijdigheden in de bronnen');
    const findingsText = slides.filter((s) => s.text.startsWith('Tegenstrijdigheden in de bronnen')).map((s) => s.text).join(' ');
    for (const f of blocksOf(report, 'findings', 'notes').flatMap((b) => b.items)) expect(findingsText).toContain(f.title);
  });

  it('closes with the sources: the five documents with title, organisation and date, and the analyst’s hand edits in short, at 12 pt or more', async () => {
    const store = await openStore(join(tempDir(), 'bronnen.sqlite'));
    try {
      const basis = await store.scenarios.require('basis');
      const deckOf = async (edits: readonly FigureView[]) => {
        const ds = await store.dataset.dataset();
        const report = buildReport({ scenarios: [basis], results: [runScenario(ds, basis)], dataset: ds, findings: [], date: '2026-12-03T09:00:00Z', edits });
        return (await open(await buildDeck(report, imagesFor(report)))).slides;
      };
      const sources = (slides: readonly Slide[]) => slides.filter((s) => /^Bronnen( \(vervolg\))?$/.test(titleOf(s) ?? ''));
      const plain = sources(await deckOf([]));
      expect(plain).toHaveLength(1);
      const s = texts('nl-NL').sources;
      for (const id of Object.keys(SOURCE_DOCUMENTS) as SourceDocumentId[]) {
        expect(plain[0]!.text).toContain(`${id} · ${SOURCE_DOCUMENTS[id]}`);
        expect(plain[0]!.text).toContain(`${s.organisation[id]} · ${s.date[id]}`);
      }
      expect(plain[0]!.text).toContain('de analist heeft geen cijfers ingevoerd, ingelezen of met de hand gewijzigd');
      // The last slide of the deck.
      expect(plain[0]!.n).toBe((await deckOf([])).length);

      await store.dataset.editFigure('bouwprogramma.laagMidden:GM1696:2022-2030', 330, 'Nagerekend: 66 % van 500');
      const edited = sources(await deckOf((await store.dataset.figureViews()).filter((v) => v.edit !== null)));
      const text = edited.map((x) => x.text).join(' ');
      expect(text).toContain('Met de hand gewijzigd: 1 cijfer (gerekend met de gewijzigde waarde)');
      expect(text).toMatch(/Wijdemeren · 2022–2030: 320 in de bron, 330 gebruikt \(\d+ [a-z]+ 20\d\d\)/);
      for (const slide of edited) {
        const sizes = [...slide.xml.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes), `slide ${slide.n}`).toBeGreaterThanOrEqual(12);
      }
    } finally {
      await store.close();
    }
  });

  it('sets no text below 12 pt: slides, their masters and layouts (footer, slide number) and the charts (labels, axes, legend), and nothing shrinks it', async () => {
    const { report, results } = await fixture(tempDir(), 'basis', 'programma', 'toegankelijk50');
    const { zip, slides } = await open(await buildDeck(report, imagesFor(report), { headline: deckHeadlines(results, report.locale) }));
    const parts = Object.keys(zip.files).filter((f) => /^ppt\/(slides|slideLayouts|slideMasters|charts)\/[^/]+\.xml$/.test(f));
    expect(parts.filter((f) => f.startsWith('ppt/charts/')).length).toBeGreaterThan(10);
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      // Run, paragraph-default and end-of-paragraph properties: every place a size is set.
      const sizes = [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]));
      if (/\/(slides|charts)\//.test(name)) expect(sizes.length, name).toBeGreaterThan(0);
      for (const sz of sizes) expect(sz, name).toBeGreaterThanOrEqual(1200);
      expect(xml, name).not.toMatch(/normAutofit|fontScale|lnSpcReduction/);
    }
    // The source under every chart and table is on the slide, at 12 pt, shortened where it would take more than two lines.
    const withSource = slides.filter((s) => s.text.includes('Bron: '));
    expect(withSource.length).toBeGreaterThan(10);
    expect(slides.some((s) => s.text.includes(texts('nl-NL').report.deck.sourceInNotes))).toBe(true);
  }, 60_000);

  it('shortens a long source for the slide at a reference and says the notes have it in full', () => {
    const inNotes = texts('nl-NL').report.deck.sourceInNotes;
    const short = 'Bron: 004 · Bijlage 2 — bewerking Woonzorgverkenner';
    expect(slideSource(short, 6, inNotes)).toBe(short);
    const long = `Bron: 004 · Bijlage 2; 004 · §1.3 kader 'Wooncijfers'; herhaald in Bijlage 1 'De woonzorgopgave' — bewerking Woonzorgverkenner, scenario 'Basis: trend 2022–2023', 'Programma: op koers', 'Trend, 50 % nieuwbouw nultreden'`;
    expect(slideSource(long, 8, inNotes)).toBe(`Bron: 004 · Bijlage 2; 004 · §1.3 kader 'Wooncijfers'; herhaald in Bijlage 1 'De woonzorgopgave' ${inNotes}`);
    expect(slideSource(long, 4, inNotes)).toBe(`Bron: 004 · Bijlage 2 ${inNotes}`);
    // One reference too long for the box: cut at a word.
    const one = slideSource(`Bron: ${'woord '.repeat(60)}`, 4, inNotes);
    expect(one).toMatch(/^Bron: (woord )+… \(volledig in de notities\)$/);
    expect(one.length).toBeLessThan(120);
  });

  it('keeps a required credit whole at the end of a shortened source line', () => {
    const inNotes = texts('nl-NL').report.deck.sourceInNotes;
    const credit = 'Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024';
    const long = `Bron: telling 000 · tabel 'Huidige stand van zaken, per gemeente' (2025); inwoners 000 (1 januari 2024); eerlijk deel naar inwoners (aanname van het scenario) — bewerking Woonzorgverkenner, scenario 'Basis: trend 2022–2023'. ${credit}`;
    expect(slideSource(long, 40, inNotes, credit)).toBe(long);
    const short = slideSource(long, 8, inNotes, credit);
    expect(short.startsWith('Bron: telling 000 · tabel')).toBe(true);
    expect(short.endsWith(`${inNotes}. ${credit}`)).toBe(true);
    expect(short.length).toBeLessThan(long.length);
    // Without the credit named, the same shortening cuts it off: the fault this guards against.
    expect(slideSource(long, 8, inNotes)).not.toContain(credit);
  });

  it('gives the charts the deck’s language: Dutch grouping (2.028) in a Dutch deck, 2,028 in an English one', async () => {
    const formatsOf = async (locale: 'nl-NL' | 'en-GB') => {
      const { report } = await reportIn(locale, tempDir(), 'basis', 'programma');
      const { zip } = await open(await buildDeck(report, imagesFor(report)));
      const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
      expect(charts.length).toBeGreaterThan(5);
      for (const xml of charts) {
        expect(xml).toContain(`<c:date1904 val="0"/><c:lang val="${locale}"/>`);
        expect(xml).not.toContain('lang="en-US"');
      }
      // The category axis's General (names, years) has no separators to localise.
      return charts.flatMap((xml) => [...xml.matchAll(/<c:numFmt formatCode="([^"]*)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"')).filter((f) => f !== 'General'));
    };
    const nl = await formatsOf('nl-NL');
    expect(nl.length).toBeGreaterThan(5);
    // Every section of every format names the language: LibreOffice then shows 2.028 and −1.558 whatever its own locale.
    for (const f of nl) expect(f.split(';').every((section) => section.startsWith('[$-413]')), f).toBe(true);
    expect(nl).toContain('[$-413]#,##0;[$-413]"−"#,##0');
    for (const f of await formatsOf('en-GB')) expect(f.split(';').every((section) => section.startsWith('[$-809]')), f).toBe(true);
  }, 60_000);

  it.skipIf(!soffice() || !pdftotext())('shows the chart labels with the deck’s separators in LibreOffice, whatever its locale (2.028, not 2,028)', async () => {
    const report = await reportFor('basis', 'programma');
    const file = join(tempDir(), 'grafieken.pptx');
    writeFileSync(file, await buildDeck(report, imagesFor(report)));
    const text = execFileSync('pdftotext', ['-layout', toPdf(file, tempDir()), '-'], { encoding: 'utf8' });
    // The regional shortfall 2.028 is a bar label; the slide text uses it too, so count the chart's own 1.558 (Hilversum).
    expect(text).toMatch(/\b1\.558\b/);
    expect(text).not.toMatch(/\b[12],\d{3}\b/);
  }, 120_000);

  it.skipIf(!soffice())('opens in LibreOffice Impress with every slide', async () => {
    const report = await reportFor('basis', 'programma');
    const file = join(tempDir(), 'presentatie.pptx');
    const deck = await buildDeck(report, imagesFor(report));
    writeFileSync(file, deck);
    expect(pdfPages(readFileSync(toPdf(file, tempDir())))).toBe((await open(deck)).slides.length);
  }, 120_000);

  it('without a comparison has no comparison slide', async () => {
    const report = await reportFor('basis');
    const { slides } = await open(await buildDeck(report, new Map()));
    expect(slides).toHaveLength(11 + REGIONAL + SOLIDARITY + UNCERTAINTY + findingSlides(slides) + sourceSlides(slides));
    expect(slides.some((s) => s.text.includes('Scenario’s vergeleken'))).toBe(false);
  });

  it('draws native charts that hold the result (Hilversum 3200 − (365 + 182,5 × 7) = 1557,5)', async () => {
    const report = await reportFor('basis', 'programma');
    const { zip, slides } = await open(await buildDeck(report, imagesFor(report)));
    const C = comparisonSlides(report);
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    const comparisonCharts = blocksOf(report, 'comparison', 'chart').length;
    // Overview 1, six gemeenten × 2, the solidarity ledger 1, the comparison's; Eemnes has none.
    expect(charts).toHaveLength(1 + REGIONAL + 6 * 2 + 1 + comparisonCharts);
    // Every chart is native: the only picture is the map (PowerPoint cannot draw one), although images were offered.
    expect(Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'))).toHaveLength(1);
    const overviewChart = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(slides[1 + C]!.rels)?.[1];
    const gapXml = await zip.file(`ppt/charts/${overviewChart ?? ''}`)!.async('string');
    expect(gapXml).toContain('<c:barChart>');
    expect(gapXml).toContain('Hilversum');
    expect(gapXml).toContain(`<c:v>${3200 - (365 + 182.5 * 7)}</c:v>`);
    // A negative number shows a real minus sign, as on the screen; the format is Dutch (2.028), whatever the viewer's locale.
    expect(gapXml).toContain('formatCode="[$-413]#,##0;[$-413]&quot;−&quot;#,##0"');
    // Eemnes has no programme: an empty point, not a bar of 0.
    const cats = [...gapXml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), m[2]] as const);
    const eemnesIdx = cats.find(([, v]) => v === 'Eemnes')?.[0];
    expect(eemnesIdx).toBeDefined();
    const values = gapXml.slice(gapXml.indexOf('<c:val>'));
    expect(values).toContain(`<c:pt idx="${eemnesIdx}"><c:v></c:v></c:pt>`);
    expect(slides[1 + C]!.text).toContain('Eemnes: geen programma');
    // The screen chart's colours: shortfall and ahead of schedule, overlaid (one full-width bar per gemeente).
    expect(gapXml).toContain(SERIES_COLOURS.shortfall.slice(1));
    expect(gapXml).toContain(SERIES_COLOURS.ahead.slice(1));
    expect(gapXml).toContain('<c:overlap val="100"/>');
    // The path chart of Hilversum is a line chart with gaps for missing years.
    const hilversum = slides[5 + C + REGIONAL]!;
    const pathChart = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(hilversum.rels)?.[1];
    const pathXml = await zip.file(`ppt/charts/${pathChart ?? ''}`)!.async('string');
    expect(pathXml).toContain('<c:lineChart>');
    expect(pathXml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(pathXml).toContain('Woningen (cumulatief sinds 2022)');
  });

  it('puts a source line on every slide that shows a chart', async () => {
    const report = await reportFor('basis', 'programma');
    const { slides } = await open(await buildDeck(report, imagesFor(report)));
    const withCharts = slides.filter(showsChart);
    const C = comparisonSlides(report);
    const comparison = slides.slice(1, 1 + C).filter(showsChart).map((s) => s.n);
    // The comparison's charts (first), the overview, the regional charts, every gemeente but Eemnes, the solidarity ledger and its map.
    expect(comparison.length).toBe(blocksOf(report, 'comparison', 'chart').length);
    expect(withCharts.map((s) => s.n)).toEqual([...comparison, ...[2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14].map((n) => n + C)]);
    for (const s of withCharts) {
      const charts = (s.rels.match(/\/chart\d+\.xml/g) ?? []).length;
      expect((s.text.match(/Bron: (004|telling 000)/g) ?? []).length, `slide ${s.n}`).toBeGreaterThanOrEqual(charts);
    }
  });

  it('shows the boundaries’ credit whole on the map’s slide itself, not only in the notes', async () => {
    const report = await reportFor('basis');
    const map = reportCharts(report).find((c) => c.id === 'kaart-solidariteit')!;
    const credit = 'Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024';
    expect(map.credit).toBe(credit);
    const { slides } = await open(await buildDeck(report, imagesFor(report)));
    const mapSlides = slides.filter((s) => s.text.includes(map.title));
    expect(mapSlides).toHaveLength(1);
    const text = mapSlides[0]!.text;
    // The source line is shortened on this slide (it does not fit two lines), and still ends with the credit.
    expect(text).toContain(`${texts('nl-NL').report.deck.sourceInNotes}. ${credit}`);
  });

  it('says on the Eemnes slide that there is no programme', async () => {
    const report = await reportFor('basis');
    const { slides } = await open(await buildDeck(report, new Map()));
    const eemnes = slides[3 + REGIONAL]!;
    expect(eemnes.text).toContain('Eemnes');
    expect(eemnes.text).toContain('geen Woondeal-bouwprogramma');
    expect(showsChart(eemnes)).toBe(false);
  });

  it('formats table cells the Dutch way, years without a thousands point', async () => {
    const report = await reportFor('basis', 'programma');
    const { slides } = await open(await buildDeck(report, new Map()));
    const comparison = slides.find((s) => s.text.startsWith('Scenario’s vergeleken (regio)'))!;
    expect(comparison.n).toBeLessThanOrEqual(1 + comparisonSlides(report));
    expect(comparison.xml).toContain('<a:tbl>');
    expect(comparison.text).toContain('807,4');
    expect(comparison.text).toContain('5.661');
    expect(comparison.text).toContain('2030');
    expect(comparison.text).not.toContain('2.030');
    const assumptions = slides.find((s) => s.text.startsWith('Aannames die afwijken van de standaard'))!;
    expect(assumptions.xml).toContain('<a:tbl>');
    expect(assumptions.text).toContain('Aannames die afwijken van de standaard');
    expect(assumptions.text).toContain('Bouwtempo');
  });

  it('writes one paragraph property block per paragraph (PowerPoint repairs anything else)', async () => {
    const report = await reportFor('basis', 'programma');
    const { slides } = await open(await buildDeck(report, new Map()));
    for (const s of slides) expect(s.xml, `slide ${s.n}`).not.toMatch(/<\/a:r><a:pPr/);
  });

  it('falls back to the image, then to a placeholder, for a chart PowerPoint cannot draw natively', async () => {
    const report = await reportFor('basis');
    const pie = { id: 'pie-test', title: 'Taartdiagram', source: 'Bron: 004 · test', data: [{ type: 'pie', values: [1, 2], labels: ['a', 'b'] }], layout: {} };
    expect(nativeChart(pie)).toBeNull();
    // The first gemeente's slide shows the pie instead of its first chart.
    const odd: Report = {
      ...report,
      sections: report.sections.map((s) =>
        s.id !== 'gemeenten' ? s : { ...s, slides: s.slides?.map((slide, i) => (i > 0 ? slide : { ...slide, blocks: slide.blocks.map((b, j) => (j === 0 ? { kind: 'chart', chart: pie } : b)) })) },
      ),
    };

    const withImage = await open(await buildDeck(odd, new Map([['pie-test', { png: PIXEL_PNG, width: 960, height: 540 }]])));
    expect(Object.keys(withImage.zip.files).some((f) => /^ppt\/media\/image.*\.png$/.test(f))).toBe(true);
    expect(withImage.slides[2 + REGIONAL]!.xml).toContain('<p:pic>');
    expect(withImage.slides[2 + REGIONAL]!.text).toContain('Bron: 004 · test');

    const without = await open(await buildDeck(odd, new Map()));
    expect(without.slides[2 + REGIONAL]!.text).toContain('Grafiek niet beschikbaar');
    expect(without.slides[2 + REGIONAL]!.text).toContain('Bron: 004 · test');
  });

  it('a scenario with ranges: the gap and path charts carry their P10–P90 band, so the deck shows them as images, not as native charts without the band', async () => {
    const report = await reportFor('bandbreedte');
    const byId = new Map(reportCharts(report).map((c) => [c.id, c]));
    for (const id of ['gap', 'path-regio', 'path-GM0402']) {
      const spec = byId.get(id)!;
      expect(spec.data.some((t) => t.fill === 'tonexty' || t.error_y !== undefined), id).toBe(true);
      expect(nativeChart(spec), id).toBeNull();
    }
    // Without ranges the same charts stay native.
    const basis = new Map(reportCharts(await reportFor('basis')).map((c) => [c.id, c]));
    expect(nativeChart(basis.get('path-regio')!)?.kind).toBe('line');
  }, 60_000);

  it('translates the Plotly specs of the report into native charts', async () => {
    const report = await reportFor('basis', 'programma');
    const byId = new Map(reportCharts(report).map((c) => [c.id, c]));
    const stacked = nativeChart(byId.get('elderlyGap')!);
    expect(stacked?.kind).toBe('bar');
    expect(stacked?.stacked).toBe(true);
    expect(stacked?.series).toHaveLength(3);
    // The totals above the stacks cannot be placed on a native chart: one labelled line under it.
    expect(stacked?.notes).toEqual(['Totaal tekort per gemeente: Blaricum 226 · Gooise Meren 1.178 · Hilversum 1.925 · Huizen 1.130 · Laren 476 · Wijdemeren 636']);
    // The gap chart overlays shortfall and ahead of schedule: one bar per gemeente, never both.
    const gap = nativeChart(byId.get('gap')!);
    expect(gap?.overlaid).toBe(true);
    expect(gap?.stacked).toBe(false);
    const gooiseMeren = gap!.series[0]!.labels.indexOf('Gooise Meren');
    expect(gap!.series.map((s) => s.values[gooiseMeren])).toEqual([null, 690.5]);
    // Overlaid bars that would hide each other cannot be a native chart.
    const spec = byId.get('gap')!;
    const overlapping = { ...spec, data: spec.data.map((t) => ({ ...t, y: (t.y as unknown[]).map(() => 10) })) };
    expect(nativeChart(overlapping)).toBeNull();
    const compare = nativeChart(byId.get('compare')!);
    expect(compare?.stacked).toBe(false);
    expect(compare?.kind).toBe('bar');
    const path = nativeChart(byId.get('path-regio')!);
    expect(path?.kind).toBe('line');
    const realised = path?.series[1];
    expect(realised?.labels[0]).toBe('2022');
    // Realised stops at the base year: later years are gaps, not zeros.
    expect(realised?.values.at(-1)).toBeNull();
    expect(path?.valueTitle).toBe('Woningen (cumulatief sinds 2022)');
  });

  it('formats cells: no data is a dash, shares are percentages', () => {
    expect(formatCell(null, 'homes')).toBe('–');
    expect(formatCell(0, 'homes')).toBe('0');
    expect(formatCell(1257.6, 'homes')).toBe('1.258');
    expect(formatCell(182.5, 'pace')).toBe('182,5');
    expect(formatCell(0.182, 'percent')).toBe('18,2 %');
    expect(formatCell(2032, 'year')).toBe('2032');
    expect(formatCell('na 2040', 'year')).toBe('na 2040');
  });

  it('is accessible and speaks: a title placeholder with the conclusion on every slide, alt text on every chart and picture, header flags on every table, notes with talking points and sources, dashes kept', async () => {
    const { report, results } = await fixture(tempDir(), 'basis', 'programma', 'toegankelijk50');
    const { zip, slides } = await open(await buildDeck(report, imagesFor(report), { headline: deckHeadlines(results, report.locale) }));
    const w = texts('nl-NL').headlines;
    for (const s of slides) {
      const title = titleOf(s);
      expect(title, `slide ${s.n} has no title placeholder`).not.toBeNull();
      expect(title?.trim(), `slide ${s.n}`).not.toBe('');
      // Every chart frame and picture describes itself.
      const frames = [...s.xml.matchAll(/<p:(graphicFrame|pic)>[\s\S]*?<\/p:\1>/g)].map((m) => m[0]).filter((f) => f.includes('<p:pic>') || f.includes('drawingml/2006/chart'));
      for (const f of frames) expect(/descr="([^"]+)"/.exec(f)?.[1]?.trim().length ?? 0, `slide ${s.n}: empty alt text`).toBeGreaterThan(10);
      // Every table flags its header row.
      expect((s.xml.match(/<a:tblPr firstRow="1" bandRow="1"\/>/g) ?? []).length, `slide ${s.n}`).toBe((s.xml.match(/<a:tbl>/g) ?? []).length);
      const notes = await notesOf(zip, s);
      // More than the slide number: the title at least, and the sources where the slide shows figures.
      expect(notes.replace(/\d+/g, '').trim().length, `slide ${s.n}: empty notes`).toBeGreaterThan(10);
      if (showsChart(s) || s.xml.includes('<a:tbl>')) expect(notes, `slide ${s.n}`).toContain(`${w.notes.sources}:`);
    }
    // The comparison first; the titles state the conclusion, written from the figures.
    const main = results[0]!;
    const shortfalls = results.map((r) => r.region.programme!.shortfall2030);
    const compareSlide = slides.find((s) => s.text.includes('Tekort bouwprogramma 2030: scenario’s vergeleken'))!;
    expect(compareSlide.n).toBeLessThanOrEqual(1 + comparisonSlides(report));
    expect(titleOf(compareSlide)).toMatch(/^In 2030 is het tekort het kleinst bij ‘Programma: op koers’/);
    expect(titleOf(compareSlide)).toContain(formatCell(shortfalls[0]!, 'homes'));
    const hilversum = main.gemeenten.find((g) => g.name === 'Hilversum')!.programme!;
    // 3200 − (365 + 182,5 × 7) = 1557,5: "Hilversum mist in 2030 1.558 woningen".
    expect(hilversum.shortfall2030).toBe(1557.5);
    const hilversumSlide = slides.find((s) => titleOf(s) === w.gemeenteShortfall('Hilversum', 2030, hilversum.shortfall2030))!;
    expect(titleOf(hilversumSlide)).toBe('Hilversum mist in 2030 1.558 woningen');
    const notes = await notesOf(zip, hilversumSlide);
    expect(notes).toContain('Kernpunten:');
    expect(notes).toMatch(/Bron: 004/);
    expect(slides.some((s) => /^Eemnes heeft geen bouwprogramma/.test(titleOf(s) ?? ''))).toBe(true);
    // The path charts keep the dashed target path and the dotted forecast.
    const pathXml = await zip.file(`ppt/charts/${/Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(hilversumSlide.rels)?.[1] ?? ''}`)!.async('string');
    const dashes = [...pathXml.matchAll(/<c:ser>[\s\S]*?<a:prstDash val="(\w+)"\/>/g)].map((m) => m[1]);
    expect(dashes).toEqual(['dash', 'solid', 'sysDot']);
  }, 60_000);

  it('renders for the deck only the pictures it places: none without bands, the map', async () => {
    const report = await reportFor('basis', 'programma');
    const wanted = deckImageCharts(report);
    expect(wanted.map((c) => c.id)).toEqual(reportCharts(report).filter((c) => nativeChart(c) === null).map((c) => c.id));
    expect(wanted.length).toBeLessThan(reportCharts(report).length / 4);
    // What it renders is all it needs: the deck shows no placeholder.
    const { slides } = await open(await buildDeck(report, new Map(wanted.map((c) => [c.id, { png: PIXEL_PNG, width: 960, height: 540 }]))));
    expect(slides.some((s) => s.text.includes('Grafiek niet beschikbaar'))).toBe(false);
  });

  it('in English is entirely English: titles, notes, tables and charts', async () => {
    const { report, results } = await reportIn('en-GB', tempDir(), 'basis', 'programma');
    const { zip, slides } = await open(await buildDeck(report, imagesFor(report), { headline: deckHeadlines(results, report.locale) }));
    const all = (await Promise.all(slides.map(async (s) => `${s.text}\n${await notesOf(zip, s)}`))).join('\n');
    expect(all).toContain('Hilversum is 1,558 homes short in 2030');
    expect(all).toContain('Key points:');
    // Dutch only where a Dutch source is quoted (a finding cites 003's sentence).
    for (const dutch of ['Bron:', 'Bronnen', 'Kernpunten', 'Op deze dia', 'Tekort', 'Regio:', ' mist in ', 'Grafiek', 'Scenario’s']) expect(all, dutch).not.toContain(dutch);
    for (const s of slides) expect(titleOf(s), `slide ${s.n}`).not.toMatch(/woningen|gemeente |vergeleken/);
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    for (const xml of charts) expect(xml).not.toMatch(/Woningen|woningen|Gerealiseerd|Prognose|Tekort/);
    for (const s of slides) expect(s.xml, `slide ${s.n}`).not.toContain('lang="nl-NL"');
  }, 60_000);
});
