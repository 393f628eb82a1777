import { z } from 'zod';
import { Dataset, Gemeente, Relation, Series } from './schema';
import { SeedFile, expandSeedTable } from './seedTable';
import { BoundaryManifest, GeoFeatureCollection, boundariesFromSeed } from './boundarySeed';
import type { Boundaries } from './boundaries';
import { Scenario } from '../scenario/schema';

export const GemeentenFile = z.object({ gemeenten: z.array(Gemeente) }).strict();
export const SeriesFile = z.object({ series: z.array(Series) }).strict();
export const RelationsFile = z.object({ relations: z.array(Relation) }).strict();
export const ScenariosFile = z.object({ scenarios: z.array(Scenario) }).strict();

/** The raw JSON of the files in `seeds/`, by role. */
export type SeedSources = {
  gemeenten: unknown;
  series: unknown;
  relations: unknown;
  scenarios: unknown;
  figureFiles: { name: string; content: unknown }[];
  /** `seeds/geo/`: the description (`boundaries.json`) and every GeoJSON file by name; absent = no map. */
  geo?: { manifest: unknown; files: Record<string, unknown> };
};

export type Seed = { dataset: Dataset; builtinScenarios: Scenario[] };

export class SeedError extends Error {}

function parseOrThrow<T>(schema: z.ZodType<T>, content: unknown, file: string): T {
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new SeedError(`Het bronbestand ${file} is ongeldig:\n${lines}`);
  }
  return parsed.data;
}

/** Validates every seed file and assembles the dataset; throws SeedError naming the file. */
export function assembleSeed(sources: SeedSources): Seed {
  const gemeenten = parseOrThrow(GemeentenFile, sources.gemeenten, 'gemeenten.json').gemeenten;
  const series = parseOrThrow(SeriesFile, sources.series, 'series.json').series;
  const relations = parseOrThrow(RelationsFile, sources.relations, 'relations.json').relations;
  const builtinScenarios = parseOrThrow(ScenariosFile, sources.scenarios, 'scenarios.json').scenarios;
  const figures = sources.figureFiles.flatMap(({ name, content }) =>
    parseOrThrow(SeedFile, content, `figures/${name}`).tables.flatMap(expandSeedTable),
  );
  const boundaries = sources.geo ? assembleBoundaries(sources.geo) : undefined;
  const dataset = parseOrThrow(Dataset, { gemeenten, series, figures, relations, ...(boundaries ? { boundaries } : {}) }, 'seeds/ (samen)');
  return { dataset, builtinScenarios };
}

/** The boundaries from `seeds/geo/`: each file the description names, checked and named in a refusal. */
function assembleBoundaries(geo: NonNullable<SeedSources['geo']>): Boundaries {
  const manifest = parseOrThrow(BoundaryManifest, geo.manifest, 'geo/boundaries.json');
  const layers = manifest.layers.map(({ file, role }) => {
    if (!(file in geo.files)) throw new SeedError(`Het bronbestand geo/boundaries.json noemt geo/${file}, maar dat bestand ontbreekt.`);
    return { role, collection: parseOrThrow(GeoFeatureCollection, geo.files[file], `geo/${file}`) };
  });
  return boundariesFromSeed(manifest, layers);
}
