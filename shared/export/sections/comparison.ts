import { compareGapChart } from '../../charts/compareChart';
import { texts } from '../../i18n/catalogue';
import type { Result } from '../../result/schema';
import type { Cell, ColumnKind, TablesText } from '../../table/column';
import { chart, table, type SectionEntry, type SectionInput } from '../section';
import type { ReportTable } from '../table';

/** The regional figures the scenarios are compared on: one row each, one column per scenario. */
const METRICS: { id: keyof TablesText['comparison']; kind: ColumnKind; value: (r: Result, t: TablesText) => Cell }[] = [
  { id: 'scenarioPace', kind: 'pace', value: (r) => r.region.programme?.scenarioPace ?? null },
  { id: 'projected2030', kind: 'homes', value: (r) => r.region.programme?.projected2030 ?? null },
  { id: 'gap2030', kind: 'homes', value: (r) => r.region.programme?.gap2030 ?? null },
  { id: 'catchUpYear', kind: 'year', value: (r, t) => r.region.programme?.catchUpYear ?? t.afterHorizon },
  { id: 'affordableGap2030', kind: 'homes', value: (r) => r.region.affordable?.gap2030 ?? null },
  { id: 'elderlyGap', kind: 'homes', value: (r) => r.region.elderly?.total.gap ?? null },
  { id: 'aandachtsPerYear', kind: 'pace', value: (r) => r.region.aandachtsgroepen.taskPerYear },
];

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
  return {
    id: 'comparison',
    title: w.table,
    sheet: w.sheet,
    // The metric column is text; scenario columns hold numbers, formatted per row by the documents.
    columns: [{ header: t.comparison.metric, kind: 'text' }, ...results.map((r) => ({ header: r.scenarioName, kind: 'homes' as const }))],
    rows: METRICS.map((m) => [t.comparison[m.id], ...results.map((r) => m.value(r, t))]),
    rowKinds: METRICS.map((m) => m.kind),
    totalRow: false,
    source: w.source,
  };
}
