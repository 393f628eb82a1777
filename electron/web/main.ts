import { resolve } from 'node:path';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { defaultDatabasePath } from '../store/paths';
import { openStore } from '../store/store';
import { StoreError } from '../store/errors';
import { startWebServer } from './server';

/**
 * `npm run web`: the whole app in a browser, over the same store as the desktop app.
 * Options: --port N (default 5174; 0 = any free port), --db PATH.
 */
async function main(argv: string[]): Promise<void> {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = Number(option('--port') ?? process.env.PORT ?? 5174);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Ongeldige poort: ${String(option('--port'))}`);
  const dbPath = resolve(option('--db') ?? defaultDatabasePath());
  const staticDir = resolve(option('--static') ?? 'dist/renderer');

  let store;
  try {
    store = await openStore(dbPath);
  } catch (error) {
    if (error instanceof StoreError) {
      console.error(`Fout: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { server, url } = await startWebServer({ dispatch: createDispatch(createHandlers(store)), staticDir, port });
  // Tests and scripts wait for this line.
  console.log(`Woonzorgverkenner draait op ${url} (database: ${dbPath})`);
  const stop = () => {
    server.close();
    void store.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Fout: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
