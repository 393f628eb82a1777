import type { Dataset } from '../dataset/schema';
import { formatNumber, formatPercent, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { Tornado, TornadoBar } from '../result/uncertainty';
import { assumptionAt, assumptionWords, optionLabel } from '../scenario/assumptions';
import { baseLayout, type ChartSpec } from './chartSpec';
import { chartNumber, chartText } from './labels';
import { CHART_SERIES, sourceLine } from './sources';

/** A swing below half a home rounds to no change: such an input is named under the chart, not drawn. */
const NO_SWING = 0.5;

export const TORNADO_COLOURS = { low: '#0072B2', high: '#E69F00' } as const;

/** An assumption's value as the editor shows it: a share in %, a factor with ×, a choice by its label. */
export function inputValueText(key: string, value: number | string, locale: Locale): string {
  const a = assumptionAt(key);
  if (typeof value === 'string') return a?.kind.type === 'enum' ? optionLabel(a.kind, value, locale) : value;
  if (a?.kind.type === 'share') return formatPercent(value, 1, locale);
  if (a?.kind.type === 'year') return String(value);
  const step = a?.kind.type === 'number' ? a.kind.step : 0.01;
  const decimals = Math.max(0, Math.min(4, Math.ceil(-Math.log10(step) - 1e-9)));
  const text = formatNumber(value, decimals, locale);
  return a?.unit === 'times' ? `${text} ×` : text;
}

/** The assumption's name in words (the key itself when the catalogue does not know it). */
export function inputLabel(key: string, locale: Locale): string {
  const a = assumptionAt(key);
  return a ? assumptionWords(a, locale).label : key;
}

/** The bars that move the figure (drawn) and the inputs that do not (named in the note), both in the tornado's order. */
export function splitBars(t: Tornado): { shown: TornadoBar[]; flat: TornadoBar[] } {
  return { shown: t.bars.filter((b) => b.swing >= NO_SWING), flat: t.bars.filter((b) => b.swing < NO_SWING) };
}

function seriesOf(path: string): readonly string[] {
  if (path.startsWith('affordable.')) return CHART_SERIES.affordable;
  if (path.startsWith('elderly.')) return CHART_SERIES.elderly;
  if (path.startsWith('aandachtsgroepen.')) return CHART_SERIES.aandachtsgroepen;
  return CHART_SERIES.programme;
}

/**
 * MODEL.md §5.6, sensitivity: per uncertain input a horizontal bar from the scenario's own value
 * to the figure with that input at its low end and one to its high end (a choice: the options
 * giving the lowest and the highest figure), the largest swing on top. Both bars start at the
 * scenario's value (`base`), so each bar's end is the figure itself, not a difference. Inputs that
 * do not move this figure are named under the chart instead of drawn as empty rows.
 */
export function tornadoChart(t: Tornado, figureName: string, placeName: string, scenarioName: string, ds: Dataset, locale: Locale = 'nl-NL'): ChartSpec {
  const w = texts(locale).uncertaintyPanels.tornado;
  const { shown, flat } = splitBars(t);
  const n = (v: number) => chartNumber(v, 0, locale);
  const categories = shown.map((b) => {
    const [low, high] = [inputValueText(b.key, b.lowInput, locale), inputValueText(b.key, b.highInput, locale)];
    // Two option labels side by side would push the bars aside: each on a line of its own.
    return `${inputLabel(b.key, locale)}<br>${low.length + high.length > 30 ? `${low} –<br>${high}` : `${low} – ${high}`}`;
  });
  const series = (end: 'low' | 'high') => {
    const at = shown.map((b) => (end === 'low' ? b.atLow : b.atHigh));
    const input = shown.map((b) => inputValueText(b.key, end === 'low' ? b.lowInput : b.highInput, locale));
    return {
      type: 'bar',
      orientation: 'h',
      name: end === 'low' ? w.low : w.high,
      y: categories,
      base: at.map(() => t.likely),
      x: at.map((v) => v - t.likely),
      marker: { color: TORNADO_COLOURS[end] },
      customdata: at.map((v, i) => w.hover(input[i] ?? '', n(v))),
      hovertemplate: `%{customdata}<extra>${end === 'low' ? w.low : w.high}</extra>`,
    };
  };
  const note = [w.note, flat.length > 0 ? w.noEffect(flat.map((b) => inputLabel(b.key, locale)).join(', ')) : ''].filter((s) => s !== '').join(' ');
  const source = sourceLine(ds, seriesOf(t.figure.path), scenarioName, locale);
  // Room either side for the numbers outside the bars, so none runs into the input labels.
  const ends = [t.likely, ...shown.flatMap((b) => [b.atLow, b.atHigh])];
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const pad = (hi - lo || Math.abs(t.likely) || 1) * 0.3;
  const top = shown[0];
  const alt = chartText(locale).alt;
  return {
    id: 'tornado',
    title: w.title(figureName, placeName),
    alt: top
      ? alt.tornado(figureName, placeName, inputLabel(top.key, locale), n(Math.min(top.atLow, top.atHigh)), n(Math.max(top.atLow, top.atHigh)), n(t.likely))
      : alt.noTornado(figureName, placeName, n(t.likely)),
    source: `${source}${source.endsWith('.') ? '' : '.'} ${note}`,
    data: [series('low'), series('high')],
    layout: baseLayout(locale, {
      barmode: 'overlay',
      showlegend: true,
      margin: { l: 20, r: 20, t: 10, b: 50 },
      legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom' },
      // The first bar (largest swing) on top.
      yaxis: { type: 'category', autorange: 'reversed', automargin: true },
      // The scenario's own value is the dotted line; the axis title says so with its number.
      xaxis: { title: { text: `${w.axis} · ${w.likely(n(t.likely))}`, font: { size: 12 } }, tickformat: ',.0f', automargin: true, zeroline: false, range: [lo - pad, hi + pad] },
      // Each bar's end labelled with the figure, outside the bar; none where a bar has no length (it would sit on the scenario's line).
      annotations: shown.flatMap((b, i) =>
        [b.atLow, b.atHigh]
          .filter((v) => Math.abs(v - t.likely) >= NO_SWING)
          .map((v) => ({ x: v, y: categories[i], xref: 'x', yref: 'y', text: n(v), showarrow: false, xanchor: v < t.likely ? 'right' : 'left', xshift: v < t.likely ? -4 : 4, font: { size: 12, color: '#222222' } })),
      ),
      shapes: [{ type: 'line', xref: 'x', yref: 'paper', x0: t.likely, x1: t.likely, y0: 0, y1: 1, line: { color: '#222222', width: 1.5, dash: 'dot' } }],
    }),
  };
}
