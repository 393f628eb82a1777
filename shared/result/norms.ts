import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import { WarningSchema } from '../engine/warnings';

/**
 * Issue 10 part 5: the norms monitor, one result part. Per regional norm (a share with its own
 * source figure) and per gemeente and the region: the share in the Woondeal programme, in the
 * scenario and in realisation, each with what kind of figure it is (exact, or only a bound of the
 * governed quantity) and the verdict that kind allows. Shares are fractions (0,5 = 50 %),
 * unrounded; null where the data say nothing or the denominator is 0 (never a division by zero).
 */
const share = z.number().nullable();

/** Where a share comes from: the programme (Woondeal), the scenario, or completions. */
export const NormMeasure = z.enum(['programme', 'scenario', 'realised']);
export type NormMeasure = z.infer<typeof NormMeasure>;
export const NORM_MEASURES = NormMeasure.options;

/**
 * What the share is of the quantity the norm governs: the quantity itself, a lower bound (S+M app
 * counts apartments only), an upper bound (laag en midden holds more than social rent), or neither
 * (a sum of lower and upper bounds).
 */
export const NormBound = z.enum(['exact', 'lowerBound', 'upperBound', 'none']);
export type NormBound = z.infer<typeof NormBound>;

/**
 * `meets`: the figure shows the norm is met; `below` / `above`: it shows an at-least / at-most norm
 * is missed; `unknown`: no figure, or a bound that cannot decide (a lower bound under an at-least
 * norm: indicative only).
 */
export const NormVerdict = z.enum(['meets', 'below', 'above', 'unknown']);
export type NormVerdict = z.infer<typeof NormVerdict>;

/**
 * How the share was found. `data`: numerator / denominator figures; `scenario`: a share the scenario
 * sets (elderly.newBuildShare); `historic`: the scenario leaves the share open (null) and the
 * engine uses the historic S+M app / completions; `pace`: the scenario's affordable pace over its
 * total pace; `projects`: the project register (pipeline pace). `noData`: nothing to read;
 * `notInScenario`: the scenario has no figure for this quantity; `zeroDenominator`: the denominator is 0.
 */
export const NormBasis = z.enum(['data', 'scenario', 'historic', 'pace', 'projects', 'noData', 'notInScenario', 'zeroDenominator']);
export type NormBasis = z.infer<typeof NormBasis>;

export const NormCell = z
  .object({
    share,
    /** The counts behind a share read from figures (homes); null for a share the scenario sets. */
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    bound: NormBound,
    basis: NormBasis,
    verdict: NormVerdict,
  })
  .strict();
export type NormCell = z.infer<typeof NormCell>;

export const NormRow = z
  .object({
    /** CBS code, or 'regio' for the region's row. */
    code: z.union([GemeenteCode, z.literal('regio')]),
    name: z.string(),
    programme: NormCell,
    scenario: NormCell,
    realised: NormCell,
  })
  .strict();
export type NormRow = z.infer<typeof NormRow>;

/** The series a measure reads (numerator / denominator) and their source. */
export const NormMeasureSource = z
  .object({ numerator: z.string(), denominator: z.string(), bound: NormBound, document: z.string(), place: z.string() })
  .strict();
export type NormMeasureSource = z.infer<typeof NormMeasureSource>;

export const Norm = z
  .object({
    /** The relation's id (seeds/relations.json). */
    id: z.string(),
    /** The norm figure: its series, id, labels and value as printed (a percentage: 50, 66,67, 30). */
    series: z.string(),
    figureId: z.string(),
    label: z.string(),
    labelEn: z.string(),
    value: z.number(),
    /** value / 100, the fraction the shares are compared with. */
    share: z.number(),
    comparator: z.enum(['atLeast', 'atMost']),
    periodFrom: z.number().int(),
    periodTo: z.number().int(),
    source: z.object({ document: z.string(), place: z.string(), quote: z.string().optional() }).strict(),
    /** The relation's note (Dutch source text). */
    note: z.string().nullable(),
    /** The figures each data measure reads; null where the data have none for this norm. */
    sources: z.object({ programme: NormMeasureSource.nullable(), realised: NormMeasureSource.nullable() }).strict(),
    /** The assumption path that sets the scenario's share, where one does. */
    scenarioAssumption: z.string().nullable(),
    /** Gemeenten in result order, then the region. */
    rows: z.array(NormRow),
  })
  .strict();
export type Norm = z.infer<typeof Norm>;

export const Norms = z
  .object({
    norms: z.array(Norm),
    warnings: z.array(WarningSchema),
  })
  .strict();
export type Norms = z.infer<typeof Norms>;
