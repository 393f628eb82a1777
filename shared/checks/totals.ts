import type { Dataset, Figure } from '../dataset/schema';
import { gemeenteName, groupBy, periodKey } from '../dataset/query';
import type { Finding } from './finding';
import { seriesLabels } from './labels';
import { expectedInTable } from './membership';

const TOLERANCE = 0.5; // the sources print whole numbers

function tableKey(f: Figure): string {
  return `${f.series}|${periodKey(f)}`;
}

/**
 * Printed regional figures against the sum of the gemeente rows of the same series and period:
 * the table's own total row and any regional figure stated elsewhere (e.g. in the text).
 * Gemeenten without a value are named; a missing row can only explain a printed figure that is
 * larger than the sum (the rows are counts, never negative), and the message says which case holds.
 */
export function checkTotals(ds: Dataset): Finding[] {
  const sumSeries = new Set(ds.series.filter((s) => s.aggregation === 'sum').map((s) => s.id));
  const findings: Finding[] = [];
  for (const figures of groupBy(ds.figures.filter((f) => sumSeries.has(f.series)), tableKey).values()) {
    const first = figures[0];
    if (!first) continue;
    const rows = figures.filter((f) => f.gemeente !== null && f.value !== null);
    if (rows.length === 0) continue;
    const sum = rows.reduce((acc, f) => acc + (f.value ?? 0), 0);
    const withValue = new Set(rows.map((f) => f.gemeente));
    const lacking = ds.gemeenten
      .filter((g) => expectedInTable(g, first) && !withValue.has(g.code))
      .map((g) => g.name);
    for (const total of figures.filter((f) => f.gemeente === null && f.value !== null)) {
      const printed = total.value ?? 0;
      if (Math.abs(printed - sum) <= TOLERANCE) continue;
      const textFigure = total.variant === 'tekst';
      const label = seriesLabels(ds, total.series);
      findings.push({
        id: `total:${total.id}`,
        check: 'total',
        severity: 'contradiction',
        series: [total.series],
        gemeente: null,
        period: periodKey(total),
        code: 'totalMismatch',
        params: {
          series: label.nl,
          seriesEn: label.en,
          textFigure,
          document: total.source.document,
          place: total.source.place,
          printed,
          rows: rows.length,
          sum,
          lacking,
          lackingCanExplain: printed > sum,
        },
        expected: sum,
        actual: printed,
        figures: [
          { figureId: total.id, gemeente: null, value: printed, role: { code: textFigure ? 'textFigure' : 'printedTotal', params: {} } },
          ...rows.map((f) => ({ figureId: f.id, gemeente: f.gemeente, value: f.value, role: { code: 'row' as const, params: { gemeente: gemeenteName(ds, f.gemeente) } } })),
        ],
      });
    }
  }
  return findings;
}
