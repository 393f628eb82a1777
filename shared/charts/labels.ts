import { formatNumber, type Locale } from '../format/nl';
import { texts, type Catalogue } from '../i18n/catalogue';

export type ChartText = Catalogue['charts'];

/** The charts' words in one language (the `charts` area of the wording catalogue). */
export function chartText(locale: Locale): ChartText {
  return texts(locale).charts;
}

/** U+2212, the minus sign typography asks for; Plotly's axes draw it, its number formats and Intl do not. */
export const MINUS = '\u2212';

/**
 * A hyphen-minus that stands for a negative number ("-691", "(-2,5", ": -3") as a real minus sign.
 * For the text a reader sees on a chart (labels, annotations, hover text), never for CSV, which a
 * spreadsheet must read back as a number. A hyphen inside a word or between two figures stays.
 */
export function realMinus(text: string): string {
  return text.replace(/(^|[\s(:;=[/])-(?=\d)/g, `$1${MINUS}`);
}

/** A chart's number: nl-NL grouping and decimal comma (formatNumber), with a real minus sign. */
export function chartNumber(value: number | null, decimals = 0, locale: Locale = 'nl-NL'): string {
  return realMinus(formatNumber(value, decimals, locale));
}

/** The item with the largest value (the first of equals), or null for none: for the alt texts. */
export function largest<T>(items: readonly T[], value: (item: T) => number): T | null {
  let best: T | null = null;
  let top = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (v > top) {
      best = item;
      top = v;
    }
  }
  return best;
}

/** A place's name at the start of a sentence ("regio" → "Regio"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
