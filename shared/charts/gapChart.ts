import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { Result } from '../result/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/**
 * Overzicht: the 2030 build programme per gemeente, the shortfall (behind) and the homes ahead of
 * schedule as two series in colours that say so. Never one net bar: a gemeente ahead is not a
 * negative shortfall, and the legend gives the region's shortfall as the sum of the gemeenten's
 * (the Woondeal is an agreement per gemeente), so one's surplus never fills another's gap.
 * Every member gemeente has a place on the axis; one without a programme (Eemnes) says so
 * instead of showing a bar of 0.
 */
export function gapChart(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const t = chartText(locale).gap;
  const names = result.gemeenten.map((g) => g.name);
  const bar = (name: string, values: (number | null)[], colour: string, unit: string) => ({
    type: 'bar',
    name,
    x: names,
    y: values,
    marker: { color: colour },
    // Only the series that holds a gemeente's figure is labelled, so each bar carries one number.
    text: values.map((v) => (v === null || Math.round(v) === 0 ? '' : formatNumber(v, 0, locale))),
    textposition: 'outside',
    cliponaxis: false,
    hovertemplate: `%{x}: %{y:,.0f} ${unit}<extra></extra>`,
  });
  const region = result.region.programme;
  return {
    id: 'gap',
    title: t.title,
    source: sourceLine(ds, CHART_SERIES.programme, result.scenarioName, locale),
    data: [
      bar(t.shortfall(region?.shortfall2030 ?? 0), result.gemeenten.map((g) => g.programme?.shortfall2030 ?? null), SERIES_COLOURS.shortfall, t.shortfallUnit),
      bar(t.ahead(region?.surplus2030 ?? 0), result.gemeenten.map((g) => g.programme?.surplus2030 ?? null), SERIES_COLOURS.ahead, t.aheadUnit),
    ],
    layout: baseLayout(locale, {
      // Per gemeente one of the two is 0, so overlaid they make one full-width bar per gemeente
      // (stacked, a 0 bar on top would push the other's label inside).
      barmode: 'overlay',
      showlegend: true,
      yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true },
      xaxis: { automargin: true },
      annotations: result.gemeenten
        .filter((g) => g.programme === null)
        .map((g) => ({ x: g.name, y: 0, yshift: 12, text: t.noProgramme, showarrow: false, font: { color: '#666666', size: 11 } })),
    }),
  };
}
