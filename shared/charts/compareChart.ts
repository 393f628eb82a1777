import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { Result } from '../result/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { SCENARIO_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/**
 * Vergelijken: the 2030 programme shortfall per gemeente, one bar group per gemeente, one bar per
 * scenario; the region's bar is the sum of the gemeenten's shortfalls (the Woondeal is an
 * agreement per gemeente), so a scenario that puts one gemeente far ahead does not look as if it
 * closed another's gap. How far ahead a gemeente is shows in the hover label.
 */
export function compareGapChart(results: readonly Result[], ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const t = chartText(locale).compare;
  const withProgramme = (results[0]?.gemeenten ?? []).filter((g) => g.programme !== null);
  const names = [...withProgramme.map((g) => g.name), t.region];
  return {
    id: 'compare',
    title: t.title,
    source: sourceLine(ds, CHART_SERIES.programme, results.map((r) => r.scenarioName).join("', '"), locale),
    data: results.map((r, i) => {
      const blocks = [...withProgramme.map((g) => r.gemeenten.find((x) => x.code === g.code)?.programme ?? null), r.region.programme];
      const values = blocks.map((b) => b?.shortfall2030 ?? null);
      return {
        type: 'bar',
        name: r.scenarioName,
        x: names,
        y: values,
        customdata: blocks.map((b) => (b ? t.hover(b.shortfall2030, b.surplus2030) : '')),
        marker: { color: SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] },
        text: values.map((v) => formatNumber(v, 0, locale)),
        textposition: 'outside',
        cliponaxis: false,
        hovertemplate: `%{x}: %{customdata}<extra>${r.scenarioName}</extra>`,
      };
    }),
    layout: baseLayout(locale, { barmode: 'group', yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true } }),
  };
}
