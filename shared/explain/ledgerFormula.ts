import { figuresOf, latestFigure } from '../dataset/query';
import { SERIES, type GemeenteInputs } from '../engine/inputs';
import { ALL_TYPES, type LedgerType } from '../result/ledger';
import { allTypes } from './ledgerScope';
import { assumed, fig, REGION, the, type Context } from './context';
import { weightFormula } from './weights';
import { add, div, label, mul, num, sub, sum, type Expr } from './expr';

/**
 * MODEL.md §5.4 as derivations: the solidarity ledger's figures, by path
 * `ledger.<type>.<field>` (a gemeente's row of a facility type, or the region's totals).
 */

const TEN_THOUSAND = (): Expr => num(10_000, label('per10kBase'));

export function ledgerGemeenteFormula(c: Context, g: GemeenteInputs, field: string): Expr | null {
  const [type, ...rest] = field.split('.');
  const name = rest.join('.');
  const t = allTypes(c.result).find((x) => x.type === type);
  if (!t || type === undefined) return null;
  const at = (f: string) => the(c, g.code, `ledger.${type}.${f}`);
  const region = (f: string) => the(c, REGION, `ledger.${type}.${f}`);
  const per10k = (f: string) => (g.population === null || g.population <= 0 ? num(null, label('populationMissing', g.name)) : mul(div(at(f), at('inhabitants')), TEN_THOUSAND()));
  switch (name) {
    case 'actual':
    case 'earlier.actual':
      return type === ALL_TYPES ? weighted(c, g, 'actual') : counted(c, g, t, name === 'earlier.actual');
    case 'placed':
      return type === ALL_TYPES ? weighted(c, g, 'placed') : placedTerms(c, g, type);
    case 'weight':
      return weightFormula(c, g, 'solidarity');
    case 'fair':
      return mul(region('total'), at('weight'));
    case 'surplus':
      return sub(at('actual'), at('fair'));
    case 'inhabitants':
      return g.population === null ? num(null, label('populationMissing', g.name)) : populationFigure(c, g);
    case 'actualPer10k':
    case 'fairPer10k':
    case 'surplusPer10k':
    case 'actualAfterPer10k':
    case 'surplusAfterPer10k':
      return per10k(name.slice(0, -'Per10k'.length));
    case 'actualAfter':
      return add(at('actual'), at('placed'));
    case 'fairAfter':
      return mul(region('totalAfter'), at('weight'));
    case 'surplusAfter':
      return sub(at('actualAfter'), at('fairAfter'));
    default:
      return null;
  }
}

export function ledgerRegionFormula(c: Context, field: string): Expr | null {
  const [type, name] = field.split('.');
  const t = allTypes(c.result).find((x) => x.type === type);
  if (!t || type === undefined) return null;
  switch (name) {
    case 'total':
    case 'placed':
      return sum(c.result.gemeenten.map((g) => the(c, g.code, `ledger.${type}.${name === 'total' ? 'actual' : 'placed'}`, label('ofGemeente', g.name))));
    case 'totalAfter':
      return add(the(c, REGION, `ledger.${type}.total`), the(c, REGION, `ledger.${type}.placed`));
    case 'typeWeight': {
      const w = c.scenario.params.solidarity.typeWeights[type];
      // Not set: one unit counts as one, the default of the assumption.
      if (w === undefined) return num(1, label('typeWeight', type), { unit: 'factor', ref: { kind: 'assumption', path: `solidarity.typeWeights.${type}`, isDefault: true } });
      return assumed(c, `solidarity.typeWeights.${type}`, w, label('typeWeight', type), 'factor');
    }
    default:
      return null;
  }
}

/** A facility type's count for the gemeente: the measurement's figure, or 0 where the table has no row for it. */
function counted(c: Context, g: GemeenteInputs, t: LedgerType, earlier: boolean): Expr {
  const row = t.rows.find((r) => r.code === g.code);
  const year = earlier ? row?.earlier?.year : t.year;
  const f = year === undefined ? undefined : figuresOf(c.ds, t.series ?? '', g.code).find((x) => x.periodFrom === year && x.periodTo === year && x.value !== null);
  const what = `${t.label} ${g.name}`;
  return f ? fig(c, f, label('facilityCount', what)) : num(0, label('facilityNotCounted', what));
}

/** All types together: each type's figure times the weight of one of its units. */
function weighted(c: Context, g: GemeenteInputs, field: 'actual' | 'placed'): Expr {
  return sum(c.result.ledger.types.map((t) => mul(the(c, REGION, `ledger.${t.type}.typeWeight`), the(c, g.code, `ledger.${t.type}.${field}`))));
}

/** The scenario's counted placements of this type, as they changed this gemeente. */
function placedTerms(c: Context, g: GemeenteInputs, type: string): Expr {
  const terms = c.result.ledger.placements
    .filter((p) => p.counted && p.type === type)
    .flatMap((p) => p.effects.filter((e) => e.code === g.code).map((e) => num(e.units, label('placementUnits', p.name), { ref: { kind: 'placement', placementId: p.id, name: p.name } })));
  return terms.length === 0 ? num(0, label('zero')) : sum(terms);
}

/** The inhabitants as the engine reads them (the latest figure). */
function populationFigure(c: Context, g: GemeenteInputs): Expr {
  const figure = latestFigure(c.ds, SERIES.population, g.code);
  return figure ? fig(c, figure, label('population', g.name), 'inhabitants') : num(null, label('populationMissing', g.name));
}
