import { describe, expect, it } from 'vitest';
import { readSeed, readSeedSources } from '../../electron/seeds/readSeeds';
import { assembleSeed, SeedError, type SeedSources } from './assemble';
import { Dataset } from './schema';

/** The municipal boundaries in the seed (seeds/geo/): loaded as data with a peildatum, checked like every figure. */

const MEMBERS = ['GM0317', 'GM0376', 'GM0402', 'GM0406', 'GM0417', 'GM1696', 'GM1942'];
const NEIGHBOURS = ['GM0034', 'GM0308', 'GM0310', 'GM0313', 'GM0363', 'GM0384', 'GM1904'];

/** The seed sources with one GeoJSON file changed. */
function withGeoFile(file: string, change: (collection: { features: { properties: { code: string }; geometry: { coordinates: unknown } }[] }) => void): SeedSources {
  const sources = readSeedSources();
  const copy = structuredClone(sources.geo!.files[file]) as Parameters<typeof change>[0];
  change(copy);
  return { ...sources, geo: { ...sources.geo!, files: { ...sources.geo!.files, [file]: copy } } };
}

function refusal(sources: SeedSources): string {
  try {
    assembleSeed(sources);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return (e as Error).message;
  }
  throw new Error('niet geweigerd');
}

describe('boundaries in the seed', () => {
  const boundaries = readSeed().dataset.boundaries!;

  it('has the seven gemeenten by their CBS codes as members and seven neighbours, with provenance', () => {
    expect(boundaries.features.filter((f) => f.role === 'member').map((f) => f.code).sort()).toEqual(MEMBERS);
    expect(boundaries.features.filter((f) => f.role === 'neighbour').map((f) => f.code).sort()).toEqual(NEIGHBOURS);
    expect(boundaries).toMatchObject({ peildatum: '2024-01-01', licence: expect.stringContaining('CC BY 4.0') as unknown, credit: 'Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024' });
    // Amsterdam with Weesp is a MultiPolygon: two polygons.
    expect(boundaries.features.find((f) => f.code === 'GM0363')?.polygons).toHaveLength(2);
  });

  it('refuses an open ring, in Dutch, naming the file', () => {
    const message = refusal(
      withGeoFile('gooi-en-vechtstreek-2024.geojson', (c) => {
        (c.features[3]!.geometry.coordinates as number[][][])[0]!.pop();
      }),
    );
    expect(message).toContain('geo/gooi-en-vechtstreek-2024.geojson');
    expect(message).toContain('de ring is niet gesloten');
  });

  it('refuses a malformed code and a member that is not a gemeente of the region', () => {
    expect(refusal(withGeoFile('neighbours-2024.geojson', (c) => (c.features[0]!.properties.code = 'GM34')))).toContain('Gemeentecode moet de CBS-vorm');
    const unknown = refusal(withGeoFile('gooi-en-vechtstreek-2024.geojson', (c) => (c.features[0]!.properties.code = 'GM9999')));
    expect(unknown).toContain('Grens van Blaricum (GM9999): geen gemeente van de regio.');
  });

  it('refuses a file in another projection (RD metres are no WGS84 degrees)', () => {
    const message = refusal(
      withGeoFile('neighbours-2024.geojson', (c) => {
        (c.features[0]!.geometry.coordinates as number[][][])[0]![1] = [140000, 470000];
      }),
    );
    expect(message).toContain('lengtegraad buiten −180…180');
  });

  it('a layer the description names must exist', () => {
    const sources = readSeedSources();
    const files = { ...sources.geo!.files };
    delete files['neighbours-2024.geojson'];
    expect(refusal({ ...sources, geo: { ...sources.geo!, files } })).toContain('geo/neighbours-2024.geojson, maar dat bestand ontbreekt');
  });

  it('is optional: a dataset without boundaries is valid (no map)', () => {
    const dataset = { ...readSeed().dataset };
    delete dataset.boundaries;
    expect(Dataset.safeParse(dataset).success).toBe(true);
  });
});
