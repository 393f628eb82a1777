import { compareChartsOf, type CompareChartId, type ThemeChart } from '../../charts/compareChart';
import { compareResults, measure, type Comparison, type Highlight, type MeasureId, type ThemeId } from '../../compare/model';
import type { Dataset } from '../../dataset/schema';
import type { Locale } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import type { HighlightWords } from '../../i18n/texts/comparison';
import type { Result } from '../../result/schema';
import { assumptionAt, assumptionWords } from '../../scenario/assumptions';
import { changedPaths } from '../../scenario/editParams';
import { readParam } from '../../scenario/paramPath';
import { HOUSING_TYPES, type Scenario } from '../../scenario/schema';
import type { Cell, ColumnKind, TablesText } from '../../table/column';
import { chart, paragraphs, table, type Block, type SectionEntry, type SectionInput } from '../section';
import type { Column, ReportTable } from '../table';
import type { DefinitionId } from '../../table/about';
import { inputValue } from './assumptionValue';

type Metric = { id: keyof TablesText['comparison'] | 'requiredShare'; kind: ColumnKind; value: (r: Result, t: TablesText) => Cell; onlyIfAny?: boolean };

/**
 * The regional figures the scenarios are compared on: one row each, one column per scenario.
 * Shortfalls are the sums of the gemeenten's own (issue 9), the surplus a row of its own and the
 * programme's net called net (the Woondeal is per gemeente); a surplus row appears only where one
 * of the scenarios has a surplus.
 */
const METRICS: Metric[] = [
  { id: 'scenarioPace', kind: 'pace', value: (r) => r.region.programme?.scenarioPace ?? null },
  { id: 'projected2030', kind: 'homes', value: (r) => r.region.programme?.projected2030 ?? null },
  { id: 'shortfall2030', kind: 'homes', value: (r) => r.region.programme?.shortfall2030 ?? null },
  { id: 'surplus2030', kind: 'homes', value: (r) => r.region.programme?.surplus2030 ?? null, onlyIfAny: true },
  { id: 'gap2030', kind: 'homes', value: (r) => r.region.programme?.gap2030 ?? null },
  { id: 'catchUpYear', kind: 'year', value: (r, t) => (r.region.programme ? (r.region.programme.catchUpYear ?? t.afterHorizon) : null) },
  { id: 'affordableShortfall2030', kind: 'homes', value: (r) => r.region.affordable?.shortfall2030 ?? null },
  { id: 'affordableSurplus2030', kind: 'homes', value: (r) => r.region.affordable?.surplus2030 ?? null, onlyIfAny: true },
  { id: 'elderlyShortfall', kind: 'homes', value: (r) => r.region.elderly?.total.shortfall ?? null },
  { id: 'elderlySurplus', kind: 'homes', value: (r) => r.region.elderly?.total.surplus ?? null, onlyIfAny: true },
  { id: 'requiredShare', kind: 'percent', value: (r) => r.region.elderly?.requiredShare ?? null },
  { id: 'aandachtsPerYear', kind: 'pace', value: (r) => r.region.aandachtsgroepen.taskPerYear },
];

/** The per-gemeente difference tables, one per theme, in the memo's theme order; `about`: the figure they compare (the workbook's column notes). */
const GEMEENTE_TABLES: readonly { id: MeasureId; theme: ComparedTheme; kind: ColumnKind; diffKind: ColumnKind; about: DefinitionId }[] = [
  { id: 'programme.shortfall2030', theme: 'programme', kind: 'homes', diffKind: 'homesDifference', about: 'shortfall2030' },
  { id: 'affordable.shortfall2030', theme: 'affordable', kind: 'homes', diffKind: 'homesDifference', about: 'affordableShortfall2030' },
  { id: 'elderly.total.shortfall', theme: 'elderly', kind: 'homes', diffKind: 'homesDifference', about: 'elderlyShortfall' },
  { id: 'aandachtsgroepen.taskPerYear', theme: 'aandachtsgroepen', kind: 'pace', diffKind: 'difference', about: 'aandachtsPerYear' },
];
/** The themes of the memo's chapters (./themes.ts), each of which shows its part of the comparison; in their order. */
export type ComparedTheme = Exclude<ThemeId, 'solidarity'>;
const THEMES: readonly ComparedTheme[] = ['programme', 'affordable', 'elderly', 'aandachtsgroepen'];
/** The theme of each grouped chart (shared/charts/compareChart.ts). */
const CHART_THEME: Record<CompareChartId, ComparedTheme> = { compare: 'programme', 'compare-elderly-types': 'elderly', 'compare-elderly': 'elderly', 'compare-aandachtsgroepen': 'aandachtsgroepen' };

/** A surplus that shows as at least 1 home. */
const isSome = (v: Cell): boolean => typeof v === 'number' && v >= 0.5;

/**
 * Two to four scenarios compared against a reference (the analyst's choice, else the first): the
 * differences that matter in words, each scenario in one line, the region's figures side by side,
 * a grouped chart per theme (elderly shortfall per type included) and per theme a per-gemeente
 * table of each scenario's figure and its difference with the reference (from unrounded figures).
 * The deck shows the summary, the scenarios, the charts and the region's table; the workbook
 * everything. The memo shows each theme's charts and tables in that theme's chapter
 * (themeComparison, ./themes.ts), so its comparison chapter keeps the summary and the two tables.
 */
export const comparison: SectionEntry = {
  id: 'comparison',
  build: (input) => {
    if (input.results.length < 2) return null;
    const c = compareResults(input.results, input.reference);
    const w = texts(input.locale).comparison.section;
    const region = comparisonTable(input, c);
    const scenarios = scenariosTable(input, c);
    const summary = summaryBlocks(c, input.locale);
    const themeCharts = compareChartsOf(input.results, input.dataset, input.locale, input.reference, c);
    const parts = THEMES.map((theme) => themePart(theme, input, c, themeCharts));
    const same = parts.flatMap((p) => p.same);
    return {
      id: 'comparison',
      title: w.title,
      blocks: [
        ...summary,
        table(scenarios),
        ...parts.flatMap((p) => p.charts),
        table(region),
        ...parts.flatMap((p) => p.tables),
        ...(same.length > 0 ? [{ kind: 'remark' as const, texts: same }] : []),
      ],
      slides: [
        { title: w.title, blocks: summary },
        { title: scenarios.title, blocks: [table(scenarios)] },
        // What a chart leaves out beside it (a text and a chart make one slide).
        ...themeCharts.flatMap((tc) => (tc.spec ? [{ title: tc.spec.title, blocks: tc.note ? [paragraphs(tc.note), chart(tc.spec)] : [chart(tc.spec)] }] : [])),
        { title: region.title, blocks: [table(region)] },
      ],
      // The memo's summary, just before this chapter, already names the differences that matter
      // (./summary.ts); here only how they are taken, then the tables.
      memo: [{ kind: 'remark', texts: [w.method] }, table(scenarios), table(region)],
      // The workbook's first sheet has the summary (with the differences) already, and no charts
      // for a "Niet getekend" line to refer to: here how the differences are taken, and the tables.
      workbook: {
        intro: { heading: w.title, lines: [w.method, ...same].map((t): [string, string] => ['', t]) },
        sheets: [scenarios, region, ...parts.flatMap((p) => p.tables.flatMap((b) => (b.kind === 'table' ? [b.table] : [])))],
      },
    };
  },
};

/**
 * One theme's part of the comparison for its chapter in the memo: the sentences on its
 * differences that matter, its grouped charts, its per-gemeente difference tables, or the line
 * that says it is the same in every scenario. Nothing without a second scenario.
 */
export function themeComparison(input: SectionInput, theme: ComparedTheme): Block[] {
  if (input.results.length < 2) return [];
  const c = compareResults(input.results, input.reference);
  const part = themePart(theme, input, c, compareChartsOf(input.results, input.dataset, input.locale, input.reference, c));
  return [
    ...(part.sentences.length > 0 ? [paragraphs(...part.sentences)] : []),
    ...part.charts,
    ...part.tables,
    ...(part.same.length > 0 ? [{ kind: 'remark' as const, texts: part.same }] : []),
  ];
}

type ThemePart = { sentences: string[]; charts: Block[]; tables: Block[]; same: string[] };

/** A theme's share of the comparison: the comparison chapter and the theme's chapter both show it from here. */
function themePart(theme: ComparedTheme, input: SectionInput, c: Comparison, themeCharts: readonly ThemeChart[]): ThemePart {
  const { tables, same } = gemeenteBlocks(input, c, theme);
  return {
    sentences: c.highlights.filter((h) => h.theme === theme).map((h) => highlightSentence(c, h, input.locale)),
    charts: chartBlocks(themeCharts.filter((tc) => CHART_THEME[tc.id] === theme)),
    tables,
    same,
  };
}

function summaryBlocks(c: Comparison, locale: Locale): Block[] {
  const { intro, items } = differencesThatMatter(c, locale);
  return [{ kind: 'paragraphs', texts: [intro] }, { kind: 'facts', items }, { kind: 'remark', texts: [texts(locale).comparison.section.method] }];
}

/**
 * The differences that matter against the reference, in words: per theme the largest, and a line
 * for a scenario that differs nowhere. The chapter's summary, the memo's summary and its key
 * message all say it with these sentences; each theme's chapter with its own.
 */
export function differencesThatMatter(c: Comparison, locale: Locale): { intro: string; items: string[] } {
  const w = texts(locale).comparison.section;
  const ref = c.scenarios[c.reference]?.name ?? '';
  const items = c.highlights.map((h) => highlightSentence(c, h, locale));
  const quiet = c.scenarios.filter((_, i) => i !== c.reference && !c.highlights.some((h) => h.scenario === i)).map((s) => w.noDifference(s.name, ref));
  return { intro: w.summaryIntro(ref), items: [...items, ...quiet] };
}

/**
 * The same differences in brief, for the memo's key message: one sentence per scenario with its
 * differences from → to (the scenarios in their order), a scenario that differs nowhere said so.
 */
export function differencesInBrief(c: Comparison, locale: Locale): string {
  const w = texts(locale).comparison.section;
  const ref = c.scenarios[c.reference]?.name ?? '';
  return c.scenarios
    .flatMap((s, i) => {
      if (i === c.reference) return [];
      // In the memo's theme order (bouwprogramma, betaalbaar, ouderen, aandachtsgroepen).
      const own = c.highlights.filter((h) => h.scenario === i).sort((a, b) => themeRank(a.theme) - themeRank(b.theme));
      return [own.length > 0 ? w.brief(ref, s.name, own.map((h) => highlightWords(c, h, locale))) : w.noDifference(s.name, ref)];
    })
    .join(' ');
}

const themeRank = (theme: ThemeId): number => (THEMES as readonly ThemeId[]).indexOf(theme);

function highlightWords(c: Comparison, h: Highlight, locale: Locale): HighlightWords {
  const m = measure(c, h.measure);
  return { scenario: c.scenarios[h.scenario]?.name ?? '', measure: texts(locale).comparison.measure[h.measure], unit: m?.unit ?? 'homes', shortfall: m?.shortfall ?? true, from: h.reference, to: h.value, diff: h.diff, largest: h.largest };
}

function highlightSentence(c: Comparison, h: Highlight, locale: Locale): string {
  return texts(locale).comparison.section.highlight(highlightWords(c, h, locale));
}

/** Each chart with the line on what it leaves out under it; a theme the same in every scenario is said once, under the tables (gemeenteBlocks). */
function chartBlocks(themeCharts: readonly ThemeChart[]): Block[] {
  return themeCharts.flatMap((tc): Block[] => [...(tc.spec ? [chart(tc.spec)] : []), ...(tc.note && !tc.same ? [{ kind: 'remark' as const, texts: [tc.note] }] : [])]);
}

/** The reference's name with its mark, for a column header. */
const headerOf = (c: Comparison, i: number, locale: Locale): string => `${c.scenarios[i]?.name ?? ''}${i === c.reference ? texts(locale).comparison.section.referenceMark : ''}`;

/** Value columns per scenario, a difference column after each one that is not the reference. */
function valueColumns(c: Comparison, kind: ColumnKind, diffKind: ColumnKind, of: DefinitionId, locale: Locale): Column[] {
  const w = texts(locale).comparison.section;
  const reference = c.scenarios[c.reference]?.name ?? '';
  return c.scenarios.flatMap((s, i): Column[] => [
    { header: headerOf(c, i, locale), kind, about: { of, scenario: s.name } },
    ...(i === c.reference ? [] : [{ header: w.diffHeader(s.name), kind: diffKind, about: { of, scenario: s.name, reference } }]),
  ]);
}

function cellsOf(c: Comparison, values: readonly (number | null)[], diffs: readonly (number | null)[]): Cell[] {
  return c.scenarios.flatMap((_, i): Cell[] => [values[i] ?? null, ...(i === c.reference ? [] : [diffs[i] ?? null])]);
}

/** A theme's per-gemeente difference tables, or the line that says its measure is the same in every scenario. */
function gemeenteBlocks({ locale }: SectionInput, c: Comparison, theme: ComparedTheme): { tables: Block[]; same: string[] } {
  const all = texts(locale).comparison;
  const w = all.section;
  const ref = c.scenarios[c.reference]?.name ?? '';
  const tables: Block[] = [];
  const same: string[] = [];
  for (const spec of GEMEENTE_TABLES.filter((t) => t.theme === theme)) {
    const m = measure(c, spec.id);
    if (!m) continue;
    if (m.sameAsReference.every(Boolean)) {
      same.push(w.sameEverywhere(all.measure[spec.id]));
      continue;
    }
    const t: ReportTable = {
      id: `comparison-${spec.theme}`,
      title: w.diffTable(all.measure[spec.id], ref),
      sheet: w.sheets[spec.theme],
      columns: [{ header: w.gemeente, kind: 'text', about: 'gemeente' }, ...valueColumns(c, spec.kind, spec.diffKind, spec.about, locale)],
      rows: m.rows.map((r) => [r.code === null ? all.region : r.name, ...cellsOf(c, r.values, r.diffs)]),
      totalRow: m.rows.at(-1)?.code === null,
      source: w.tableSource,
    };
    tables.push(table(t));
    if (spec.id === 'elderly.total.shortfall') tables.push(table(elderlyTypesTable(c, locale)));
  }
  return { tables, same };
}

/** The region's elderly shortfall per type and in total, each scenario and its difference. */
function elderlyTypesTable(c: Comparison, locale: Locale): ReportTable {
  const all = texts(locale).comparison;
  const w = all.section;
  const rowOf = (id: MeasureId, label: string): Cell[] => {
    const r = measure(c, id)?.rows.find((x) => x.code === null);
    return [label, ...cellsOf(c, r?.values ?? [], r?.diffs ?? [])];
  };
  return {
    id: 'comparison-elderly-types',
    title: w.elderlyTypesTable(c.scenarios[c.reference]?.name ?? ''),
    sheet: w.elderlyTypesSheet,
    columns: [{ header: w.type, kind: 'text', about: 'housingType' }, ...valueColumns(c, 'homes', 'homesDifference', 'shortfall', locale)],
    rows: [...HOUSING_TYPES.map((t) => rowOf(`elderly.${t}.shortfall`, all.types[t])), rowOf('elderly.total.shortfall', all.types.total)],
    totalRow: true,
    source: w.tableSource,
  };
}

/** Each scenario in one line: what differs from the defaults, in words. */
function scenariosTable({ scenarios, dataset, locale }: SectionInput, c: Comparison): ReportTable {
  const w = texts(locale).comparison.section;
  return {
    id: 'comparison-scenarios',
    title: w.scenariosTable,
    sheet: w.scenariosSheet,
    columns: [
      { header: w.scenario, kind: 'text', about: 'comparisonScenario' },
      { header: w.assumptions, kind: 'text', about: 'comparisonChanges' },
    ],
    rows: scenarios.map((s, i) => [headerOf(c, i, locale), describe(s, dataset, locale)]),
    totalRow: false,
    source: w.tableSource,
  };
}

/** "Aandeel nieuwbouw nultreden: 50 %; Bouwtempo: Programma": the assumptions that differ from their default. */
export function describe(s: Scenario, ds: Dataset, locale: Locale): string {
  const w = texts(locale).comparison.section;
  const parts: string[] = [];
  const changed = changedPaths(s.params);
  for (const path of changed.filter((p) => !p.startsWith('uncertainty.'))) {
    const a = assumptionAt(path);
    if (!a) continue;
    const suffix = path === a.key ? null : path.slice((a.perGemeente && path.startsWith(`${a.perGemeente.key}.`) ? a.perGemeente.key.length : a.key.length) + 1);
    const label = `${assumptionWords(a, locale).label}${suffix ? ` (${suffix.split('.').map((part) => ds.gemeenten.find((g) => g.code === part)?.name ?? part).join(', ')})` : ''}`;
    const value = readParam(s.params, path);
    const shown = typeof value === 'number' || typeof value === 'string' ? inputValue(a.key, value, locale) : Array.isArray(value) ? String(value.length) : null;
    const part = shown === null ? label : w.assumption(label, shown);
    if (!parts.includes(part)) parts.push(part);
  }
  const ranges = rangesInBrief(s, locale);
  if (ranges) parts.push(ranges);
  return parts.length > 0 ? parts.join('; ') : w.allDefault;
}

/** The scenario's ranges and open choices in brief, or null without any: the comparison's and the colophon's words for them. */
export function rangesInBrief(s: Scenario, locale: Locale): string | null {
  const n = Object.keys(s.params.uncertainty.ranges).length + Object.keys(s.params.uncertainty.alternatives).length;
  return n > 0 ? texts(locale).comparison.section.ranges(n) : null;
}

function comparisonTable({ results, locale, words }: SectionInput, c: Comparison): ReportTable {
  const t = texts(locale).tables;
  const w = words.comparison;
  const label = (id: Metric['id']): string => (id === 'requiredShare' ? w.requiredShare : t.comparison[id]);
  const shown = METRICS.filter((m) => !m.onlyIfAny || results.some((r) => isSome(m.value(r, t))));
  return {
    id: 'comparison',
    title: w.table,
    sheet: w.sheet,
    // The metric column is text; scenario columns hold numbers, formatted per row by the documents.
    columns: [{ header: t.comparison.metric, kind: 'text', about: 'comparisonMetric' }, ...c.scenarios.map((sc, i): Column => ({ header: headerOf(c, i, locale), kind: 'homes', about: { of: 'comparisonMetric', scenario: sc.name, unit: 'perRow' } }))],
    rows: shown.map((m) => [label(m.id), ...results.map((r) => m.value(r, t))]),
    rowKinds: shown.map((m) => m.kind),
    totalRow: false,
    source: w.source,
  };
}
