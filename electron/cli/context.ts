import { resolve } from 'node:path';
import { openStore, type Store } from '../store/store';
import { StoreError } from '../store/errors';
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
    if (error instanceof StoreError) throw new CliError(error.message, 1);
    throw error;
  }
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, error.code === 'notFound' || error.code === 'duplicateName' || error.code === 'builtinReadOnly' || error.code === 'invalid' ? 2 : 1);
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
