import { z } from 'zod';
import { Scenario, ScenarioParamsFields } from './schema';

/**
 * A scenario as the store keeps it: the current version plus its bookkeeping. Its parameters are
 * checked field by field only: one saved before a rule spanning several fields was added (shares
 * of new build over 100 %) still opens, instead of making the list of scenarios unreadable.
 */
export const StoredScenario = Scenario.extend({
  params: ScenarioParamsFields,
  builtin: z.boolean(),
  version: z.number().int().min(1),
  createdAt: z.string(),
  savedAt: z.string(),
  deletedAt: z.string().nullable(),
  /**
   * Set when the stored settings no longer parse (the file was changed outside the app, or
   * damaged): the Dutch message naming the settings, which show their defaults. Such a scenario
   * opens read-only; a save is refused, restoring an earlier version or copying is the way on.
   */
  damaged: z.string().optional(),
});
export type StoredScenario = z.infer<typeof StoredScenario>;

/**
 * One saved version with what it held, so the history can say what changed from the one before
 * (shared/history/scenarioDiff.ts). Settings that no longer parse show their defaults, as for the
 * current version; `damaged` says so.
 */
export const ScenarioVersion = z
  .object({
    version: z.number().int().min(1),
    name: z.string(),
    savedAt: z.string(),
    description: z.string(),
    params: ScenarioParamsFields,
    damaged: z.boolean().optional(),
  })
  .strict();
export type ScenarioVersion = z.infer<typeof ScenarioVersion>;
