import { z } from 'zod';
import { BoundaryRole, Polygon, type Boundaries, type BoundaryFeature } from './boundaries';
import { GemeenteCode } from './gemeenteCode';

/**
 * The boundaries as they sit in `seeds/geo/`: GeoJSON files exactly as published (so a newer
 * division is a copy, not an edit) and a description of them (`boundaries.json`) that gives the
 * provenance and which file holds the region's members and which the neighbours.
 */
export const BoundaryManifest = z
  .object({
    title: z.string().min(1),
    peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'peildatum als jjjj-mm-dd' }),
    source: z.string().min(1),
    licence: z.string().min(1),
    credit: z.string().min(1),
    note: z.string().optional(),
    layers: z.array(z.object({ file: z.string().regex(/^[\w.-]+\.geojson$/, { message: 'een .geojson-bestand in seeds/geo' }), role: BoundaryRole }).strict()).min(1),
  })
  .strict();
export type BoundaryManifest = z.infer<typeof BoundaryManifest>;

const Geometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: Polygon }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(Polygon).min(1) }),
  ],
  { message: 'geometrie moet een Polygon of MultiPolygon zijn' },
);

/** A GeoJSON FeatureCollection (RFC 7946) whose features carry the CBS code and name. Other members (bbox, crs) are ignored. */
export const GeoFeatureCollection = z.object({
  type: z.literal('FeatureCollection', { message: "type moet 'FeatureCollection' zijn" }),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ code: GemeenteCode, name: z.string().min(1, { message: 'naam ontbreekt' }) }),
        geometry: Geometry,
      }),
    )
    .min(1, { message: 'het bestand heeft geen gemeenten' }),
});
export type GeoFeatureCollection = z.infer<typeof GeoFeatureCollection>;

/** The dataset's boundaries from the description and its parsed layers (checked again as part of the dataset). */
export function boundariesFromSeed(manifest: BoundaryManifest, layers: readonly { role: BoundaryManifest['layers'][number]['role']; collection: GeoFeatureCollection }[]): Boundaries {
  const features: BoundaryFeature[] = layers.flatMap(({ role, collection }) =>
    collection.features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      role,
      polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    })),
  );
  const { title, peildatum, source, licence, credit, note } = manifest;
  return { title, peildatum, source, licence, credit, ...(note !== undefined ? { note } : {}), features };
}
