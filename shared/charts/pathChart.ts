import type { Dataset } from '../dataset/schema';
import { texts } from '../i18n/catalogue';
import { formatNumber, type Locale } from '../format/nl';
import type { ProgrammeBlock } from '../result/schema';
import type { Band, UncertaintyBlock } from '../result/uncertainty';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText, sentenceStart } from './labels';
import { SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/** The Monte Carlo's bands of one place (MODEL.md §5.6): `where` is `regio` or the gemeente's CBS code. */
export type PlaceBands = { block: UncertaintyBlock; where: string };

/**
 * Gemeente: programme target path, realised (estimated years dotted), projection and catch-up year.
 * With `bands`, the projection's P10–P90 as a filled area behind the lines and its P50 dashed;
 * the source line then says what the band is (the spread of the ranges entered, not a forecast error).
 */
export function pathChart(name: string, programme: ProgrammeBlock, scenarioName: string, ds: Dataset, locale: Locale = 'nl-NL', bands?: PlaceBands | null): ChartSpec {
  const t = chartText(locale).path;
  const years = programme.path.map((p) => p.year);
  const realised = programme.path.filter((p) => p.realised !== null);
  const projected = programme.path.filter((p) => p.projected !== null);
  const estimated = realised.some((p) => p.realisedEstimated);
  const lastYear = years[years.length - 1] ?? programme.catchUpYear ?? 2030;
  // Past the horizon there is no line to point at: the note sits at the right edge instead.
  const annotations =
    programme.catchUpYear !== null && programme.catchUpYear <= lastYear
      ? // Up and to the left of the point, on a white ground: straight above it the arrow and the
        // rising projection ran through the words once the text was printed large enough.
        [{ x: programme.catchUpYear, y: programme.target, text: t.catchUp(programme.catchUpYear), showarrow: true, arrowhead: 2, ax: -60, ay: -34, bgcolor: 'rgba(255,255,255,0.9)' }]
      : [{ xref: 'paper', x: 1, y: programme.target, xanchor: 'right', text: programme.catchUpYear !== null ? t.catchUpBeyond(programme.catchUpYear) : t.noCatchUp, showarrow: false, yshift: 12 }];
  const source = sourceLine(ds, CHART_SERIES.programme, scenarioName, locale);
  const band = bands ? projectionBand(projected.map((p) => p.year), bands, locale) : null;
  const outlook =
    programme.catchUpYear === null ? t.noCatchUp : programme.catchUpYear <= lastYear ? t.catchUp(programme.catchUpYear) : t.catchUpBeyond(programme.catchUpYear);
  return {
    id: 'path',
    title: t.title(name),
    alt: chartText(locale).alt.path(sentenceStart(name), programme.target, programme.baseYear, programme.realised, outlook),
    source: band ? `${source.replace(/\.?$/, '.')} ${texts(locale).uncertaintyResults.chart.note(formatNumber(bands?.block.draws ?? 0, 0, locale))}` : source,
    data: [
      // Drawn first, so the lines stay on top of the area.
      ...(band?.area ?? []),
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
      ...(band ? [band.median] : []),
    ],
    layout: baseLayout(locale, {
      // A filled trace turns Plotly's legend order around; keep the traces' order (band first).
      ...(band ? { legend: { ...(baseLayout(locale).legend as Record<string, unknown>), traceorder: 'normal' } } : {}),
      xaxis: { title: { text: t.yearAxis }, dtick: 1 },
      yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true },
      annotations,
    }),
  };
}

/** The projection's band over the years that have a projection; null when the block has none of them. */
function projectionBand(years: number[], { block, where }: PlaceBands, locale: Locale): { area: Record<string, unknown>[]; median: Record<string, unknown> } | null {
  const w = texts(locale).uncertaintyResults.chart;
  const byPath = new Map<string, Band>();
  for (const b of block.bands) if (b.where === where) byPath.set(b.path, b);
  const found = years.map((year) => ({ year, band: byPath.get(`programme.path.${String(year)}.projected`) })).filter((x): x is { year: number; band: Band } => x.band !== undefined);
  if (found.length === 0) return null;
  const x = found.map((f) => f.year);
  const fill = 'rgba(213, 94, 0, 0.18)';
  return {
    area: [
      // P10 first, unseen and out of the legend: the P90 trace fills down to it (tonexty).
      { type: 'scatter', mode: 'lines', name: `${w.band} P10`, x, y: found.map((f) => f.band.p10), line: { width: 0, color: fill }, showlegend: false, hoverinfo: 'skip' },
      {
        type: 'scatter',
        mode: 'lines',
        name: w.band,
        x,
        y: found.map((f) => f.band.p90),
        fill: 'tonexty',
        fillcolor: fill,
        line: { width: 0, color: fill },
        customdata: found.map((f) => [f.band.p10, f.band.p90]),
        hovertemplate: `%{x}: %{customdata[0]:,.0f}–%{customdata[1]:,.0f}<extra>${w.band}</extra>`,
      },
    ],
    median: { type: 'scatter', mode: 'lines', name: w.median, x, y: found.map((f) => f.band.p50), line: { color: SERIES_COLOURS.projected, width: 1.5, dash: 'dash' }, hovertemplate: `%{x}: %{y:,.0f}<extra>${w.median}</extra>` },
  };
}
