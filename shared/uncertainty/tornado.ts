import type { Dataset } from '../dataset/schema';
import { runScenario } from '../engine/run';
import { figureValue } from '../explain/context';
import type { FigureRef, Tornado, TornadoBar } from '../result/uncertainty';
import { withParam } from '../scenario/paramPath';
import type { Scenario } from '../scenario/schema';
import { likelyFromData, uncertainInputs } from './inputs';

/** The figures a tornado is usually asked for (the headline gaps), per place. */
export const HEADLINE_FIGURES = [
  'programme.shortfall2030',
  'affordable.shortfall2030',
  'elderly.total.shortfall',
  'elderly.nultreden.shortfall',
  'elderly.geclusterd.shortfall',
  'elderly.zorggeschikt.shortfall',
  'aandachtsgroepen.taskCumulative',
] as const;

/**
 * MODEL.md §5.6, sensitivity: for one figure, each uncertain input on its own from low to high
 * (a choice: each option), every other assumption at its likely value, with the full engine.
 * Ranked by swing, largest first; equal swings by key, so the order is stable.
 */
export function tornado(ds: Dataset, scenario: Scenario, figure: FigureRef): Tornado {
  const valueWith = (key: string | null, value: unknown): number => {
    const params = key === null ? scenario.params : withParam(scenario.params, key, value);
    const v = figureValue(runScenario(ds, { ...scenario, params }), figure.where, figure.path);
    if (typeof v !== 'number') throw new Error(`Het cijfer ${figure.path} heeft hier geen waarde.`);
    return v;
  };
  const likely = valueWith(null, null);
  const inputs = uncertainInputs(scenario.params, likelyFromData(ds, scenario.params), () => undefined);
  const bars: TornadoBar[] = inputs.map((input) => {
    if (input.kind === 'range') {
      const atLow = valueWith(input.key, input.low);
      const atHigh = valueWith(input.key, input.high);
      return { key: input.key, kind: 'range', lowInput: input.low, highInput: input.high, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
    }
    const outcomes = input.options.map((o) => ({ option: o.option, value: valueWith(input.key, o.option) }));
    const lowest = outcomes.reduce((a, b) => (b.value < a.value ? b : a));
    // On a tie the last option, so a choice that does not move the figure still names two different options.
    const highest = outcomes.reduce((a, b) => (b.value >= a.value ? b : a));
    return { key: input.key, kind: 'alternatives', lowInput: lowest.option, highInput: highest.option, atLow: lowest.value, atHigh: highest.value, swing: highest.value - lowest.value };
  });
  bars.sort((a, b) => b.swing - a.swing || a.key.localeCompare(b.key));
  return { figure, likely, bars };
}
