import type { Dataset } from '../dataset/schema';
import type { Locale } from '../format/nl';
import { PROJECT_STATUSES, type Project, type ProjectStatus } from '../projects/schema';
import type { Result } from '../result/schema';
import { HOUSING_TYPES, type ScenarioParams } from '../scenario/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { HOUSING_TYPE_COLOURS, SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/** Status colours from light (idea) to dark (completed): the further along, the more certain. */
const STATUS_COLOURS: Record<ProjectStatus, string> = {
  idee: '#C6DBEF',
  planvorming: '#9ECAE1',
  vastgesteld: '#6BAED6',
  vergund: '#3182BD',
  'in aanbouw': '#08519C',
  opgeleverd: '#08306B',
};

const STATUS_LABEL: Record<ProjectStatus, { nl: string; en: string }> = {
  idee: { nl: 'idee', en: 'idea' },
  planvorming: { nl: 'planvorming', en: 'planning' },
  vastgesteld: { nl: 'vastgesteld', en: 'adopted' },
  vergund: { nl: 'vergund', en: 'permitted' },
  'in aanbouw': { nl: 'in aanbouw', en: 'under construction' },
  opgeleverd: { nl: 'opgeleverd', en: 'completed' },
};

export function statusLabel(s: ProjectStatus, locale: Locale = 'nl-NL'): string {
  return locale === 'nl-NL' ? STATUS_LABEL[s].nl : STATUS_LABEL[s].en;
}

function projectSource(locale: Locale, scenarioName: string): string {
  return locale === 'nl-NL'
    ? `Bron: projectenregister Woonzorgverkenner (invoer en imports), gewogen met de kans per status uit scenario '${scenarioName}'`
    : `Source: Woonzorgverkenner project register (input and imports), weighted by the per-status probabilities of scenario '${scenarioName}'`;
}

/**
 * Pipeline capacity per completion year, stacked by status (homes × the scenario's probability),
 * against what the programme needs per year from now on.
 */
export function pipelineCapacityChart(projects: readonly Project[], result: Result, params: ScenarioParams, ds: Dataset, locale: Locale = 'nl-NL', gemeente: string | null = null): ChartSpec {
  const nl = locale === 'nl-NL';
  const shown = projects.filter((p) => gemeente === null || p.gemeente === gemeente);
  const from = result.baseYear + 1;
  const to = Math.max(result.programmeEnd, ...shown.map((p) => p.completionYear));
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const programme = gemeente === null ? result.region.programme : (result.gemeenten.find((g) => g.code === gemeente)?.programme ?? null);
  const traces: Record<string, unknown>[] = PROJECT_STATUSES.map((status) => ({
    type: 'bar',
    name: `${statusLabel(status, locale)} (${Math.round(params.pipeline.probability[status] * 100)} %)`,
    x: years,
    y: years.map((y) => shown.filter((p) => p.status === status && p.completionYear === y).reduce((s, p) => s + p.homes.total * params.pipeline.probability[status], 0)),
    marker: { color: STATUS_COLOURS[status] },
    hovertemplate: `%{x}: %{y:,.0f}<extra>${statusLabel(status, locale)}</extra>`,
  }));
  if (programme) {
    traces.push({
      type: 'scatter',
      mode: 'lines',
      name: nl ? 'Nodig per jaar voor het programma' : 'Needed per year for the programme',
      x: years.filter((y) => y <= result.programmeEnd),
      y: years.filter((y) => y <= result.programmeEnd).map(() => programme.requiredPace),
      line: { color: SERIES_COLOURS.projected, width: 3, dash: 'dash' },
      hovertemplate: `%{x}: %{y:,.1f}<extra></extra>`,
    });
  }
  const where = gemeente === null ? (nl ? 'regio' : 'region') : (ds.gemeenten.find((g) => g.code === gemeente)?.name ?? gemeente);
  return {
    id: gemeente === null ? 'pipeline' : `pipeline-${gemeente}`,
    title: nl ? `Pijplijn per opleverjaar en status (${where}), gewogen met de kans op realisatie` : `Pipeline per completion year and status (${where}), weighted by completion probability`,
    source: `${projectSource(locale, result.scenarioName)}; ${sourceLine(ds, CHART_SERIES.programme, result.scenarioName, locale).replace(/^(Bron|Source): /, '')}`,
    data: traces,
    layout: baseLayout(locale, { barmode: 'stack', xaxis: { dtick: 1 }, yaxis: { title: { text: nl ? 'Woningen per jaar' : 'Homes per year' }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}

/** Elderly-suitable homes in the pipeline up to 2030 (weighted) against the need, per type. */
export function pipelineElderlyChart(projects: readonly Project[], result: Result, params: ScenarioParams, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const nl = locale === 'nl-NL';
  const t = chartText(locale);
  const e = result.region.elderly;
  const inWindow = projects.filter((p) => p.completionYear > result.baseYear && p.completionYear <= result.programmeEnd);
  const pipeline = HOUSING_TYPES.map((ty) => inWindow.reduce((s, p) => s + p.homes[ty] * params.pipeline.probability[p.status], 0));
  const labels = HOUSING_TYPES.map((ty) => t.types[ty]);
  return {
    id: 'pipelineElderly',
    title: nl ? `Ouderengeschikte woningen in de pijplijn t/m ${result.programmeEnd} tegen de behoefte (regio)` : `Elderly-suitable homes in the pipeline to ${result.programmeEnd} against the need (region)`,
    source: `${projectSource(locale, result.scenarioName)}; ${sourceLine(ds, CHART_SERIES.elderly, result.scenarioName, locale).replace(/^(Bron|Source): /, '')}`,
    data: [
      { type: 'bar', name: t.need, x: labels, y: HOUSING_TYPES.map((ty) => e?.[ty].need ?? null), marker: { color: SERIES_COLOURS.need }, hovertemplate: '%{x}: %{y:,.0f}<extra></extra>' },
      { type: 'bar', name: nl ? 'Pijplijn (gewogen)' : 'Pipeline (weighted)', x: labels, y: pipeline, marker: { color: HOUSING_TYPES.map((ty) => HOUSING_TYPE_COLOURS[ty]) }, hovertemplate: '%{x}: %{y:,.0f}<extra></extra>' },
    ],
    layout: baseLayout(locale, { barmode: 'group', yaxis: { title: { text: t.elderlyAxis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}
