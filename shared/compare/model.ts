import type { GemeenteResult, RegionResult, Result } from '../result/schema';
import { HOUSING_TYPES, type HousingType } from '../scenario/schema';

/**
 * Two to four scenarios compared against one of them, the reference (chosen by the analyst; the
 * first by default, never silently the open one). Every difference is taken from the engine's
 * unrounded figures and rounded only when shown, so 3.493,5 − 3.118,6 reads +375, not the +374
 * of two rounded figures. Shortfalls are compared as shortfalls: the region's is the sum of the
 * gemeenten's own (the result already holds it so), and no surplus is ever set off against a
 * shortfall here either.
 */

export type ThemeId = 'programme' | 'affordable' | 'elderly' | 'aandachtsgroepen' | 'solidarity';

export type MeasureId =
  | 'programme.shortfall2030'
  | 'programme.surplus2030'
  | 'affordable.shortfall2030'
  | `elderly.${HousingType}.shortfall`
  | 'elderly.total.shortfall'
  | 'elderly.total.surplus'
  | 'aandachtsgroepen.taskPerYear'
  | 'aandachtsgroepen.placements.shortfall'
  | 'solidarity.surplusAfter';

/** What a measure counts: homes, households per year, households, or units of facilities against the fair share (signed). */
export type MeasureUnit = 'homes' | 'perYear' | 'households' | 'units';

type Measure = {
  id: MeasureId;
  theme: ThemeId;
  unit: MeasureUnit;
  /** Higher is worse (a shortfall): the summary says "more" or "less" shortfall; a task or a signed ledger figure is only "higher"/"lower". */
  shortfall: boolean;
  gemeente: (g: GemeenteResult, r: Result) => number | null;
  region: (r: RegionResult) => number | null;
};

const elderlyType = (t: HousingType): Measure => ({
  id: `elderly.${t}.shortfall`,
  theme: 'elderly',
  unit: 'homes',
  shortfall: true,
  gemeente: (g) => g.elderly?.[t].shortfall ?? null,
  region: (r) => r.elderly?.[t].shortfall ?? null,
});

/** All types of facilities together, after the scenario's placements: actual minus fair share (solidarity ledger). */
const ledgerAfter = (g: GemeenteResult, r: Result): number | null => r.ledger.combined?.rows.find((row) => row.code === g.code)?.surplusAfter ?? null;

export const MEASURES: readonly Measure[] = [
  { id: 'programme.shortfall2030', theme: 'programme', unit: 'homes', shortfall: true, gemeente: (g) => g.programme?.shortfall2030 ?? null, region: (r) => r.programme?.shortfall2030 ?? null },
  { id: 'programme.surplus2030', theme: 'programme', unit: 'homes', shortfall: false, gemeente: (g) => g.programme?.surplus2030 ?? null, region: (r) => r.programme?.surplus2030 ?? null },
  { id: 'affordable.shortfall2030', theme: 'affordable', unit: 'homes', shortfall: true, gemeente: (g) => g.affordable?.shortfall2030 ?? null, region: (r) => r.affordable?.shortfall2030 ?? null },
  ...HOUSING_TYPES.map(elderlyType),
  { id: 'elderly.total.shortfall', theme: 'elderly', unit: 'homes', shortfall: true, gemeente: (g) => g.elderly?.total.shortfall ?? null, region: (r) => r.elderly?.total.shortfall ?? null },
  { id: 'elderly.total.surplus', theme: 'elderly', unit: 'homes', shortfall: false, gemeente: (g) => g.elderly?.total.surplus ?? null, region: (r) => r.elderly?.total.surplus ?? null },
  { id: 'aandachtsgroepen.taskPerYear', theme: 'aandachtsgroepen', unit: 'perYear', shortfall: false, gemeente: (g) => g.aandachtsgroepen.taskPerYear, region: (r) => r.aandachtsgroepen.taskPerYear },
  {
    id: 'aandachtsgroepen.placements.shortfall',
    theme: 'aandachtsgroepen',
    unit: 'households',
    shortfall: true,
    gemeente: (g) => g.aandachtsgroepen.placements?.shortfall ?? null,
    region: (r) => r.aandachtsgroepen.placements?.shortfall ?? null,
  },
  // Signed per gemeente (more or less than its fair share); the region's sum is 0 by construction, so it has no region row.
  { id: 'solidarity.surplusAfter', theme: 'solidarity', unit: 'units', shortfall: false, gemeente: ledgerAfter, region: () => null },
];

/** One place (a gemeente, or the region when `code` is null): a value per scenario and its difference with the reference's. */
export type CompareRow = {
  code: string | null;
  name: string;
  /** Per scenario, in the order given; null where the scenario has no figure here (no programme in Eemnes). */
  values: (number | null)[];
  /** value − reference value, unrounded; null for the reference itself and where either is missing. */
  diffs: (number | null)[];
};

export type MeasureComparison = {
  id: MeasureId;
  theme: ThemeId;
  unit: MeasureUnit;
  shortfall: boolean;
  /** The gemeenten (in the results' order) with a figure in any scenario, then the region where it has one. */
  rows: CompareRow[];
  /** Per scenario: every figure is 0 or missing (a bar series that would be invisible). */
  allZero: boolean[];
  /** Per scenario: every figure equals the reference's (as shown: to the whole unit). The reference itself is true. */
  sameAsReference: boolean[];
};

/** A difference worth naming in a summary: the largest per theme and scenario, at the region, with the gemeente that differs most. */
export type Highlight = {
  measure: MeasureId;
  theme: ThemeId;
  scenario: number;
  reference: number;
  value: number;
  diff: number;
  /** The gemeente whose figure moves most for this measure (null where only one gemeente has it or none differs). */
  largest: { code: string; name: string; diff: number } | null;
};

export type ScenarioRef = { id: string; name: string };

export type Comparison = {
  scenarios: ScenarioRef[];
  /** Index into `scenarios` of the reference. */
  reference: number;
  measures: MeasureComparison[];
  highlights: Highlight[];
};

/** A difference shown as at least one whole unit. */
export const MATTERS = 0.5;
const differs = (d: number | null): boolean => d !== null && Math.abs(d) >= MATTERS;

/** The reference's index: the scenario with this id, or the first where the id is absent or unknown. */
export function referenceIndex(results: readonly Pick<Result, 'scenarioId'>[], referenceId: string | null | undefined): number {
  const i = referenceId ? results.findIndex((r) => r.scenarioId === referenceId) : -1;
  return i >= 0 ? i : 0;
}

export function compareResults(results: readonly Result[], referenceId?: string | null): Comparison {
  const reference = referenceIndex(results, referenceId);
  const gemeenten = results[0]?.gemeenten ?? [];
  const measures = MEASURES.map((m) => measureOf(m, results, reference, gemeenten)).filter((m) => m.rows.length > 0);
  return { scenarios: results.map((r) => ({ id: r.scenarioId, name: r.scenarioName })), reference, measures, highlights: highlightsOf(measures, reference) };
}

function measureOf(m: Measure, results: readonly Result[], reference: number, gemeenten: readonly GemeenteResult[]): MeasureComparison {
  const row = (code: string | null, name: string, values: (number | null)[]): CompareRow => {
    const ref = values[reference] ?? null;
    return { code, name, values, diffs: values.map((v, i) => (i === reference || v === null || ref === null ? null : v - ref)) };
  };
  const rows: CompareRow[] = [];
  for (const g of gemeenten) {
    const values = results.map((r) => {
      const own = r.gemeenten.find((x) => x.code === g.code);
      return own ? m.gemeente(own, r) : null;
    });
    if (values.some((v) => v !== null)) rows.push(row(g.code, g.name, values));
  }
  const region = results.map((r) => m.region(r.region));
  if (region.some((v) => v !== null)) rows.push(row(null, '', region));
  return {
    id: m.id,
    theme: m.theme,
    unit: m.unit,
    shortfall: m.shortfall,
    rows,
    allZero: results.map((_, i) => rows.every((r) => Math.abs(r.values[i] ?? 0) < MATTERS)),
    sameAsReference: results.map((_, i) => rows.every((r) => Math.round(r.values[i] ?? 0) === Math.round(r.values[reference] ?? 0) && (r.values[i] === null) === (r.values[reference] === null))),
  };
}

function highlightsOf(measures: readonly MeasureComparison[], reference: number): Highlight[] {
  const out: Highlight[] = [];
  const themes = [...new Set(measures.map((m) => m.theme))];
  const scenarios = measures[0]?.allZero.length ?? 0;
  for (const theme of themes) {
    for (let s = 0; s < scenarios; s++) {
      if (s === reference) continue;
      let best: Highlight | null = null;
      // The total before its parts: on a tie (all of the difference in one type) the summary names the total.
      const candidates = measures.filter((x) => x.theme === theme && x.shortfall).sort((a, b) => Number(b.id.includes('.total.')) - Number(a.id.includes('.total.')));
      for (const m of candidates) {
        const region = m.rows.find((r) => r.code === null);
        const d = region?.diffs[s] ?? null;
        // A part beats the total only when it differs clearly more (not by a rounding error of the sum).
        if (!region || d === null || !differs(d) || (best && Math.abs(d) <= Math.abs(best.diff) + 1e-6)) continue;
        const parts = m.rows.filter((r) => r.code !== null && differs(r.diffs[s] ?? null));
        const top = parts.reduce<CompareRow | null>((a, r) => (!a || Math.abs(r.diffs[s] ?? 0) > Math.abs(a.diffs[s] ?? 0) ? r : a), null);
        best = {
          measure: m.id,
          theme,
          scenario: s,
          reference: region.values[reference] ?? 0,
          value: region.values[s] ?? 0,
          diff: d,
          largest: top?.code && parts.length > 1 ? { code: top.code, name: top.name, diff: top.diffs[s] ?? 0 } : null,
        };
      }
      if (best) out.push(best);
    }
  }
  return out.sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff));
}

/** The measure with this id, if the results have it. */
export function measure(c: Comparison, id: MeasureId): MeasureComparison | undefined {
  return c.measures.find((m) => m.id === id);
}
