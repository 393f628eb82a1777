import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqliteStore';
import type { Store } from './port';

export type { Store, StoreOperations, ChangeOrigin } from './port';
export { ANALYST } from './port';

/** Opens the store at `path` (a SQLite file), migrating and seeding it on first use. */
export function openStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return openSqliteStore(path, options);
}
