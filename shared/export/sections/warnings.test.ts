import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import { Scenario } from '../../scenario/schema';
import { memoOf, slidesOf, workbookOf } from '../section';
import { warnings } from './warnings';

const seed = readSeed();

function build(params: object, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const scenario = Scenario.parse({ id: 't', name: 'T', params });
  const main = runScenario(seed.dataset, scenario);
  return { main, section: warnings.build({ scenarios: [scenario], results: [main], main, dataset: seed.dataset, findings: [], locale, words: texts(locale).report }) };
}

describe('points to note: every warning of the result in the documents', () => {
  it('a custom pace for Eemnes (no programme) and a new build too small for the need are in the memo and the workbook', () => {
    const { main, section } = build({ programme: { paceMode: 'custom', customPace: { GM0317: 50 } } });
    const memo = memoOf(section!).flatMap((b) => (b.kind === 'facts' ? b.items : []));
    expect(memo).toHaveLength(main.warnings.length);
    expect(memo).toContain('Eemnes: het eigen bouwtempo telt niet mee, want de gemeente heeft geen bouwprogramma.');
    expect(memo.some((m) => m.startsWith('Huizen: de nieuwbouw in dit scenario tot 2030 (175 woningen) is kleiner'))).toBe(true);
    expect(workbookOf(section!).intro?.lines.map((l) => l[1])).toEqual(memo);
  });

  it('the deck names the regional ones and counts the rest, in English too', () => {
    const { main, section } = build({}, 'en-GB');
    const slide = slidesOf(section!)[0]!.blocks.flatMap((b) => (b.kind === 'facts' ? b.items : []));
    const perGemeente = main.warnings.filter((w) => w.gemeente !== undefined).length;
    expect(slide.at(-1)).toBe(`In addition, ${perGemeente} points per municipality (see the memo or the workbook).`);
    expect(slide).toHaveLength(main.warnings.length - perGemeente + 1);
  });
});
