import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assembleSeed, type Seed, type SeedSources } from '../../shared/dataset/assemble';

/** The `seeds/` folder of the app: beside `electron/` in the repository and in the packaged app. */
export const DEFAULT_SEED_DIR = resolve(import.meta.dirname, '..', '..', 'seeds');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** `seeds/geo/`: the boundaries' description and every GeoJSON file beside it (a seed folder without it has no map). */
function geoFiles(dir: string): string[] {
  const geoDir = join(dir, 'geo');
  if (!existsSync(geoDir)) return [];
  return readdirSync(geoDir).filter((name) => name === 'boundaries.json' || name.endsWith('.geojson')).sort().map((name) => join(geoDir, name));
}

function readGeo(dir: string): SeedSources['geo'] {
  const geoDir = join(dir, 'geo');
  if (!existsSync(join(geoDir, 'boundaries.json'))) return undefined;
  const files = Object.fromEntries(
    geoFiles(dir)
      .filter((path) => path.endsWith('.geojson'))
      .map((path) => [path.slice(geoDir.length + 1), readJson(path)]),
  );
  return { manifest: readJson(join(geoDir, 'boundaries.json')), files };
}

export function readSeedSources(dir = DEFAULT_SEED_DIR): SeedSources {
  const figureDir = join(dir, 'figures');
  const geo = readGeo(dir);
  return {
    ...(geo ? { geo } : {}),
    gemeenten: readJson(join(dir, 'gemeenten.json')),
    series: readJson(join(dir, 'series.json')),
    relations: readJson(join(dir, 'relations.json')),
    scenarios: readJson(join(dir, 'scenarios.json')),
    figureFiles: readdirSync(figureDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name, content: readJson(join(figureDir, name)) })),
  };
}

export function readSeed(dir = DEFAULT_SEED_DIR): Seed {
  return assembleSeed(readSeedSources(dir));
}

/** A seed as the store loads it: a fingerprint to compare first, the seed itself only when it changed. */
export type SeedInput = { hash: string; read: () => Seed };

function seedFiles(dir: string): string[] {
  const figureDir = join(dir, 'figures');
  return [
    ...['gemeenten.json', 'series.json', 'relations.json', 'scenarios.json'].map((name) => join(dir, name)),
    ...readdirSync(figureDir).filter((name) => name.endsWith('.json')).sort().map((name) => join(figureDir, name)),
    ...geoFiles(dir),
  ];
}

/**
 * The seed folder, fingerprinted by its files' bytes: opening a store whose seed is already
 * loaded (every start but the first after an update) neither parses nor validates the seed.
 */
export function seedFromDir(dir = DEFAULT_SEED_DIR): SeedInput {
  const hash = createHash('sha256');
  for (const file of seedFiles(dir)) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  return { hash: `files:${hash.digest('hex')}`, read: () => readSeed(dir) };
}

/** A seed given as a value (tests, a changed seed). */
export function seedFromValue(seed: Seed): SeedInput {
  return { hash: createHash('sha256').update(JSON.stringify(seed)).digest('hex'), read: () => seed };
}
