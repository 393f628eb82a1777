import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Api } from '../../shared/api/contract';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openStore, type Store } from '../../electron/store/store';
import { directApi } from './directApi';
import { useTempDir } from './files';

/**
 * The window's Api over the real handlers and a real SQLite store in a temporary folder, as the
 * app has it; the store is closed after each test. Register it before a file's own afterEach
 * (which unmounts components): after-hooks run last-registered first.
 */
export function useRealStoreApi(): (fileName?: string) => Promise<{ store: Store; api: Api }> {
  const tempDir = useTempDir();
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });
  return async (fileName = 'ui.sqlite') => {
    const opened = await openStore(join(tempDir(), fileName));
    store = opened;
    return { store: opened, api: directApi(createDispatch(createHandlers(opened))) };
  };
}
