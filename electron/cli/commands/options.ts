import { REGION } from '../../../shared/explain/explain';
import type { Locale } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import type { Result } from '../../../shared/result/schema';
import type { Store } from '../../store/port';
import { gemeenteResolver } from '../context';
import { CliError } from '../io';

/** The options several commands read the same way. */

const LANGUAGES: Readonly<Record<string, Locale>> = { nl: 'nl-NL', 'nl-nl': 'nl-NL', en: 'en-GB', 'en-gb': 'en-GB' };

/** `--lang nl|en` (nl when absent); the refusal is Dutch, as all refusals are. */
export function localeOption(lang: string | undefined): Locale {
  const locale = LANGUAGES[(lang ?? 'nl').toLowerCase()];
  if (!locale) throw new CliError(`Onbekende taal "${lang ?? ''}". Kies nl of en.`);
  return locale;
}

/** `--gemeente CODE|NAAM|regio` → `regio` or a CBS code. */
export async function placeOption(store: Store, ref: string): Promise<string> {
  if (ref.trim().toLowerCase() === REGION) return REGION;
  const code = (await gemeenteResolver(store))(ref);
  if (!code) throw new CliError(`Gemeente "${ref}" bestaat niet. Geef een CBS-code (GM0402), een naam of "regio".`);
  return code;
}

/** The place as a reader reads it: "Regio" or the gemeente's name. */
export function placeName(result: Result, where: string, locale: Locale): string {
  return where === REGION ? texts(locale).tables.region : (result.gemeenten.find((g) => g.code === where)?.name ?? where);
}
