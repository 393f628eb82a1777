import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import type { Scenario } from '../scenario/schema';
import { tornado } from '../uncertainty/tornado';
import { inputValueText, splitBars, tornadoChart } from './tornadoChart';

const seed = readSeed();
const ds = seed.dataset;
const builtin = (id: string): Scenario => {
  const s = seed.builtinScenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no built-in scenario ${id}`);
  return s;
};
type Bar = { name: string; y: string[]; base: number[]; x: number[]; customdata: string[]; orientation: string };

describe('tornado chart (MODEL.md §5.6)', () => {
  const t = tornado(ds, builtin('bandbreedte'), { where: 'regio', path: 'elderly.total.shortfall' });
  const spec = tornadoChart(t, 'tekort totaal', 'Regio', 'Basis met bandbreedtes', ds);
  const [low, high] = spec.data as Bar[];

  it('a bar per input that moves the figure, from the likely value to the figure at its low and at its high end, largest swing on top', () => {
    const { shown, flat } = splitBars(t);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    // Ends of the bars are the tornado's figures, not differences.
    expect(low?.base.every((b) => b === t.likely)).toBe(true);
    expect(low?.x.map((x, i) => x + (low.base[i] as number))).toEqual(shown.map((b) => b.atLow));
    expect(high?.x.map((x, i) => x + (high.base[i] as number))).toEqual(shown.map((b) => b.atHigh));
    // Ranked by swing, the first drawn on top (reversed category axis).
    const swings = shown.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect((spec.layout.yaxis as { autorange: string }).autorange).toBe('reversed');
    expect(low?.orientation).toBe('h');
    // The choice between the need sources moves the total most (819 or 3 168 zorggeschikt).
    expect(low?.y[0]).toBe('Bron ouderenbehoefte: zorggeschikt<br>Regiocijfer uit de tekst, naar rato –<br>Gemeentetabel (Bijlage 2)');
    expect(low?.y[1]).toBe('Tempofactor (trend)<br>0,75 × – 1,25 ×');
    // Each end labelled with its figure, outside the bar; the zero-length ends (share at 0 %) not.
    const labels = (spec.layout.annotations as { x: number; text: string; xanchor: string }[]).map((a) => `${a.text} ${a.xanchor}`);
    expect(labels).toEqual(['3.221 right', '5.776 left', '5.365 right', '5.350 right', '5.351 right']);
    // The aandachtsgroepen level does not move the elderly shortfall: named under the chart, not drawn.
    expect(flat.map((b) => b.key)).toEqual(['aandachtsgroepen.perYear']);
    expect(spec.source).toContain('Geen invloed op dit cijfer: Woningen per jaar voor aandachtsgroepen.');
    expect(spec.source).toMatch(/^Bron: /);
    expect(spec.title).toBe('Gevoeligheid: tekort totaal (Regio)');
  });

  it('the scenario value as a dotted line, its number in the axis title; English words in the English chart', () => {
    const shape = (spec.layout.shapes as { x0: number }[])[0];
    expect(shape?.x0).toBe(t.likely);
    expect((spec.layout.xaxis as { title: { text: string } }).title.text).toBe('uitkomst (woningen) · stippellijn: scenario 5.571');
    const en = tornadoChart(t, 'total shortfall', 'Region', 'x', ds, 'en-GB');
    expect((en.data[0] as Bar).y[1]).toBe('Pace multiplier (trend)<br>0.75 × – 1.25 ×');
    expect((en.data[1] as Bar).name).toBe('Assumption high');
  });

  it('input values as the editor shows them', () => {
    expect(inputValueText('elderly.newBuildShare.geclusterd', 0.05, 'nl-NL')).toBe('5,0 %');
    expect(inputValueText('aandachtsgroepen.perYear', 245, 'nl-NL')).toBe('245');
    expect(inputValueText('elderly.needSourceByType.zorggeschikt', 'regioTekst', 'nl-NL')).toBe('Regiocijfer uit de tekst, naar rato');
  });

  it('no bars for a scenario without ranges', () => {
    const none = tornado(ds, builtin('basis'), { where: 'regio', path: 'programme.shortfall2030' });
    expect(none.bars).toEqual([]);
    expect((tornadoChart(none, 'x', 'Regio', 'Basis', ds).data[0] as Bar).y).toEqual([]);
  });
});
