import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assembleSeed, type Seed, type SeedSources } from '../../shared/dataset/assemble';

/** The `seeds/` folder of the app: beside `electron/` in the repository and in the packaged app. */
export const DEFAULT_SEED_DIR = resolve(import.meta.dirname, '..', '..', 'seeds');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function readSeedSources(dir = DEFAULT_SEED_DIR): SeedSources {
  const figureDir = join(dir, 'figures');
  return {
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
