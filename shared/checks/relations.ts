import type { Dataset, Figure, Relation } from '../dataset/schema';
import { periodKey } from '../dataset/query';
import type { Finding } from './finding';
import { placeName, seriesLabels } from './labels';

type Pair = { a: Figure; b: Figure };

/** Figures of two series that sit in the same row: same gemeente (or region) and period. */
function pairs(ds: Dataset, seriesA: string, seriesB: string): Pair[] {
  const result: Pair[] = [];
  const bByRow = new Map<string, Figure>();
  for (const f of ds.figures) {
    if (f.series === seriesB && f.value !== null && f.variant !== 'tekst') bByRow.set(rowKey(f), f);
  }
  for (const a of ds.figures) {
    if (a.series !== seriesA || a.value === null || a.variant === 'tekst') continue;
    const b = bByRow.get(rowKey(a));
    if (b) result.push({ a, b });
  }
  return result;
}

function rowKey(f: Figure): string {
  return `${f.gemeente ?? 'regio'}|${periodKey(f)}`;
}

/**
 * The tolerance is per rounded figure. A regional figure of a summed series is the sum of n
 * rounded rows, so its rounding can add up to n × tolerance without any row being wrong.
 */
function allowedDifference(ds: Dataset, r: Extract<Relation, { kind: 'ratio' }>, num: Figure): number {
  if (num.gemeente !== null || ds.series.find((s) => s.id === r.numerator)?.aggregation !== 'sum') return r.tolerance;
  const key = periodKey(num);
  const rows = ds.figures.filter(
    (f) => f.series === r.numerator && f.gemeente !== null && f.value !== null && f.variant !== 'tekst' && periodKey(f) === key,
  ).length;
  return r.tolerance * Math.max(1, rows);
}

function ratioFindings(ds: Dataset, r: Extract<Relation, { kind: 'ratio' }>): Finding[] {
  return pairs(ds, r.numerator, r.denominator).flatMap(({ a: num, b: den }) => {
    const expected = r.ratio * (den.value ?? 0);
    const actual = num.value ?? 0;
    if (Math.abs(actual - expected) <= allowedDifference(ds, r, num)) return [];
    const numerator = seriesLabels(ds, r.numerator);
    const denominator = seriesLabels(ds, r.denominator);
    return [
      {
        id: `ratio:${r.id}:${num.id}`,
        check: 'ratio' as const,
        severity: 'contradiction' as const,
        series: [r.numerator, r.denominator],
        gemeente: num.gemeente,
        period: periodKey(num),
        code: 'ratioMismatch' as const,
        params: {
          gemeente: placeName(ds, num.gemeente),
          numerator: numerator.nl,
          numeratorEn: numerator.en,
          denominator: denominator.nl,
          denominatorEn: denominator.en,
          document: r.source.document,
          place: r.source.place,
          ratio: r.ratio,
          expected,
          denominatorValue: den.value ?? 0,
          actual,
        },
        expected,
        actual,
        figures: [
          { figureId: num.id, gemeente: num.gemeente, value: num.value, role: { code: 'ratioNumerator' as const, params: {} } },
          { figureId: den.id, gemeente: den.gemeente, value: den.value, role: { code: 'ratioDenominator' as const, params: {} } },
        ],
      },
    ];
  });
}

function partOfFindings(ds: Dataset, r: Extract<Relation, { kind: 'partOf' }>): Finding[] {
  return pairs(ds, r.part, r.whole).flatMap(({ a: part, b: whole }) => {
    if ((part.value ?? 0) <= (whole.value ?? 0)) return [];
    const partLabel = seriesLabels(ds, r.part);
    const wholeLabel = seriesLabels(ds, r.whole);
    return [
      {
        id: `partOf:${r.id}:${part.id}`,
        check: 'partOf' as const,
        severity: 'contradiction' as const,
        series: [r.part, r.whole],
        gemeente: part.gemeente,
        period: periodKey(part),
        code: 'partLargerThanWhole' as const,
        params: {
          gemeente: placeName(ds, part.gemeente),
          part: partLabel.nl,
          partEn: partLabel.en,
          whole: wholeLabel.nl,
          wholeEn: wholeLabel.en,
          partValue: part.value ?? 0,
          wholeValue: whole.value ?? 0,
        },
        expected: whole.value,
        actual: part.value,
        figures: [
          { figureId: part.id, gemeente: part.gemeente, value: part.value, role: { code: 'partOfWhole' as const, params: {} } },
          { figureId: whole.id, gemeente: whole.gemeente, value: whole.value, role: { code: 'wholeOfPart' as const, params: {} } },
        ],
      },
    ];
  });
}

export function checkRelations(ds: Dataset): Finding[] {
  return ds.relations.flatMap((r) => (r.kind === 'ratio' ? ratioFindings(ds, r) : r.kind === 'partOf' ? partOfFindings(ds, r) : []));
}
