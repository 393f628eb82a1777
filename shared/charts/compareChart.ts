import { compareResults, measure, MATTERS, type CompareRow, type Comparison, type MeasureId } from '../compare/model';
import type { Dataset } from '../dataset/schema';
import { formatNumber, formatSigned, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { Result } from '../result/schema';
import { HOUSING_TYPES } from '../scenario/schema';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartText } from './labels';
import { scenarioColours } from './scenarioColours';
import { CHART_SERIES, sourceLine } from './sources';

/**
 * The comparison's charts, one per theme: grouped bars, one bar per scenario, each scenario in
 * its own colour on every chart (scenarioColours: by id). Shortfalls only, so no bar stands for
 * a surplus set off against a shortfall; the region's bar is the sum of the gemeenten's
 * shortfalls. A scenario whose bars would all be 0, or all equal the reference's, is left out
 * and `note` says so, for the line under the chart (a note inside the picture would collide with
 * the legend): no invisible bars that still sit in the legend.
 */

export type CompareChartId = 'compare' | 'compare-elderly-types' | 'compare-elderly' | 'compare-aandachtsgroepen';

type Category = { label: string; row: CompareRow | undefined };

type Plan = {
  id: CompareChartId;
  title: string;
  axis: string;
  series: readonly string[];
  categories: Category[];
  decimals: number;
  /** The hover label of a bar beyond value and difference (the programme's surplus). */
  extra?: (row: CompareRow, scenario: number) => string | null;
};

/** The programme shortfall 2030 per gemeente and the region (sum of the gemeenten's): the chart `export --format png --compare` draws. */
export function compareGapChart(results: readonly Result[], ds: Dataset, locale: Locale = 'nl-NL', reference?: string | null): ChartSpec {
  return compareChartsOf(results, ds, locale, reference, undefined, true).find((c) => c.id === 'compare')?.spec ?? emptyChart('compare', chartText(locale).compare.title, ds, results, locale);
}

/** `same`: every scenario equals the reference here (nothing to compare; spec is then null). */
export type ThemeChart = { id: CompareChartId; title: string; spec: ChartSpec | null; note: string | null; same: boolean };

/**
 * Every theme's chart that the results have: programme shortfall per gemeente, elderly shortfall
 * per type (region) and per gemeente, aandachtsgroepen' task per gemeente. `spec` is null where
 * no scenario has a bar worth drawing; `note` then says why.
 */
export function compareChartsOf(results: readonly Result[], ds: Dataset, locale: Locale = 'nl-NL', reference?: string | null, comparison?: Comparison, drawAlone = false): ThemeChart[] {
  const c = comparison ?? compareResults(results, reference);
  const w = texts(locale).comparison;
  const legacy = chartText(locale).compare;
  const gemeenteRows = (id: MeasureId): Category[] => {
    const m = measure(c, id);
    return (m?.rows ?? []).map((row) => ({ label: row.code === null ? legacy.region : row.name, row }));
  };
  const plans: Plan[] = [];
  const programme = measure(c, 'programme.shortfall2030');
  const surplus = measure(c, 'programme.surplus2030');
  if (programme) {
    plans.push({
      id: 'compare',
      title: legacy.title,
      axis: legacy.axis,
      series: CHART_SERIES.programme,
      categories: gemeenteRows('programme.shortfall2030'),
      decimals: 0,
      extra: (row, s) => {
        const sur = surplus?.rows.find((r) => r.code === row.code)?.values[s] ?? null;
        return legacy.hover(row.values[s] ?? 0, sur ?? 0);
      },
    });
  }
  if (measure(c, 'elderly.total.shortfall')) {
    const region = (id: MeasureId) => measure(c, id)?.rows.find((r) => r.code === null);
    plans.push({
      id: 'compare-elderly-types',
      title: w.charts.elderlyTypes,
      axis: w.charts.axisHomes,
      series: CHART_SERIES.elderly,
      categories: [...HOUSING_TYPES.map((t) => ({ label: w.types[t], row: region(`elderly.${t}.shortfall`) })), { label: w.types.total, row: region('elderly.total.shortfall') }],
      decimals: 0,
    });
    plans.push({
      id: 'compare-elderly',
      title: w.charts.elderlyGemeenten,
      axis: w.charts.axisHomes,
      series: CHART_SERIES.elderly,
      categories: gemeenteRows('elderly.total.shortfall').filter((k) => k.row?.code !== null),
      decimals: 0,
    });
  }
  plans.push({
    id: 'compare-aandachtsgroepen',
    title: w.charts.aandachtsgroepen,
    axis: w.charts.axisPerYear,
    series: CHART_SERIES.aandachtsgroepen,
    categories: gemeenteRows('aandachtsgroepen.taskPerYear').filter((k) => k.row?.code !== null),
    decimals: 1,
  });
  return plans.map((p) => chartOf(p, c, results, ds, locale, drawAlone));
}

function chartOf(p: Plan, c: Comparison, results: readonly Result[], ds: Dataset, locale: Locale, drawAlone: boolean): ThemeChart {
  const w = texts(locale).comparison.charts;
  const colours = scenarioColours(c.scenarios.map((s) => s.id));
  const refName = c.scenarios[c.reference]?.name ?? '';
  const values = (s: number) => p.categories.map((k) => k.row?.values[s] ?? null);
  const allZero = (s: number) => values(s).every((v) => v === null || Math.abs(v) < MATTERS);
  // Equal as shown: to the unit the bar labels show.
  const shown = (v: number | null) => (v === null ? null : Number(v.toFixed(p.decimals)));
  const sameAsRef = (s: number) => s !== c.reference && p.categories.every((k) => shown(k.row?.values[s] ?? null) === shown(k.row?.values[c.reference] ?? null));
  const zero: string[] = [];
  const same: string[] = [];
  const drawn: number[] = [];
  c.scenarios.forEach((s, i) => {
    if (allZero(i)) zero.push(s.name);
    else if (sameAsRef(i)) same.push(s.name);
    else drawn.push(i);
  });
  const note = zero.length + same.length > 0 ? w.leftOut(same, zero, refName) : null;
  // Every other scenario equal to the reference: a chart of one scenario compares nothing (but
  // a chart asked for on its own, `export --format png`, is drawn with its note).
  const allSame = same.length === c.scenarios.length - 1;
  if (drawn.length === 0 || (allSame && !drawAlone)) return { id: p.id, title: p.title, spec: null, note, same: allSame };
  const labels = p.categories.map((k) => k.label);
  // Three or four bars to a group over many groups: upright labels would run into each other.
  const crowded = drawn.length * p.categories.length > 16;
  // Room above the tallest bar for its label (turned labels need more), which cliponaxis alone does not give under a legend.
  const top = Math.max(0, ...drawn.flatMap((i) => values(i).map((v) => v ?? 0)));
  const altParts = drawn.map((i) => {
    const ys = values(i);
    const at = ys.reduce<number>((best, v, k) => ((v ?? -Infinity) > (ys[best] ?? -Infinity) ? k : best), 0);
    return w.altPart(c.scenarios[i]?.name ?? '', labels[at] ?? '', formatNumber(ys[at] ?? null, p.decimals, locale));
  });
  const spec: ChartSpec = {
    id: p.id,
    title: p.title,
    alt: w.alt(p.title, altParts, note),
    source: sourceLine(ds, p.series, results.map((r) => r.scenarioName).join("', '"), locale),
    data: drawn.map((i) => {
      const s = c.scenarios[i];
      const ys = values(i);
      return {
        type: 'bar',
        name: i === c.reference ? `${s?.name ?? ''}${texts(locale).comparison.section.referenceMark}` : (s?.name ?? ''),
        x: labels,
        y: ys,
        customdata: p.categories.map((k) => {
          if (!k.row) return '';
          const d = k.row.diffs[i] ?? null;
          const value = p.extra?.(k.row, i) ?? formatNumber(k.row.values[i] ?? null, p.decimals, locale);
          return w.hover(value, d === null ? null : formatSigned(d, p.decimals, locale), refName);
        }),
        marker: { color: colours.get(s?.id ?? '') ?? '#555555' },
        text: ys.map((v) => formatNumber(v, 0, locale)),
        textposition: 'outside',
        ...(crowded ? { textangle: -90 } : {}),
        cliponaxis: false,
        hovertemplate: `%{x}: %{customdata}<extra>${s?.name ?? ''}</extra>`,
      };
    }),
    layout: baseLayout(locale, {
      barmode: 'group',
      // The legend names the scenario even where only one is drawn.
      showlegend: true,
      yaxis: { title: { text: p.axis }, tickformat: ',.0f', rangemode: 'tozero', automargin: true, ...(top > 0 ? { range: [0, top * (crowded ? 1.22 : 1.12)] } : {}) },
    }),
  };
  return { id: p.id, title: p.title, spec, note, same: false };
}

function emptyChart(id: string, title: string, ds: Dataset, results: readonly Result[], locale: Locale): ChartSpec {
  return { id, title, source: sourceLine(ds, CHART_SERIES.programme, results.map((r) => r.scenarioName).join("', '"), locale), data: [], layout: baseLayout(locale) };
}
