import { formatNumber, type Locale } from '../../format/nl';
import { texts } from '../../i18n/catalogue';

/**
 * The legend classes of a choropleth: equal steps of a round size (so the legend reads 0 – 500 –
 * 1.000, not 0 – 389 – 778), because seven gemeenten are too few for quantiles to mean anything.
 * A value belongs to the first class whose upper bound it does not exceed (upper bound inclusive).
 */
export type MapClass = { from: number; to: number; colour: string; label: string };

/** A number on the map and its legend: nl-NL/en-GB as everywhere, with a real minus sign (−12,4) as formatSigned writes it. */
export function mapNumber(value: number, decimals: number, locale: Locale): string {
  return formatNumber(value, decimals, locale).replace(/^-/, '−');
}

/** ColorBrewer OrRd (sequential) and PuOr (diverging), both colour-blind safe; light to dark. */
const SEQUENTIAL = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] as const;
/** Below zero orange (a deficit, as shortfalls are orange elsewhere), above zero purple, zero neutral. */
const DIVERGING_NEGATIVE = ['#b35806', '#f1a340', '#fee0b6'] as const;
const DIVERGING_ZERO = '#f7f7f7';
const DIVERGING_POSITIVE = ['#d8daeb', '#998ec3', '#542788'] as const;

/** The smallest of 1, 2, 2,5 or 5 × 10ⁿ that is at least `raw` (and at least one unit of the last decimal shown). */
export function niceStep(raw: number, decimals = 0): number {
  const floor = 10 ** -decimals;
  if (!(raw > floor)) return floor;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12) ?? 10 * power;
  // 2,5 × 10ⁿ has a decimal too many when n = −decimals: fall back to 5.
  return Number(step.toFixed(decimals)) === step ? step : 5 * power;
}

function pick<T>(palette: readonly T[], n: number): T[] {
  if (n <= 1) return [palette[Math.floor(palette.length / 2)] as T];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))] as T);
}

/** Up to `count` classes from 0 (or the lowest value, if negative) to the highest value. */
export function sequentialClasses(values: readonly number[], decimals: number, locale: Locale, count = 4): MapClass[] {
  const t = texts(locale).map;
  const fmt = (v: number) => mapNumber(v, decimals, locale);
  if (values.length === 0) return [];
  const low = Math.min(0, ...values);
  const high = Math.max(...values);
  if (high === low) return [{ from: low, to: high, colour: SEQUENTIAL[2], label: fmt(low) }];
  const step = niceStep((high - low) / count, decimals);
  const bottom = Math.floor(low / step) * step;
  const n = Math.max(1, Math.ceil((high - bottom) / step - 1e-9));
  const colours = pick(SEQUENTIAL, n);
  return colours.map((colour, i) => {
    const from = bottom + i * step;
    const to = bottom + (i + 1) * step;
    return { from, to, colour, label: t.range(fmt(from), fmt(to)) };
  });
}

/**
 * For a figure that can be below zero (a surplus or deficit): the same steps on both sides of a
 * neutral class for 0 (what rounds to 0 at the decimals shown), so the colour says the sign.
 */
export function divergingClasses(values: readonly number[], decimals: number, locale: Locale): MapClass[] {
  const t = texts(locale).map;
  const fmt = (v: number) => mapNumber(v, decimals, locale);
  const zero: MapClass = { from: 0, to: 0, colour: DIVERGING_ZERO, label: fmt(0) };
  const largest = Math.max(0, ...values.map(Math.abs));
  if (Number(largest.toFixed(decimals)) === 0) return [zero];
  const step = niceStep(largest / 2, decimals);
  const n = Math.min(3, Math.max(1, Math.ceil(largest / step - 1e-9)));
  const top = n * step;
  const negative = pick(DIVERGING_NEGATIVE, n).map((colour, i) => {
    const from = -top + i * step;
    return { from, to: from + step, colour, label: t.range(fmt(from), fmt(from + step)) };
  });
  const positive = pick(DIVERGING_POSITIVE, n).map((colour, i) => ({ from: i * step, to: (i + 1) * step, colour, label: t.range(fmt(i * step), fmt((i + 1) * step)) }));
  return [...negative, zero, ...positive];
}

/** The class a value falls in (rounded as shown, so a label and its colour agree); an exact class (from = to) first. */
export function classOf(classes: readonly MapClass[], value: number, decimals: number): MapClass | null {
  const v = Number(value.toFixed(decimals));
  const exact = classes.find((c) => c.from === c.to && c.from === v);
  if (exact) return exact;
  const ranged = classes.filter((c) => c.from !== c.to);
  if (v < 0) return ranged.find((c) => v >= c.from && v < c.to) ?? (v < (ranged[0]?.from ?? 0) ? (ranged[0] ?? null) : null);
  return ranged.find((c) => c.to >= 0 && v >= c.from && v <= c.to) ?? ranged.at(-1) ?? null;
}
