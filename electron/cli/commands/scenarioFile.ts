import { readFileSync, statSync } from 'node:fs';
import { ScenarioFile, type Scenario } from '../../../shared/scenario/schema';
import { dutchIssues } from '../../../shared/validation/dutchIssues';
import { CliError } from '../io';

const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/** Reads and validates a scenario file; every problem becomes a Dutch message naming the file. */
export function readScenarioFile(path: string): ScenarioFile {
  let text: string;
  try {
    if (statSync(path).size > MAX_SCENARIO_FILE_BYTES) {
      throw new CliError(`Het scenariobestand ${path} is te groot (meer dan 1 MB); dit is geen scenariobestand.`);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Het scenariobestand ${path} kan niet worden gelezen: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'het bestaat niet' : (error as Error).message}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`Het scenariobestand ${path} is geen geldige JSON: ${(error as Error).message}.`);
  }
  const parsed = ScenarioFile.safeParse(json);
  if (!parsed.success) {
    throw new CliError(`Het scenariobestand ${path} is ongeldig:\n  ${dutchIssues(parsed.error).join('\n  ')}`);
  }
  return parsed.data;
}

export function toScenarioFile(s: Pick<Scenario, 'id' | 'name' | 'description' | 'params'>): ScenarioFile {
  return { format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { id: s.id, name: s.name, description: s.description, params: s.params } };
}
