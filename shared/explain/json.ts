import { z } from 'zod';
import { ExprSchema, Ref } from './expr';

/** What `explain --json` prints: the derivation as data (formula evaluable) and as words. */
export const ExplainJson = z
  .object({
    scenarioId: z.string(),
    where: z.string(),
    place: z.string(),
    path: z.string(),
    name: z.string(),
    value: z.number().nullable(),
    valueText: z.string(),
    inWords: z.string(),
    withNumbers: z.string(),
    formula: ExprSchema,
    inputs: z.array(z.object({ value: z.string(), label: z.string(), source: z.string(), ref: Ref.nullable() }).strict()),
    warnings: z.array(z.object({ code: z.string(), message: z.string() }).strict()),
  })
  .strict();
export type ExplainJson = z.infer<typeof ExplainJson>;

/** `explain` without --figure: the figures there are, with their values. */
export const ExplainListJson = z.object({ scenarioId: z.string(), where: z.string(), place: z.string(), figures: z.array(z.object({ path: z.string(), name: z.string(), value: z.number().nullable() }).strict()) }).strict();
