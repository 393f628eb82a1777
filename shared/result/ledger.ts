import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import { WarningSchema } from '../engine/warnings';

/**
 * MODEL.md §5.4: the solidarity ledger, one result part. Per facility type (a `voorzieningen.*`
 * series that counts places, units or homes) and per gemeente: what it hosts now, its fair share of
 * the region's total under the scenario's key, the difference, and each per 10 000 inhabitants
 * (null where the inhabitants are unknown, never a division by zero). Beside "now" stands "after":
 * the same after the scenario's planned placements. Plus all types together, each unit weighted
 * by its type's weight. Unrounded.
 */
const num = z.number();
const per10k = num.nullable();

export const LedgerRow = z
  .object({
    code: GemeenteCode,
    name: z.string(),
    /** Places, units or homes now (the latest measurement); 0 where the table gives 0. */
    actual: num,
    /** This gemeente's weight under the key (normalised; the inputs that drive it are in `inhabitants`). */
    weight: num,
    fair: num,
    /** actual − fair: above 0 carries more than its share, below 0 less. */
    surplus: num,
    inhabitants: num.nullable(),
    actualPer10k: per10k,
    fairPer10k: per10k,
    surplusPer10k: per10k,
    /** The earlier measurement where the sources give one (e.g. 003, 2019), for comparison. */
    earlier: z.object({ year: z.number().int(), actual: num }).strict().nullable(),
    /** Net units the scenario's counted placements add here (negative: they leave). */
    placed: num,
    actualAfter: num,
    fairAfter: num,
    surplusAfter: num,
    actualAfterPer10k: per10k,
    surplusAfterPer10k: per10k,
  })
  .strict();
export type LedgerRow = z.infer<typeof LedgerRow>;

/** The type id of all types together, weighted. */
export const ALL_TYPES = 'alle';

export const LedgerType = z
  .object({
    /** The series id without `voorzieningen.` (keerpuntUnits), or `alle` for all types together. */
    type: z.string(),
    /** The dataset series, or null for all types together. */
    series: z.string().nullable(),
    label: z.string(),
    labelEn: z.string(),
    unit: z.string(),
    /** Year of the current measurement (the latest of the types, for all together). */
    year: z.number().int(),
    /** What one unit of this type weighs when all types are added together (an assumption, default 1). */
    typeWeight: num,
    total: num,
    placed: num,
    totalAfter: num,
    rows: z.array(LedgerRow),
  })
  .strict();
export type LedgerType = z.infer<typeof LedgerType>;

/** Whether a placement of the scenario counts in the ledger, and why not. */
export const LedgerPlacement = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The facility type it places (as in the scenario, known to the data or not). */
    type: z.string(),
    counted: z.boolean(),
    reason: z.enum(['inactive', 'unknownType', 'unknownGemeente', 'afterHorizon']).nullable(),
    /** What it changed, per gemeente (signed units of its type); a removal takes at most what is there. */
    effects: z.array(z.object({ code: GemeenteCode, units: num }).strict()),
  })
  .strict();
export type LedgerPlacement = z.infer<typeof LedgerPlacement>;

export const Ledger = z
  .object({
    key: z.enum(['population', 'equal', 'socialRent', 'custom']),
    types: z.array(LedgerType),
    /** All types together, each unit weighted by its type's weight; null when the data has no type. */
    combined: LedgerType.nullable(),
    placements: z.array(LedgerPlacement),
    warnings: z.array(WarningSchema),
  })
  .strict();
export type Ledger = z.infer<typeof Ledger>;
