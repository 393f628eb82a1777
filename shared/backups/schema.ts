import { z } from 'zod';

/**
 * Why a backup of the database was made: the first open of a day, or just before something that
 * changes much at once (an import, a revert, a migration, restoring another backup). The daily
 * ones and the others are kept apart: the last 14 daily and the last 10 of the rest.
 */
export const BACKUP_REASONS = ['daily', 'import', 'revert', 'migration', 'restore'] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

export const KEEP_DAILY = 14;
export const KEEP_EVENT = 10;

/** One backup: its id (what `backups restore ID` takes), when, why, how large, and where. */
export const BackupInfo = z
  .object({
    id: z.string().regex(/^\d{8}-\d{6}-[a-z]+(-\d+)?$/),
    at: z.string(),
    reason: BackupReason,
    size: z.number().int().min(0),
    file: z.string(),
  })
  .strict();
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupList = z.object({ folder: z.string(), backups: z.array(BackupInfo) }).strict();
export type BackupList = z.infer<typeof BackupList>;

export const RestoredBackup = z.object({ restored: BackupInfo, safety: BackupInfo.nullable() }).strict();
export type RestoredBackup = z.infer<typeof RestoredBackup>;

/** When a backup was made, as the messages, the command line and the window show it. */
export function backupTime(at: string, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): string {
  return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
