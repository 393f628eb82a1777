import { resolve } from 'node:path';
import { openStore, type Store } from '../store/store';
import { StoreError } from '../store/errors';
import { storeFault } from '../store/sqliteFaults';
import { CliError, type CliIo } from './io';

export type CliContext = { io: CliIo; dbPath: string };

export function contextFor(io: CliIo, dbOption: string | undefined, defaultPath: string): CliContext {
  return { io, dbPath: dbOption ? resolve(io.cwd, dbOption) : defaultPath };
}

/** Opens the store for one command and always closes it; store refusals become CLI errors (exit 1). */
export async function withStore<T>(ctx: CliContext, work: (store: Store) => T | Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore(ctx.dbPath);
  } catch (error) {
    const refused = error instanceof StoreError ? error : storeFault(error, ctx.dbPath);
    if (refused) throw Object.assign(new CliError(refused.message, 1), { cause: refused.cause ?? refused });
    throw error;
  }
  try {
    return await work(store);
  } catch (error) {
    // A fault of the machine the store did not word itself (sqliteFaults.ts) is worded here; the original stays for --debug.
    const refused = error instanceof StoreError ? error : storeFault(error, ctx.dbPath);
    if (refused) {
      const usersInput = ['notFound', 'duplicateName', 'builtinReadOnly', 'invalid'].includes(refused.code);
      throw Object.assign(new CliError(refused.message, usersInput ? 2 : 1), { cause: refused.cause ?? refused });
    }
    throw error;
  } finally {
    await store.close();
  }
}

/** CBS code or gemeente name (case-insensitive) → code. */
export async function gemeenteResolver(store: Store): Promise<(text: string) => string | null> {
  const { gemeenten } = await store.dataset.dataset();
  return (text) => {
    const t = text.trim().toLowerCase();
    return gemeenten.find((g) => g.code.toLowerCase() === t || g.name.toLowerCase() === t)?.code ?? null;
  };
}
