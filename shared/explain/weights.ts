import { latestFigure } from '../dataset/query';
import { SERIES, type GemeenteInputs } from '../engine/inputs';
import { assumed, fig, zero, type Context } from './context';
import { div, evaluate, label, mul, num, sum, type Expr } from './expr';

/** The fair-share key a weight is taken under: the aandachtsgroepen's or the facilities' (same keys, own settings). */
export type WeightKey = 'aandachtsgroepen' | 'solidarity';

function keySettings(c: Context, which: WeightKey) {
  const p = c.scenario.params;
  return which === 'aandachtsgroepen'
    ? { key: p.aandachtsgroepen.fairShareKey, keyPath: 'aandachtsgroepen.fairShareKey', customWeights: p.aandachtsgroepen.customWeights, excluded: p.aandachtsgroepen.excluded }
    : { key: p.solidarity.key, keyPath: 'solidarity.key', customWeights: p.solidarity.customWeights, excluded: [] as string[] };
}

function rawWeight(c: Context, g: GemeenteInputs, which: WeightKey): Expr {
  const p = keySettings(c, which);
  if (p.excluded.includes(g.code)) return num(0, label('excluded', g.name), { ref: { kind: 'assumption', path: `${which}.excluded`, isDefault: false } });
  const pop = latestFigure(c.ds, SERIES.population, g.code);
  switch (p.key) {
    case 'equal':
      return num(1, label('equalWeight', g.name), { ref: { kind: 'assumption', path: p.keyPath, isDefault: false } });
    case 'custom': {
      const w = p.customWeights[g.code];
      return w !== undefined ? assumed(c, `${which}.customWeights.${g.code}`, w, label('customWeight', g.name), 'factor') : num(0, label('customWeightMissing', g.name));
    }
    case 'population':
      return pop ? fig(c, pop, label('population', g.name), 'inhabitants') : num(0, label('populationMissing', g.name));
    case 'socialRent': {
      const share = latestFigure(c.ds, SERIES.socialRentShare, g.code);
      if (!pop || !share) return num(0, label('populationMissing', g.name));
      return mul(fig(c, pop, label('population', g.name), 'inhabitants'), div(fig(c, share, label('socialRentShare', g.name), 'percent'), num(100, label('percentBase'))));
    }
  }
}

export function weightFormula(c: Context, g: GemeenteInputs, which: WeightKey = 'aandachtsgroepen'): Expr {
  const all = c.inputs.gemeenten.map((o) => rawWeight(c, o, which));
  // As the engine: no one carries weight, so every weight is 0 (and a warning says so).
  if ((evaluate(sum(all)) ?? 0) <= 0) return zero();
  return div(rawWeight(c, g, which), sum(all));
}

