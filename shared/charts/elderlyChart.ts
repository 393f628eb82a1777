import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { ElderlyBlock, Result } from '../result/schema';
import { HOUSING_TYPES } from '../scenario/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
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
  return {
    id: 'elderly',
    title: t.title(name),
    source: sourceLine(ds, CHART_SERIES.elderly, scenarioName, locale),
    data: [
      bar(t.need, HOUSING_TYPES.map((ty) => elderly[ty].need), SERIES_COLOURS.need),
      bar(t.supply, HOUSING_TYPES.map((ty) => elderly[ty].supply), SERIES_COLOURS.supply),
    ],
    layout: baseLayout(locale, { barmode: 'group', yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}

/** Overzicht: the elderly gap per gemeente, stacked by housing type. */
export function elderlyGapChart(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const { types, elderly: t } = chartText(locale);
  const rows = result.gemeenten.flatMap((g) => (g.elderly ? [{ name: g.name, e: g.elderly }] : []));
  return {
    id: 'elderlyGap',
    title: t.gapTitle,
    source: sourceLine(ds, CHART_SERIES.elderly, result.scenarioName, locale),
    data: HOUSING_TYPES.map((ty) => ({
      type: 'bar',
      name: types[ty],
      x: rows.map((r) => r.name),
      y: rows.map((r) => r.e[ty].gap),
      marker: { color: HOUSING_TYPE_COLOURS[ty] },
      hovertemplate: `%{x}: %{y:,.0f}<extra>${types[ty]}</extra>`,
    })),
    layout: baseLayout(locale, { barmode: 'relative', yaxis: { title: { text: t.gapAxis }, tickformat: ',.0f', automargin: true } }),
  };
}
