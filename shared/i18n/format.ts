import { formatLongDate, formatNumber, formatPercent, formatSigned, type Locale } from '../format/nl';

/** Number and date formatting bound to one language, for the texts of that language. */
export type Formats = {
  /** 1.258 / 1,258; "–" for null. */
  n: (value: number | null, decimals?: number) => string;
  /** 18,2 % / 18.2%. */
  pct: (fraction: number | null, decimals?: number) => string;
  /** +10 / −10. */
  signed: (value: number, decimals?: number) => string;
  /** 23 november 2026 / 23 November 2026. */
  date: (iso: string) => string;
  /** "a, b en c" / "a, b and c". */
  list: (items: readonly string[]) => string;
};

function formatsFor(locale: Locale): Formats {
  const and = locale === 'nl-NL' ? 'en' : 'and';
  return {
    n: (value, decimals = 0) => formatNumber(value, decimals, locale),
    pct: (fraction, decimals = 1) => formatPercent(fraction, decimals, locale),
    signed: (value, decimals = 0) => formatSigned(value, decimals, locale),
    date: (iso) => formatLongDate(iso, locale),
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`),
  };
}

export const NL: Formats = formatsFor('nl-NL');
export const EN: Formats = formatsFor('en-GB');

/**
 * What remains of `needed` after `built`, from the two figures as shown (whole homes): a sentence
 * "2.506 … 1.278; 1.228 blijven tekort" adds up on paper, and every place that says it (the memo,
 * the warnings, the Gemeente screen) says the same number.
 */
export const remainsAsShown = (needed: number, built: number): number => Math.max(0, Math.round(needed) - Math.round(built));
