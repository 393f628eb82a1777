import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../../../shared/scenario/schema';
import type { Store } from '../../store/port';
import type { CliContext } from '../context';
import { readScenarioFile } from './scenarioFile';
import { requireScenario } from './scenarios';

function looksLikeFile(ctx: CliContext, ref: string): boolean {
  return ref.toLowerCase().endsWith('.json') || existsSync(resolve(ctx.io.cwd, ref));
}

/** `--scenario ID|NAAM|BESTAND.json`: a stored scenario by id or name, or a scenario file. */
export async function scenarioFromRef(ctx: CliContext, store: Store, ref: string): Promise<Scenario> {
  if (!looksLikeFile(ctx, ref)) return requireScenario(store, ref);
  const file = readScenarioFile(resolve(ctx.io.cwd, ref));
  return { id: file.scenario.id ?? 'bestand', name: file.scenario.name, description: file.scenario.description, params: file.scenario.params };
}
