import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import { WarningSchema, type Warning as EngineWarning } from '../engine/warnings';

/** MODEL.md §6: one result object for the UI, exports and command line. Unrounded numbers. */

const num = z.number();

/** A caveat to the result, coded (shared/engine/warnings.ts); the catalogue words it. */
export const Warning = WarningSchema;
export type Warning = EngineWarning;

export const PathPoint = z
  .object({
    year: z.number().int(),
    /** Programme target path: target × (y − start + 1) / years, flat after the end. */
    target: num,
    /** Cumulative realised homes (up to baseYear), null after. */
    realised: num.nullable(),
    /** True where the cumulative realised figure comes from splitting a multi-year total evenly. */
    realisedEstimated: z.boolean(),
    /** Cumulative projection (from baseYear on), null before. */
    projected: num.nullable(),
  })
  .strict();
export type PathPoint = z.infer<typeof PathPoint>;

export const ProgrammeBlock = z
  .object({
    target: num,
    realised: num,
    baseYear: z.number().int(),
    currentPace: num,
    scenarioPace: num,
    projected2030: num,
    gap2030: num,
    requiredPace: num,
    catchUpYear: z.number().int().nullable(),
    path: z.array(PathPoint),
  })
  .strict();
export type ProgrammeBlock = z.infer<typeof ProgrammeBlock>;

export const AffordableBlock = z
  .object({
    target: num,
    /** S+M app: apartments only, so a lower bound of affordable realisation. */
    realised: num,
    realisedIsLowerBound: z.literal(true),
    scenarioPace: num,
    projected2030: num,
    gap2030: num,
    requiredPace: num,
  })
  .strict();
export type AffordableBlock = z.infer<typeof AffordableBlock>;

export const TypeBlock = z.object({ need: num, supply: num, gap: num }).strict();
export type TypeBlock = z.infer<typeof TypeBlock>;

export const ElderlyBlock = z
  .object({
    nultreden: TypeBlock,
    geclusterd: TypeBlock,
    zorggeschikt: TypeBlock,
    total: TypeBlock,
    /** Share of the remaining programme that would have to be elderly-suitable; null when nothing remains to build. */
    requiredShare: num.nullable(),
    requiredShareAbove100: z.boolean(),
  })
  .strict();
export type ElderlyBlock = z.infer<typeof ElderlyBlock>;

export const AandachtsgroepenBlock = z
  .object({
    weight: num,
    taskPerYear: num,
    taskCumulative: num,
  })
  .strict();
export type AandachtsgroepenBlock = z.infer<typeof AandachtsgroepenBlock>;

export const GemeenteResult = z
  .object({
    code: GemeenteCode,
    name: z.string(),
    programme: ProgrammeBlock.nullable(),
    affordable: AffordableBlock.nullable(),
    elderly: ElderlyBlock.nullable(),
    aandachtsgroepen: AandachtsgroepenBlock,
  })
  .strict();
export type GemeenteResult = z.infer<typeof GemeenteResult>;

export const RegionResult = z
  .object({
    programme: ProgrammeBlock.nullable(),
    affordable: AffordableBlock.nullable(),
    elderly: ElderlyBlock.nullable(),
    aandachtsgroepen: AandachtsgroepenBlock,
    /** Which gemeenten each block sums over (Eemnes has no programme). */
    coverage: z.object({ programme: z.array(GemeenteCode), elderly: z.array(GemeenteCode), aandachtsgroepen: z.array(GemeenteCode) }).strict(),
  })
  .strict();
export type RegionResult = z.infer<typeof RegionResult>;

export const Result = z
  .object({
    scenarioId: z.string(),
    scenarioName: z.string(),
    horizon: z.number().int(),
    baseYear: z.number().int(),
    programmeStart: z.number().int(),
    programmeEnd: z.number().int(),
    /** Demand D(y) for aandachtsgroepen per year, region. */
    aandachtsgroepenDemand: z.array(z.object({ year: z.number().int(), homes: num }).strict()),
    warnings: z.array(WarningSchema),
    gemeenten: z.array(GemeenteResult),
    region: RegionResult,
  })
  .strict();
export type Result = z.infer<typeof Result>;
