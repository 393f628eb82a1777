import type { Dataset, Figure } from '../dataset/schema';
import { groupBy } from '../dataset/query';
import { figureIndex } from './figureIndex';
import { ALL_TYPES, type Ledger, type LedgerPlacement, type LedgerRow, type LedgerType } from '../result/ledger';
import { FACILITY_SERIES_PREFIX, type Placement, type ScenarioParams } from '../scenario/schema';
import { fairShareWeights } from './fairShare';
import { extractInputs, type GemeenteInputs } from './inputs';
import type { Warning } from './warnings';

/** Locations are not places: a type counts places, units or homes. */
const NOT_CAPACITY = new Set(['locaties']);

/** One facility type as measured: the latest period with figures per member gemeente, and the one before. */
export type FacilityMeasurement = {
  type: string;
  series: string;
  label: string;
  labelEn: string;
  unit: string;
  year: number;
  current: Map<string, number>;
  earlier: { year: number; values: Map<string, number> } | null;
};

/** The facility types in the data: `voorzieningen.*` series of places, units or homes per gemeente, not a planned change. */
export function facilityMeasurements(ds: Dataset, members: readonly GemeenteInputs[]): FacilityMeasurement[] {
  const index = figureIndex(ds);
  return ds.series
    .filter((s) => s.id.startsWith(FACILITY_SERIES_PREFIX) && s.perGemeente && !s.planned && !NOT_CAPACITY.has(s.unit))
    .flatMap((s): FacilityMeasurement[] => {
      const byYear = groupBy(
        index.series(s.id).length === 0 ? [] : members.flatMap((g) => index.of(s.id, g.code).filter((f): f is Figure & { value: number } => f.value !== null && f.periodFrom === f.periodTo)),
        (f) => String(f.periodTo),
      );
      const years = [...byYear.keys()].map(Number).sort((a, b) => b - a);
      const [year, earlierYear] = years;
      if (year === undefined) return [];
      const values = (y: number) => new Map((byYear.get(String(y)) ?? []).map((f) => [f.gemeente ?? '', f.value]));
      return [
        {
          type: s.id.slice(FACILITY_SERIES_PREFIX.length),
          series: s.id,
          label: s.label,
          labelEn: s.labelEn,
          unit: s.unit,
          year,
          current: values(year),
          earlier: earlierYear === undefined ? null : { year: earlierYear, values: values(earlierYear) },
        },
      ];
    });
}

/**
 * MODEL.md §5.4: the solidarity ledger. Per facility type in the data, its current measurement per
 * member gemeente, the fair share `total × w(g)` under the scenario's key, the difference, and
 * each per 10 000 inhabitants; the earlier measurement beside it where the sources give one; the
 * same after the scenario's planned placements; and all types together, each unit weighted by
 * its type's weight. A pure function of the dataset and the scenario.
 */
export function computeLedger(ds: Dataset, params: ScenarioParams, members: readonly GemeenteInputs[] = extractInputs(ds).gemeenten): Ledger {
  const warnings: Warning[] = [];
  const warn = (w: Warning) => warnings.push(w);
  const { key, customWeights, typeWeights, placements } = params.solidarity;
  // The same key as the aandachtsgroepen, but a missing own weight is worded for the facilities.
  const weights = fairShareWeights(members, key, customWeights, [], (w) => warn(w.code === 'customWeightMissing' ? { ...w, code: 'ledgerCustomWeightMissing' } : w));
  if ([...weights.values()].every((w) => w <= 0)) warn({ code: 'ledgerWeightsZero', params: {} });
  for (const g of members) if (g.population === null || g.population <= 0) warn({ code: 'ledgerNoInhabitants', params: { gemeente: g.name }, gemeente: g.code });

  const measured = facilityMeasurements(ds, members);
  const { placed, status } = applyPlacements(measured, members, placements, params.horizon, warn);
  const types = measured.map((m) => typeBlock(m, members, weights, typeWeights[m.type] ?? 1, placed.get(m.type) ?? new Map<string, number>()));
  return { key, types, combined: combine(types, members, weights), placements: status, warnings };
}

const per10k = (v: number, g: GemeenteInputs) => (g.population !== null && g.population > 0 ? (v / g.population) * 10_000 : null);

function typeBlock(m: FacilityMeasurement, members: readonly GemeenteInputs[], weights: Map<string, number>, typeWeight: number, placed: Map<string, number>): LedgerType {
  const actualOf = (g: GemeenteInputs) => m.current.get(g.code) ?? 0;
  const total = members.reduce((sum, g) => sum + actualOf(g), 0);
  const netPlaced = members.reduce((sum, g) => sum + (placed.get(g.code) ?? 0), 0);
  const rows = members.map((g) =>
    ledgerRow(g, weights.get(g.code) ?? 0, total, total + netPlaced, actualOf(g), placed.get(g.code) ?? 0, m.earlier && m.earlier.values.has(g.code) ? { year: m.earlier.year, actual: m.earlier.values.get(g.code) ?? 0 } : null),
  );
  return { type: m.type, series: m.series, label: m.label, labelEn: m.labelEn, unit: m.unit, year: m.year, typeWeight, total, placed: netPlaced, totalAfter: total + netPlaced, rows };
}

function ledgerRow(g: GemeenteInputs, weight: number, total: number, totalAfter: number, actual: number, placed: number, earlier: LedgerRow['earlier']): LedgerRow {
  const fair = total * weight;
  const actualAfter = actual + placed;
  const fairAfter = totalAfter * weight;
  return {
    code: g.code,
    name: g.name,
    actual,
    weight,
    fair,
    surplus: actual - fair,
    inhabitants: g.population,
    actualPer10k: per10k(actual, g),
    fairPer10k: per10k(fair, g),
    surplusPer10k: per10k(actual - fair, g),
    earlier,
    placed,
    actualAfter,
    fairAfter,
    surplusAfter: actualAfter - fairAfter,
    actualAfterPer10k: per10k(actualAfter, g),
    surplusAfterPer10k: per10k(actualAfter - fairAfter, g),
  };
}

/** All types together: each unit counts for its type's weight (an assumption, default 1). */
function combine(types: readonly LedgerType[], members: readonly GemeenteInputs[], weights: Map<string, number>): LedgerType | null {
  if (types.length === 0) return null;
  const weighted = (f: (t: LedgerType) => number) => types.reduce((sum, t) => sum + t.typeWeight * f(t), 0);
  const total = weighted((t) => t.total);
  const totalAfter = weighted((t) => t.totalAfter);
  const rows = members.map((g, i) => ledgerRow(g, weights.get(g.code) ?? 0, total, totalAfter, weighted((t) => t.rows[i]?.actual ?? 0), weighted((t) => t.rows[i]?.placed ?? 0), null));
  return {
    type: ALL_TYPES,
    series: null,
    label: 'Alle voorzieningen samen (gewogen)',
    labelEn: 'All facilities together (weighted)',
    unit: 'gewogen eenheden',
    year: Math.max(...types.map((t) => t.year)),
    typeWeight: 1,
    total,
    placed: totalAfter - total,
    totalAfter,
    rows,
  };
}

/** What a placement is called in a warning or a list: its own label, else its type and place. */
export function placementName(p: Placement, measured: readonly { type: string; label: string }[], members: readonly { code: string; name: string }[]): string {
  if (p.label.trim() !== '') return p.label.trim();
  const type = measured.find((m) => m.type === p.type)?.label ?? p.type;
  const where = members.find((g) => g.code === p.gemeente)?.name ?? p.gemeente;
  return `${type}: ${p.units} in ${where}`;
}

/**
 * The net units per type and gemeente that the scenario's placements add, in year order. A
 * removal takes away at most what is there (and says so); a move moves what it removes.
 */
function applyPlacements(
  measured: readonly FacilityMeasurement[],
  members: readonly GemeenteInputs[],
  placements: readonly Placement[],
  horizon: number,
  warn: (w: Warning) => void,
): { placed: Map<string, Map<string, number>>; status: LedgerPlacement[] } {
  const placed = new Map<string, Map<string, number>>();
  const status: LedgerPlacement[] = placements.map((p) => ({ id: p.id, name: placementName(p, measured, members), type: p.type, counted: false, reason: null, effects: [] }));
  const isMember = (code: string | null) => code === null || members.some((g) => g.code === code);
  const nameOf = (code: string) => members.find((g) => g.code === code)?.name ?? code;
  // In year order, so a removal sees what earlier placements left; the list keeps the scenario's order.
  const ordered = placements.map((p, index) => ({ p, index })).sort((a, b) => a.p.year - b.p.year);
  for (const { p, index } of ordered) {
    const name = placementName(p, measured, members);
    const m = measured.find((x) => x.type === p.type);
    const reason: LedgerPlacement['reason'] = !p.active ? 'inactive' : !m ? 'unknownType' : !isMember(p.gemeente) || !isMember(p.from) ? 'unknownGemeente' : p.year > horizon ? 'afterHorizon' : null;
    const effects: LedgerPlacement['effects'] = [];
    status[index] = { id: p.id, name, type: p.type, counted: reason === null, reason, effects };
    if (reason === 'unknownType') warn({ code: 'placementUnknownType', params: { placement: name, type: p.type } });
    if (reason === 'unknownGemeente') warn({ code: 'placementUnknownGemeente', params: { placement: name, code: isMember(p.gemeente) ? (p.from ?? '') : p.gemeente } });
    if (reason === 'afterHorizon') warn({ code: 'placementAfterHorizon', params: { placement: name, year: p.year, horizon } });
    if (reason !== null || !m) continue;
    if (p.year < m.year) warn({ code: 'placementBeforeMeasurement', params: { placement: name, year: p.year, measured: m.year } });
    const net = placed.get(p.type) ?? new Map<string, number>();
    placed.set(p.type, net);
    const present = (code: string) => (m.current.get(code) ?? 0) + (net.get(code) ?? 0);
    const take = (code: string): number => {
      const units = Math.min(p.units, present(code));
      if (units < p.units) warn({ code: 'placementRemovesMore', params: { gemeente: nameOf(code), placement: name, units: p.units, present: present(code) }, gemeente: code });
      change(code, -units);
      return units;
    };
    const change = (code: string, units: number) => {
      net.set(code, (net.get(code) ?? 0) + units);
      effects.push({ code, units });
    };
    if (p.action === 'add') change(p.gemeente, p.units);
    else if (p.action === 'remove') take(p.gemeente);
    else if (p.from !== null) change(p.gemeente, take(p.from));
  }
  return { placed, status };
}
