import { defineTexts } from '../define';

/**
 * Faults of the machine (the database file, its folder, the disk) and unexpected errors, as the
 * command line, the browser build's API and the window say them. Each names what happened, that
 * nothing (more) was saved, and what to do. `place` is the database file, or null where the caller
 * does not know it. A library's own words never go in.
 */
type Faults = {
  readOnly: (place: string | null) => string;
  diskFull: (place: string | null) => string;
  folderMissing: (place: string | null) => string;
  cannotOpen: (place: string | null) => string;
  busy: (place: string | null) => string;
  damaged: (place: string | null) => string;
  /** After `damaged` when the file (and so its backups folder) is not known. */
  restoreAnyBackup: string;
  ioError: (place: string | null) => string;
  /** A stored scenario whose settings are no longer valid (changed outside the app, or damaged). */
  damagedScenario: (name: string, settings: string) => string;
  /** What damagedScenario names when nothing of the settings could be read. */
  allSettings: string;
  damagedScenarioSave: (name: string) => string;
  damagedScenarioVersion: (name: string, version: number) => string;
  /** Anything else: the command line (details with --debug) and the API (details in the server's log). */
  unexpectedCli: string;
  unexpectedApi: (call: string) => string;
  /** The browser build's server, before the API. */
  web: { badAddress: string; badAddressApi: string; duplicateHost: string; tooLarge: (megabytes: number) => string; importTooLarge: (megabytes: number) => string };
};

const nlFile = (place: string | null) => (place ? `de database ${place}` : 'de database');
const enFile = (place: string | null) => (place ? `the database ${place}` : 'the database');

export const faults = defineTexts<Faults>(
  {
    readOnly: (place) =>
      `Er kan niet worden geschreven in ${nlFile(place)}: het bestand, de map of de schijf is alleen-lezen. Er is niets opgeslagen. ` +
      'Geef schrijfrechten op het bestand en de map, of kies een andere plek voor de database (op de opdrachtregel met --db), en probeer het opnieuw.',
    diskFull: (place) =>
      `De schijf van ${nlFile(place)} is vol. De laatste wijziging is niet opgeslagen; wat eerder was opgeslagen blijft bewaard. ` +
      'Maak ruimte vrij op de schijf en probeer het opnieuw.',
    folderMissing: (place) =>
      `De map van ${nlFile(place)} bestaat niet of is niet bereikbaar (een losgekoppelde schijf of netwerkmap?). Er is niets opgeslagen. ` +
      'Sluit de schijf weer aan of kies een andere plek voor de database (op de opdrachtregel met --db).',
    cannotOpen: (place) =>
      `${place ? `Het databasebestand ${place}` : 'Het databasebestand'} kan niet worden geopend. Er is niets gewijzigd. ` +
      'Controleer of het bestand en de map bestaan en of u er lees- en schrijfrechten op hebt.',
    busy: (place) =>
      `${place ? `De database ${place}` : 'De database'} is bezet: een ander venster, de browserversie of de opdrachtregel schrijft er al lang in. ` +
      'Er is niets opgeslagen. Probeer het over een ogenblik opnieuw.',
    damaged: (place) =>
      `${place ? `Het databasebestand ${place}` : 'Het databasebestand'} is beschadigd; er is niets opgeslagen. ` +
      'Sluit de app en maak een kopie van het bestand.',
    restoreAnyBackup: 'Zet daarna een reservekopie terug (backups toont ze; backups restore KENMERK zet er een terug).',
    ioError: (place) =>
      `${place ? `De database ${place}` : 'De database'} kon niet worden gelezen of geschreven (een fout van de schijf of het bestandssysteem). ` +
      'Er is niets opgeslagen. Controleer de schijf of de netwerkverbinding en probeer het opnieuw.',
    damagedScenario: (name, settings) =>
      `De instellingen van scenario "${name}" in het databasebestand zijn ongeldig (${settings}); het bestand is buiten de app gewijzigd of beschadigd. ` +
      'Het scenario is alleen te lezen en toont voor die instellingen de standaardwaarde. Zet een eerdere versie terug of maak een kopie om verder te werken.',
    allSettings: 'alle instellingen',
    damagedScenarioSave: (name) =>
      `Scenario "${name}" heeft ongeldige instellingen in het databasebestand en is alleen te lezen. Zet een eerdere versie terug of maak een kopie om verder te werken.`,
    damagedScenarioVersion: (name, version) =>
      `Versie ${version} van scenario "${name}" heeft ongeldige instellingen in het databasebestand en kan niet worden teruggezet. Kies een andere versie.`,
    unexpectedCli: 'Er ging iets onverwachts mis (een interne fout). Voer de opdracht opnieuw uit met --debug voor de technische details en meld die aan de beheerder.',
    unexpectedApi: (call) =>
      `Er ging iets onverwachts mis bij ${call} (een interne fout); de technische details staan in het logboek van de server. Probeer het opnieuw; blijft het gebeuren, meld het dan aan de beheerder.`,
    web: {
      badAddress: 'Ongeldig adres.',
      badAddressApi: 'Ongeldig adres: het adres van het verzoek is ongeldig gecodeerd.',
      duplicateHost: 'Verzoek geweigerd: het verzoek heeft meer dan één Host-kop.',
      tooLarge: (megabytes) => `Het verzoek is te groot (meer dan ${megabytes} MB).`,
      importTooLarge: (megabytes) => `Het bestand is te groot: een import mag hoogstens ${megabytes} MB zijn.`,
    },
  },
  {
    readOnly: (place) =>
      `Cannot write to ${enFile(place)}: the file, its folder or the disk is read-only. Nothing has been saved. ` +
      'Give write permission on the file and the folder, or choose another place for the database (on the command line with --db), and try again.',
    diskFull: (place) =>
      `The disk of ${enFile(place)} is full. The last change has not been saved; what was saved before is kept. ` +
      'Free some space on the disk and try again.',
    folderMissing: (place) =>
      `The folder of ${enFile(place)} does not exist or cannot be reached (a disconnected disk or network folder?). Nothing has been saved. ` +
      'Reconnect the disk or choose another place for the database (on the command line with --db).',
    cannotOpen: (place) =>
      `${place ? `The database file ${place}` : 'The database file'} cannot be opened. Nothing has been changed. ` +
      'Check that the file and its folder exist and that you may read and write them.',
    busy: (place) =>
      `${place ? `The database ${place}` : 'The database'} is busy: another window, the browser version or the command line has been writing to it for a long time. ` +
      'Nothing has been saved. Try again in a moment.',
    damaged: (place) =>
      `${place ? `The database file ${place}` : 'The database file'} is damaged; nothing has been saved. ` +
      'Close the app and make a copy of the file.',
    restoreAnyBackup: 'Then restore a backup (backups lists them; backups restore ID restores one).',
    ioError: (place) =>
      `${place ? `The database ${place}` : 'The database'} could not be read or written (an error of the disk or the file system). ` +
      'Nothing has been saved. Check the disk or the network connection and try again.',
    damagedScenario: (name, settings) =>
      `The settings of scenario "${name}" in the database file are invalid (${settings}); the file was changed outside the app or is damaged. ` +
      'The scenario is read-only and shows the default value for those settings. Restore an earlier version or make a copy to continue.',
    allSettings: 'all settings',
    damagedScenarioSave: (name) =>
      `Scenario "${name}" has invalid settings in the database file and is read-only. Restore an earlier version or make a copy to continue.`,
    damagedScenarioVersion: (name, version) =>
      `Version ${version} of scenario "${name}" has invalid settings in the database file and cannot be restored. Choose another version.`,
    unexpectedCli: 'Something unexpected went wrong (an internal error). Run the command again with --debug for the technical details and report them to your administrator.',
    unexpectedApi: (call) =>
      `Something unexpected went wrong in ${call} (an internal error); the technical details are in the server's log. Try again; if it keeps happening, report it to your administrator.`,
    web: {
      badAddress: 'Invalid address.',
      badAddressApi: 'Invalid address: the address of the request is not properly encoded.',
      duplicateHost: 'Request refused: the request has more than one Host header.',
      tooLarge: (megabytes) => `The request is too large (more than ${megabytes} MB).`,
      importTooLarge: (megabytes) => `The file is too large: an import may be at most ${megabytes} MB.`,
    },
  },
);
