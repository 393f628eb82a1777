import { backupTime } from '../../../shared/backups/schema';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { StoreError } from '../../store/errors';
import { restoreStoreBackup, storeBackups } from '../../store/store';
import type { CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';

const WORDS = texts('nl-NL').backups;

/** 12,3 MB / 380 kB: enough to see that a backup is not empty. */
export function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${formatNumber(bytes / 1_000_000, 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1000)))} kB`;
}

/** `backups [--json]`: the backups of the database, newest first. Reads the folder only: works when the database does not open. */
export function backupsCommand(ctx: CliContext, json: boolean): Promise<void> {
  const { folder, backups } = storeBackups(ctx.dbPath);
  if (json) ctx.io.out(JSON.stringify({ database: ctx.dbPath, folder, backups }, null, 2) + '\n');
  else if (backups.length === 0) ctx.io.out(`${WORDS.cli.none(folder)}\n`);
  else {
    const rows = backups.map((b) => [b.id, backupTime(b.at), WORDS.reason[b.reason], sizeText(b.size)]);
    ctx.io.out(`${WORDS.cli.heading(backups.length, folder)}\n\n${textTable([...WORDS.cli.columns], rows, [false, false, false, true])}\n`);
  }
  return Promise.resolve();
}

/** `backups restore ID`: backs up the current data, then restores the backup (refused when it is damaged). */
export async function backupsRestore(ctx: CliContext, id: string | undefined): Promise<void> {
  if (!id) throw new CliError('Geef het id van de reservekopie: backups restore ID (backups toont ze).');
  try {
    const { restored, safety } = await restoreStoreBackup(ctx.dbPath, id);
    ctx.io.err(`${WORDS.cli.restored(restored.id, backupTime(restored.at), ctx.dbPath)}\n`);
    if (safety) ctx.io.err(`${WORDS.cli.safety(safety.id)}\n`);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, error.code === 'notFound' ? 2 : 1);
    throw error;
  }
}
