import type { Dataset } from '../dataset/schema';
import { formatNumber, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { Result } from '../result/schema';
import type { Band, UncertaintyBlock } from '../result/uncertainty';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText, largest } from './labels';
import { AHEAD_PATTERN, SERIES_COLOURS } from './palette';
import { CHART_SERIES, sourceLine } from './sources';

/**
 * Overzicht: the 2030 build programme per gemeente, the shortfall (behind) and the homes ahead of
 * schedule as two series in colours that say so. Never one net bar: a gemeente ahead is not a
 * negative shortfall, and the legend gives the region's shortfall as the sum of the gemeenten's
 * (the Woondeal is an agreement per gemeente), so one's surplus never fills another's gap.
 * Every member gemeente has a place on the axis; one without a programme (Eemnes) says so
 * instead of showing a bar of 0.
 * With the Monte Carlo's `block` (MODEL.md §5.6), each shortfall gets whiskers from its P10 to its
 * P90 (a trace of its own, so the bars stay the likely figures) with the bar's number above them,
 * where it is not crossed by the whisker; the source line says what they are: the spread of the
 * ranges entered, not a forecast error.
 */
export function gapChart(result: Result, ds: Dataset, locale: Locale = 'nl-NL', block?: UncertaintyBlock | null): ChartSpec {
  const t = chartText(locale).gap;
  const names = result.gemeenten.map((g) => g.name);
  const bar = (name: string, values: (number | null)[], colour: string, unit: string, unlabelled: readonly boolean[] = [], pattern?: Record<string, unknown>) => ({
    type: 'bar',
    name,
    x: names,
    y: values,
    marker: { color: colour, ...(pattern ? { pattern } : {}) },
    // The number in the colour of its meaning (both pass text contrast on white).
    textfont: { color: colour },
    // Only the series that holds a gemeente's figure is labelled, so each bar carries one number.
    text: values.map((v, i) => (v === null || Math.round(v) === 0 || unlabelled[i] ? '' : formatNumber(v, 0, locale))),
    textposition: 'outside',
    cliponaxis: false,
    hovertemplate: `%{x}: %{y:,.0f} ${unit}<extra></extra>`,
  });
  const region = result.region.programme;
  const source = sourceLine(ds, CHART_SERIES.programme, result.scenarioName, locale);
  const spread = block ? shortfallWhiskers(result, block, locale) : null;
  const shortfalls = result.gemeenten.map((g) => g.programme?.shortfall2030 ?? null);
  return {
    id: 'gap',
    title: t.title,
    alt: gapAlt(result, locale),
    source: spread ? `${source.replace(/\.?$/, '.')} ${texts(locale).uncertaintyResults.chart.note(formatNumber(block?.draws ?? 0, 0, locale))}` : source,
    data: [
      // With whiskers, their trace carries the number, above the whisker's top.
      bar(t.shortfall(region?.shortfall2030 ?? 0), shortfalls, SERIES_COLOURS.shortfall, t.shortfallUnit, spread?.labelled ?? []),
      bar(t.ahead(region?.surplus2030 ?? 0), result.gemeenten.map((g) => g.programme?.surplus2030 ?? null), SERIES_COLOURS.ahead, t.aheadUnit, [], AHEAD_PATTERN),
      ...(spread ? [spread.trace] : []),
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
        // Upright in its own slot: lying down it is wider than a narrow chart's slot and ran into
        // the neighbour's bar label (Blaricum's, in the editor).
        .map((g) => ({ x: g.name, y: 0, yanchor: 'bottom', yshift: 4, textangle: -90, text: t.noProgramme, showarrow: false, font: { color: '#595959', size: 11 } })),
    }),
  };
}

/** "Hilversum heeft in 2030 het grootste tekort: 1.558 woningen; 4 van de 6 gemeenten met een programma lopen achter." */
function gapAlt(result: Result, locale: Locale): string {
  const rows = result.gemeenten.flatMap((g) => (g.programme ? [{ name: g.name, shortfall: g.programme.shortfall2030 }] : []));
  const behind = rows.filter((r) => Math.round(r.shortfall) > 0);
  const worst = largest(behind, (r) => r.shortfall);
  return chartText(locale).alt.gap(worst?.name ?? null, worst?.shortfall ?? 0, behind.length, rows.length);
}

/**
 * P10–P90 of each gemeente's programme shortfall as whiskers; the trace's point sits at the P90
 * (a short bar, the whisker's cap) and carries the bar's number above it. A gemeente without a
 * programme, or whose shortfall is 0 in every draw, gets none. Null when no gemeente has one.
 */
function shortfallWhiskers(result: Result, block: UncertaintyBlock, locale: Locale): { trace: Record<string, unknown>; labelled: boolean[] } | null {
  const w = texts(locale).uncertaintyResults.chart;
  const byPlace = new Map<string, Band>();
  for (const b of block.bands) if (b.path === 'programme.shortfall2030') byPlace.set(b.where, b);
  const bands = result.gemeenten.map((g) => {
    const b = g.programme ? byPlace.get(g.code) : undefined;
    return b && Math.round(b.p90) > 0 ? b : null;
  });
  if (bands.every((b) => b === null)) return null;
  const region = byPlace.get('regio');
  const n = (v: number) => formatNumber(v, 0, locale);
  const likely = result.gemeenten.map((g) => g.programme?.shortfall2030 ?? null);
  return {
    labelled: bands.map((b) => b !== null),
    trace: {
      type: 'scatter',
      mode: 'markers+text',
      name: region ? w.whiskers(n(region.p10), n(region.p90)) : w.band,
      x: result.gemeenten.map((g) => g.name),
      y: bands.map((b) => b?.p90 ?? null),
      marker: { color: '#222222', symbol: 'line-ew-open', size: 10, line: { color: '#222222', width: 1.5 } },
      error_y: { type: 'data', symmetric: false, array: bands.map(() => 0), arrayminus: bands.map((b) => (b ? b.p90 - b.p10 : 0)), color: '#222222', thickness: 1.5, width: 5 },
      text: bands.map((b, i) => {
        const v = likely[i];
        return b && v !== null && v !== undefined && Math.round(v) !== 0 ? formatNumber(v, 0, locale) : '';
      }),
      textposition: 'top center',
      // The shortfall's number, in the shortfall's colour as on a bar without whiskers.
      textfont: { color: SERIES_COLOURS.shortfall },
      customdata: bands.map((b) => (b ? [b.p10, b.p50, b.p90] : [null, null, null])),
      hovertemplate: `%{x}: %{customdata[0]:,.0f}–%{customdata[2]:,.0f} (P50 %{customdata[1]:,.0f})<extra>${w.band}</extra>`,
      cliponaxis: false,
    },
  };
}
