import { formatNumber, formatPercent, type Locale } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import { ASSUMPTIONS, assumptionWords, optionLabel, type Assumption } from '../../scenario/assumptions';

/**
 * An assumption named and valued as a reader sees it, by its key: shared by the assumptions table
 * and the uncertainty chapter, so a range reads the same in both.
 */
export const assumptionOf = (k: string): Assumption | undefined => ASSUMPTIONS.find((a) => a.key === k);

export function assumptionLabel(k: string, locale: Locale): string {
  const a = assumptionOf(k);
  return a ? assumptionWords(a, locale).label : k;
}

/** Shares as percentages, options by their label, numbers with the decimals of their step. */
export function inputValue(k: string, value: number | string, locale: Locale): string {
  const a = assumptionOf(k);
  if (typeof value === 'string') return a?.kind.type === 'enum' ? optionLabel(a.kind, value, locale) : value;
  if (a?.kind.type === 'share') return formatPercent(value, Number.isInteger(Math.round(value * 1000) / 10) ? 0 : 1, locale);
  const step = a?.kind.type === 'number' ? a.kind.step : 0.01;
  const decimals = Math.min(2, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
  return formatNumber(value, decimals, locale);
}

/** The options of an open choice with their weights as shares of the total: "gemeentetabel: 50 %; regiotekst: 50 %". */
export function optionsText(k: string, options: readonly { option: string; weight: number }[], locale: Locale): string {
  const w = texts(locale).uncertaintyReport;
  const total = options.reduce((s, o) => s + o.weight, 0);
  return options.map((o) => w.optionText(inputValue(k, o.option, locale), total > 0 ? o.weight / total : 0)).join('; ');
}
