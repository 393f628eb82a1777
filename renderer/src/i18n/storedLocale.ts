import type { Locale } from '../../../shared/format/nl';

/**
 * The analyst's language where the stores do not reach: the page before they exist, and the API
 * client. state/preferencesStore.ts keeps the choice under this key.
 */
export function storedLocale(): Locale {
  return localStorage.getItem('woonzorgverkenner.locale') === 'en-GB' ? 'en-GB' : 'nl-NL';
}
