import type { Locale } from '../format/nl';
import { texts, type Catalogue } from '../i18n/catalogue';

export type ChartText = Catalogue['charts'];

/** The charts' words in one language (the `charts` area of the wording catalogue). */
export function chartText(locale: Locale): ChartText {
  return texts(locale).charts;
}
