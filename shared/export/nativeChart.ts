import type { ChartSpec } from '../charts/chartSpec';
import type { Locale } from '../format/nl';

/**
 * Plotly specs as native PowerPoint chart data: pure translation, no pptxgenjs, so it is tested
 * on its own. A spec that PowerPoint's chart cannot express gives null (the deck then uses the image).
 * In shared/ because the window, which renders the deck's images, must know which charts the deck
 * draws natively (those need no image; see deckImageCharts).
 */

// Plotly's default colourway, for traces that name no colour.
const PLOTLY_COLOURS = ['1F77B4', 'FF7F0E', '2CA02C', 'D62728', '9467BD', '8C564B', 'E377C2', '7F7F7F', 'BCBD22', '17BECF'];

/** DrawingML's preset dashes that Plotly's line.dash maps to. */
export type PresetDash = 'solid' | 'sysDot' | 'dash' | 'lgDash' | 'dashDot' | 'lgDashDot';

const DASHES: Record<string, PresetDash> = { solid: 'solid', dot: 'sysDot', dash: 'dash', longdash: 'lgDash', dashdot: 'dashDot', longdashdot: 'lgDashDot' };

/** Plotly's line.dash (a name; a pixel list like "5px,10px" reads as dashed) as a preset. */
export function presetDash(trace: Record<string, unknown>): PresetDash {
  const dash = isRecord(trace.line) ? trace.line.dash : undefined;
  if (typeof dash !== 'string') return 'solid';
  return DASHES[dash] ?? (/\d/.test(dash) ? 'dash' : 'solid');
}

export type NativeSeries = { name: string; labels: string[]; values: (number | null)[] };
export type NativeChart = {
  kind: 'bar' | 'line';
  stacked: boolean;
  /**
   * Bars drawn over each other at full width (Plotly's overlay): only where no category has a
   * value in more than one series, so nothing hides (the gap chart: shortfall or ahead, per gemeente).
   */
  overlaid: boolean;
  horizontal: boolean;
  series: NativeSeries[];
  /** One colour per series, or one per bar when a single bar series colours its bars. */
  colours: string[];
  showValues: boolean;
  numberFormat: string;
  valueTitle: string | null;
  categoryTitle: string | null;
  showLegend: boolean;
  markers: boolean;
  /**
   * Per series, the line's dash as DrawingML's preset (a:prstDash): the target path dashed, the
   * forecast dotted, as on screen. Solid for bars.
   */
  dashes: PresetDash[];
  /** Plotly annotations as text ("Eemnes: geen programma"): a native chart cannot place them. */
  notes: string[];
};

/**
 * Translates a Plotly spec into a native chart, or null when PowerPoint's chart cannot say the
 * same thing (mixed trace types, scatter without lines, overlaid bars that overlap, per-bar colours
 * across several series, values that are not numbers, a filled band or error bars).
 */
export function nativeChart(spec: ChartSpec): NativeChart | null {
  const traces = spec.data.filter((t) => t.visible !== false && t.visible !== 'legendonly');
  if (traces.length === 0) return null;
  // A P10–P90 band (MODEL.md §5.6: a filled area, or whiskers on bars) has no native form: the image keeps it.
  if (traces.some((t) => (t.fill !== undefined && t.fill !== 'none') || t.error_y !== undefined)) return null;
  const kinds = new Set(traces.map(traceKind));
  if (kinds.size !== 1) return null;
  const kind = [...kinds][0];
  if (kind !== 'bar' && kind !== 'line') return null;
  const layout = spec.layout;
  const barmode = typeof layout.barmode === 'string' ? layout.barmode : 'group';
  if (kind === 'bar' && barmode !== 'group' && barmode !== 'stack' && barmode !== 'relative' && barmode !== 'overlay') return null;
  const horizontal = kind === 'bar' && traces.every((t) => t.orientation === 'h');
  if (kind === 'bar' && !horizontal && traces.some((t) => t.orientation === 'h')) return null;

  // Points per trace as (category, value).
  const points: { name: string; pairs: [string, number | null][] }[] = [];
  for (const [i, t] of traces.entries()) {
    const cats = horizontal ? t.y : t.x;
    const vals = horizontal ? t.x : t.y;
    if (!Array.isArray(cats) || !Array.isArray(vals) || cats.length !== vals.length) return null;
    const pairs: [string, number | null][] = [];
    for (const [j, c] of cats.entries()) {
      const label = labelOf(c);
      const value = valueOf(vals[j]);
      if (label === null || value === undefined) return null;
      pairs.push([label, value]);
    }
    points.push({ name: typeof t.name === 'string' ? t.name : `Reeks ${i + 1}`, pairs });
  }
  // One shared category axis: the union of the traces' categories (years sorted), missing points are gaps.
  const labels: string[] = [];
  for (const p of points) for (const [l] of p.pairs) if (!labels.includes(l)) labels.push(l);
  if (labels.every((l) => /^-?\d+(\.\d+)?$/.test(l))) labels.sort((a, b) => Number(a) - Number(b));
  const overlaid = kind === 'bar' && barmode === 'overlay';
  const series = points.map((p) => {
    const byLabel = new Map(p.pairs);
    // Overlaid, a 0 is no bar: left empty so that it gets no label of "0" over the other series' bar.
    return { name: p.name, labels, values: labels.map((l) => (overlaid && byLabel.get(l) === 0 ? null : (byLabel.get(l) ?? null))) };
  });
  if (overlaid && labels.some((_, j) => series.filter((s) => s.values[j] !== null).length > 1)) return null;

  const colours = seriesColours(traces, kind, series.length === 1 ? (series[0]?.values.length ?? 0) : 0);
  if (!colours) return null;
  const valueAxis = horizontal ? layout.xaxis : layout.yaxis;
  const categoryAxis = horizontal ? layout.yaxis : layout.xaxis;
  return {
    kind,
    stacked: kind === 'bar' && barmode !== 'group' && !overlaid,
    overlaid,
    horizontal,
    series,
    colours,
    showValues: kind === 'bar' && traces.some((t) => Array.isArray(t.text) && t.text.some((s) => typeof s === 'string' && s !== '') && t.textposition !== 'none'),
    numberFormat: excelFormat(isRecord(valueAxis) ? valueAxis.tickformat : undefined),
    valueTitle: axisTitle(valueAxis),
    categoryTitle: axisTitle(categoryAxis),
    showLegend: layout.showlegend !== false && series.length > 1,
    markers: kind === 'line' && traces.some((t) => typeof t.mode === 'string' && t.mode.includes('markers')),
    dashes: traces.map((t) => (kind === 'line' ? presetDash(t) : 'solid')),
    notes: annotationNotes(layout.annotations),
  };
}

function traceKind(t: Record<string, unknown>): 'bar' | 'line' | 'other' {
  if (t.type === 'bar') return 'bar';
  if (t.type === 'scatter' || t.type === 'scattergl' || t.type === undefined) {
    // Plotly draws lines when the mode is unset; a mode without lines is a scatter plot.
    return t.mode === undefined || (typeof t.mode === 'string' && t.mode.includes('lines')) ? 'line' : 'other';
  }
  return 'other';
}

function seriesColours(traces: Record<string, unknown>[], kind: 'bar' | 'line', points: number): string[] | null {
  const colours: string[] = [];
  for (const [i, t] of traces.entries()) {
    const marker = isRecord(t.marker) ? t.marker.color : undefined;
    const line = isRecord(t.line) ? t.line.color : undefined;
    const own = kind === 'line' ? (line ?? marker) : marker;
    if (Array.isArray(own)) {
      const hex = own.map(hexColour);
      if (hex.some((h) => h === null)) return null;
      const distinct = [...new Set(hex)];
      // Per-bar colours work for a single series only (PowerPoint colours data points, not categories).
      if (kind === 'bar' && traces.length === 1 && points > 0 && hex.length === points) return hex.filter((h): h is string => h !== null);
      if (distinct.length !== 1 || distinct[0] === null || distinct[0] === undefined) return null;
      colours.push(distinct[0]);
    } else if (own === undefined) {
      colours.push(PLOTLY_COLOURS[i % PLOTLY_COLOURS.length] ?? '777777');
    } else {
      const hex = hexColour(own);
      if (hex === null) return null;
      colours.push(hex);
    }
  }
  return colours;
}

// ---------------------------------------------------------------------------------------------
// Reading loosely typed Plotly records

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function labelOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** A number, null for a missing point, undefined for something a chart cannot plot. */
function valueOf(v: unknown): number | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return undefined;
}

function hexColour(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(v.trim());
  const hex = m?.[1];
  if (!hex) return null;
  return (hex.length === 3 ? hex.replace(/./g, (ch) => ch + ch) : hex).toUpperCase();
}

function axisTitle(axis: unknown): string | null {
  if (!isRecord(axis)) return null;
  const t = axis.title;
  if (typeof t === 'string' && t !== '') return t;
  if (isRecord(t) && typeof t.text === 'string' && t.text !== '') return t.text;
  return null;
}

/** A format with a section for negative numbers that shows a real minus sign (−), as the plotted labels do, not Office's hyphen. */
function withMinus(format: string): string {
  return `${format};"−"${format}`;
}

/** Windows language ids for a number format's locale prefix ([$-413]). */
const LCID: Record<Locale, string> = { 'nl-NL': '413', 'en-GB': '809' };

/**
 * An Office number format in a language: every section prefixed with its locale ([$-413]#,##0).
 * OOXML codes are locale-neutral and a viewer shows them with its own separators (LibreOffice in
 * an English environment writes 2,028 in a Dutch deck); with the prefix the format is Dutch and
 * reads 2.028 everywhere, an English deck keeps 2,028.
 */
export function localisedFormat(format: string, locale: Locale): string {
  return format
    .split(';')
    .map((section) => `[$-${LCID[locale]}]${section}`)
    .join(';');
}

/** d3 tick formats (",.0f", ".1%") as Office number formats; PowerPoint shows them with the user's separators. */
function excelFormat(tickformat: unknown): string {
  if (typeof tickformat !== 'string') return withMinus('#,##0');
  const m = /^(,)?\.(\d+)([f%])$/.exec(tickformat);
  if (!m) return withMinus('#,##0');
  const decimals = Number(m[2]);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return withMinus(m[3] === '%' ? `0${fraction}%` : `${m[1] ? '#,##0' : '0'}${fraction}`);
}

function annotationNotes(annotations: unknown): string[] {
  if (!Array.isArray(annotations)) return [];
  const plainOf = (a: Record<string, unknown>) => (typeof a.text === 'string' ? a.text.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '').trim() : '');
  const records = annotations.filter(isRecord);
  // The stacks' totals (named 'total') become one labelled line: "Totaal tekort per gemeente: Blaricum 226 · …".
  const totals = records.filter((a) => a.name === 'total' && plainOf(a) !== '');
  const label = totals.map((a) => a.hovertext).find((h): h is string => typeof h === 'string');
  const totalsLine = totals.length === 0 ? [] : [`${label ? `${label}: ` : ''}${totals.map((a) => (typeof a.x === 'string' ? `${a.x} ${plainOf(a)}` : plainOf(a))).join(' · ')}`];
  const others = records.filter((a) => a.name !== 'total').flatMap((a) => {
    const plain = plainOf(a);
    if (plain === '') return [];
    // A note on a category names it: "Eemnes: geen programma".
    return [typeof a.x === 'string' && !plain.includes(a.x) ? `${a.x}: ${plain}` : plain];
  });
  return [...others, ...totalsLine];
}
