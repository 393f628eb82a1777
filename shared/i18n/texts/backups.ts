import type { BackupReason } from '../../backups/schema';
import { defineTexts } from '../define';

/** A backup as the messages name it: its id and when it was made (already formatted). */
type Named = { id: string; when: string } | null;

type Backups = {
  reason: Record<BackupReason, string>;
  /** "Restore a backup", with the newest named when there is one: every message that advises it says this. */
  restoreHint: (newest: Named, folder: string) => string;
  /** The store's refusals and reports (Dutch on the command line, in the API and the start-up dialog). */
  store: {
    damaged: (path: string, why: string, movedTo: string | null, hint: string) => string;
    why: { empty: string; short: string; header: string; check: (detail: string) => string; tables: (missing: string) => string; notADatabase: string };
    moveFailed: string;
    nextStart: string;
    newer: (path: string, version: number, known: number) => string;
    negative: (path: string, version: number) => string;
    walLost: (path: string, saved: boolean, hint: string) => string;
    backupFailed: (folder: string) => string;
    backupNotFound: (id: string) => string;
    backupAmbiguous: (id: string, matches: string) => string;
    backupDamaged: (id: string, why: string) => string;
  };
  /** The window: Data & bronnen → Reservekopieën. */
  screen: {
    tab: string;
    heading: (count: number) => string;
    note: (folder: string) => string;
    none: string;
    columns: { id: string; time: string; reason: string; size: string };
    restore: string;
    confirm: (id: string, when: string) => string;
    restored: (id: string, safety: string | null) => string;
  };
  /** The command line's `backups`. */
  cli: {
    heading: (count: number, folder: string) => string;
    none: (folder: string) => string;
    columns: readonly string[];
    restored: (id: string, when: string, path: string) => string;
    safety: (id: string) => string;
  };
};

export const backups = defineTexts<Backups>(
  {
    reason: { daily: 'dagelijks', import: 'voor een import', revert: 'voor terugdraaien', migration: 'voor een migratie', restore: 'voor terugzetten' },
    restoreHint: (newest, folder) =>
      newest
        ? `Zet een reservekopie terug: de nieuwste is ${newest.id} (${newest.when}). Op de opdrachtregel: backups restore ${newest.id} (backups toont ze alle); in de app: Data & bronnen → Reservekopieën.`
        : `Er is nog geen reservekopie in ${folder}; zet zo nodig een eigen kopie van het bestand terug.`,
    store: {
      damaged: (path, why, movedTo, hint) =>
        `Het databasebestand ${path} is beschadigd (${why}). ` +
        (movedTo
          ? `Het is niet verwijderd maar opzijgezet als ${movedTo} (met de bestanden -wal en -shm, als die er waren). ${hint} Zonder terugzetten maakt de volgende start een nieuwe database met de standaardgegevens.`
          : `Het kon niet opzij worden gezet en is niet gewijzigd. ${hint}`),
      why: {
        empty: 'het bestand is leeg, 0 bytes',
        short: 'het bestand is korter dan de kop van een database',
        header: 'het begint niet met de kop van een SQLite-database',
        check: (detail) => `de controle van SQLite vond fouten: ${detail}`,
        tables: (missing) => `tabellen of kolommen ontbreken: ${missing}`,
        notADatabase: 'SQLite kan het niet lezen',
      },
      moveFailed: 'Het kon niet opzij worden gezet.',
      nextStart: 'Zonder terugzetten maakt de volgende start een nieuwe database met de standaardgegevens.',
      newer: (path, version, known) =>
        `De database ${path} is gemaakt door een nieuwere versie van de Woonzorgverkenner (schemaversie ${version}; deze versie kent er ${known}). ` +
        'Installeer de nieuwste Woonzorgverkenner; het bestand is niet gewijzigd en er wordt niets in geschreven.',
      negative: (path, version) =>
        `De database ${path} heeft schemaversie ${version}, die de Woonzorgverkenner nooit schrijft: het bestand is buiten de app gewijzigd of van een ander programma. ` +
        'Het is niet gewijzigd en er wordt niets in geschreven. Kies een ander bestand (--db) of zet een reservekopie terug.',
      walLost: (path, saved, hint) =>
        `Het logbestand ${path}-wal is verdwenen terwijl de app de database open had (een synchronisatie- of opruimprogramma?). ` +
        (saved ? 'Alles wat al was opgeslagen is in het databasebestand zelf gezet. ' : 'Een ander programma heeft intussen een nieuw logbestand gemaakt; wat alleen in het verdwenen logbestand stond, kan niet meer worden bewaard. ') +
        `Om niets te verliezen schrijft de app niet meer in deze database: deze wijziging is niet opgeslagen. Sluit de app en start opnieuw. ${hint}`,
      backupFailed: (folder) => `Er kon geen reservekopie worden gemaakt in ${folder}; er is niets gewijzigd. Controleer of de map schrijfbaar is en de schijf niet vol.`,
      backupNotFound: (id) => `Er is geen reservekopie ${id}. De opdracht backups toont welke er zijn.`,
      backupAmbiguous: (id, matches) => `${id} past bij meer dan één reservekopie (${matches}); geef het hele id.`,
      backupDamaged: (id, why) => `De reservekopie ${id} is beschadigd (${why}) en wordt niet teruggezet; de database is niet gewijzigd. Kies een andere reservekopie.`,
    },
    screen: {
      tab: 'Reservekopieën',
      heading: (count) => `Reservekopieën (${count})`,
      note: (folder) =>
        `De app maakt een reservekopie bij de eerste start van elke dag en vlak voor elke import, terugdraaiing en migratie; de laatste 14 dagelijkse en 10 andere blijven bewaard, in ${folder}. Terugzetten maakt eerst een reservekopie van de huidige gegevens.`,
      none: 'Er zijn nog geen reservekopieën.',
      columns: { id: 'Kenmerk', time: 'Gemaakt', reason: 'Waarom', size: 'Grootte' },
      restore: 'Terugzetten',
      confirm: (id, when) => `Reservekopie ${id} van ${when} terugzetten? De huidige gegevens worden eerst zelf als reservekopie bewaard.`,
      restored: (id, safety) => `Reservekopie ${id} is teruggezet.${safety ? ` De gegevens van daarvoor staan in reservekopie ${safety}.` : ''}`,
    },
    cli: {
      heading: (count, folder) => `Reservekopieën: ${count} (in ${folder})`,
      none: (folder) => `Er zijn nog geen reservekopieën (in ${folder}).`,
      columns: ['kenmerk', 'gemaakt', 'waarom', 'grootte'],
      restored: (id, when, path) => `Reservekopie ${id} (${when}) is teruggezet in ${path}.`,
      safety: (id) => `De gegevens van daarvoor staan in reservekopie ${id}.`,
    },
  },
  {
    reason: { daily: 'daily', import: 'before an import', revert: 'before a revert', migration: 'before a migration', restore: 'before a restore' },
    restoreHint: (newest, folder) =>
      newest
        ? `Restore a backup: the newest is ${newest.id} (${newest.when}). On the command line: backups restore ${newest.id} (backups lists them all); in the app: Data & sources → Backups.`
        : `There is no backup in ${folder} yet; restore a copy of your own if you have one.`,
    store: {
      damaged: (path, why, movedTo, hint) =>
        `The database file ${path} is damaged (${why}). ` +
        (movedTo
          ? `It was not deleted but set aside as ${movedTo} (with its -wal and -shm files, if any). ${hint} Without a restore, the next start makes a new database with the standard figures.`
          : `It could not be set aside and was not changed. ${hint}`),
      why: {
        empty: 'the file is empty, 0 bytes',
        short: 'the file is shorter than a database header',
        header: 'it does not start with a SQLite database header',
        check: (detail) => `SQLite's check found errors: ${detail}`,
        tables: (missing) => `tables or columns are missing: ${missing}`,
        notADatabase: 'SQLite cannot read it',
      },
      moveFailed: 'It could not be set aside.',
      nextStart: 'Without a restore, the next start makes a new database with the standard figures.',
      newer: (path, version, known) =>
        `The database ${path} was made by a newer version of the Woonzorgverkenner (schema version ${version}; this version knows ${known}). ` +
        'Install the newest Woonzorgverkenner; the file was not changed and nothing is written to it.',
      negative: (path, version) =>
        `The database ${path} has schema version ${version}, which the Woonzorgverkenner never writes: the file was changed outside the app or belongs to another program. ` +
        'It was not changed and nothing is written to it. Choose another file (--db) or restore a backup.',
      walLost: (path, saved, hint) =>
        `The log file ${path}-wal disappeared while the app had the database open (a sync or clean-up tool?). ` +
        (saved ? 'Everything saved so far was put into the database file itself. ' : 'Another program has made a new log file meanwhile; what was only in the lost log file cannot be kept. ') +
        `So as to lose nothing, the app no longer writes to this database: this change was not saved. Close the app and start again. ${hint}`,
      backupFailed: (folder) => `No backup could be made in ${folder}; nothing was changed. Check that the folder is writable and the disk not full.`,
      backupNotFound: (id) => `There is no backup ${id}. The command backups lists them.`,
      backupAmbiguous: (id, matches) => `${id} matches more than one backup (${matches}); give the whole id.`,
      backupDamaged: (id, why) => `The backup ${id} is damaged (${why}) and is not restored; the database was not changed. Choose another backup.`,
    },
    screen: {
      tab: 'Backups',
      heading: (count) => `Backups (${count})`,
      note: (folder) =>
        `The app makes a backup on the first start of each day and just before every import, revert and migration; the last 14 daily and 10 others are kept, in ${folder}. A restore first backs up the current data.`,
      none: 'There are no backups yet.',
      columns: { id: 'Id', time: 'Made', reason: 'Why', size: 'Size' },
      restore: 'Restore',
      confirm: (id, when) => `Restore backup ${id} of ${when}? The current data is first kept as a backup itself.`,
      restored: (id, safety) => `Backup ${id} has been restored.${safety ? ` The data from before is in backup ${safety}.` : ''}`,
    },
    cli: {
      heading: (count, folder) => `Backups: ${count} (in ${folder})`,
      none: (folder) => `There are no backups yet (in ${folder}).`,
      columns: ['id', 'made', 'why', 'size'],
      restored: (id, when, path) => `Backup ${id} (${when}) has been restored into ${path}.`,
      safety: (id) => `The data from before is in backup ${id}.`,
    },
  },
);
