// @ts-check
/**
 * `npm run cli`: starts the bundled command line (dist-cli/), building it first when it is
 * missing or older than a source file, so a fresh clone works and an edit is never run stale.
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { BUNDLE, buildCli, bundleIsStale } from './cli-bundle.mjs';

if (bundleIsStale()) {
  process.stderr.write('Opdrachtregel wordt gebouwd…\n');
  try {
    await buildCli();
  } catch (error) {
    // esbuild's message names the file, line and column; its stack would only hide that.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
// An unexpected error's stack then names the .ts files; measured: no cost at start-up.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(BUNDLE).href);
