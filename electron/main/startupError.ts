import { dirname } from 'node:path';
import { StoreError } from '../store/errors';

export type ErrorBox = { title: string; content: string };

const TITLE = 'Woonzorgverkenner kan niet starten';

/**
 * What the error dialog says when the database cannot be opened: what is wrong (the store's own
 * Dutch message, which names the file), that the file was left alone, and what the user can do.
 */
export function startupErrorBox(databasePath: string, error: unknown): ErrorBox {
  const folder = dirname(databasePath);
  const message = error instanceof Error ? error.message : String(error);
  const where = `Het databasebestand staat hier:\n${databasePath}`;
  const untouched = `Het bestand is niet gewijzigd. ${where}`;
  const moveAside =
    `Wat u kunt doen: sluit Woonzorgverkenner en verplaats het bestand, samen met de bestanden ernaast ` +
    `die eindigen op -wal en -shm, naar een andere map (bewaar ze: ze bevatten uw scenario's). ` +
    `Start daarna opnieuw; de app maakt dan een nieuwe database met de standaardgegevens. ` +
    `Daarna kunt u in Data & bronnen → Reservekopieën een reservekopie uit de map backups naast het bestand terugzetten ` +
    `(op de opdrachtregel: backups, dan backups restore ID).`;

  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(`${message} ${cause}`)) {
    return {
      title: TITLE,
      content:
        `De databasemodule (better-sqlite3) is gebouwd voor Node.js en niet voor Electron.\n\n` +
        `Voer in de projectmap "npm run native:electron" uit en start opnieuw.\n\n${untouched}`,
    };
  }
  if (error instanceof StoreError) {
    switch (error.code) {
      case 'newer':
        return { title: TITLE, content: `${message}\n\nInstalleer de nieuwste versie van Woonzorgverkenner.\n\n${untouched}` };
      case 'corrupt':
        // Kept aside by the store (sqlite/integrity.ts): the message says where, and which backup to restore.
        if (typeof (error as { movedTo?: unknown }).movedTo === 'string') return { title: TITLE, content: `${message}\n\n${where}` };
        return { title: TITLE, content: `${stripCliHint(message)}\n\n${moveAside}\n\n${untouched}` };
      case 'foreign':
        return { title: TITLE, content: `${stripCliHint(message)}\n\n${moveAside}\n\n${untouched}` };
      case 'walLost':
      case 'backupFailed':
      case 'backupDamaged':
        return { title: TITLE, content: `${message}\n\n${where}` };
      case 'unopenable':
        return {
          title: TITLE,
          content:
            `${message}\n\nControleer of de map ${folder} bestaat en schrijfbaar is, of de schijf vol is, ` +
            `en of een ander programma het bestand vergrendeld heeft. Start daarna opnieuw.\n\n${untouched}`,
        };
      case 'readOnlyFile':
      case 'diskFull':
      case 'folderMissing':
      case 'busy':
      case 'ioError':
        // The message says what happened and what to do (store/sqliteFaults.ts).
        return { title: TITLE, content: `${message}\n\n${where}` };
      case 'invalid':
      case 'damagedScenario':
      case 'notFound':
      case 'duplicateName':
      case 'builtinReadOnly':
        return { title: TITLE, content: `${message}\n\n${moveAside}\n\n${where}` };
    }
  }
  return {
    title: TITLE,
    content:
      `De database kon niet worden geopend: ${message}\n\n` +
      `Start Woonzorgverkenner opnieuw. Blijft dit gebeuren, meld het dan aan de beheerder en vermeld deze tekst.\n\n${where}`,
  };
}

/** The store's message ends with advice for the command line (--db); the desktop app has no such option. */
function stripCliHint(message: string): string {
  return message.replace(/\s*Zet een reservekopie terug of kies een ander bestand \(--db\)\.\s*$/, '');
}
