import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../../shared/engine/run';
import type { SectionInput } from '../../shared/export/section';
import type { Locale } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';

/**
 * The seed and the built-in scenarios `ids` run on it, in that order, and a report section's
 * input over them (the first the main one): what the report sections' tests build from.
 */
export function builtinRuns(...ids: string[]) {
  const seed = readSeed();
  const scenarios = ids.map((id) => {
    const s = seed.builtinScenarios.find((x) => x.id === id);
    if (!s) throw new Error(`geen ingebouwd scenario ${id}`);
    return s;
  });
  const results = scenarios.map((s) => runScenario(seed.dataset, s));
  const [main] = results;
  if (!main) throw new Error('geen scenario');
  const input = (locale: Locale = 'nl-NL', reference: string | null = null): SectionInput => ({ scenarios, results, main, dataset: seed.dataset, findings: [], locale, words: texts(locale).report, reference });
  return { seed, scenarios, results, input };
}
