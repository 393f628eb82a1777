import { z } from 'zod';
import { Ledger } from './ledger';
import { Norms } from './norms';
import { UncertaintyBlock } from './uncertainty';
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

/**
 * Which rule set a gemeente's scenario pace: the scenario's pace mode, except that in pipeline
 * mode a gemeente without projects in the register falls back to its custom pace or its trend.
 */
export const PaceSource = z.enum(['trend', 'programme', 'custom', 'pipeline']);
export type PaceSource = z.infer<typeof PaceSource>;

/**
 * Shortfall and surplus are never netted (issue 9): for one gemeente, shortfall = max(0, gap) and
 * surplus = max(0, −gap); for the region (and a gemeente's elderly total) each is the sum of the
 * parts' shortfalls and surpluses, so one gemeente's surplus never fills another's shortfall on
 * paper. `gap` stays as the *net* figure (need or target minus supply), labelled as net wherever
 * it is shown.
 */
const shortfallAndSurplus = { shortfall: num.nonnegative(), surplus: num.nonnegative() };

export const ProgrammeBlock = z
  .object({
    target: num,
    realised: num,
    baseYear: z.number().int(),
    currentPace: num,
    /** Region: the sum of the gemeenten's paces; its source is then the scenario's mode. */
    paceSource: PaceSource,
    scenarioPace: num,
    projected2030: num,
    /** Net: target − projected2030 (positive = behind). */
    gap2030: num,
    /** Homes still to build by the programme's end: max(0, gap) per gemeente, their sum for the region. */
    shortfall2030: num.nonnegative(),
    /** Homes built beyond the target: max(0, −gap) per gemeente, their sum for the region. */
    surplus2030: num.nonnegative(),
    requiredPace: num,
    /** First year the projection reaches the target; for the region, the year the last gemeente does (null if one never does by 2040). */
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
    shortfall2030: num.nonnegative(),
    surplus2030: num.nonnegative(),
    requiredPace: num,
  })
  .strict();
export type AffordableBlock = z.infer<typeof AffordableBlock>;

/** One type of elderly housing (or the total): `gap` = need − supply is net; see shortfallAndSurplus. */
export const TypeBlock = z.object({ need: num, supply: num, gap: num, ...shortfallAndSurplus }).strict();
export type TypeBlock = z.infer<typeof TypeBlock>;

export const ElderlyBlock = z
  .object({
    nultreden: TypeBlock,
    geclusterd: TypeBlock,
    zorggeschikt: TypeBlock,
    total: TypeBlock,
    /** The scenario's new build from baseYear to the need year (homes). */
    newBuild: num.nonnegative(),
    /** What new build must still supply: Σ over the types of max(0, need − supply from the existing stock and projects). */
    newBuildNeed: num.nonnegative(),
    /** newBuildNeed / newBuild, capped at 1; null when the scenario builds nothing. */
    requiredShare: num.min(0).max(1).nullable(),
    /** The scenario's new build is smaller than what it must supply: even all of it suitable leaves a shortfall. */
    requiredShareAbove100: z.boolean(),
  })
  .strict();
export type ElderlyBlock = z.infer<typeof ElderlyBlock>;

/**
 * Realised placements against the task (MODEL §5.3), over the years with placement data only:
 * a year without data is unknown, not 0, so its task is not counted either. Region: the sums
 * over the gemeenten with data, shortfall and surplus each summed (never netted), `from`–`to`
 * the widest span.
 */
export const PlacementsBalance = z
  .object({
    /** First and last year with placement data. */
    from: z.number().int(),
    to: z.number().int(),
    /** Households placed, summed over the years with data. */
    placedCumulative: num.nonnegative(),
    /** Σ D(y) × weight over the same years. */
    taskToDate: num,
    /** Net: placedCumulative − taskToDate (positive = more placed than the task). */
    balance: num,
    /** Households still to place: max(0, −balance) per gemeente, their sum for the region. */
    shortfall: num.nonnegative(),
    /** Households placed beyond the task: max(0, balance) per gemeente, their sum for the region. */
    surplus: num.nonnegative(),
  })
  .strict();
export type PlacementsBalance = z.infer<typeof PlacementsBalance>;

export const AandachtsgroepenBlock = z
  .object({
    weight: num,
    taskPerYear: num,
    taskCumulative: num,
    /** Null when there are no placement figures (never 0: nothing is known). */
    placements: PlacementsBalance.nullable(),
  })
  .strict();
export type AandachtsgroepenBlock = z.infer<typeof AandachtsgroepenBlock>;

/** The region's block, plus what its yearly task takes of the social-rent homes that come free. */
export const RegionAandachtsgroepenBlock = AandachtsgroepenBlock.extend({
  /** Null when the dataset has no figure for the homes that come free. */
  vacancies: z
    .object({
      /** Social-rent homes that come free per year in the region (dataset figure). */
      perYear: num.positive(),
      /** taskPerYear / perYear. */
      taskShare: num.nonnegative(),
    })
    .strict()
    .nullable(),
}).strict();
export type RegionAandachtsgroepenBlock = z.infer<typeof RegionAandachtsgroepenBlock>;

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
    aandachtsgroepen: RegionAandachtsgroepenBlock,
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
    /** MODEL.md §5.4: the solidarity ledger of the facilities, now and after the scenario's placements. */
    ledger: Ledger,
    /** The region's own norms (⅔ affordable, 50 % zero-step, 30 % social rent) per gemeente against programme, scenario and realisation. */
    norms: Norms,
    /**
     * MODEL.md §5.6: P10 / P50 / P90 under the scenario's ranges. Only where it was asked for and
     * the scenario has ranges (`run --json`, the exports); the engine's own run leaves it out, as
     * the app computes it off the UI thread.
     */
    uncertainty: UncertaintyBlock.optional(),
  })
  .strict();
export type Result = z.infer<typeof Result>;
