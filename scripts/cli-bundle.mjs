// @ts-check
/**
 * The bundled command line: electron/cli/main.ts → dist-cli/main.js (ESM, packages stay in
 * node_modules), every dynamically imported command a chunk of its own. Built by `npm install`
 * (prepare) and by scripts/cli.mjs whenever a source file is newer than the bundle.
 * `node scripts/cli-bundle.mjs` builds it.
 */
import { readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'dist-cli');
export const BUNDLE = join(OUT_DIR, 'main.js');

/** Everything the bundle is made of; a folder's own time changes when a file in it is added, renamed or removed. */
const SOURCES = ['electron', 'shared', 'tsconfig.json', 'tsconfig.base.json', fileURLToPath(import.meta.url)].map((path) => resolve(ROOT, path));

/** @param {string} path */
function newestChange(path) {
  const stats = statSync(path);
  let newest = stats.mtimeMs;
  if (stats.isDirectory()) for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

/** True when there is no bundle or a source changed since it was built. */
export function bundleIsStale() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((path) => newestChange(path) >= built);
}

/**
 * Source files that find data beside themselves (electron/seeds/readSeeds.ts: `../../seeds`)
 * keep their own folder in the bundle, instead of dist-cli/.
 * @type {import('esbuild').Plugin}
 */
const sourceFolder = {
  name: 'source-folder',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.dirname')) return undefined;
      const folder = JSON.stringify(relative(OUT_DIR, dirname(path)).split(sep).join('/'));
      return {
        loader: 'ts',
        contents: `${source.replaceAll('import.meta.dirname', `__cliFileURLToPath(new URL(${folder}, import.meta.url))`)}\nimport { fileURLToPath as __cliFileURLToPath } from 'node:url';\n`,
      };
    });
  },
};

/**
 * Builds the bundle. Each file is written whole (temporary file, then rename) and the entry last,
 * so a command line starting meanwhile, or a second build at the same time, never sees half a bundle.
 */
export async function buildCli() {
  const started = new Date();
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'electron', 'cli', 'main.ts')],
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    plugins: [sourceFolder],
    write: false,
    logLevel: 'silent',
  });
  await mkdir(OUT_DIR, { recursive: true });
  const files = result.outputFiles.sort((a, b) => Number(a.path === BUNDLE) - Number(b.path === BUNDLE));
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
  }
  // A source edited while esbuild read it is newer than this time, so the next start rebuilds.
  await utimes(BUNDLE, started, started);
  const current = new Set(files.map((file) => basename(file.path)));
  for (const name of await readdir(OUT_DIR)) if (!current.has(name) && !name.endsWith('.tmp')) await rm(join(OUT_DIR, name), { force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
