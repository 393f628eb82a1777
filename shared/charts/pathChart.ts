import type { Dataset } from '../dataset/schema';
import type { Locale } from '../format/nl';
import type { ProgrammeBlock } from '../result/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/** Gemeente: programme target path, realised (estimated years dotted), projection and catch-up year. */
export function pathChart(name: string, programme: ProgrammeBlock, scenarioName: string, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const t = chartText(locale).path;
  const years = programme.path.map((p) => p.year);
  const realised = programme.path.filter((p) => p.realised !== null);
  const projected = programme.path.filter((p) => p.projected !== null);
  const estimated = realised.some((p) => p.realisedEstimated);
  const lastYear = years[years.length - 1] ?? programme.catchUpYear ?? 2030;
  // Past the horizon there is no line to point at: the note sits at the right edge instead.
  const annotations =
    programme.catchUpYear !== null && programme.catchUpYear <= lastYear
      ? [{ x: programme.catchUpYear, y: programme.target, text: t.catchUp(programme.catchUpYear), showarrow: true, arrowhead: 2, ay: -30 }]
      : [{ xref: 'paper', x: 1, y: programme.target, xanchor: 'right', text: programme.catchUpYear !== null ? t.catchUpBeyond(programme.catchUpYear) : t.noCatchUp, showarrow: false, yshift: 12 }];
  return {
    id: 'path',
    title: t.title(name),
    source: sourceLine(ds, CHART_SERIES.programme, scenarioName, locale),
    data: [
      { type: 'scatter', mode: 'lines', name: t.target, x: years, y: programme.path.map((p) => p.target), line: { color: SERIES_COLOURS.target, dash: 'dash', width: 2 }, hovertemplate: '%{x}: %{y:,.0f}<extra></extra>' },
      {
        type: 'scatter',
        mode: 'lines+markers',
        name: estimated ? t.realisedEstimated : t.realised,
        x: realised.map((p) => p.year),
        y: realised.map((p) => p.realised),
        line: { color: SERIES_COLOURS.realised, width: 3 },
        marker: { symbol: realised.map((p) => (p.realisedEstimated ? 'circle-open' : 'circle')), size: 8 },
        hovertemplate: '%{x}: %{y:,.0f}<extra></extra>',
      },
      { type: 'scatter', mode: 'lines', name: t.projected, x: projected.map((p) => p.year), y: projected.map((p) => p.projected), line: { color: SERIES_COLOURS.projected, width: 3, dash: 'dot' }, hovertemplate: '%{x}: %{y:,.0f}<extra></extra>' },
    ],
    layout: baseLayout(locale, {
      xaxis: { title: { text: t.yearAxis }, dtick: 1 },
      yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true },
      annotations,
    }),
  };
}
