import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { Result } from '../result/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { SCENARIO_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/** Vergelijken: the 2030 programme gap per gemeente, one bar group per gemeente, one bar per scenario. */
export function compareGapChart(results: readonly Result[], ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const t = chartText(locale).compare;
  const withProgramme = (results[0]?.gemeenten ?? []).filter((g) => g.programme !== null);
  const names = [...withProgramme.map((g) => g.name), t.region];
  return {
    id: 'compare',
    title: t.title,
    source: sourceLine(ds, CHART_SERIES.programme, results.map((r) => r.scenarioName).join("', '"), locale),
    data: results.map((r, i) => {
      const values = [...withProgramme.map((g) => r.gemeenten.find((x) => x.code === g.code)?.programme?.gap2030 ?? null), r.region.programme?.gap2030 ?? null];
      return {
        type: 'bar',
        name: r.scenarioName,
        x: names,
        y: values,
        marker: { color: SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] },
        text: values.map((v) => formatNumber(v, 0, locale)),
        textposition: 'outside',
        cliponaxis: false,
        hovertemplate: `%{x}: %{y:,.0f}<extra>${r.scenarioName}</extra>`,
      };
    }),
    layout: baseLayout(locale, { barmode: 'group', yaxis: { title: { text: chartText(locale).gap.axis }, tickformat: ',.0f', zeroline: true, automargin: true } }),
  };
}
