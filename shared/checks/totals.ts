import type { Dataset, Figure } from '../dataset/schema';
import { gemeenteName, groupBy, isMemberDuring, periodKey, seriesLabel } from '../dataset/query';
import { formatNumber, formatSigned } from '../format/nl';
import type { Finding } from './finding';

const TOLERANCE = 0.5; // the sources print whole numbers

function tableKey(f: Figure): string {
  return `${f.series}|${periodKey(f)}`;
}

/**
 * Printed regional figures against the sum of the gemeente rows of the same series and period:
 * the table's own total row and any regional figure stated elsewhere (e.g. in the text).
 * Gemeenten without a value are named, since a missing row can explain a difference.
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
      .filter((g) => isMemberDuring(g, first.periodFrom, first.periodTo) && !withValue.has(g.code))
      .map((g) => g.name);
    for (const total of figures.filter((f) => f.gemeente === null && f.value !== null)) {
      const printed = total.value ?? 0;
      const difference = printed - sum;
      if (Math.abs(difference) <= TOLERANCE) continue;
      const where = total.variant === 'tekst' ? 'Het regionale cijfer in de tekst' : 'Het gedrukte regiototaal';
      const explain = lacking.length > 0 ? ` Zonder waarde: ${lacking.join(', ')}; dat kan een deel van het verschil verklaren.` : '';
      findings.push({
        id: `total:${total.id}`,
        check: 'total',
        severity: 'contradiction',
        series: [total.series],
        gemeente: null,
        period: periodKey(total),
        title: `${seriesLabel(ds, total.series)}: regiocijfer ≠ som van de gemeenten`,
        message:
          `${where} (${total.source.document} · ${total.source.place}) is ${formatNumber(printed)}, ` +
          `de ${rows.length} gemeenterijen tellen op tot ${formatNumber(sum, 2)} (verschil ${formatSigned(difference, 2)}).${explain}`,
        expected: sum,
        actual: printed,
        figures: [
          { figureId: total.id, gemeente: null, value: printed, role: total.variant === 'tekst' ? 'regiocijfer tekst' : 'gedrukt totaal' },
          ...rows.map((f) => ({ figureId: f.id, gemeente: f.gemeente, value: f.value, role: `rij ${gemeenteName(ds, f.gemeente)}` })),
        ],
      });
    }
  }
  return findings;
}
