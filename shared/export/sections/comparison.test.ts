import { builtinRuns } from '../../../test/support/builtinRuns';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import type { Result } from '../../result/schema';
import type { Block, Section, SectionEntry } from '../section';
import { memoOf, slidesOf, workbookOf } from '../section';
import type { ReportTable } from '../table';
import { comparison, differencesThatMatter } from './comparison';
import { summary } from './summary';
import { compareResults } from '../../compare/model';
import { SECTIONS } from './index';
import { aandachtsgroepenTheme, affordableTheme, elderlyTheme, programmeTheme } from './themes';

const { seed, scenarios, results } = builtinRuns('basis', 'programma', 'toegankelijk50');
const [basis, programma, t50] = results as [Result, Result, Result];

function build(reference: string | null, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): Section {
  const section = comparison.build({ scenarios, results, main: basis, dataset: seed.dataset, findings: [], locale, words: texts(locale).report, reference });
  if (!section) throw new Error('no section');
  return section;
}
const tables = (s: Section): ReportTable[] => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const facts = (s: Section): string[] => s.blocks.flatMap((b) => (b.kind === 'facts' ? b.items : []));
const charts = (s: Section) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
const remarks = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.kind === 'remark' ? b.texts : []));

describe('comparison section: basis, programma and toegankelijk50', () => {
  it('one line per scenario with what differs from the defaults, the reference marked', () => {
    const t = tables(build(null)).find((x) => x.id === 'comparison-scenarios');
    expect(t?.rows.map((r) => r[0])).toEqual([`${basis.scenarioName} (referentie)`, programma.scenarioName, t50.scenarioName]);
    expect(String(t?.rows[2]?.[1])).toContain('Aandeel nieuwbouw nultreden: 50 %');
    expect(String(t?.rows[1]?.[1])).toContain('Bouwtempo: ');
    for (const row of t?.rows ?? []) expect(String(row[1])).not.toBe('');
  });

  it('per gemeente: each scenario’s elderly shortfall and its difference with Basis, unrounded, the region as the sum', () => {
    const t = tables(build(null)).find((x) => x.id === 'comparison-elderly');
    expect(t?.columns.map((c) => c.header)).toEqual(['Gemeente', `${basis.scenarioName} (referentie)`, programma.scenarioName, `Verschil ${programma.scenarioName}`, t50.scenarioName, `Verschil ${t50.scenarioName}`]);
    expect(t?.columns[5]?.kind).toBe('homesDifference');
    const hilversum = t?.rows.find((r) => r[0] === 'Hilversum');
    const own = (r: Result) => r.gemeenten.find((g) => g.name === 'Hilversum')?.elderly?.total.shortfall ?? NaN;
    expect(hilversum?.[5]).toBe(own(t50) - own(basis));
    expect(t?.totalRow).toBe(true);
    expect(t?.rows.at(-1)?.[4]).toBe(t50.region.elderly?.total.shortfall);
    // The region's elderly shortfall per type, too.
    const types = tables(build(null)).find((x) => x.id === 'comparison-elderly-types');
    expect(types?.rows.map((r) => r[0])).toEqual(['Nultreden', 'Geclusterd', 'Zorggeschikt', 'Totaal']);
    expect(types?.rows[0]?.[5]).toBe((t50.region.elderly?.nultreden.shortfall ?? NaN) - (basis.region.elderly?.nultreden.shortfall ?? NaN));
  });

  it('another reference turns the differences round and names it in titles and headers', () => {
    const s = build('toegankelijk50');
    const t = tables(s).find((x) => x.id === 'comparison-elderly');
    expect(t?.title).toContain(`verschil met ‘${t50.scenarioName}’`);
    expect(t?.columns.map((c) => c.header)).toContain(`Verschil ${basis.scenarioName}`);
    expect(t?.columns.map((c) => c.header)).not.toContain(`Verschil ${t50.scenarioName}`);
    expect(t?.rows.at(-1)?.[2]).toBe((basis.region.elderly?.total.shortfall ?? NaN) - (t50.region.elderly?.total.shortfall ?? NaN));
    expect(facts(s).join(' ')).toContain(`‘${basis.scenarioName}’: tekort ouderenhuisvesting 2030 van ${formatNumber(t50.region.elderly?.total.shortfall ?? null)} naar ${formatNumber(basis.region.elderly?.total.shortfall ?? null)}`);
  });

  it('the summary names the differences that matter, never "0 minder", and the scenario with no difference in words', () => {
    const items = facts(build(null));
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const f of items) expect(f).not.toMatch(/\b0 (minder|meer|lager|hoger)\b/);
    const elderly = items.find((f) => f.startsWith(`‘${t50.scenarioName}’: tekort ouderenhuisvesting`));
    const diff = Math.abs((t50.region.elderly?.total.shortfall ?? 0) - (basis.region.elderly?.total.shortfall ?? 0));
    expect(elderly).toContain(`(${formatNumber(diff)} minder)`);
    expect(items.some((f) => f.startsWith(`‘${programma.scenarioName}’: tekort bouwprogramma 2030 van ${formatNumber(basis.region.programme?.shortfall2030 ?? null)} naar 0`))).toBe(true);
  });

  it('a chart per theme, elderly per type included; a series all 0 or equal to the reference is left out and said so', () => {
    const s = build(null);
    const ids = charts(s).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['compare', 'compare-elderly-types', 'compare-elderly']));
    const programme = charts(s).find((c) => c.id === 'compare');
    const names = (programme?.data ?? []).map((t) => t.name);
    // Programma has no programme shortfall anywhere, toegankelijk50 builds at Basis' pace.
    expect(names).toEqual([`${basis.scenarioName} (referentie)`]);
    // The line under the chart says what it leaves out.
    const at = s.blocks.findIndex((b) => b.kind === 'chart' && b.chart.id === 'compare');
    const next = s.blocks[at + 1];
    const note = next?.kind === 'remark' ? next.texts.join(' ') : '';
    expect(note).toContain(`‘${programma.scenarioName}’ (overal 0)`);
    expect(note).toContain(`‘${t50.scenarioName}’ (overal gelijk aan ‘${basis.scenarioName}’)`);
    // The same scenario has the same colour on every chart.
    const colour = new Map<string, unknown>();
    for (const c of charts(s))
      for (const t of c.data) {
        const name = String(t.name).replace(' (referentie)', '');
        const m = (t.marker as { color: unknown }).color;
        if (colour.has(name)) expect(m, `${c.id} ${name}`).toBe(colour.get(name));
        colour.set(name, m);
      }
    // A theme that is the same everywhere: a remark, no chart and no table.
    if (!ids.includes('compare-aandachtsgroepen')) expect(remarks(s.blocks).join(' ')).toContain('Taak aandachtsgroepen per jaar');
  });

  it('the deck: summary first, then scenarios, charts and the region; the workbook: each table a sheet with a short unique name', () => {
    const s = build(null);
    const slides = slidesOf(s);
    expect(slides[0]?.blocks.some((b) => b.kind === 'facts')).toBe(true);
    const chartSlides = slides.filter((x) => x.blocks.some((b) => b.kind === 'chart'));
    expect(chartSlides.length).toBe(charts(s).length);
    // The note beside its chart on one slide (a text and a chart).
    expect(chartSlides[0]?.blocks.map((b) => b.kind)).toEqual(['paragraphs', 'chart']);
    const sheets = workbookOf(s).sheets.map((t) => t.sheet ?? t.title);
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const name of sheets) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('English throughout', () => {
    const s = build(null, 'en-GB');
    expect(s.title).toBe('Scenarios compared');
    expect(tables(s).find((x) => x.id === 'comparison-elderly')?.columns[0]?.header).toBe('Municipality');
    for (const f of facts(s)) expect(f).not.toMatch(/ (minder|meer|naar|van) /);
  });
});

describe('the memo’s theme chapters carry the comparison (basis, programma, toegankelijk50)', () => {
  const input = (reference: string | null = null, locale: 'nl-NL' | 'en-GB' = 'nl-NL') => ({ scenarios, results, main: basis, dataset: seed.dataset, findings: [], locale, words: texts(locale).report, reference });
  const memoOfTheme = (entry: SectionEntry, reference: string | null = null): Block[] => {
    const s = entry.build(input(reference));
    if (!s) throw new Error(entry.id);
    return memoOf(s);
  };
  const walk = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'group' ? walk(b.blocks) : [b]));
  const tableIds = (blocks: readonly Block[]) => walk(blocks).flatMap((b) => (b.kind === 'table' ? [b.table.id] : []));
  const chartIds = (blocks: readonly Block[]) => walk(blocks).flatMap((b) => (b.kind === 'chart' ? [b.chart.id] : []));
  const groups = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'group' ? [b] : []));

  it('elderly: after its finding, the comparison with Basis (its differences, both grouped charts, the per-gemeente and per-type tables), then Basis’ own figures', () => {
    const blocks = memoOfTheme(elderlyTheme);
    expect(blocks[0]?.kind).toBe('paragraphs');
    const [compared, detail] = groups(blocks);
    expect(compared?.title).toBe(`De scenario’s vergeleken met ‘${basis.scenarioName}’`);
    expect(chartIds(compared?.blocks ?? [])).toEqual(['compare-elderly-types', 'compare-elderly']);
    expect(tableIds(compared?.blocks ?? [])).toEqual(['comparison-elderly', 'comparison-elderly-types']);
    const t = walk(compared?.blocks ?? []).find((b) => b.kind === 'table' && b.table.id === 'comparison-elderly');
    const hilversum = t?.kind === 'table' ? t.table.rows.find((r) => r[0] === 'Hilversum') : undefined;
    const shortfall = (r: Result) => r.gemeenten.find((g) => g.name === 'Hilversum')?.elderly?.total.shortfall ?? NaN;
    expect(hilversum?.[5]).toBe(shortfall(t50) - shortfall(basis));
    const sentences = walk(compared?.blocks ?? []).flatMap((b) => (b.kind === 'paragraphs' ? b.texts : []));
    const diff = Math.abs((t50.region.elderly?.total.shortfall ?? 0) - (basis.region.elderly?.total.shortfall ?? 0));
    expect(sentences.find((x) => x.startsWith(`‘${t50.scenarioName}’: tekort ouderenhuisvesting 2030`))).toContain(`(${formatNumber(diff)} minder)`);
    // No other theme's difference in this chapter.
    expect(sentences.join(' ')).not.toContain('bouwprogramma');
    expect(detail?.title).toBe(`Uitwerking voor ‘${basis.scenarioName}’`);
    expect(tableIds(detail?.blocks ?? [])).toEqual(['elderly', 'elderlyNewBuild']);
  });

  it('programme and affordable: their difference tables; aandachtsgroepen, the same in every scenario, one line and no sub-headings', () => {
    const programme = memoOfTheme(programmeTheme);
    expect(tableIds(groups(programme)[0]?.blocks ?? [])).toEqual(['comparison-programme']);
    expect(chartIds(groups(programme)[0]?.blocks ?? [])).toEqual(['compare']);
    expect(tableIds(groups(memoOfTheme(affordableTheme))[0]?.blocks ?? [])).toEqual(['comparison-affordable']);
    const aandachts = memoOfTheme(aandachtsgroepenTheme);
    expect(groups(aandachts)).toEqual([]);
    expect(tableIds(aandachts)).toEqual(['aandachtsgroepen']);
    expect(remarks(aandachts)).toEqual(['Taak aandachtsgroepen per jaar: in elk vergeleken scenario gelijk aan de referentie.']);
  });

  it('another reference: the chapters compare with it', () => {
    const [compared] = groups(memoOfTheme(elderlyTheme, 'toegankelijk50'));
    expect(compared?.title).toBe(`De scenario’s vergeleken met ‘${t50.scenarioName}’`);
    const t = walk(compared?.blocks ?? []).find((b) => b.kind === 'table' && b.table.id === 'comparison-elderly');
    expect(t?.kind === 'table' ? t.table.title : '').toContain(`verschil met ‘${t50.scenarioName}’`);
  });

  it('the comparison chapter in the memo: the scenarios and the region, not the differences the summary just named, nor the theme charts and tables; the deck and the workbook still have them', () => {
    const s = build(null);
    expect(tableIds(memoOf(s))).toEqual(['comparison-scenarios', 'comparison']);
    expect(chartIds(memoOf(s))).toEqual([]);
    // Said once in the memo: by the summary, the section just before.
    expect(memoOf(s).some((b) => b.kind === 'facts')).toBe(false);
    const said = differencesThatMatter(compareResults(input().results, null), 'nl-NL').items;
    expect(said.length).toBeGreaterThan(0);
    const summaryText = JSON.stringify(memoOf(summary.build(input()) ?? { id: '', title: '', blocks: [] }));
    for (const sentence of said) expect(summaryText).toContain(JSON.stringify(sentence).slice(1, -1));
    // The deck's comparison slide still opens with them.
    expect(slidesOf(s)[0]?.blocks.some((b) => b.kind === 'facts')).toBe(true);
    // The workbook's first sheet: the summary names them, this part only how they are taken; no line about a chart the workbook has not.
    const intro = (workbookOf(s).intro?.lines ?? []).map(([, t]) => t).join(' ');
    expect(intro).toContain(texts('nl-NL').comparison.section.method);
    expect(intro).not.toContain(said[0]);
    expect(intro).not.toMatch(/Niet getekend/);
    // Each difference table and chart once in the memo: in the theme chapters.
    const themes = [programmeTheme, affordableTheme, elderlyTheme, aandachtsgroepenTheme].flatMap((e) => memoOfTheme(e));
    const inSection = tables(s).map((t) => t.id).filter((id) => id !== 'comparison-scenarios' && id !== 'comparison');
    expect(tableIds(themes).filter((id) => id.startsWith('comparison-'))).toEqual(inSection);
    expect(chartIds(themes).filter((id) => id.startsWith('compare'))).toEqual(charts(s).map((c) => c.id));
    const slideCharts = slidesOf(s).flatMap((sl) => chartIds(sl.blocks));
    expect(slideCharts).toEqual(expect.arrayContaining(['compare', 'compare-elderly-types', 'compare-elderly']));
    expect(workbookOf(s).sheets.map((t) => t.id)).toEqual(expect.arrayContaining(['comparison-scenarios', 'comparison', 'comparison-programme', 'comparison-elderly', 'comparison-elderly-types']));
  });

  it('the report’s order: the comparison right after the summary, before the theme chapters', () => {
    const ids = SECTIONS.map((e) => e.id);
    expect(ids.indexOf('comparison')).toBe(ids.indexOf('summary') + 1);
    expect(ids.indexOf('comparison')).toBeLessThan(ids.indexOf('theme-programme'));
  });

  it('one scenario: the chapters as before, no sub-headings', () => {
    const one = programmeTheme.build({ ...input(), scenarios: scenarios.slice(0, 1), results: [basis] });
    expect(groups(one ? memoOf(one) : [])).toEqual([]);
    expect(tableIds(one ? memoOf(one) : [])).toEqual(['programme']);
  });
});
