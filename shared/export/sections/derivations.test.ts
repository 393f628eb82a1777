import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runChecks } from '../../checks';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import { Scenario } from '../../scenario/schema';
import { memoOf, slidesOf, workbookOf } from '../section';
import { derivations } from './derivations';

const seed = readSeed();

function build(params: object, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const scenario = Scenario.parse({ id: 't', name: 'T', params });
  const main = runScenario(seed.dataset, scenario);
  return derivations.build({ scenarios: [scenario], results: [main], main, dataset: seed.dataset, findings: runChecks(seed.dataset), locale, words: texts(locale).report });
}

describe('appendix: derivations of the headline figures', () => {
  it('toegankelijk50: the region\'s nultreden shortfall 832 as the sum of the gemeenten\'s own shortfalls', () => {
    const section = build({ elderly: { newBuildShare: { nultreden: 0.5 } } })!;
    const groups = section.blocks.filter((b) => b.kind === 'group');
    const nultreden = groups.find((g) => g.title === 'Regio · tekort nultreden: 832');
    expect(nultreden).toBeDefined();
    const lines = nultreden!.blocks.find((b) => b.kind === 'paragraphs')!.texts;
    expect(lines[1]).toBe('= max(0; 27,5) + max(0; −830,75) + max(0; 286,25) + max(0; 392,5) + max(0; −2,75) + max(0; 125,75)');
    // The worked example: Hilversum (largest programme shortfall) down to its projection.
    expect(groups.map((g) => g.title)).toContain('Hilversum · saldo einde programma (netto): 1.557,5');
  });

  it('memo and workbook, not the deck; English in English', () => {
    const section = build({}, 'en-GB')!;
    expect(slidesOf(section)).toEqual([]);
    expect(memoOf(section).length).toBeGreaterThan(5);
    const sheet = workbookOf(section).sheets[0]!;
    expect(sheet.sheet).toBe('Derivations');
    expect(sheet.rows.find((r) => r[1] === 'shortfall at the end of the programme' && r[0] === 'region')?.[4]).toBe('2,028');
  });
});
