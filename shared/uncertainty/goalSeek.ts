import type { Dataset } from '../dataset/schema';
import { applyDataOverrides } from '../engine/dataOverrides';
import { extractInputs } from '../engine/inputs';
import { runScenario } from '../engine/run';
import { figureValue, REGION } from '../explain/context';
import type { GemeenteResult, Result } from '../result/schema';
import type { GoalAnswer, GoalSeek } from '../result/uncertainty';
import { withParam } from '../scenario/paramPath';
import { HOUSING_TYPES, type HousingType, type Scenario } from '../scenario/schema';

/**
 * "Wat is er nodig" (issue 11): for each gap of a gemeente or the region, the value of one lever
 * that closes it by the end of the programme (the need year for the elderly), everything else as
 * in the scenario. Exact where the model is linear in the lever (a gemeente's pace, its share of
 * new build, its homes made suitable in the existing stock); by bisection with the full engine
 * where it is not (the region's pace factor and new-build share: the region's shortfall is the sum
 * of the gemeenten's, each cut off at zero). "infeasible" when no value inside the lever's bounds
 * closes it. Each answer names the scenario setting that puts it into the scenario, if one does.
 */
const MAX_PACE_FACTOR = 5;
const MAX_PER_YEAR = 100_000;
/** A shortfall below this is closed (it rounds to no home). */
export const CLOSED = 1e-6;

type Answer = GoalAnswer;

const closed = (base: Omit<Answer, 'status' | 'value' | 'method' | 'apply'>): Answer => ({ ...base, status: 'closed', value: base.current, method: 'exact', apply: null });

function gemeenteAnswers(ds: Dataset, scenario: Scenario, result: Result, g: GemeenteResult): Answer[] {
  const params = scenario.params;
  const out: Answer[] = [];
  const p = g.programme;
  if (p) {
    const gap = { where: g.code, path: 'programme.shortfall2030' };
    const remaining = result.programmeEnd - p.baseYear;
    const base = { gap, shortfall: p.shortfall2030, type: null };
    if (p.shortfall2030 <= CLOSED) out.push(closed({ ...base, lever: 'pace', current: p.scenarioPace, bounds: [0, MAX_PER_YEAR] }));
    else {
      const apply =
        p.paceSource === 'trend' && p.currentPace > 0 && p.requiredPace / p.currentPace <= MAX_PACE_FACTOR
          ? { key: `programme.paceMultiplierByGemeente.${g.code}`, value: p.requiredPace / p.currentPace }
          : p.paceSource === 'custom'
            ? { key: `programme.customPace.${g.code}`, value: p.requiredPace }
            : null;
      out.push({ ...base, lever: 'pace', current: p.scenarioPace, bounds: [0, MAX_PER_YEAR], status: remaining > 0 ? 'closes' : 'infeasible', value: remaining > 0 ? p.requiredPace : null, method: 'exact', apply });
      if (p.paceSource === 'trend') {
        const current = params.programme.paceMultiplierByGemeente[g.code] ?? params.programme.paceMultiplier;
        const factor = p.currentPace > 0 ? p.requiredPace / p.currentPace : Infinity;
        const ok = remaining > 0 && factor <= MAX_PACE_FACTOR;
        out.push({ ...base, lever: 'paceMultiplier', current, bounds: [0, MAX_PACE_FACTOR], status: ok ? 'closes' : 'infeasible', value: ok ? factor : null, method: 'exact', apply: ok ? { key: `programme.paceMultiplierByGemeente.${g.code}`, value: factor } : null });
      }
    }
    out.push({ ...base, lever: 'catchUpYear', current: null, bounds: [result.programmeStart, 2040], status: p.shortfall2030 <= CLOSED ? 'closed' : p.catchUpYear === null ? 'infeasible' : 'closes', value: p.catchUpYear, method: 'result', apply: null });
  }
  const e = g.elderly;
  if (e) {
    const inputs = extractInputs(Object.keys(params.dataOverrides).length > 0 ? applyDataOverrides(ds, params.dataOverrides, () => undefined) : ds);
    const gi = inputs.gemeenten.find((x) => x.code === g.code);
    const needYear = gi?.needYear ?? result.programmeEnd;
    const baseYear = p?.baseYear ?? result.programmeStart - 1;
    const years = Math.max(0, needYear - baseYear);
    const pipeline = p?.paceSource === 'pipeline';
    for (const t of HOUSING_TYPES) {
      const block = e[t];
      const gap = { where: g.code, path: `elderly.${t}.shortfall` };
      const base = { gap, shortfall: block.shortfall, type: t };
      const stockNow = params.elderly.existingStockPerYear[g.code]?.[t] ?? 0;
      if (t === 'nultreden') out.push(shareAnswer(base, e.newBuild, stockNow * years, block.need, block.gap, pipeline, g.code));
      if (block.shortfall <= CLOSED) out.push(closed({ ...base, lever: 'existingStock', current: stockNow, bounds: [0, MAX_PER_YEAR] }));
      else {
        // Linear: each home a year made suitable adds `years` homes by the need year.
        const value = years > 0 ? stockNow + block.gap / years : null;
        const ok = value !== null && value <= MAX_PER_YEAR;
        out.push({ ...base, lever: 'existingStock', current: stockNow, bounds: [0, MAX_PER_YEAR], status: ok ? 'closes' : 'infeasible', value: ok ? value : null, method: 'exact', apply: ok ? { key: `elderly.existingStockPerYear.${g.code}.${t}`, value } : null });
      }
    }
  }
  return out;
}

/** The share of new build that closes the zero-step shortfall: need = share × new build + stock. */
function shareAnswer(base: Pick<Answer, 'gap' | 'shortfall' | 'type'>, newBuild: number, fromStock: number, need: number, gap: number, pipeline: boolean, code: string): Answer {
  const current = newBuild > 0 && !pipeline ? (need - gap - fromStock) / newBuild : null;
  const common = { ...base, lever: 'nultredenShare' as const, current, bounds: [0, 1] as [number, number] };
  if (pipeline) return { ...common, status: 'notApplicable', value: null, method: 'exact', apply: null };
  if (base.shortfall <= CLOSED) return closed(common);
  const share = newBuild > 0 ? (need - fromStock) / newBuild : Infinity;
  const ok = share <= 1;
  return { ...common, status: ok ? 'closes' : 'infeasible', value: ok ? share : null, method: 'exact', apply: ok ? { key: `elderly.newBuildShareByGemeente.${code}.nultreden`, value: share } : null };
}

/**
 * The smallest value in [lo, hi] at which `shortfall` reaches zero, for a shortfall that falls as
 * the value rises; null when it does not at `hi`. To 1e-6 of the lever.
 */
export function bisect(shortfall: (x: number) => number, lo: number, hi: number): number | null {
  if (shortfall(hi) > CLOSED) return null;
  if (shortfall(lo) <= CLOSED) return lo;
  let a = lo;
  let b = hi;
  while (b - a > 1e-6) {
    const m = (a + b) / 2;
    if (shortfall(m) <= CLOSED) b = m;
    else a = m;
  }
  return b;
}

function regionAnswers(ds: Dataset, scenario: Scenario, result: Result): Answer[] {
  const params = scenario.params;
  const out: Answer[] = [];
  const figureWith = (key: string, value: unknown, path: string) => figureValue(runScenario(ds, { ...scenario, params: withParam(params, key, value) }), REGION, path) as number;
  const p = result.region.programme;
  if (p) {
    const gap = { where: REGION, path: 'programme.shortfall2030' };
    const base = { gap, shortfall: p.shortfall2030, type: null };
    if (p.shortfall2030 <= CLOSED) out.push(closed({ ...base, lever: 'pace', current: p.scenarioPace, bounds: [0, MAX_PER_YEAR] }));
    else {
      // Every gemeente at its own required pace: the pace mode "programme".
      const stuck = result.gemeenten.some((g) => g.programme && g.programme.shortfall2030 > CLOSED && result.programmeEnd - g.programme.baseYear <= 0);
      out.push({ ...base, lever: 'pace', current: p.scenarioPace, bounds: [0, MAX_PER_YEAR], status: stuck ? 'infeasible' : 'closes', value: stuck ? null : p.requiredPace, method: 'exact', apply: stuck ? null : { key: 'programme.paceMode', value: 'programme' } });
      if (params.programme.paceMode === 'trend') {
        const factor = bisect((m) => figureWith('programme.paceMultiplier', m, 'programme.shortfall2030'), 0, MAX_PACE_FACTOR);
        out.push({ ...base, lever: 'paceMultiplier', current: params.programme.paceMultiplier, bounds: [0, MAX_PACE_FACTOR], status: factor === null ? 'infeasible' : 'closes', value: factor, method: 'bisection', apply: factor === null ? null : { key: 'programme.paceMultiplier', value: factor } });
      }
    }
    out.push({ ...base, lever: 'catchUpYear', current: null, bounds: [result.programmeStart, 2040], status: p.shortfall2030 <= CLOSED ? 'closed' : p.catchUpYear === null ? 'infeasible' : 'closes', value: p.catchUpYear, method: 'result', apply: null });
  }
  const e = result.region.elderly;
  if (e) {
    const gap = { where: REGION, path: 'elderly.nultreden.shortfall' };
    const base = { gap, shortfall: e.nultreden.shortfall, type: 'nultreden' as HousingType, lever: 'nultredenShare' as const, current: params.elderly.newBuildShare.nultreden, bounds: [0, 1] as [number, number] };
    if (params.programme.paceMode === 'pipeline') out.push({ ...base, status: 'notApplicable', value: null, method: 'bisection', apply: null });
    else if (e.nultreden.shortfall <= CLOSED) out.push(closed(base));
    else {
      const share = bisect((s) => figureWith('elderly.newBuildShare.nultreden', s, 'elderly.nultreden.shortfall'), 0, 1);
      out.push({ ...base, status: share === null ? 'infeasible' : 'closes', value: share, method: 'bisection', apply: share === null ? null : { key: 'elderly.newBuildShare.nultreden', value: share } });
    }
  }
  return out;
}

/** Goal seek for one place: `regio` or a gemeente's CBS code. Null for a code that is not in the result. */
export function goalSeek(ds: Dataset, scenario: Scenario, where: string, result: Result = runScenario(ds, scenario)): GoalSeek | null {
  if (where === REGION) return { scenarioId: scenario.id, where, name: REGION, answers: regionAnswers(ds, scenario, result) };
  const g = result.gemeenten.find((x) => x.code === where);
  if (!g) return null;
  return { scenarioId: scenario.id, where, name: g.name, answers: gemeenteAnswers(ds, scenario, result, g) };
}
