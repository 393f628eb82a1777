import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import type { Locale } from '../../format/nl';
import type { Scenario } from '../../scenario/schema';
import { colophon } from './colophon';
import { describe as describeScenario } from './comparison';

const seed = readSeed();
const builtIn = (id: string): Scenario => seed.builtinScenarios.find((s) => s.id === id)!;

/** The colophon's list of scenarios, one line each. */
function scenarioLines(scenarios: Scenario[], locale: Locale = 'nl-NL'): string[] {
  const results = scenarios.map((s) => runScenario(seed.dataset, s));
  const section = colophon.build({ scenarios, results, main: results[0]!, dataset: seed.dataset, findings: [], locale, words: texts(locale).report })!;
  const group = section.blocks.find((b) => b.kind === 'group' && b.title === texts(locale).report.colophon.scenariosTitle);
  return group?.kind === 'group' ? group.blocks.flatMap((b) => (b.kind === 'facts' ? b.items : [])) : [];
}

describe('the colophon’s scenarios', () => {
  it('a scenario with only ranges and an open choice is no all-default one: its ranges in the comparison’s words', () => {
    const [line] = scenarioLines([builtIn('bandbreedte')]);
    expect(line).toBe("'Basis met bandbreedtes' wijkt af van de standaard: bandbreedtes of open keuzes voor 5 aannames.");
    expect(line).toContain(describeScenario(builtIn('bandbreedte'), seed.dataset, 'nl-NL'));
    expect(scenarioLines([builtIn('bandbreedte')], 'en-GB')[0]).toBe("'Basis met bandbreedtes' differs from the defaults: ranges or open choices for 5 assumptions.");
  });

  it('an all-default scenario says so; a changed assumption keeps its value and default', () => {
    expect(scenarioLines([builtIn('basis')])).toEqual(["'Basis: trend 2022–2023': alle aannames op hun standaardwaarde."]);
    const lines = scenarioLines([builtIn('basis'), builtIn('toegankelijk50')]);
    expect(lines.at(-1)).toContain('wijkt af van de standaard: aandeel nieuwbouw nultreden 50,0 %');
  });
});
