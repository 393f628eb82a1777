import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';

/**
 * The placement advisor's answer (issue 10, MODEL §5.4): for a new facility of one type and size,
 * each gemeente as its host, ranked by how far the ledger would then be from fair shares. The
 * measure is stated with the answer: the sum over the gemeenten of |surplus per 10 000 inhabitants|
 * for that type, after the scenario's own placements and the new one. It advises; it decides nothing.
 */
export const ADVICE_MEASURE = 'sumAbsSurplusPer10k';

export const AdviceOption = z
  .object({
    code: GemeenteCode,
    name: z.string(),
    /** 1 is closest to fair shares; equal measures share a rank. */
    rank: z.number().int().min(1),
    measure: z.number(),
    /** The measure with the new facility minus without it: below 0 brings the region closer to fair shares. */
    change: z.number(),
    /** The host's own figures after the placement. */
    actualAfter: z.number(),
    fairAfter: z.number(),
    surplusAfterPer10k: z.number().nullable(),
  })
  .strict();
export type AdviceOption = z.infer<typeof AdviceOption>;

export const Advice = z
  .object({
    type: z.string(),
    label: z.string(),
    labelEn: z.string(),
    unit: z.string(),
    units: z.number().int().min(1),
    key: z.enum(['population', 'equal', 'socialRent', 'custom']),
    measure: z.literal(ADVICE_MEASURE),
    /** The measure without the new facility (with the scenario's own placements). */
    before: z.number(),
    options: z.array(AdviceOption),
    /** Gemeenten left out of the sum because their inhabitants are unknown. */
    withoutInhabitants: z.array(GemeenteCode),
  })
  .strict();
export type Advice = z.infer<typeof Advice>;
