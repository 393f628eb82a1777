import type { Locale } from '../format/nl';
import { texts } from './catalogue';

/**
 * What a facility type of the solidarity ledger is called (terms.facilityType): in a sentence or
 * over a column. A type the catalogue does not know (one the data gains later) by its series label.
 */
export function facilityTypeName(type: string, locale: Locale, form: 'name' | 'header' = 'name', label?: { label: string; labelEn: string }): string {
  const known = texts(locale).terms.facilityType[type];
  if (known) return known[form];
  return label ? (locale === 'nl-NL' ? label.label : label.labelEn) : type;
}
