import { createStore } from 'zustand/vanilla';
import type { Locale } from '../../../shared/format/nl';

const LOCALE_KEY = 'woonzorgverkenner.locale';

export type PreferencesState = { locale: Locale; setLocale: (locale: Locale) => void };

/** The analyst's preferences, kept in localStorage: for now the language. */
export function createPreferencesStore() {
  const stored = localStorage.getItem(LOCALE_KEY) === 'en-GB' ? 'en-GB' : 'nl-NL';
  document.documentElement.lang = stored === 'nl-NL' ? 'nl' : 'en';
  return createStore<PreferencesState>()((set) => ({
    locale: stored,
    setLocale: (locale) => {
      localStorage.setItem(LOCALE_KEY, locale);
      document.documentElement.lang = locale === 'nl-NL' ? 'nl' : 'en';
      set({ locale });
    },
  }));
}
export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
