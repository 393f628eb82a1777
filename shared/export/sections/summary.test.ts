import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import { summary, keyFindings, keyMessages } from './summary';

const seed = readSeed();
const results = ['basis', 'programma'].map((id) => runScenario(seed.dataset, seed.builtinScenarios.find((s) => s.id === id)!));
const scenarios = ['basis', 'programma'].map((id) => seed.builtinScenarios.find((s) => s.id === id)!);
const input = { scenarios, results, main: results[0]!, dataset: seed.dataset, findings: [], locale: 'nl-NL' as const, words: texts('nl-NL').report, reference: null };

describe('the summary on the deck', () => {
  it('the slide shows each theme’s key finding beside the chart; the speaker notes carry the whole summary, the comparison included', () => {
    const section = summary.build(input)!;
    const [slide] = section.slides ?? [];
    const k = keyFindings(input);
    const shown = slide?.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.texts : []));
    expect(shown).toEqual([k.programme, k.affordable, k.elderly, k.aandachtsgroepen]);
    expect(slide?.blocks.some((b) => b.kind === 'chart' && b.chart.id === 'gap')).toBe(true);
    // What fits at 12 pt beside the chart: far shorter than the memo's summary.
    const memoText = section.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.texts : []));
    expect((shown ?? []).join(' ').length).toBeLessThan(memoText.join(' ').length * 0.6);
    expect(slide?.talk).toEqual(memoText);
    expect(memoText.at(-1)).toMatch(/^Ten opzichte van ‘Basis/);
  });

  it('the memo’s key message says the comparison in brief: per scenario its differences from → to, without the gemeenten', () => {
    const last = keyMessages(input).at(-1);
    expect(last?.label).toBe(texts('nl-NL').report.policy.compareLabel);
    // The figures of the comparison chapter (memo: Tabel 2), in one sentence.
    expect(last?.text).toBe(
      'Met ‘Programma: op koers’ gaat het tekort bouwprogramma 2030 van 2.028 naar 0 woningen, het tekort betaalbaar 2030 van 3.494 naar 7 woningen en het tekort ouderenhuisvesting 2030 van 5.571 naar 5.266 woningen (tegen ‘Basis: trend 2022–2023’).',
    );
  });
});
