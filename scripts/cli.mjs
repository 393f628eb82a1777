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
  await buildCli();
}
// An unexpected error's stack then names the .ts files; measured: no cost at start-up.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(BUNDLE).href);
