import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { formatNumber } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import type { Result } from '../../result/schema';
import type { Block, Section } from '../section';
import { slidesOf, workbookOf } from '../section';
import type { ReportTable } from '../table';
import { comparison } from './comparison';

const seed = readSeed();
const scenarios = ['basis', 'programma', 'toegankelijk50'].map((id) => {
  const s = seed.builtinScenarios.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
});
const results: Result[] = scenarios.map((s) => runScenario(seed.dataset, s));
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
    if (!ids.includes('compare-aandachtsgroepen')) expect(remarks(s.blocks).join(' ')).toContain('Aandachtsgroepen');
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
