/**
 * Words that are Dutch and nothing else, frequent in this app's Dutch: one of them in the English
 * window means a text that did not go through the catalogue. Left out on purpose: words that are
 * English too (in, is, of, per, door, over, met, die, dan, status, scenario, project, trend,
 * horizon), and "Bijlage" (the part of a Dutch document a figure comes from, which English texts
 * name as it is printed).
 */
export const DUTCH_WORDS: ReadonlySet<string> = new Set([
  // small words
  'de', 'het', 'een', 'niet', 'voor', 'te', 'bij', 'naar', 'uit', 'nog', 'ook', 'zijn', 'wordt', 'worden', 'heeft', 'dit', 'deze',
  'alle', 'alleen', 'geen', 'nieuw', 'nieuwe', 'terug', 'eigen', 'huidig', 'leeg', 'bijv', 'vóór', 'jr',
  // the domain
  'woning', 'woningen', 'gemeente', 'gemeenten', 'regio', 'inwoners', 'ouderen', 'ouderenhuisvesting', 'aandachtsgroepen',
  'behoefte', 'aanbod', 'tekort', 'nodig', 'gehaald', 'gerealiseerd', 'realisatie', 'prognose', 'programma', 'bouwprogramma',
  'doel', 'tempo', 'pijplijn', 'jaar', 'aantal', 'totaal', 'cumulatief', 'opgave', 'aandeel', 'kans', 'oplevering', 'opleverjaar',
  'nultreden', 'geclusterd', 'zorggeschikt', 'betaalbaar', 'sociale', 'huur', 'plekken', 'personen', 'kamers', 'locaties',
  'meldingen', 'trajecten', 'projecten', 'aanname', 'aannames', 'standaard', 'uitkomst', 'uitkomsten', 'ingebouwd',
  // data and its sources
  'bron', 'bronnen', 'cijfer', 'cijfers', 'controles', 'bevindingen', 'waarde', 'getal', 'periode', 'peildatum', 'reeks',
  'gegevens', 'gedrukt', 'historisch', 'tabel', 'grafiek', 'bestand', 'sjabloon', 'kolom', 'kolommen', 'rij', 'rijen',
  'fout', 'fouten', 'waarschuwing', 'waarschuwingen', 'toelichting', 'versie', 'versies', 'kopie', 'verschil', 'punt',
  // actions and states
  'opslaan', 'opgeslagen', 'bewaar', 'bewaard', 'verwijder', 'verwijderen', 'verwijderd', 'ongedaan', 'opnieuw', 'toevoegen',
  'wijzig', 'wijziging', 'wijzigingen', 'gewijzigd', 'inlezen', 'kopieer', 'bewerk', 'hernoem', 'annuleer', 'herstel',
  'terugzetten', 'teruggezet', 'exporteren', 'zoeken', 'getoond', 'laden', 'mislukt', 'sluiten', 'kies', 'vul',
  // the window
  'scherm', 'schermen', 'taal', 'overzicht', 'vergelijken',
]);

/** Dutch that is not a single word: "t/m" (up to and including), the plural "scenario’s". */
const DUTCH_PATTERNS: readonly RegExp[] = [/(?<![\p{L}])t\/m(?![\p{L}])/giu, /scenario’s/giu];

/** The Dutch words and patterns in a text, each once, in order of appearance. */
export function dutchIn(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.toLocaleLowerCase('nl-NL').match(/\p{L}+/gu) ?? []) if (DUTCH_WORDS.has(word)) found.add(word);
  for (const pattern of DUTCH_PATTERNS) for (const m of text.matchAll(pattern)) found.add(m[0].toLocaleLowerCase('nl-NL'));
  return [...found];
}
