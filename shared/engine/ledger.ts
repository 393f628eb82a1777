import type { Dataset, Figure } from '../dataset/schema';
import { figuresOf, groupBy } from '../dataset/query';
import type { Ledger, LedgerRow, LedgerType } from '../result/ledger';
import type { ScenarioParams } from '../scenario/schema';
import { fairShareWeights } from './fairShare';
import { extractInputs } from './inputs';
import type { Warning } from './warnings';

const FACILITIES = 'voorzieningen.';
/** Locations are not places: a type counts places, units or homes. */
const NOT_CAPACITY = new Set(['locaties']);

/**
 * MODEL.md §5.4: the solidarity ledger. Every facility type in the data (a `voorzieningen.*`
 * series of places, units or homes per gemeente, not a planned change), its current measurement
 * per member gemeente (the latest period with figures), the fair share `total × w(g)` under the
 * scenario's key, the difference, and each per 10 000 inhabitants. The earlier measurement stands
 * beside it where the sources give one. A pure function of the dataset and the scenario.
 */
export function computeLedger(ds: Dataset, params: ScenarioParams): Ledger {
  const warnings: Warning[] = [];
  const inputs = extractInputs(ds);
  const members = inputs.gemeenten;
  const { key, customWeights } = params.solidarity;
  const weights = fairShareWeights(members, key, customWeights, [], (w) => warnings.push(w));
  if ([...weights.values()].every((w) => w <= 0)) warnings.push({ code: 'weightsZero', params: {} });
  const types = ds.series
    .filter((s) => s.id.startsWith(FACILITIES) && s.perGemeente && !s.planned && !NOT_CAPACITY.has(s.unit))
    .flatMap((s): LedgerType[] => {
      const byYear = groupBy(
        members.flatMap((g) => figuresOf(ds, s.id, g.code).filter((f): f is Figure & { value: number } => f.value !== null && f.periodFrom === f.periodTo)),
        (f) => String(f.periodTo),
      );
      const years = [...byYear.keys()].map(Number).sort((a, b) => b - a);
      const year = years[0];
      if (year === undefined) return [];
      const current = byYear.get(String(year)) ?? [];
      const earlierYear = years[1];
      const earlier = earlierYear === undefined ? [] : (byYear.get(String(earlierYear)) ?? []);
      const total = current.reduce((sum, f) => sum + f.value, 0);
      const rows = members.map((g): LedgerRow => {
        const actual = current.find((f) => f.gemeente === g.code)?.value ?? 0;
        const weight = weights.get(g.code) ?? 0;
        const fair = total * weight;
        const per10k = (v: number) => (g.population !== null && g.population > 0 ? (v / g.population) * 10_000 : null);
        const before = earlier.find((f) => f.gemeente === g.code);
        return {
          code: g.code,
          name: g.name,
          actual,
          weight,
          fair,
          surplus: actual - fair,
          inhabitants: g.population,
          actualPer10k: per10k(actual),
          fairPer10k: per10k(fair),
          surplusPer10k: per10k(actual - fair),
          earlier: before && earlierYear !== undefined ? { year: earlierYear, actual: before.value } : null,
        };
      });
      return [{ series: s.id, label: s.label, labelEn: s.labelEn, unit: s.unit, year, total, rows }];
    });
  return { key, types, warnings };
}
