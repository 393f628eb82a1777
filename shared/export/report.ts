import type { Finding } from '../checks/finding';
import type { Dataset } from '../dataset/schema';
import { latestFigure } from '../dataset/query';
import { formatLongDate, formatNumber, formatPercent, type Locale } from '../format/nl';
import type { Result } from '../result/schema';
import { ASSUMPTIONS, readParam, type AssumptionKind } from '../scenario/assumptions';
import { changedPaths, defaultAt } from '../scenario/editParams';
import type { Scenario } from '../scenario/schema';
import type { ChartSpec } from '../charts/chartSpec';
import { gapChart } from '../charts/gapChart';
import { elderlyGapChart, elderlyNeedSupplyChart } from '../charts/elderlyChart';
import { pathChart } from '../charts/pathChart';
import { compareGapChart } from '../charts/compareChart';
import { pipelineCapacityChart } from '../charts/pipelineChart';
import { SERIES } from '../engine/inputs';
import { aandachtsgroepenTable, affordableTable, demandTable, elderlyTable, pathsTable, programmeTable } from './tables';
import { comparisonParagraph, summaryParagraphs } from './summary';
import type { Cell, ReportTable } from './table';

/**
 * Everything a memo, deck or workbook shows, built once from the results: the documents only
 * lay it out. Charts are the same ChartSpecs the screens draw.
 */
export type GemeenteSection = { code: string; name: string; charts: ChartSpec[]; facts: string[] };
export type Report = {
  title: string;
  scenarioNames: string[];
  /** ISO date of the export. */
  date: string;
  /** What the figures are up to date with, in words. */
  dataAsOf: string;
  summary: string[];
  charts: ChartSpec[];
  tables: ReportTable[];
  /** Only for the workbook and CSV: per year. */
  yearTables: ReportTable[];
  comparison: ReportTable | null;
  gemeenten: GemeenteSection[];
  assumptions: ReportTable;
  findings: { title: string; message: string }[];
};

export type ReportInput = {
  scenarios: readonly Scenario[];
  results: readonly Result[];
  dataset: Dataset;
  findings: readonly Finding[];
  date: string;
  locale?: Locale;
};

/** Series the engine reads: findings on them affect the figures shown. */
const ENGINE_SERIES = new Set<string>(Object.values(SERIES).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))));

export function buildReport({ scenarios, results, dataset, findings, date, locale = 'nl-NL' }: ReportInput): Report {
  const nl = locale === 'nl-NL';
  const main = results[0];
  if (!main) throw new Error('buildReport: geen uitkomst');
  const compare = results.length > 1;
  const charts: ChartSpec[] = [gapChart(main, dataset, locale), elderlyGapChart(main, dataset, locale)];
  if (compare) charts.push(compareGapChart(results, dataset, locale));
  const mainScenario = scenarios[0];
  if (dataset.projects.length > 0 && mainScenario) charts.push(pipelineCapacityChart(dataset.projects, main, mainScenario.params, dataset, locale));
  const regionPath = main.region.programme ? pathChart(nl ? 'regio' : 'region', main.region.programme, main.scenarioName, dataset, locale) : null;
  if (regionPath) charts.splice(1, 0, { ...regionPath, id: 'path-regio' });

  const gemeenten: GemeenteSection[] = main.gemeenten.map((g) => {
    const gCharts: ChartSpec[] = [];
    if (g.programme) gCharts.push({ ...pathChart(g.name, g.programme, main.scenarioName, dataset, locale), id: `path-${g.code}` });
    if (g.elderly) gCharts.push({ ...elderlyNeedSupplyChart(g.name, g.elderly, main.scenarioName, dataset, locale), id: `elderly-${g.code}` });
    const n = (v: number | null | undefined, d = 0) => formatNumber(v ?? null, d, locale);
    const facts = g.programme
      ? [
          nl ? `Programma ${n(g.programme.target)}, gerealiseerd ${n(g.programme.realised)} t/m ${g.programme.baseYear}` : `Programme ${n(g.programme.target)}, realised ${n(g.programme.realised)} to ${g.programme.baseYear}`,
          nl ? `Tempo ${n(g.programme.scenarioPace, 1)} per jaar, nodig ${n(g.programme.requiredPace, 1)}` : `Pace ${n(g.programme.scenarioPace, 1)} a year, required ${n(g.programme.requiredPace, 1)}`,
          nl ? `Tekort 2030: ${n(g.programme.gap2030)}; doel gehaald ${g.programme.catchUpYear ?? 'na 2040'}` : `Shortfall 2030: ${n(g.programme.gap2030)}; target reached ${g.programme.catchUpYear ?? 'after 2040'}`,
        ]
      : [nl ? 'Geen Woondeal-bouwprogramma' : 'No Woondeal build programme'];
    if (g.elderly) facts.push(nl ? `Tekort ouderenhuisvesting 2030: ${n(g.elderly.total.gap)}` : `Elderly housing shortfall 2030: ${n(g.elderly.total.gap)}`);
    facts.push(nl ? `Aandachtsgroepen: ${n(g.aandachtsgroepen.taskPerYear, 1)} woningen per jaar (${formatPercent(g.aandachtsgroepen.weight, 1, locale)})` : `Vulnerable groups: ${n(g.aandachtsgroepen.taskPerYear, 1)} homes a year (${formatPercent(g.aandachtsgroepen.weight, 1, locale)})`);
    return { code: g.code, name: g.name, charts: gCharts, facts };
  });

  const summary = summaryParagraphs(main, locale);
  const cmp = comparisonParagraph(results, locale);
  if (cmp) summary.push(cmp);

  return {
    title: nl ? 'Woonzorgopgave Gooi en Vechtstreek' : 'Housing with care, Gooi en Vechtstreek',
    scenarioNames: results.map((r) => r.scenarioName),
    date,
    dataAsOf: dataAsOf(main, dataset, locale),
    summary,
    charts,
    tables: [programmeTable(main, dataset, locale), affordableTable(main, dataset, locale), elderlyTable(main, dataset, locale), aandachtsgroepenTable(main, dataset, locale)],
    yearTables: results.flatMap((r) => [pathsTable(r, dataset, locale), demandTable(r, dataset, locale)]),
    comparison: compare ? comparisonTable(results, locale) : null,
    gemeenten,
    assumptions: assumptionsTable(scenarios, locale),
    findings: findings
      .filter((f) => f.severity !== 'info' && f.series.some((s) => ENGINE_SERIES.has(s)))
      .map((f) => ({ title: f.title, message: f.message })),
  };
}

function dataAsOf(result: Result, ds: Dataset, locale: Locale): string {
  const nl = locale === 'nl-NL';
  const population = latestFigure(ds, SERIES.population, result.gemeenten[0]?.code ?? null);
  const parts = [nl ? `realisatie t/m ${result.baseYear}` : `completions to ${result.baseYear}`, nl ? `bouwprogramma Woondeal MRA ${result.programmeStart}–${result.programmeEnd}` : `Woondeal MRA programme ${result.programmeStart}–${result.programmeEnd}`];
  if (population) parts.push(`${nl ? 'inwoners' : 'population'} ${population.peildatum ? formatLongDate(population.peildatum, locale) : population.periodTo}`);
  return parts.join('; ');
}

function comparisonTable(results: readonly Result[], locale: Locale): ReportTable {
  const nl = locale === 'nl-NL';
  const metrics: { label: string; kind: 'homes' | 'pace' | 'percent' | 'year'; value: (r: Result) => Cell }[] = [
    { label: nl ? 'Tempo scenario (woningen/jr)' : 'Scenario pace (homes/yr)', kind: 'pace', value: (r) => r.region.programme?.scenarioPace ?? null },
    { label: nl ? 'Prognose 2030' : 'Projected 2030', kind: 'homes', value: (r) => r.region.programme?.projected2030 ?? null },
    { label: nl ? 'Tekort bouwprogramma 2030' : 'Programme shortfall 2030', kind: 'homes', value: (r) => r.region.programme?.gap2030 ?? null },
    { label: nl ? 'Doel gehaald in' : 'Target reached in', kind: 'year', value: (r) => r.region.programme?.catchUpYear ?? (nl ? 'na 2040' : 'after 2040') },
    { label: nl ? 'Tekort betaalbaar 2030' : 'Affordable shortfall 2030', kind: 'homes', value: (r) => r.region.affordable?.gap2030 ?? null },
    { label: nl ? 'Tekort ouderenhuisvesting 2030' : 'Elderly housing shortfall 2030', kind: 'homes', value: (r) => r.region.elderly?.total.gap ?? null },
    { label: nl ? 'Aandachtsgroepen per jaar' : 'Vulnerable groups per year', kind: 'pace', value: (r) => r.region.aandachtsgroepen.taskPerYear },
  ];
  return {
    id: 'comparison',
    title: nl ? 'Scenario’s vergeleken (regio)' : 'Scenarios compared (region)',
    // The metric column is text; scenario columns hold numbers, formatted per row by the documents.
    columns: [{ header: nl ? 'Regio' : 'Region', kind: 'text' }, ...results.map((r) => ({ header: r.scenarioName, kind: 'homes' as const }))],
    rows: metrics.map((m) => [m.label, ...results.map((r) => m.value(r))]),
    rowKinds: metrics.map((m) => m.kind),
    totalRow: false,
    source: nl ? 'Bron: 004 · Bijlage 2 en Bijlage 1; 000 — bewerking Woonzorgverkenner' : 'Source: 004 · Bijlage 2 and Bijlage 1; 000 — Woonzorgverkenner calculation',
  };
}

/** Per scenario, every assumption that differs from its default. */
function assumptionsTable(scenarios: readonly Scenario[], locale: Locale): ReportTable {
  const nl = locale === 'nl-NL';
  const rows: Cell[][] = [];
  for (const s of scenarios) {
    const changed = changedPaths(s.params);
    if (changed.length === 0) rows.push([s.name, nl ? '(alle aannames op hun standaardwaarde)' : '(all assumptions at their default)', '', '']);
    for (const path of changed) {
      const a = [...ASSUMPTIONS].sort((x, y) => y.key.length - x.key.length).find((x) => path === x.key || path.startsWith(`${x.key}.`) || (x.perGemeente && path.startsWith(`${x.perGemeente.key}.`)));
      const label = a ? `${nl ? a.label : a.labelEn}${path !== a.key ? ` (${path.slice((path.startsWith(a.perGemeente?.key ?? '\0') ? (a.perGemeente?.key.length ?? 0) : a.key.length) + 1)})` : ''}` : path;
      const kind = path === a?.key ? a.kind : (a?.perGemeente?.kind ?? a?.kind);
      rows.push([s.name, label, show(readParam(s.params, path) ?? readDotted(s.params, path), kind, locale), show(defaultAt(path), kind, locale)]);
    }
  }
  return {
    id: 'assumptions',
    title: nl ? 'Aannames die afwijken van de standaard' : 'Assumptions that differ from the default',
    columns: [
      { header: 'Scenario', kind: 'text' },
      { header: nl ? 'Aanname' : 'Assumption', kind: 'text' },
      { header: nl ? 'Waarde' : 'Value', kind: 'text' },
      { header: nl ? 'Standaard' : 'Default', kind: 'text' },
    ],
    rows,
    totalRow: false,
    source: nl ? 'Aannames: MODEL §5.1–5.3, zie docs/rekenmethode.md' : 'Assumptions: MODEL §5.1–5.3, see docs/rekenmethode.md',
  };
}

/** `dataOverrides.<figure id>` holds dots inside the id. */
function readDotted(params: Scenario['params'], path: string): unknown {
  return path.startsWith('dataOverrides.') ? params.dataOverrides[path.slice('dataOverrides.'.length)] : undefined;
}

function show(value: unknown, kind: AssumptionKind | undefined, locale: Locale): string {
  if (value === null || value === undefined) return locale === 'nl-NL' ? '(uit de dataset)' : '(from the dataset)';
  if (kind?.type === 'enum') return kind.options.find((o) => o.value === value)?.label ?? JSON.stringify(value);
  if (typeof value === 'number') return kind?.type === 'share' ? formatPercent(value, 1, locale) : kind?.type === 'year' ? String(value) : formatNumber(value, 2, locale);
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.join(', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
