import { z } from 'zod';
import { GemeenteCode } from './gemeenteCode';

/**
 * Municipal boundaries as data with a peildatum (MODEL.md: a figure always says where and when it
 * comes from): one year's division, with its source, licence and the credit line that must be
 * shown wherever a map drawn from it is shown. A later division replaces it without a code change.
 */

/** WGS84 [longitude, latitude]: the ranges refuse a file in another projection (RD metres). */
const Position = z.tuple([
  z.number({ message: 'lengtegraad moet een getal zijn' }).min(-180, { message: 'lengtegraad buiten −180…180 (geen WGS84?)' }).max(180, { message: 'lengtegraad buiten −180…180 (geen WGS84?)' }),
  z.number({ message: 'breedtegraad moet een getal zijn' }).min(-90, { message: 'breedtegraad buiten −90…90 (geen WGS84?)' }).max(90, { message: 'breedtegraad buiten −90…90 (geen WGS84?)' }),
], { message: 'een punt is een paar [lengtegraad, breedtegraad]' });
export type Position = z.infer<typeof Position>;

/** A closed ring (RFC 7946): at least four points, the last equal to the first. */
export const Ring = z
  .array(Position)
  .min(4, { message: 'een ring heeft minstens vier punten (de eerste herhaald aan het eind)' })
  .refine((ring) => ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1], {
    message: 'de ring is niet gesloten: het laatste punt moet gelijk zijn aan het eerste',
  });
export type Ring = z.infer<typeof Ring>;

/** One polygon: its exterior ring, then any holes. */
export const Polygon = z.array(Ring).min(1, { message: 'een vlak heeft minstens één ring' });
export type Polygon = z.infer<typeof Polygon>;

/** A member of the region is coloured by its figure; a neighbour is context, drawn in grey. */
export const BoundaryRole = z.enum(['member', 'neighbour'], { message: "rol moet 'member' of 'neighbour' zijn" });
export type BoundaryRole = z.infer<typeof BoundaryRole>;

export const BoundaryFeature = z
  .object({
    code: GemeenteCode,
    /** The name as the source writes it (CBS: "Laren (NH.)"); a map labels members with the dataset's name. */
    name: z.string().min(1, { message: 'naam ontbreekt' }),
    role: BoundaryRole,
    /** A Polygon is one entry, a MultiPolygon (Amsterdam with Weesp) several. */
    polygons: z.array(Polygon).min(1, { message: 'een gemeente heeft minstens één vlak' }),
  })
  .strict();
export type BoundaryFeature = z.infer<typeof BoundaryFeature>;

export const Boundaries = z
  .object({
    title: z.string().min(1),
    /** The day the division holds (CBS: 1 January of its year). */
    peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'peildatum als jjjj-mm-dd' }),
    source: z.string().min(1),
    licence: z.string().min(1),
    /** Shown under every map drawn from these boundaries (licence condition, CC BY 4.0). */
    credit: z.string().min(1),
    note: z.string().optional(),
    features: z.array(BoundaryFeature).min(1),
  })
  .strict()
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.features.forEach((f, i) => {
      if (seen.has(f.code)) ctx.addIssue({ code: 'custom', path: ['features', i, 'code'], message: `gemeentecode ${f.code} komt twee keer voor` });
      seen.add(f.code);
    });
    if (!b.features.some((f) => f.role === 'member')) ctx.addIssue({ code: 'custom', path: ['features'], message: 'geen enkele gemeente van de regio (rol member)' });
  });
export type Boundaries = z.infer<typeof Boundaries>;
