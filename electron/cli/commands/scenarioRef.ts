import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../shared/dataset/schema';
import { EngineDataError } from '../../../shared/engine/inputs';
import { runScenario } from '../../../shared/engine/run';
import { Result } from '../../../shared/result/schema';
import type { Scenario } from '../../../shared/scenario/schema';
import { CliError } from '../io';
import type { Store } from '../../store/port';
import type { CliContext } from '../context';
import { readScenarioFile } from './scenarioFile';
import { requireScenario } from './scenarios';

function looksLikeFile(ctx: CliContext, ref: string): boolean {
  return ref.toLowerCase().endsWith('.json') || existsSync(resolve(ctx.io.cwd, ref));
}

/**
 * `--scenario ID|NAAM|BESTAND.json`: a stored scenario by id or name, or a scenario file. A file is
 * read (and refused) before the database is opened.
 */
export function scenarioFromRef(ctx: CliContext, ref: string): (store: Store) => Promise<Scenario> {
  if (!looksLikeFile(ctx, ref)) return (store) => requireScenario(store, ref);
  const file = readScenarioFile(resolve(ctx.io.cwd, ref));
  const scenario: Scenario = { id: file.scenario.id ?? 'bestand', name: file.scenario.name, description: file.scenario.description, params: file.scenario.params };
  return () => Promise.resolve(scenario);
}

/** The scenario's result, checked against the result schema at the boundary; a dataset the method cannot use is a refusal (exit 1). */
export function checkedResult(ds: Dataset, scenario: Scenario): Result {
  try {
    return Result.parse(runScenario(ds, scenario));
  } catch (error) {
    if (error instanceof EngineDataError) throw new CliError(error.message, 1);
    throw error;
  }
}
