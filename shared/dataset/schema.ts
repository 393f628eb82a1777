import { z } from 'zod';

import { GemeenteCode } from './gemeenteCode';
import { Project } from '../projects/schema';
import { Boundaries } from './boundaries';

export { GemeenteCode };

export const SourceDocument = z.enum(['000', '001', '002', '003', '004', 'analist']);
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Gemeente = z
  .object({
    code: GemeenteCode,
    name: z.string().min(1),
    /** First and last year the municipality belongs to the region (Weesp left in 2022). */
    memberFrom: z.number().int().nullable(),
    memberUntil: z.number().int().nullable(),
    note: z.string().optional(),
  })
  .strict();
export type Gemeente = z.infer<typeof Gemeente>;

/**
 * A series is one variable that the sources give per gemeente and/or for the region,
 * e.g. `bouwprogramma.totaal`. Figures belong to a series; checks and the engine address
 * series, never individual figures, so an imported row is covered like a seed row.
 */
export const Series = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/),
    dataset: z.string().min(1),
    label: z.string().min(1),
    labelEn: z.string().min(1),
    unit: z.string().min(1),
    /** How gemeente rows combine into a regional figure: `sum` makes totals checkable. */
    aggregation: z.enum(['sum', 'none']),
    /** True when every member gemeente is expected to have a row (missing rows are reported). */
    perGemeente: z.boolean(),
    description: z.string().optional(),
    /**
     * Figures of this series are planned changes (e.g. extra places), not the current state: each
     * one's `variant` is its plan status and its period the year(s) the change is planned for.
     */
    planned: z.boolean().optional(),
  })
  .strict();
export type Series = z.infer<typeof Series>;

/** The status of a planned change, as the sources word it (the `variant` of a figure of a planned series). */
export const PlanStatus = z.enum(['voornemen', 'gepland', 'besloten', 'tijdelijk', 'gerealiseerd']);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const Source = z
  .object({
    document: SourceDocument,
    place: z.string().min(1),
    /** The words or cell as printed, where that helps to find it back. */
    quote: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Figure = z
  .object({
    id: z.string().min(1),
    series: z.string().min(1),
    /** null = the figure is for the region as a whole. */
    gemeente: GemeenteCode.nullable(),
    /** null = the source has no value here (e.g. Eemnes in the Woondeal table). */
    value: z.number().nullable(),
    /** Calendar years the figure covers; a stock figure has from = to. */
    periodFrom: z.number().int().min(1990).max(2100),
    periodTo: z.number().int().min(1990).max(2100),
    /** Reference date where the source gives one (ISO yyyy-mm-dd). */
    peildatum: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    /** Upper end where the source gives a range (e.g. 20–25 units a year); value is the lower end. */
    valueHigh: z.number().nullable().optional(),
    /** A sum written out in the cell, e.g. "26 + 54 + 17 + 5 + 19 = 121". */
    expression: z.string().optional(),
    /** Distinguishes two figures of one series, gemeente and period, e.g. a table total and a text figure. */
    variant: z.string().optional(),
    source: Source,
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => f.periodFrom <= f.periodTo, { message: 'Begin van de periode ligt na het einde.' });
export type Figure = z.infer<typeof Figure>;

/** A fixed ratio between two series, and one series part of another. */
const RELATION_BASICS = [
  z
    .object({
      kind: z.literal('ratio'),
      id: z.string().min(1),
      numerator: z.string().min(1),
      denominator: z.string().min(1),
      ratio: z.number().positive(),
      /** Allowed absolute difference (the sources round to whole homes). */
      tolerance: z.number().nonnegative(),
      source: Source,
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('partOf'),
      id: z.string().min(1),
      part: z.string().min(1),
      whole: z.string().min(1),
      source: Source,
      note: z.string().optional(),
    })
    .strict(),
] as const;

const Period = { periodFrom: z.number().int().min(1990).max(2100), periodTo: z.number().int().min(1990).max(2100) };

/**
 * A policy norm (a share in %, held as a figure of the series `norm` with its own source) against
 * the rows it governs: numerator / denominator per gemeente and for the region, in the norm's period.
 * The numerator may be a bound of the governed quantity (S+M app counts apartments only: a lower
 * bound of the zero-step homes built), which decides whether a miss is a contradiction or a note.
 */
const NormRelation = z
  .object({
    kind: z.literal('norm'),
    id: z.string().min(1),
    norm: z.string().min(1),
    numerator: z.string().min(1),
    denominator: z.string().min(1),
    comparator: z.enum(['atLeast', 'atMost']),
    numeratorBound: z.enum(['exact', 'lowerBound', 'upperBound']),
    /** Allowed difference per row in units of the numerator (the sources round to whole homes). */
    tolerance: z.number().nonnegative(),
    source: Source,
    note: z.string().optional(),
  })
  .strict();

/**
 * A claim in running text, transcribed as data: what a sentence says about the figures of one or
 * more series, for the places it names, in a period. `value`: every figure in the period;
 * `change`: the last figure minus the first (periodFrom → periodTo); `ratio`: the last over the first.
 * The bound is `value` (and `valueHigh` for between), or the figure of `referenceSeries` for the
 * region in the same period ("above the national average").
 */
const ClaimRelation = z
  .object({
    kind: z.literal('claim'),
    id: z.string().min(1),
    series: z.array(z.string().min(1)).min(1),
    /** The places the sentence speaks about; null is the region. */
    gemeenten: z.array(GemeenteCode.nullable()).min(1),
    ...Period,
    measure: z.enum(['value', 'change', 'ratio']),
    comparator: z.enum(['lt', 'le', 'gt', 'ge', 'between']),
    value: z.number().optional(),
    valueHigh: z.number().optional(),
    referenceSeries: z.string().min(1).optional(),
    /** The sentence as printed. */
    quote: z.string().min(1),
    source: Source,
    note: z.string().optional(),
  })
  .strict()
  .refine((c) => c.periodFrom <= c.periodTo, { message: 'Begin van de periode ligt na het einde.' })
  .refine((c) => (c.comparator === 'between' ? c.value !== undefined && c.valueHigh !== undefined && c.value <= c.valueHigh : true), {
    message: "'between' vraagt value ≤ valueHigh.",
  })
  .refine((c) => (c.comparator === 'between' ? c.referenceSeries === undefined : (c.referenceSeries === undefined) !== (c.value === undefined)), {
    message: 'Een bewering vergelijkt met value of met referenceSeries, niet met beide of geen van beide.',
  })
  .refine((c) => c.referenceSeries === undefined || c.measure === 'value', { message: 'referenceSeries alleen bij measure value.' })
  .refine((c) => c.measure === 'value' || c.periodFrom < c.periodTo, { message: 'Een verandering vraagt twee verschillende jaren.' });

/** Declared relations between series that the sources state in words (checked, never assumed). */
export const Relation = z.discriminatedUnion('kind', [...RELATION_BASICS, NormRelation, ClaimRelation]);
export type Relation = z.infer<typeof Relation>;

/** The series a relation refers to. */
export function relationSeries(r: Relation): string[] {
  switch (r.kind) {
    case 'ratio':
      return [r.numerator, r.denominator];
    case 'partOf':
      return [r.part, r.whole];
    case 'norm':
      return [r.norm, r.numerator, r.denominator];
    case 'claim':
      return [...r.series, ...(r.referenceSeries ? [r.referenceSeries] : [])];
  }
}


export const Dataset = z
  .object({
    gemeenten: z.array(Gemeente).min(1),
    series: z.array(Series).min(1),
    figures: z.array(Figure),
    relations: z.array(Relation),
    /** The project register (MODEL.md §5.5): data like the figures, read by the pipeline pace mode. */
    projects: z.array(Project).default([]),
    /** Municipal boundaries for the map (one year's division); absent = no map. */
    boundaries: Boundaries.optional(),
  })
  .strict()
  .superRefine((ds, ctx) => {
    const codes = new Set(ds.gemeenten.map((g) => g.code));
    checkBoundaries(ds, ctx);
    const seriesIds = new Set(ds.series.map((s) => s.id));
    const figureIds = new Set<string>();
    ds.figures.forEach((f, i) => {
      if (figureIds.has(f.id)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'id'], message: `Cijfer-id ${f.id} komt twee keer voor.` });
      }
      figureIds.add(f.id);
      if (!seriesIds.has(f.series)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'series'], message: `Onbekende reeks ${f.series} bij cijfer ${f.id}.` });
      }
      if (f.gemeente !== null && !codes.has(f.gemeente)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'gemeente'], message: `Onbekende gemeente ${f.gemeente} bij cijfer ${f.id}.` });
      }
    });
    ds.projects.forEach((p, i) => {
      if (!codes.has(p.gemeente)) ctx.addIssue({ code: 'custom', path: ['projects', i, 'gemeente'], message: `Onbekende gemeente ${p.gemeente} bij project ${p.name}.` });
    });
    const planned = new Set(ds.series.filter((s) => s.planned).map((s) => s.id));
    ds.figures.forEach((f, i) => {
      if (planned.has(f.series) && !PlanStatus.safeParse(f.variant).success) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'variant'],
          message: `Cijfer ${f.id} is een geplande verandering; de variant moet de status zijn (${PlanStatus.options.join(', ')}).`,
        });
      }
    });
    ds.relations.forEach((r, i) => {
      // A claim naming a gemeente the dataset lacks is not refused: the check reports it as not checkable there.
      for (const ref of relationSeries(r)) {
        if (!seriesIds.has(ref)) {
          ctx.addIssue({ code: 'custom', path: ['relations', i], message: `Relatie ${r.id} verwijst naar onbekende reeks ${ref}.` });
        }
      }
    });
  });
export type Dataset = z.infer<typeof Dataset>;

/**
 * The map's members are the region's gemeenten: a member boundary for a code the dataset lacks
 * is refused. A current member without a boundary (a gemeente an import adds) is not: the map
 * names it under the drawing as not on the map, and everything else works as before.
 */
function checkBoundaries(ds: { gemeenten: Gemeente[]; boundaries?: Boundaries | undefined }, ctx: z.RefinementCtx): void {
  if (!ds.boundaries) return;
  const codes = new Set(ds.gemeenten.map((g) => g.code));
  ds.boundaries.features.forEach((f, i) => {
    if (f.role !== 'member') return;
    if (!codes.has(f.code)) ctx.addIssue({ code: 'custom', path: ['boundaries', 'features', i, 'code'], message: `Grens van ${f.name} (${f.code}): geen gemeente van de regio.` });
  });
}
