import { defineTexts } from '../define';

type App = {
  appName: string;
  /** The nav bar's name for a screen reader. */
  screensNav: string;
  /** The first link of the page (shown once it has the focus): past the header to the screen's content. */
  skipToContent: string;
  /** The "?" beside a key figure or a column header: what the figure is, its sources, more in Help. */
  /** `columns`: the button under a table that opens what every column means (ColumnGuide). */
  info: { button: (label: string) => string; sources: (ids: string) => string; more: string; columns: string };
  /** The header on a printed page (Ctrl+P): the screen, the open scenario, the date. */
  printHeader: (screen: string, scenario: string, date: string) => string;
  openScenario: string;
  language: string;
  loading: string;
  saveState: { saved: string; pending: string; saving: string; error: string };
  /** The save-state line when the store refused one setting's value: the reason itself stands at that setting's input. */
  refusedSetting: (setting: string) => string;
  undo: string;
  redo: string;
  /** Closes a notice. */
  close: string;
  /** A draft of the previous session was found in the window's backup and saved. */
  restored: string;
  /** A save refused because the scenario was saved elsewhere meanwhile (the store's message; also what the window shows). */
  staleVersion: (name: string, version: number) => string;
  /** The banner's button after such a refusal, and what the window says once it reloaded. */
  conflict: { reload: string; reloaded: (version: number) => string; keptDraft: (version: number) => string };
  /** A screen that failed to render; the rest of the window still works. */
  screenError: { title: string; body: string };
  /** The browser build's server did not answer, or answered nonsense. */
  server: { unreachable: string; unexpected: (status: number) => string };
  /** The store could not be opened at start-up. */
  fatal: { title: string; body: string; retry: string };
};

/** The window around the screens: header, save state, notices, and what shows when something fails. */
export const app = defineTexts<App>(
  {
    appName: 'Woonzorgverkenner',
    screensNav: 'Schermen',
    skipToContent: 'Naar de inhoud',
    info: { button: (label) => `Wat is ${label}?`, sources: (ids) => `Bron: ${ids} (zie Data & bronnen).`, more: 'Meer in Uitleg', columns: 'Wat betekenen de kolommen?' },
    printHeader: (screen, scenario, date) => `Woonzorgverkenner · ${screen} · scenario ‘${scenario}’ · afgedrukt op ${date}`,
    openScenario: 'Scenario',
    language: 'Taal',
    loading: 'Laden…',
    saveState: { saved: 'Opgeslagen', pending: 'Nog niet opgeslagen', saving: 'Opslaan…', error: 'Opslaan mislukt' },
    refusedSetting: (setting) => `${setting} is niet opgeslagen; de reden staat bij de instelling.`,
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    close: 'Sluiten',
    restored: 'Niet-opgeslagen wijzigingen van de vorige sessie zijn teruggezet en opgeslagen.',
    staleVersion: (name, version) =>
      `Scenario "${name}" is intussen elders opgeslagen (versie ${version}); uw wijzigingen zijn niet over die versie heen geschreven. ` +
      'Laad het opnieuw; uw wijzigingen blijven bewaard als concept.',
    conflict: {
      reload: 'Opnieuw laden',
      reloaded: (version) => `Versie ${version} is geladen. Uw wijzigingen zijn bewaard als concept: Ongedaan maken (Ctrl+Z) zet ze terug en slaat ze op als nieuwe versie.`,
      keptDraft: (version) =>
        `Dit scenario is elders opgeslagen (versie ${version}) na uw laatste niet-opgeslagen wijzigingen. Versie ${version} is geladen; Ongedaan maken (Ctrl+Z) zet uw wijzigingen terug.`,
    },
    screenError: {
      title: 'Dit scherm kan niet worden getoond',
      body: 'Uw scenario’s en gegevens zijn opgeslagen. Kies een ander scherm of scenario, of herlaad de app (Ctrl+R).',
    },
    server: {
      unreachable: 'De Woonzorgverkenner-server is niet bereikbaar. Draait "npm run web" nog?',
      unexpected: (status) => `Onverwacht antwoord van de server (${status}).`,
    },
    fatal: {
      title: 'De Woonzorgverkenner kan de gegevens niet openen',
      body: 'Er is niets gewijzigd. Sluit de app en probeer het opnieuw; helpt dat niet, zet dan een reservekopie terug: op de opdrachtregel toont backups ze, de nieuwste bovenaan, en zet backups restore ID er een terug. Of neem contact op met de beheerder.',
      retry: 'Opnieuw proberen',
    },
  },
  {
    appName: 'Woonzorgverkenner',
    screensNav: 'Screens',
    skipToContent: 'Skip to content',
    info: { button: (label) => `What is ${label}?`, sources: (ids) => `Source: ${ids} (see Data & sources).`, more: 'More in Help', columns: 'What do the columns mean?' },
    printHeader: (screen, scenario, date) => `Woonzorgverkenner · ${screen} · scenario ‘${scenario}’ · printed on ${date}`,
    openScenario: 'Scenario',
    language: 'Language',
    loading: 'Loading…',
    saveState: { saved: 'Saved', pending: 'Not saved yet', saving: 'Saving…', error: 'Saving failed' },
    refusedSetting: (setting) => `${setting} was not saved; the reason is shown at the setting.`,
    undo: 'Undo',
    redo: 'Redo',
    close: 'Close',
    restored: 'Unsaved changes from the previous session were restored and saved.',
    staleVersion: (name, version) =>
      `Scenario "${name}" has meanwhile been saved elsewhere (version ${version}); your changes were not written over that version. ` +
      'Reload it; your changes are kept as a draft.',
    conflict: {
      reload: 'Reload',
      reloaded: (version) => `Version ${version} is loaded. Your changes are kept as a draft: Undo (Ctrl+Z) brings them back and saves them as a new version.`,
      keptDraft: (version) =>
        `This scenario was saved elsewhere (version ${version}) after your last unsaved changes. Version ${version} is loaded; Undo (Ctrl+Z) brings your changes back.`,
    },
    screenError: {
      title: 'This screen cannot be shown',
      body: 'Your scenarios and data are saved. Choose another screen or scenario, or reload the app (Ctrl+R).',
    },
    server: {
      unreachable: 'The Woonzorgverkenner server cannot be reached. Is "npm run web" still running?',
      unexpected: (status) => `Unexpected answer from the server (${status}).`,
    },
    fatal: {
      title: 'Woonzorgverkenner cannot open its data',
      body: 'Nothing has been changed. Close the app and try again; if that does not help, restore a backup: on the command line backups lists them, newest first, and backups restore ID restores one. Or contact your administrator.',
      retry: 'Try again',
    },
  },
);
