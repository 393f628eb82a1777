import { builtinRuns } from '../../../test/support/builtinRuns';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run';
import { texts } from '../../i18n/catalogue';
import { summary, keyFindings, keyMessages } from './summary';
import { simulate } from '../../uncertainty/simulate';

const runs = builtinRuns('basis', 'programma');
const { seed } = runs;
const input = runs.input();

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

describe('the key findings and the summary of a scenario with bands', () => {
  const scenario = seed.builtinScenarios.find((s) => s.id === 'bandbreedte')!;
  const point = runScenario(seed.dataset, scenario);
  const band = { ...input, scenarios: [scenario], results: [point], main: point };
  // As the export has it: the bands computed once (shared/export/report.ts); the Overzicht's verdict gets the point result only.
  const withBands = (() => {
    const main = { ...point, uncertainty: simulate(seed.dataset, scenario, point)! };
    return { ...band, results: [main], main };
  })();

  // The band's dash between word joiners: Word does not break a band over two lines.
  it('the key message gives both regional shortfalls with their P10–P90 band; a point value outside its band is said to be so', () => {
    const k = keyFindings(withBands);
    expect(k.programme).toContain('samen 2.028 woningen (P10–P90: 1.774\u2060–\u20602.276); Hilversum het meest');
    expect(k.elderly).toContain('een tekort van 5.571 woningen voor ouderen (P10–P90: 2.966\u2060–\u20605.531; de puntwaarde van het scenario valt daarbuiten');
    const box = keyMessages(withBands).map((m) => m.text).join(' ');
    expect(box).toContain('(P10–P90: 1.774\u2060–\u20602.276)');
    expect(box).toContain('(P10–P90: 2.966\u2060–\u20605.531;');
  });

  it('the summary names the bands, and the figures above them as point values', () => {
    const memoText = summary.build(withBands)!.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.texts : []));
    expect(memoText).toContain(
      'Met de bandbreedtes en open keuzes van het scenario ligt het tekort op het programma in 2030 tussen 1.774 en 2.276 woningen en het tekort aan woningen voor ouderen tussen 2.966 en 5.531 (P10–P90). De cijfers hierboven zijn puntwaarden: de berekening met de waarden van het scenario zelf; waar een puntwaarde buiten de band valt, zegt het hoofdstuk ‘Onzekerheid en wat er nodig is’ waarom.',
    );
  });

  it('without bands (the Overzicht’s verdict, a scenario without ranges) the sentences stay as they were', () => {
    const k = keyFindings(band);
    expect(k.programme).toContain('samen 2.028 woningen; Hilversum het meest');
    expect(`${k.programme ?? ''} ${k.elderly ?? ''}`).not.toContain('P10');
    expect(summary.build(band)!.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.texts : [])).join(' ')).not.toContain('P10');
  });

  it('English too', () => {
    const k = keyFindings({ ...withBands, locale: 'en-GB', words: texts('en-GB').report });
    expect(k.programme).toContain('2,028 homes together (P10–P90: 1,774\u2060–\u20602,276)');
    expect(k.elderly).toContain('(P10–P90: 2,966\u2060–\u20605,531; the scenario’s point value falls outside it');
  });
});

describe('the elderly key finding names a need the source contradicts itself on', () => {
  const scenarioOf = (id: string) => seed.builtinScenarios.find((s) => s.id === id)!;
  const inputOf = (scenario: ReturnType<typeof scenarioOf>) => {
    const result = runScenario(seed.dataset, scenario);
    return { scenarios: [scenario], results: [result], main: result, dataset: seed.dataset, findings: [], locale: 'nl-NL' as const, words: texts('nl-NL').report, reference: null };
  };

  it('zorggeschikt, the largest shortfall, rests on the gemeentetabel (3.168) where the text of 004 says 819: said on page 1', () => {
    expect(keyFindings(inputOf(scenarioOf('basis'))).elderly).toContain('Let op: de behoefte aan zorggeschikte woningen komt uit de gemeentetabel van 004 (samen 3.168); de tekst van hetzelfde document noemt 819 voor de regio.');
  });

  it('not when the scenario takes the text’s figures', () => {
    const basis = scenarioOf('basis');
    const text = { ...basis, params: { ...basis.params, elderly: { ...basis.params.elderly, needSource: 'regioTekst' as const } } };
    expect(keyFindings(inputOf(text)).elderly).not.toContain('Let op');
  });
});

