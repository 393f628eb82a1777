import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { ElderlyBlock, Result } from '../result/schema';
import { HOUSING_TYPES } from '../scenario/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartNumber, chartText, largest, sentenceStart } from './labels';
import { HOUSING_TYPE_COLOURS, SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/** Gemeente or region: need vs supply per housing type. */
export function elderlyNeedSupplyChart(name: string, elderly: ElderlyBlock, scenarioName: string, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const { types, elderly: t } = chartText(locale);
  const labels = HOUSING_TYPES.map((ty) => types[ty]);
  const bar = (label: string, values: number[], colour: string) => ({
    type: 'bar',
    name: label,
    x: labels,
    y: values,
    marker: { color: colour },
    text: values.map((v) => formatNumber(v, 0, locale)),
    textposition: 'outside',
    cliponaxis: false,
    hovertemplate: `%{x}: %{y:,.0f}<extra>${label}</extra>`,
  });
  const worst = largest(
    HOUSING_TYPES.filter((ty) => Math.round(elderly[ty].shortfall) > 0),
    (ty) => elderly[ty].shortfall,
  );
  return {
    id: 'elderly',
    title: t.title(name),
    alt: chartText(locale).alt.elderly(sentenceStart(name), elderly.total.need, elderly.total.supply, worst === null ? null : types[worst], worst === null ? 0 : elderly[worst].shortfall),
    source: sourceLine(ds, CHART_SERIES.elderly, scenarioName, locale),
    data: [
      bar(t.need, HOUSING_TYPES.map((ty) => elderly[ty].need), SERIES_COLOURS.need),
      bar(t.supply, HOUSING_TYPES.map((ty) => elderly[ty].supply), SERIES_COLOURS.supply),
    ],
    layout: baseLayout(locale, { barmode: 'group', yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}

/**
 * Overzicht: the elderly shortfall per gemeente, stacked by housing type. Each type's shortfall
 * on its own (never the net gap): a surplus of one type in one gemeente fills neither another
 * type nor another gemeente, so the stack is a gemeente's total shortfall and the legend gives the
 * region's shortfall per type as the sum of the gemeenten's. The surplus shows in the hover label.
 */
export function elderlyGapChart(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const { types, elderly: t } = chartText(locale);
  const rows = result.gemeenten.flatMap((g) => (g.elderly ? [{ name: g.name, e: g.elderly }] : []));
  const region = result.region.elderly;
  const worst = largest(
    rows.filter((r) => Math.round(r.e.total.shortfall) > 0),
    (r) => r.e.total.shortfall,
  );
  return {
    id: 'elderlyGap',
    title: t.gapTitle,
    alt: chartText(locale).alt.elderlyGap(worst?.name ?? null, worst?.e.total.shortfall ?? 0, region?.total.shortfall ?? 0),
    source: sourceLine(ds, CHART_SERIES.elderly, result.scenarioName, locale),
    data: HOUSING_TYPES.map((ty) => ({
      type: 'bar',
      name: t.typeSeries(types[ty], region?.[ty].shortfall ?? 0),
      x: rows.map((r) => r.name),
      y: rows.map((r) => r.e[ty].shortfall),
      customdata: rows.map((r) => t.hover(r.e[ty].shortfall, r.e[ty].surplus)),
      marker: { color: HOUSING_TYPE_COLOURS[ty] },
      hovertemplate: `%{x}: %{customdata}<extra>${types[ty]}</extra>`,
    })),
    layout: baseLayout(locale, {
      barmode: 'stack',
      // Room above the tallest stack for its total.
      margin: { l: 70, r: 20, t: 36, b: 80 },
      yaxis: { title: { text: t.gapAxis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true },
      // Each stack's total above it: the gemeente's shortfall, the figure the reader compares.
      // Named 'total' so a writer that turns annotations into notes can tell them apart; the
      // hover text says what they are (the note's label where they become one line of text).
      annotations: rows
        .filter((r) => Math.round(r.e.total.shortfall) > 0)
        .map((r) => ({ name: 'total', hovertext: t.totals, x: r.name, y: r.e.total.shortfall, yanchor: 'bottom', yshift: 2, text: chartNumber(r.e.total.shortfall, 0, locale), showarrow: false, font: { color: '#222222' } })),
    }),
  };
}
