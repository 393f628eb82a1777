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
