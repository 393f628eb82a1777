import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { Result } from '../result/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { gemeenteColour } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/**
 * Overzicht: the 2030 build-programme gap per gemeente. Every member gemeente has a place on the
 * axis; one without a programme (Eemnes) says so instead of showing a bar of 0.
 */
export function gapChart(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const t = chartText(locale).gap;
  const rows = result.gemeenten.map((g) => ({ g, gap: g.programme?.gap2030 ?? null }));
  const colourOf = (code: string) => gemeenteColour(ds.gemeenten.findIndex((x) => x.code === code));
  return {
    id: 'gap',
    title: t.title,
    source: sourceLine(ds, CHART_SERIES.programme, result.scenarioName, locale),
    data: [
      {
        type: 'bar',
        name: t.series,
        x: rows.map((r) => r.g.name),
        y: rows.map((r) => r.gap),
        marker: { color: rows.map((r) => colourOf(r.g.code)) },
        text: rows.map((r) => (r.gap === null ? '' : formatNumber(r.gap, 0, locale))),
        textposition: 'outside',
        cliponaxis: false,
        hovertemplate: `%{x}: %{y:,.0f} ${t.unit}<extra></extra>`,
      },
    ],
    layout: baseLayout(locale, {
      showlegend: false,
      yaxis: { title: { text: t.axis }, tickformat: ',.0f', zeroline: true, zerolinecolor: '#333333', automargin: true },
      xaxis: { automargin: true },
      annotations: rows
        .filter((r) => r.gap === null)
        .map((r) => ({ x: r.g.name, y: 0, yshift: 12, text: t.noProgramme, showarrow: false, font: { color: '#666666', size: 11 } })),
    }),
  };
}
