import type { Dataset } from '../../../shared/dataset/schema';
import { runScenario } from '../../../shared/engine/run';
import type { Result } from '../../../shared/result/schema';
import type { Scenario } from '../../../shared/scenario/schema';

/**
 * Results by dataset and parameters: every component that shows the open scenario's result, and
 * Vergelijken for the others, shares one calculation per (dataset, parameters, name). Both are
 * immutable objects, so a new dataset (an edit, an import) or a keystroke is a new key; old keys
 * are dropped with their objects.
 */
const cache = new WeakMap<Dataset, WeakMap<Scenario['params'], Map<string, Result>>>();

export function resultFor(dataset: Dataset, scenario: Scenario): Result {
  let byParams = cache.get(dataset);
  if (!byParams) cache.set(dataset, (byParams = new WeakMap<Scenario['params'], Map<string, Result>>()));
  let byName = byParams.get(scenario.params);
  if (!byName) byParams.set(scenario.params, (byName = new Map<string, Result>()));
  const key = `${scenario.id}\u0000${scenario.name}\u0000${scenario.description}`;
  let result = byName.get(key);
  if (!result) byName.set(key, (result = runScenario(dataset, scenario)));
  return result;
}
