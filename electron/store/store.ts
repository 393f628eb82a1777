import type { BackupInfo, RestoredBackup } from '../../shared/backups/schema';
import { backupFolder, listBackups } from './sqlite/backups';
import { restoreBackup } from './sqlite/restore';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqliteStore';
import type { Store } from './port';

export type { Store, StoreOperations, ChangeOrigin } from './port';
export { ANALYST } from './port';

/** Opens the store at `path` (a SQLite file), migrating and seeding it on first use. */
export function openStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return openSqliteStore(path, options);
}

/** The backups of the store at `path`, newest first, without opening it (so also when it is damaged). */
export function storeBackups(path: string): { folder: string; backups: BackupInfo[] } {
  return { folder: backupFolder(path), backups: listBackups(path) };
}

/** Restores backup `id` into the store at `path`, opening it if it opens (see sqlite/restore.ts). */
export function restoreStoreBackup(path: string, id: string, options: SqliteStoreOptions = {}): Promise<RestoredBackup> {
  return restoreBackup(path, id, options);
}
