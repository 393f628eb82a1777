import { formatNumber, formatPercent, type Locale } from '../../../shared/format/nl';

/** Display helpers: rounding happens here, never in the engine. */
export const homes = (v: number | null | undefined, locale: Locale) => formatNumber(v ?? null, 0, locale);
export const pace = (v: number | null | undefined, locale: Locale) => formatNumber(v ?? null, 1, locale);
export const pct = (v: number | null | undefined, locale: Locale) => formatPercent(v ?? null, 1, locale);
