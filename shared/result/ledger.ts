import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import { WarningSchema } from '../engine/warnings';

/**
 * MODEL.md §5.4: the solidarity ledger, one result part. Per facility type (a `voorzieningen.*`
 * series that counts places, units or homes) and per gemeente: what it hosts now, its fair share of
 * the region's total under the scenario's key, the difference, and each per 10 000 inhabitants
 * (null where the inhabitants are unknown, never a division by zero). Unrounded.
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
  })
  .strict();
export type LedgerRow = z.infer<typeof LedgerRow>;

export const LedgerType = z
  .object({
    series: z.string(),
    label: z.string(),
    labelEn: z.string(),
    unit: z.string(),
    /** Year of the current measurement. */
    year: z.number().int(),
    total: num,
    rows: z.array(LedgerRow),
  })
  .strict();
export type LedgerType = z.infer<typeof LedgerType>;

export const Ledger = z
  .object({
    key: z.enum(['population', 'equal', 'socialRent', 'custom']),
    types: z.array(LedgerType),
    warnings: z.array(WarningSchema),
  })
  .strict();
export type Ledger = z.infer<typeof Ledger>;
