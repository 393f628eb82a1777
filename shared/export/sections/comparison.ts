import { compareGapChart } from '../../charts/compareChart';
import type { Result } from '../../result/schema';
import { texts } from '../../i18n/catalogue';
import type { Cell, ColumnKind, TablesText } from '../../table/column';
import { chart, table, type SectionEntry, type SectionInput } from '../section';
import type { ReportTable } from '../table';

type Metric = { id: keyof TablesText['comparison'] | 'requiredShare'; kind: ColumnKind; value: (r: Result, t: TablesText) => Cell; onlyIfAny?: boolean };

/**
 * The regional figures the scenarios are compared on: one row each, one column per scenario.
 * Shortfalls are the sums of the gemeenten's own (issue 9), the surplus a row of its own and the
 * programme's net called net (the Woondeal is per gemeente); a surplus row appears only where one
 * of the scenarios has a surplus.
 */
const METRICS: Metric[] = [
  { id: 'scenarioPace', kind: 'pace', value: (r) => r.region.programme?.scenarioPace ?? null },
  { id: 'projected2030', kind: 'homes', value: (r) => r.region.programme?.projected2030 ?? null },
  { id: 'shortfall2030', kind: 'homes', value: (r) => r.region.programme?.shortfall2030 ?? null },
  { id: 'surplus2030', kind: 'homes', value: (r) => r.region.programme?.surplus2030 ?? null, onlyIfAny: true },
  { id: 'gap2030', kind: 'homes', value: (r) => r.region.programme?.gap2030 ?? null },
  { id: 'catchUpYear', kind: 'year', value: (r, t) => (r.region.programme ? (r.region.programme.catchUpYear ?? t.afterHorizon) : null) },
  { id: 'affordableShortfall2030', kind: 'homes', value: (r) => r.region.affordable?.shortfall2030 ?? null },
  { id: 'affordableSurplus2030', kind: 'homes', value: (r) => r.region.affordable?.surplus2030 ?? null, onlyIfAny: true },
  { id: 'elderlyShortfall', kind: 'homes', value: (r) => r.region.elderly?.total.shortfall ?? null },
  { id: 'elderlySurplus', kind: 'homes', value: (r) => r.region.elderly?.total.surplus ?? null, onlyIfAny: true },
  { id: 'requiredShare', kind: 'percent', value: (r) => r.region.elderly?.requiredShare ?? null },
  { id: 'aandachtsPerYear', kind: 'pace', value: (r) => r.region.aandachtsgroepen.taskPerYear },
];

/** A surplus that shows as at least 1 home. */
const isSome = (v: Cell): boolean => typeof v === 'number' && v >= 0.5;

/** Two to four scenarios side by side (region); on the deck beside the comparison chart. */
export const comparison: SectionEntry = {
  id: 'comparison',
  build: (input) => {
    if (input.results.length < 2) return null;
    const t = comparisonTable(input);
    return {
      id: 'comparison',
      title: input.words.comparison.title,
      blocks: [table(t)],
      slides: [{ title: t.title, blocks: [table(t), chart(compareGapChart(input.results, input.dataset, input.locale))] }],
    };
  },
};

function comparisonTable({ results, locale, words }: SectionInput): ReportTable {
  const t = texts(locale).tables;
  const w = words.comparison;
  const label = (id: Metric['id']): string => (id === 'requiredShare' ? w.requiredShare : t.comparison[id]);
  const shown = METRICS.filter((m) => !m.onlyIfAny || results.some((r) => isSome(m.value(r, t))));
  return {
    id: 'comparison',
    title: w.table,
    sheet: w.sheet,
    // The metric column is text; scenario columns hold numbers, formatted per row by the documents.
    columns: [{ header: t.comparison.metric, kind: 'text' }, ...results.map((r) => ({ header: r.scenarioName, kind: 'homes' as const }))],
    rows: shown.map((m) => [label(m.id), ...results.map((r) => m.value(r, t))]),
    rowKinds: shown.map((m) => m.kind),
    totalRow: false,
    source: w.source,
  };
}
