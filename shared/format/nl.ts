/** nl-NL number formatting: 1.258; 18,2 %. Rounding happens here, never in the engine. */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: true });
    formatters.set(key, f);
  }
  return f;
}

export type Locale = 'nl-NL' | 'en-GB';

/** A number with at most `maxDecimals` decimals (at least `minDecimals`, for a column that lines up); "–" for null (no data), never "0". */
export function formatNumber(value: number | null, maxDecimals = 0, locale: Locale = 'nl-NL', minDecimals = 0): string {
  if (value === null) return '–';
  // Avoid "-0" after rounding a tiny negative value.
  const rounded = Number(value.toFixed(maxDecimals));
  return formatter(locale, Math.min(minDecimals, maxDecimals), maxDecimals).format(rounded === 0 ? 0 : rounded);
}

/** A fraction (0.182) as a percentage: "18,2 %". */
export function formatPercent(fraction: number | null, decimals = 1, locale: Locale = 'nl-NL'): string {
  if (fraction === null) return '–';
  const text = formatter(locale, decimals, decimals).format(Number((fraction * 100).toFixed(decimals)) || 0);
  return locale === 'nl-NL' ? `${text} %` : `${text}%`;
}

/** A signed difference: "+10", "−10" (with a real minus sign). */
export function formatSigned(value: number, maxDecimals = 0, locale: Locale = 'nl-NL', minDecimals = 0): string {
  const text = formatNumber(Math.abs(value), maxDecimals, locale, minDecimals);
  if (Number(value.toFixed(maxDecimals)) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** "2026-11-23" (or an ISO date-time) → "23 november 2026"; the calendar date as written. */
export function formatLongDate(iso: string, locale: Locale = 'nl-NL'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
