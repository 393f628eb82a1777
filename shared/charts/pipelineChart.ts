import type { Dataset } from '../dataset/schema';
import type { Locale } from '../format/nl';
import { PROJECT_STATUSES, type Project, type ProjectStatus } from '../projects/schema';
import type { Result } from '../result/schema';
import { HOUSING_TYPES, type ScenarioParams } from '../scenario/schema';
import { texts } from '../i18n/catalogue';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { HOUSING_TYPE_COLOURS, SERIES_COLOURS } from './palette';
import { CHART_SERIES, figureSources } from './sources';

/** Status colours from light (idea) to dark (completed): the further along, the more certain. */
const STATUS_COLOURS: Record<ProjectStatus, string> = {
  idee: '#C6DBEF',
  planvorming: '#9ECAE1',
  vastgesteld: '#6BAED6',
  vergund: '#3182BD',
  'in aanbouw': '#08519C',
  opgeleverd: '#08306B',
};

/** A project status in words (the `terms` area). */
function statusLabel(s: ProjectStatus, locale: Locale = 'nl-NL'): string {
  return texts(locale).terms.projectStatus[s];
}

/**
 * Pipeline capacity per completion year, stacked by status (homes × the scenario's probability),
 * against what the programme needs per year from now on.
 */
export function pipelineCapacityChart(projects: readonly Project[], result: Result, params: ScenarioParams, ds: Dataset, locale: Locale = 'nl-NL', gemeente: string | null = null): ChartSpec {
  const t = chartText(locale).pipeline;
  const shown = projects.filter((p) => gemeente === null || p.gemeente === gemeente);
  const from = result.baseYear + 1;
  const to = Math.max(result.programmeEnd, ...shown.map((p) => p.completionYear));
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const programme = gemeente === null ? result.region.programme : (result.gemeenten.find((g) => g.code === gemeente)?.programme ?? null);
  const traces: Record<string, unknown>[] = PROJECT_STATUSES.map((status) => ({
    type: 'bar',
    name: t.status(statusLabel(status, locale), params.pipeline.probability[status]),
    x: years,
    y: years.map((y) => shown.filter((p) => p.status === status && p.completionYear === y).reduce((s, p) => s + p.homes.total * params.pipeline.probability[status], 0)),
    marker: { color: STATUS_COLOURS[status] },
    hovertemplate: `%{x}: %{y:,.0f}<extra>${statusLabel(status, locale)}</extra>`,
  }));
  if (programme) {
    traces.push({
      type: 'scatter',
      mode: 'lines',
      name: t.needed,
      x: years.filter((y) => y <= result.programmeEnd),
      y: years.filter((y) => y <= result.programmeEnd).map(() => programme.requiredPace),
      line: { color: SERIES_COLOURS.projected, width: 3, dash: 'dash' },
      hovertemplate: `%{x}: %{y:,.1f}<extra></extra>`,
    });
  }
  const where = gemeente === null ? texts(locale).terms.region : (ds.gemeenten.find((g) => g.code === gemeente)?.name ?? gemeente);
  const homes = traces.reduce((s, tr) => s + (tr.type === 'bar' ? (tr.y as number[]).reduce((a, b) => a + b, 0) : 0), 0);
  return {
    id: gemeente === null ? 'pipeline' : `pipeline-${gemeente}`,
    title: t.title(where),
    alt: chartText(locale).alt.pipeline(where, homes, from === to ? String(from) : `${from}–${to}`, programme?.requiredPace ?? null),
    source: t.source(result.scenarioName, figureSources(ds, CHART_SERIES.programme, result.scenarioName, locale)),
    data: traces,
    layout: baseLayout(locale, { barmode: 'stack', xaxis: { dtick: 1 }, yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}

/** Elderly-suitable homes in the pipeline up to 2030 (weighted) against the need, per type. */
export function pipelineElderlyChart(projects: readonly Project[], result: Result, params: ScenarioParams, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const { types, elderly, pipeline: t } = chartText(locale);
  const e = result.region.elderly;
  const inWindow = projects.filter((p) => p.completionYear > result.baseYear && p.completionYear <= result.programmeEnd);
  const pipeline = HOUSING_TYPES.map((ty) => inWindow.reduce((s, p) => s + p.homes[ty] * params.pipeline.probability[p.status], 0));
  const labels = HOUSING_TYPES.map((ty) => types[ty]);
  return {
    id: 'pipelineElderly',
    title: t.elderlyTitle(result.programmeEnd),
    alt: chartText(locale).alt.pipelineElderly(
      result.programmeEnd,
      pipeline.reduce((a, b) => a + b, 0),
      HOUSING_TYPES.reduce((s, ty) => s + (e?.[ty].need ?? 0), 0),
    ),
    source: t.source(result.scenarioName, figureSources(ds, CHART_SERIES.elderly, result.scenarioName, locale)),
    data: [
      { type: 'bar', name: elderly.need, x: labels, y: HOUSING_TYPES.map((ty) => e?.[ty].need ?? null), marker: { color: SERIES_COLOURS.need }, hovertemplate: '%{x}: %{y:,.0f}<extra></extra>' },
      { type: 'bar', name: t.weighted, x: labels, y: pipeline, marker: { color: HOUSING_TYPES.map((ty) => HOUSING_TYPE_COLOURS[ty]) }, hovertemplate: '%{x}: %{y:,.0f}<extra></extra>' },
    ],
    layout: baseLayout(locale, { barmode: 'group', yaxis: { title: { text: elderly.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}
