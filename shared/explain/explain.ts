import type { Figure } from '../dataset/schema';
import { figuresOf, latestFigure, periodKey } from '../dataset/query';
import type { Project } from '../projects/schema';
import type { GemeenteResult } from '../result/schema';
import { HOUSING_TYPES, needSourceOf, type HousingType } from '../scenario/schema';
import { placementFigures, SERIES, type GemeenteInputs } from '../engine/inputs';
import { LAST_YEAR, realisedToDate } from '../engine/programme';
import { add, div, label, max, min, mul, num, sub, sum, type Expr } from './expr';
import { warningsFor } from './touches';
import { ledgerGemeenteFormula, ledgerRegionFormula } from './ledgerFormula';
import { assumed, fig, figureRef, figureValue, REGION, the, years, zero, type Context, type Derivation } from './context';
import { weightFormula } from './weights';

export { explainContext, figurePaths, figureValue, pattern, REGION, unitOf, type Context, type Derivation } from './context';

/**
 * MODEL.md §5 as derivations: for any figure of a result, the formula with the actual numbers,
 * each number with its source (a dataset figure, a scenario assumption, a project, or another
 * figure of the result, which has a derivation of its own). A pure function beside the engine,
 * using the engine's own readers (extractInputs, realisedToDate, historicNultredenShare); the
 * test (explain.test.ts) evaluates every derivation of every figure of several scenarios and
 * requires the engine's number, so the explanation cannot drift from the code.
 */

// ——— the derivations ———

export function explainFigure(c: Context, where: string, path: string): Derivation | null {
  const value = figureValue(c.result, where, path);
  if (value === undefined) return null;
  // A path point before the base year has no projection, one after it no realisation.
  const point = /\.path\.\d{4}\.(realised|projected)$/.exec(path);
  if (point && value === null) return { where, path, value, formula: num(null, label(point[1] === 'realised' ? 'afterBaseYear' : 'beforeBaseYear')), warnings: [] };
  const formula = where === REGION ? regionFormula(c, path) : gemeenteFormula(c, where, path);
  if (!formula) return null;
  return { where, path, value, formula, warnings: warningsFor(c.result, where, path, formula) };
}

function gemeenteFormula(c: Context, code: string, path: string): Expr | null {
  const g = c.inputs.gemeenten.find((x) => x.code === code);
  const r = c.result.gemeenten.find((x) => x.code === code);
  if (!g || !r) return null;
  const [block, ...rest] = path.split('.');
  const field = rest.join('.');
  switch (block) {
    case 'programme':
      return programmeFormula(c, g, r, field);
    case 'affordable':
      return affordableFormula(c, g, r, field);
    case 'elderly':
      return elderlyFormula(c, g, r, field);
    case 'aandachtsgroepen':
      return aandachtsgroepenFormula(c, g, field);
    case 'ledger':
      return ledgerGemeenteFormula(c, g, field);
    default:
      return null;
  }
}

// Programme (§5.1).

/**
 * Realised homes as the engine counts them (realisedToDate), with the figure each part comes from:
 * a yearly figure as it is, the years a multi-year total fills as one term for that total.
 */
function realisedTerms(c: Context, g: GemeenteInputs, series: string, upTo: number): Expr[] {
  if (!g.programme) return [];
  const records = series === SERIES.realised ? g.realisation : g.smApp;
  const { perYear } = realisedToDate(records, g.programme.start, g.programme.end, () => undefined);
  const figures = figuresOf(c.ds, series, g.code).filter((f) => f.value !== null);
  const parts = new Map<string, { figure: Figure | undefined; years: number[]; value: number; yearly: boolean }>();
  for (const [year, v] of [...perYear.entries()].sort((a, b) => a[0] - b[0])) {
    if (year > upTo) continue;
    const yearly = figures.find((f) => f.periodFrom === year && f.periodTo === year);
    const from = yearly ?? figures.find((f) => f.periodFrom <= year && f.periodTo >= year && f.periodFrom !== f.periodTo);
    const key = yearly ? `y${year}` : (from?.id ?? `?${year}`);
    const part = parts.get(key) ?? { figure: from, years: [], value: 0, yearly: yearly !== undefined };
    part.years.push(year);
    part.value += v.value;
    parts.set(key, part);
  }
  return [...parts.values()].map((p) => {
    const span = p.years.length === 1 ? String(p.years[0]) : `${p.years[0]}–${p.years.at(-1)}`;
    return num(p.value, label(p.yearly ? 'realisedYear' : 'realisedFromTotal', span), { unit: 'homes', ...(p.figure ? { ref: figureRef(c, p.figure) } : {}) });
  });
}

function paceOf(c: Context, g: GemeenteInputs, r: GemeenteResult): Expr {
  const p = r.programme;
  if (!p) return zero();
  const mode = c.scenario.params.programme;
  switch (p.paceSource) {
    case 'trend': {
      const own = mode.paceMultiplierByGemeente[g.code];
      const factor = own !== undefined ? assumed(c, `programme.paceMultiplierByGemeente.${g.code}`, own, label('paceMultiplier'), 'factor') : assumed(c, 'programme.paceMultiplier', mode.paceMultiplier, label('paceMultiplier'), 'factor');
      return mul(the(c, g.code, 'programme.currentPace'), factor);
    }
    case 'programme':
      return the(c, g.code, 'programme.requiredPace');
    case 'custom': {
      const own = mode.customPace[g.code];
      return own !== undefined ? assumed(c, `programme.customPace.${g.code}`, own, label('customPace')) : the(c, g.code, 'programme.currentPace');
    }
    case 'pipeline': {
      const remaining = Math.max(0, (g.programme?.end ?? 0) - p.baseYear);
      if (remaining <= 0) return zero();
      return div(projectsBetween(c, g, p.baseYear, g.programme?.end ?? p.baseYear, 'total'), years(remaining, p.baseYear + 1, g.programme?.end ?? p.baseYear));
    }
  }
}

/** Σ probability × homes of the projects completing in (from, to]. */
function projectsBetween(c: Context, g: GemeenteInputs, from: number, to: number, category: keyof Project['homes']): Expr {
  const probability = c.scenario.params.pipeline.probability;
  const terms = g.projects
    .filter((p) => p.completionYear > from && p.completionYear <= to)
    .map((p) =>
      mul(
        assumed(c, `pipeline.probability.${p.status}`, probability[p.status], label('probability', p.status), 'share'),
        num(p.homes[category], label(category === 'total' ? 'projectHomes' : `projectHomes:${category}`, `${p.name} (${p.completionYear})`), { unit: 'homes', ref: { kind: 'project', projectId: p.id, name: p.name } }),
      ),
    );
  return terms.length === 0 ? num(0, label('noProjects', `${from + 1}–${to}`)) : sum(terms);
}

function programmeFormula(c: Context, g: GemeenteInputs, r: GemeenteResult, field: string): Expr | null {
  const p = r.programme;
  if (!p || !g.programme) return null;
  const { start, end } = g.programme;
  const code = g.code;
  const remaining = Math.max(0, end - p.baseYear);
  const left = () => years(remaining, p.baseYear + 1, end);
  const constant = p.paceSource !== 'pipeline';
  switch (field) {
    case 'target': {
      const f = figuresOf(c.ds, SERIES.target, code).find((x) => x.value !== null);
      return f ? fig(c, f, label('target', periodKey(f))) : null;
    }
    case 'realised':
      return sum(realisedTerms(c, g, SERIES.realised, p.baseYear));
    case 'baseYear': {
      const last = [...figuresOf(c.ds, SERIES.realised, code)].filter((f) => f.value !== null && f.periodTo <= end).sort((a, b) => b.periodTo - a.periodTo)[0];
      return num(p.baseYear, label('baseYear'), { unit: 'year', ...(last ? { ref: figureRef(c, last) } : {}) });
    }
    case 'currentPace': {
      const done = p.baseYear - start + 1;
      return done > 0 ? div(the(c, code, 'programme.realised'), years(done, start, p.baseYear)) : num(0, label('noRealisation'));
    }
    case 'scenarioPace':
      return paceOf(c, g, r);
    case 'projected2030':
      if (remaining <= 0) return the(c, code, 'programme.realised');
      return constant ? add(the(c, code, 'programme.realised'), mul(the(c, code, 'programme.scenarioPace'), left())) : add(the(c, code, 'programme.realised'), projectsBetween(c, g, p.baseYear, end, 'total'));
    case 'gap2030':
      return sub(the(c, code, 'programme.target'), the(c, code, 'programme.projected2030'));
    case 'shortfall2030':
      return max(zero(), the(c, code, 'programme.gap2030'));
    case 'surplus2030':
      return max(zero(), sub(the(c, code, 'programme.projected2030'), the(c, code, 'programme.target')));
    case 'requiredPace':
      return remaining > 0 ? max(zero(), div(sub(the(c, code, 'programme.target'), the(c, code, 'programme.realised')), left())) : zero();
    case 'catchUpYear':
      return catchUp(c, g, p);
    default:
      return pathFormula(c, g, r, field);
  }
}

function catchUp(c: Context, g: GemeenteInputs, p: NonNullable<GemeenteResult['programme']>): Expr {
  const code = g.code;
  const target = the(c, code, 'programme.target');
  if (p.realised >= p.target - 1e-9) {
    // Reached with what is realised already: the first year whose cumulative realisation reaches the target.
    return { k: 'firstYear', target, years: p.path.filter((x) => x.year <= p.baseYear).map((x) => ({ year: x.year, value: the(c, code, `programme.path.${x.year}.realised`) })) };
  }
  if (p.paceSource !== 'pipeline') {
    if (p.scenarioPace <= 0) return num(null, label('neverAtThisPace'), { unit: 'year' });
    const yearsNeeded: Expr = { k: 'ceil', a: div(sub(target, the(c, code, 'programme.realised')), the(c, code, 'programme.scenarioPace')) };
    return { k: 'upTo', a: add(the(c, code, 'programme.baseYear'), yearsNeeded), last: LAST_YEAR };
  }
  const list: { year: number; value: Expr }[] = [];
  for (let y = p.baseYear + 1; y <= LAST_YEAR; y++) list.push({ year: y, value: add(the(c, code, 'programme.realised'), projectsBetween(c, g, p.baseYear, y, 'total')) });
  return { k: 'firstYear', target, years: list };
}

function pathFormula(c: Context, g: GemeenteInputs, r: GemeenteResult, field: string): Expr | null {
  const m = /^path\.(\d{4})\.(target|realised|projected)$/.exec(field);
  const p = r.programme;
  if (!m || !p || !g.programme) return null;
  const year = Number(m[1]);
  const { start, end } = g.programme;
  const code = g.code;
  if (m[2] === 'target') return targetPath(the(c, code, 'programme.target'), start, end, year);
  if (m[2] === 'realised') return sum(realisedTerms(c, g, SERIES.realised, year));
  if (year <= p.baseYear) return the(c, code, 'programme.realised');
  if (p.paceSource !== 'pipeline') return add(the(c, code, 'programme.realised'), mul(the(c, code, 'programme.scenarioPace'), years(year - p.baseYear, p.baseYear + 1, year)));
  return add(the(c, code, 'programme.realised'), projectsBetween(c, g, p.baseYear, Math.min(year, LAST_YEAR), 'total'));
}

function targetPath(target: Expr, start: number, end: number, year: number): Expr {
  if (year < start) return zero();
  if (year >= end) return target;
  return mul(target, div(years(year - start + 1, start, year), years(end - start + 1, start, end)));
}

// Affordable (§5.1, laag en midden against S+M app).

function affordableFormula(c: Context, g: GemeenteInputs, r: GemeenteResult, field: string): Expr | null {
  const a = r.affordable;
  const p = r.programme;
  if (!a || !p || !g.programme) return null;
  const code = g.code;
  const end = g.programme.end;
  const remaining = Math.max(0, end - p.baseYear);
  const left = () => years(remaining, p.baseYear + 1, end);
  switch (field) {
    case 'target': {
      const f = figuresOf(c.ds, SERIES.affordableTarget, code).find((x) => x.value !== null);
      return f ? fig(c, f, label('affordableTarget', periodKey(f))) : null;
    }
    case 'realised':
      return sum(realisedTerms(c, g, SERIES.smApp, end));
    case 'requiredPace':
      return remaining > 0 ? max(zero(), div(sub(the(c, code, 'affordable.target'), the(c, code, 'affordable.realised')), left())) : zero();
    case 'scenarioPace':
      if (p.paceSource === 'programme') return min(the(c, code, 'affordable.requiredPace'), the(c, code, 'programme.scenarioPace'));
      if (p.paceSource === 'pipeline') return remaining > 0 ? div(projectsBetween(c, g, p.baseYear, end, 'affordable'), left()) : zero();
      return p.realised > 0 ? mul(the(c, code, 'programme.scenarioPace'), div(the(c, code, 'affordable.realised'), the(c, code, 'programme.realised'))) : zero();
    case 'projected2030':
      return add(the(c, code, 'affordable.realised'), mul(the(c, code, 'affordable.scenarioPace'), left()));
    case 'gap2030':
      return sub(the(c, code, 'affordable.target'), the(c, code, 'affordable.projected2030'));
    case 'shortfall2030':
      return max(zero(), the(c, code, 'affordable.gap2030'));
    case 'surplus2030':
      return max(zero(), sub(the(c, code, 'affordable.projected2030'), the(c, code, 'affordable.target')));
    default:
      return null;
  }
}

// Elderly housing (§5.2).

function needFormula(c: Context, g: GemeenteInputs, t: HousingType): Expr {
  const params = c.scenario.params.elderly;
  const override = params.needOverrides[g.code]?.[t];
  if (override !== undefined) return assumed(c, `elderly.needOverrides.${g.code}.${t}`, override, label('needOverride', t));
  const row = figuresOf(c.ds, SERIES.need[t], g.code).find((f) => f.value !== null);
  if (!row) return num(0, label('needMissing', t));
  const tableRow = fig(c, row, label('needTable', t));
  const text = figuresOf(c.ds, SERIES.need[t], null).find((f) => f.variant === 'tekst' && f.value !== null);
  // The engine's rule (needFor): the type's own source where the scenario sets one, else the general one.
  if (needSourceOf(params, t) !== 'regioTekst' || !text) return tableRow;
  const tableRows = c.inputs.gemeenten.flatMap((o) => {
    const f = figuresOf(c.ds, SERIES.need[t], o.code).find((x) => x.value !== null);
    return f ? [fig(c, f, label('needTableOf', o.name))] : [];
  });
  return mul(div(tableRow, sum(tableRows)), fig(c, text, label('needText', t)));
}

function shareFormula(c: Context, g: GemeenteInputs, r: GemeenteResult, t: HousingType): Expr {
  const params = c.scenario.params.elderly;
  const own = params.newBuildShareByGemeente[g.code]?.[t];
  if (own !== undefined) return assumed(c, `elderly.newBuildShareByGemeente.${g.code}.${t}`, own, label('newBuildShare', t), 'share');
  const regional = params.newBuildShare[t];
  if (regional !== null) return assumed(c, `elderly.newBuildShare.${t}`, regional, label('newBuildShare', t), 'share');
  // Nultreden by default: the historic share S+M app / realised, capped at 100 % (the engine's historicNultredenShare).
  if (!r.programme || r.programme.realised <= 0 || !g.programme) return zero();
  const { start, end } = g.programme;
  const sm = figuresOf(c.ds, SERIES.smApp, g.code).filter((f) => f.value !== null && f.periodTo >= start && f.periodFrom <= end);
  const share = min(num(1, label('hundredPercent'), { unit: 'share' }), div(sum(sm.map((f) => fig(c, f, label('smApp', periodKey(f))))), the(c, g.code, 'programme.realised')));
  return share;
}

function elderlyFormula(c: Context, g: GemeenteInputs, r: GemeenteResult, field: string): Expr | null {
  const e = r.elderly;
  if (!e) return null;
  const code = g.code;
  const needYear = g.needYear ?? c.inputs.programmeEnd;
  const baseYear = r.programme?.baseYear ?? c.inputs.programmeStart - 1;
  const span = Math.max(0, needYear - baseYear);
  const pipeline = r.programme?.paceSource === 'pipeline';
  const stock = (t: HousingType): Expr => {
    const v = c.scenario.params.elderly.existingStockPerYear[code]?.[t];
    const rate = v !== undefined ? assumed(c, `elderly.existingStockPerYear.${code}.${t}`, v, label('existingStock', t)) : num(0, label('existingStock', t), { ref: { kind: 'assumption', path: `elderly.existingStockPerYear.${code}.${t}`, isDefault: true } });
    return mul(rate, years(span, baseYear + 1, needYear));
  };
  const [part, figure] = field.split('.') as [string, string | undefined];
  if (part === 'newBuild') {
    if (!r.programme) return zero();
    return pipeline ? projectsBetween(c, g, baseYear, needYear, 'total') : mul(the(c, code, 'programme.scenarioPace'), years(span, baseYear + 1, needYear));
  }
  if (part === 'newBuildNeed') {
    return sum(HOUSING_TYPES.map((t) => max(zero(), sub(sub(the(c, code, `elderly.${t}.need`), stock(t)), pipeline ? projectsBetween(c, g, baseYear, needYear, t) : zero()))));
  }
  if (part === 'requiredShare') {
    if (e.newBuild <= 0) return num(null, label('nothingBuilt'), { unit: 'share' });
    return min(num(1, label('hundredPercent'), { unit: 'share' }), div(the(c, code, 'elderly.newBuildNeed'), the(c, code, 'elderly.newBuild')));
  }
  if (part === 'total') {
    if (!figure) return null;
    return sum(HOUSING_TYPES.map((t) => the(c, code, `elderly.${t}.${figure}`, label(`figure:elderly.*.${figure}`, t))));
  }
  const t = part as HousingType;
  if (!HOUSING_TYPES.includes(t)) return null;
  switch (figure) {
    case 'need':
      return needFormula(c, g, t);
    case 'supply': {
      const terms: Expr[] = [];
      if (!pipeline) terms.push(mul(the(c, code, 'elderly.newBuild'), shareFormula(c, g, r, t)));
      terms.push(stock(t));
      if (pipeline) terms.push(projectsBetween(c, g, baseYear, needYear, t));
      return sum(terms);
    }
    case 'gap':
      return sub(the(c, code, `elderly.${t}.need`), the(c, code, `elderly.${t}.supply`));
    case 'shortfall':
      return max(zero(), the(c, code, `elderly.${t}.gap`));
    case 'surplus':
      return max(zero(), sub(the(c, code, `elderly.${t}.supply`), the(c, code, `elderly.${t}.need`)));
    default:
      return null;
  }
}

// Aandachtsgroepen (§5.3).

function demandTerms(c: Context): Expr[] {
  return c.result.aandachtsgroepenDemand.map((d) => the(c, REGION, `aandachtsgroepenDemand.${d.year}.homes`));
}

function aandachtsgroepenFormula(c: Context, g: GemeenteInputs, field: string): Expr | null {
  const code = g.code;
  const horizon = c.result.horizon;
  switch (field) {
    case 'weight':
      return weightFormula(c, g);
    case 'taskPerYear': {
      const atHorizon = c.result.aandachtsgroepenDemand.find((d) => d.year === horizon);
      return mul(atHorizon ? the(c, REGION, `aandachtsgroepenDemand.${horizon}.homes`) : num(0, label('noDemand', horizon)), the(c, code, 'aandachtsgroepen.weight'));
    }
    case 'taskCumulative': {
      const terms = demandTerms(c);
      return mul(terms.length > 0 ? sum(terms) : num(0, label('noDemand', horizon)), the(c, code, 'aandachtsgroepen.weight'));
    }
    default:
      return field.startsWith('placements.') ? placementsFormula(c, g, field.slice('placements.'.length)) : null;
  }
}

/** Realised placements against the task over the years with placement data (the engine's placementsBalance). */
function placementsFormula(c: Context, g: GemeenteInputs, field: string): Expr | null {
  const code = g.code;
  const figures = placementFigures(c.ds, code);
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) return null;
  const at = (p: string) => the(c, code, `aandachtsgroepen.placements.${p}`);
  switch (field) {
    case 'from':
      return num(first.periodFrom, label('placementsFirstYear'), { unit: 'year', ref: figureRef(c, first) });
    case 'to':
      return num(last.periodTo, label('placementsLastYear'), { unit: 'year', ref: figureRef(c, last) });
    case 'placedCumulative':
      return sum(figures.map((f) => fig(c, f, label('placedInYear', f.periodFrom))));
    case 'taskToDate':
      // Only the years with data: a year without is unknown, so its task is not counted either.
      return sum(
        figures.map((f) => {
          const y = f.periodFrom;
          const inDemand = c.result.aandachtsgroepenDemand.some((d) => d.year === y);
          return mul(inDemand ? the(c, REGION, `aandachtsgroepenDemand.${y}.homes`) : num(0, label('noDemand', y)), the(c, code, 'aandachtsgroepen.weight'));
        }),
      );
    case 'balance':
      return sub(at('placedCumulative'), at('taskToDate'));
    case 'shortfall':
      return max(zero(), sub(at('taskToDate'), at('placedCumulative')));
    case 'surplus':
      return max(zero(), at('balance'));
    default:
      return null;
  }
}

/** The region's placements: sums over the gemeenten with data, never netted; and the task against the homes that come free. */
function regionAandachtsgroepenFormula(c: Context, path: string, field: string): Expr | null {
  const r = c.result;
  const withData = r.gemeenten.filter((g) => g.aandachtsgroepen.placements !== null);
  const each = (p: string) => withData.map((g) => the(c, g.code, `aandachtsgroepen.placements.${p}`, label('ofGemeente', g.name)));
  switch (field) {
    case 'placements.from':
      return each('from').reduce((a, b) => min(a, b));
    case 'placements.to':
      return { k: 'latest', terms: each('to') };
    case 'placements.balance':
      return sub(the(c, REGION, 'aandachtsgroepen.placements.placedCumulative'), the(c, REGION, 'aandachtsgroepen.placements.taskToDate'));
    case 'placements.placedCumulative':
    case 'placements.taskToDate':
    case 'placements.shortfall':
    case 'placements.surplus':
      return sum(each(field.slice('placements.'.length)));
    case 'vacancies.perYear': {
      const f = latestFigure(c.ds, SERIES.socialRentVacancies, null);
      return f ? fig(c, f, label('vacanciesPerYear', periodKey(f))) : null;
    }
    case 'vacancies.taskShare':
      return div(the(c, REGION, 'aandachtsgroepen.taskPerYear'), the(c, REGION, 'aandachtsgroepen.vacancies.perYear'));
    default:
      return sum(r.gemeenten.map((g) => the(c, g.code, path, label('ofGemeente', g.name))));
  }
}

function demandFormula(c: Context, year: number): Expr | null {
  const p = c.scenario.params.aandachtsgroepen;
  const fromData = latestFigure(c.ds, SERIES.aandachtsgroepenPerYear, null);
  const level = p.perYear !== null ? assumed(c, 'aandachtsgroepen.perYear', p.perYear, label('demandLevel')) : fromData ? fig(c, fromData, label('demandLevel')) : num(0, label('noDemandLevel'));
  const outflow = latestFigure(c.ds, SERIES.aandachtsgroepenOutflow, null);
  const rampEnd = c.inputs.programmeEnd;
  if (p.demandMode !== 'ramp' || !outflow || year >= rampEnd || rampEnd <= outflow.periodTo) return level;
  const start = fig(c, outflow, label('outflow', outflow.periodTo));
  if (year <= outflow.periodTo) return start;
  return add(start, mul(sub(level, start), div(years(year - outflow.periodTo, outflow.periodTo + 1, year), years(rampEnd - outflow.periodTo, outflow.periodTo + 1, rampEnd))));
}

// The region: sums over the gemeenten that have the block (MODEL.md §6), never a netted shortfall.

function regionFormula(c: Context, path: string): Expr | null {
  const r = c.result;
  const [block, ...rest] = path.split('.');
  const field = rest.join('.');
  const having = (b: 'programme' | 'affordable' | 'elderly') => r.gemeenten.filter((g) => g[b] !== null);
  const sumOver = (gs: GemeenteResult[], p: string): Expr => sum(gs.map((g) => the(c, g.code, p, label('ofGemeente', g.name))));
  switch (block) {
    case 'baseYear':
      return r.region.programme ? the(c, REGION, 'programme.baseYear') : num(r.baseYear, label('noRealisation'), { unit: 'year' });
    case 'horizon':
      return assumed(c, 'horizon', r.horizon, label('horizon'), 'year');
    case 'programmeStart':
    case 'programmeEnd': {
      const targets = c.ds.figures.filter((f) => f.series === SERIES.target && f.value !== null);
      const f = block === 'programmeStart' ? targets.reduce((a, b) => (b.periodFrom < a.periodFrom ? b : a)) : targets.reduce((a, b) => (b.periodTo > a.periodTo ? b : a));
      return num(block === 'programmeStart' ? f.periodFrom : f.periodTo, label(block), { unit: 'year', ref: figureRef(c, f) });
    }
    case 'aandachtsgroepenDemand': {
      const m = /^(\d{4})\.homes$/.exec(field);
      return m ? demandFormula(c, Number(m[1])) : null;
    }
    case 'programme': {
      const gs = having('programme');
      if (field === 'gap2030') return sub(the(c, REGION, 'programme.target'), the(c, REGION, 'programme.projected2030'));
      if (field === 'baseYear') return gs.map((g) => the(c, g.code, 'programme.baseYear', label('ofGemeente', g.name))).reduce((a, b) => min(a, b));
      if (field === 'catchUpYear') return { k: 'latest', terms: gs.map((g) => the(c, g.code, 'programme.catchUpYear', label('ofGemeente', g.name))) };
      const m = /^path\.(\d{4})\.(target|realised|projected)$/.exec(field);
      if (m) {
        const year = Number(m[1]);
        if (m[2] === 'target') return targetPath(the(c, REGION, 'programme.target'), r.programmeStart, r.programmeEnd, year);
        return sum(gs.map((g) => {
          const point = g.programme?.path.find((x) => x.year === year);
          const which = point?.projected !== null && point?.projected !== undefined ? 'projected' : 'realised';
          return the(c, g.code, `programme.path.${year}.${which}`, label('ofGemeente', g.name));
        }));
      }
      return sumOver(gs, path);
    }
    case 'affordable':
      if (field === 'gap2030') return sub(the(c, REGION, 'affordable.target'), the(c, REGION, 'affordable.projected2030'));
      return sumOver(having('affordable'), path);
    case 'elderly':
      if (field === 'requiredShare') {
        if ((r.region.elderly?.newBuild ?? 0) <= 0) return num(null, label('nothingBuilt'), { unit: 'share' });
        return min(num(1, label('hundredPercent'), { unit: 'share' }), div(the(c, REGION, 'elderly.newBuildNeed'), the(c, REGION, 'elderly.newBuild')));
      }
      return sumOver(having('elderly'), path);
    case 'aandachtsgroepen':
      return regionAandachtsgroepenFormula(c, path, field);
    case 'ledger':
      return ledgerRegionFormula(c, field);
    default:
      return null;
  }
}
