import type { RestoredBackup } from '../../../shared/backups/schema';
import { StoreError } from '../errors';
import type { Store } from '../port';
import { restoreBackupInto } from './backups';
import { openSqliteStore, type SqliteStoreOptions } from './sqliteStore';

/**
 * `backups restore ID` from outside the app: restores into the database at `path` whether or not
 * it opens. A healthy store restores through its own connection (after a backup of itself); a
 * damaged one was kept aside by the open, so the backup is copied into the empty place and then
 * opened like any database (checked, migrated, seeded). A file that refuses for another reason
 * (newer, another program's, damaged but not movable) stays as it is and the refusal stands.
 */
export async function restoreBackup(path: string, id: string, options: SqliteStoreOptions = {}): Promise<RestoredBackup> {
  let store: Store | null = null;
  try {
    store = await openSqliteStore(path, options);
  } catch (error) {
    const keptAside = error instanceof StoreError && error.code === 'corrupt' && typeof (error as { movedTo?: unknown }).movedTo === 'string';
    if (!keptAside) throw error;
  }
  if (store) {
    try {
      return await store.backups.restore(id);
    } finally {
      await store.close();
    }
  }
  const result = await restoreBackupInto(path, id, null, options.now ?? (() => new Date().toISOString()));
  await (await openSqliteStore(path, options)).close();
  return result;
}
