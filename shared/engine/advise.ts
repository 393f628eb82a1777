import type { Dataset } from '../dataset/schema';
import { ADVICE_MEASURE, type Advice, type AdviceOption } from '../result/advice';
import type { LedgerType } from '../result/ledger';
import type { ScenarioParams } from '../scenario/schema';
import { extractInputs } from './inputs';
import { computeLedger } from './ledger';

/** Sum of |surplus per 10 000| over the gemeenten that have inhabitants: 0 is every gemeente at its fair share. */
export function distanceFromFair(t: LedgerType): number {
  return t.rows.reduce((sum, r) => sum + Math.abs(r.surplusAfterPer10k ?? 0), 0);
}

/**
 * The placement advisor: the ledger of `type` recomputed with `units` more in each member gemeente
 * in turn (on top of the scenario's own placements, in the scenario's horizon year), ranked by the
 * distance from fair shares. Null when the data has no such facility type.
 */
export function advise(ds: Dataset, params: ScenarioParams, type: string, units: number): Advice | null {
  const members = extractInputs(ds).gemeenten;
  const base = computeLedger(ds, params, members);
  const current = base.types.find((t) => t.type === type);
  if (!current) return null;
  const withNew = (code: string): LedgerType | undefined => {
    const placement = { id: 'advies', action: 'add' as const, type, units, gemeente: code, from: null, year: params.horizon, status: 'idee' as const, label: '', source: null, active: true };
    const solidarity = { ...params.solidarity, placements: [...params.solidarity.placements, placement] };
    return computeLedger(ds, { ...params, solidarity }, members).types.find((t) => t.type === type);
  };
  const before = distanceFromFair(current);
  const scored = members.flatMap((g): Omit<AdviceOption, 'rank'>[] => {
    const after = withNew(g.code);
    const row = after?.rows.find((r) => r.code === g.code);
    if (!after || !row) return [];
    const measure = distanceFromFair(after);
    return [{ code: g.code, name: g.name, measure, change: measure - before, actualAfter: row.actualAfter, fairAfter: row.fairAfter, surplusAfterPer10k: row.surplusAfterPer10k }];
  });
  // Rounded before ranking, so two gemeenten that differ only in floating-point noise share a rank.
  const key = (m: number) => Math.round(m * 1e9);
  const sorted = [...scored].sort((a, b) => a.measure - b.measure || a.name.localeCompare(b.name, 'nl'));
  const options = sorted.map((o) => ({ ...o, rank: 1 + sorted.filter((x) => key(x.measure) < key(o.measure)).length }));
  return {
    type,
    label: current.label,
    labelEn: current.labelEn,
    unit: current.unit,
    units,
    key: base.key,
    measure: ADVICE_MEASURE,
    before,
    options,
    withoutInhabitants: current.rows.filter((r) => r.surplusAfterPer10k === null).map((r) => r.code),
  };
}

/**
 * Finds a facility type by what a person types: its id (keerpuntUnits), the start of it (keerpunt),
 * or a word of its label. Several matches or none: the list to choose from.
 */
export function findFacilityType(types: readonly { type: string; label: string }[], query: string): { ok: true; type: string } | { ok: false; candidates: string[] } {
  const q = query.trim().toLowerCase();
  const exact = types.filter((t) => t.type.toLowerCase() === q);
  const matches = exact.length > 0 ? exact : types.filter((t) => t.type.toLowerCase().startsWith(q) || t.label.toLowerCase().includes(q));
  const [only] = matches;
  return matches.length === 1 && only ? { ok: true, type: only.type } : { ok: false, candidates: (matches.length > 1 ? matches : types).map((t) => t.type) };
}
