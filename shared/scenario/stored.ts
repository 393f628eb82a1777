import { z } from 'zod';
import { Scenario } from './schema';

/** A scenario as the store keeps it: the current version plus its bookkeeping. */
export const StoredScenario = Scenario.extend({
  builtin: z.boolean(),
  version: z.number().int().min(1),
  createdAt: z.string(),
  savedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type StoredScenario = z.infer<typeof StoredScenario>;

export const ScenarioVersion = z
  .object({
    version: z.number().int().min(1),
    name: z.string(),
    savedAt: z.string(),
  })
  .strict();
export type ScenarioVersion = z.infer<typeof ScenarioVersion>;
