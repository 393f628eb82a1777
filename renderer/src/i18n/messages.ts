import type { Locale } from '../../../shared/format/nl';
import { screenTitles } from '../../../shared/screens';

/** UI wording. Dutch is the default; English for colleagues who prefer it. */
const nl = {
  appName: 'Woonzorgverkenner',
  region: 'Regio Gooi en Vechtstreek',
  // Screen titles live with the screens: the Electron menu shows them too.
  nav: screenTitles('nl-NL'),
  openScenario: 'Scenario',
  language: 'Taal',
  loading: 'Laden…',
  saved: 'Opgeslagen',
  saving: 'Opslaan…',
  unsaved: 'Nog niet opgeslagen',
  saveFailed: 'Opslaan mislukt',
  builtinReadOnly: 'Ingebouwd scenario: alleen-lezen. Maak een kopie om aan te passen.',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  kpi: {
    realisedPct: 'Programma gerealiseerd',
    projectedPct: 'Programma in 2030 (prognose)',
    gap2030: 'Tekort bouwprogramma 2030',
    elderlyGap: 'Tekort ouderenhuisvesting 2030',
    aandachtsgroepen: 'Aandachtsgroepen per jaar',
    catchUp: 'Doel gehaald in',
    notReached: 'Doel niet gehaald vóór 2041',
  },
  table: {
    gemeente: 'Gemeente',
    target: 'Programma 2022–2030',
    realised: 'Gerealiseerd',
    currentPace: 'Tempo nu / jr',
    scenarioPace: 'Tempo scenario / jr',
    projected2030: 'Prognose 2030',
    gap2030: 'Tekort 2030',
    requiredPace: 'Nodig / jr',
    catchUpYear: 'Doel gehaald',
    elderlyGap: 'Tekort ouderen',
    aandachtsPerYear: 'Aandachtsgr. / jr',
    noData: 'geen gegevens',
    after2040: 'na 2040',
    region: 'Regio',
  },
  warnings: 'Aandachtspunten bij deze uitkomst',
  source: 'Bron',
} as const;

type Messages = { [K in keyof typeof nl]: (typeof nl)[K] extends string ? string : { [J in keyof (typeof nl)[K]]: string } };

const en: Messages = {
  appName: 'Woonzorgverkenner',
  region: 'Gooi en Vechtstreek region',
  nav: screenTitles('en-GB'),
  openScenario: 'Scenario',
  language: 'Language',
  loading: 'Loading…',
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Not saved yet',
  saveFailed: 'Saving failed',
  builtinReadOnly: 'Built-in scenario: read-only. Make a copy to change it.',
  undo: 'Undo',
  redo: 'Redo',
  kpi: {
    realisedPct: 'Programme realised',
    projectedPct: 'Programme in 2030 (projected)',
    gap2030: 'Programme shortfall 2030',
    elderlyGap: 'Elderly housing shortfall 2030',
    aandachtsgroepen: 'Vulnerable groups per year',
    catchUp: 'Target reached in',
    notReached: 'Target not reached before 2041',
  },
  table: {
    gemeente: 'Municipality',
    target: 'Programme 2022–2030',
    realised: 'Realised',
    currentPace: 'Pace now / yr',
    scenarioPace: 'Scenario pace / yr',
    projected2030: 'Projected 2030',
    gap2030: 'Shortfall 2030',
    requiredPace: 'Required / yr',
    catchUpYear: 'Target reached',
    elderlyGap: 'Elderly shortfall',
    aandachtsPerYear: 'Vulnerable gr. / yr',
    noData: 'no data',
    after2040: 'after 2040',
    region: 'Region',
  },
  warnings: 'Points to note for this result',
  source: 'Source',
};

export type { Messages };
export function messages(locale: Locale): Messages {
  return locale === 'nl-NL' ? nl : en;
}
