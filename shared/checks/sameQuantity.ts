import { gemeenteName, groupBy, periodKey } from '../dataset/query';
import type { Dataset, Figure } from '../dataset/schema';
import type { Finding, FindingFigure } from './finding';
import { placeName, seriesLabels } from './labels';

const when = (f: Figure) => periodKey(f) + (f.peildatum ? ` @ ${f.peildatum}` : '');
const sourceOf = (f: Figure) => `${f.source.document} · ${f.source.place}`;
const low = (f: Figure) => f.value ?? 0;
const high = (f: Figure) => f.valueHigh ?? f.value ?? 0;
/** Two figures differ when their ranges (a single value is a range of one) do not overlap. */
const differ = (a: Figure, b: Figure) => high(a) < low(b) - 1e-9 || high(b) < low(a) - 1e-9;
const samePeriod = (a: Figure, b: Figure) =>
  a.periodFrom === b.periodFrom && a.periodTo === b.periodTo && (a.peildatum === b.peildatum || a.peildatum === null || b.peildatum === null);
const given = (f: Figure): FindingFigure => ({ figureId: f.id, gemeente: f.gemeente, value: f.value, role: { code: 'givenBy', params: { document: f.source.document, period: when(f) } } });

/**
 * The same quantity (series and place) given in two places: two documents, or two places in one
 * document. For the same period, different values are a contradiction. For different periods they
 * are not, but the reader should know that the documents speak of different moments: one note per
 * series names the documents and periods. Two figures from one place (a table's years, two
 * reference dates in one paragraph) are a time series, not two statements; a region figure of a
 * summed series stated twice in one document is left to the totals check, which holds each against
 * the rows.
 */
export function checkSameQuantity(ds: Dataset): Finding[] {
  const summed = new Set(ds.series.filter((s) => s.aggregation === 'sum').map((s) => s.id));
  const findings: Finding[] = [];
  const otherPeriod = new Map<string, { figures: Map<string, Figure>; places: Set<string | null> }>();
  for (const group of groupBy(
    ds.figures.filter((f) => f.value !== null),
    (f) => `${f.series}|${f.gemeente ?? ''}`,
  ).values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as Figure;
        const b = group[j] as Figure;
        const sameDocument = a.source.document === b.source.document;
        if (sameDocument && a.source.place === b.source.place) continue;
        if (sameDocument && a.gemeente === null && summed.has(a.series)) continue;
        if (!differ(a, b)) continue;
        if (samePeriod(a, b)) {
          const label = seriesLabels(ds, a.series);
          findings.push({
            id: `sameQuantity:${a.id}|${b.id}`,
            check: 'sameQuantity',
            severity: 'contradiction',
            series: [a.series],
            gemeente: a.gemeente,
            period: periodKey(a),
            code: 'sameQuantityDiffers',
            params: {
              gemeente: placeName(ds, a.gemeente),
              series: label.nl,
              seriesEn: label.en,
              period: when(a),
              value: low(a),
              valueHigh: a.valueHigh ?? null,
              otherValue: low(b),
              otherValueHigh: b.valueHigh ?? null,
              source: sourceOf(a),
              otherSource: sourceOf(b),
            },
            expected: b.value,
            actual: a.value,
            figures: [given(a), given(b)],
          });
        } else {
          const entry = otherPeriod.get(a.series) ?? { figures: new Map<string, Figure>(), places: new Set<string | null>() };
          entry.figures.set(a.id, a);
          entry.figures.set(b.id, b);
          entry.places.add(a.gemeente);
          otherPeriod.set(a.series, entry);
        }
      }
    }
  }
  for (const [series, { figures, places }] of otherPeriod) {
    const list = [...figures.values()];
    const label = seriesLabels(ds, series);
    const sources = [...new Set(list.map((f) => `${f.source.document} · ${when(f)}`))].sort();
    findings.push({
      id: `sameQuantity:${series}:periods`,
      check: 'sameQuantity',
      severity: 'info',
      series: [series],
      gemeente: null,
      period: [...new Set(list.map(periodKey))].sort().join(', '),
      code: 'sameQuantityOtherPeriod',
      params: {
        series: label.nl,
        seriesEn: label.en,
        sources,
        places: ds.gemeenten.filter((g) => places.has(g.code)).map((g) => gemeenteName(ds, g.code)),
        region: places.has(null),
      },
      expected: null,
      actual: null,
      figures: list.map(given),
    });
  }
  return findings;
}
