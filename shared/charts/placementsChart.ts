import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import type { Result } from '../result/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText, largest } from './labels';
import { AHEAD_PATTERN, SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/**
 * Solidariteit: per gemeente the households placed (added up over the years with placement data)
 * beside its task over those same years, and what is behind in the shortfall colour. Shortfall and
 * surplus are separate series, their legend entries carry the region's sums (never netted), so
 * one gemeente placing more never hides another's shortfall. A gemeente without placement figures
 * has an empty place on the axis that says so, never a bar of 0.
 */
export function placementsChart(result: Result, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const t = chartText(locale).placements;
  const names = result.gemeenten.map((g) => g.name);
  const blocks = result.gemeenten.map((g) => g.aandachtsgroepen.placements);
  const region = result.region.aandachtsgroepen.placements;
  const bar = (name: string, values: (number | null)[], colour: string, labelled: boolean) => ({
    type: 'bar',
    name,
    x: names,
    y: values,
    marker: { color: colour },
    // Only the comparison carries numbers on the bars (placed and behind); the task is in the hover label.
    text: values.map((v) => (!labelled || v === null || Math.round(v) === 0 ? '' : formatNumber(v, 0, locale))),
    textposition: 'outside',
    cliponaxis: false,
    hovertemplate: `%{x}: %{y:,.1f} ${t.unit}<extra>${name}</extra>`,
  });
  const years = region ? (region.from === region.to ? String(region.from) : `${region.from}–${region.to}`) : null;
  return {
    id: 'placements',
    title: t.title(years),
    alt: placementsAlt(result, locale),
    source: sourceLine(ds, CHART_SERIES.placements, result.scenarioName, locale),
    data: [
      bar(t.placed(region?.placedCumulative ?? 0), blocks.map((b) => b?.placedCumulative ?? null), SERIES_COLOURS.realised, true),
      bar(t.task(region?.taskToDate ?? 0), blocks.map((b) => b?.taskToDate ?? null), SERIES_COLOURS.target, false),
      bar(t.shortfall(region?.shortfall ?? 0), blocks.map((b) => b?.shortfall ?? null), SERIES_COLOURS.shortfall, true),
      { ...bar(t.surplus(region?.surplus ?? 0), blocks.map((b) => b?.surplus ?? null), SERIES_COLOURS.ahead, true), marker: { color: SERIES_COLOURS.ahead, pattern: AHEAD_PATTERN } },
    ],
    layout: baseLayout(locale, {
      barmode: 'group',
      showlegend: true,
      yaxis: { title: { text: t.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true },
      xaxis: { automargin: true },
      annotations: result.gemeenten
        .filter((g) => g.aandachtsgroepen.placements === null)
        .map((g) => ({ x: g.name, y: 0, yanchor: 'bottom', yshift: 4, textangle: -90, text: t.noData, showarrow: false, font: { color: '#595959', size: 11 } })),
    }),
  };
}

/** "In de regio zijn 1.234 huishoudens … geplaatst tegen een taak van 1.500; 3 van de 7 gemeenten met gegevens lopen achter, het meest Hilversum (120)." */
function placementsAlt(result: Result, locale: Locale): string {
  const t = chartText(locale).alt;
  const region = result.region.aandachtsgroepen.placements;
  if (!region) return t.noPlacements;
  const rows = result.gemeenten.flatMap((g) => (g.aandachtsgroepen.placements ? [{ name: g.name, shortfall: g.aandachtsgroepen.placements.shortfall }] : []));
  const behind = rows.filter((r) => Math.round(r.shortfall) > 0);
  const worst = largest(behind, (r) => r.shortfall);
  return t.placements(region.placedCumulative, region.taskToDate, worst?.name ?? null, worst?.shortfall ?? 0, behind.length, rows.length);
}
