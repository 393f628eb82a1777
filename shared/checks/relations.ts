import type { Dataset, Figure, Relation } from '../dataset/schema';
import { gemeenteName, periodKey, seriesLabel } from '../dataset/query';
import { formatNumber, formatSigned } from '../format/nl';
import type { Finding } from './finding';

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
    const where = gemeenteName(ds, num.gemeente);
    return [
      {
        id: `ratio:${r.id}:${num.id}`,
        check: 'ratio' as const,
        severity: 'contradiction' as const,
        series: [r.numerator, r.denominator],
        gemeente: num.gemeente,
        period: periodKey(num),
        title: `Verhouding wijkt af: ${where}`,
        message:
          `Volgens ${r.source.document} · ${r.source.place} is '${seriesLabel(ds, r.numerator)}' ${formatNumber(r.ratio * 100, 2)} % van '${seriesLabel(ds, r.denominator)}': ` +
          `voor ${where} ${formatNumber(expected, 1)} bij ${formatNumber(den.value)}; de bron geeft ${formatNumber(actual)} ` +
          `(verschil ${formatSigned(actual - expected, 1)}).`,
        expected,
        actual,
        figures: [
          { figureId: num.id, gemeente: num.gemeente, value: num.value, role: 'teller' },
          { figureId: den.id, gemeente: den.gemeente, value: den.value, role: 'noemer' },
        ],
      },
    ];
  });
}

function partOfFindings(ds: Dataset, r: Extract<Relation, { kind: 'partOf' }>): Finding[] {
  return pairs(ds, r.part, r.whole).flatMap(({ a: part, b: whole }) => {
    if ((part.value ?? 0) <= (whole.value ?? 0)) return [];
    const where = gemeenteName(ds, part.gemeente);
    return [
      {
        id: `partOf:${r.id}:${part.id}`,
        check: 'partOf' as const,
        severity: 'contradiction' as const,
        series: [r.part, r.whole],
        gemeente: part.gemeente,
        period: periodKey(part),
        title: `Deel groter dan geheel: ${where}`,
        message: `'${seriesLabel(ds, r.part)}' (${formatNumber(part.value)}) is een deel van '${seriesLabel(ds, r.whole)}' (${formatNumber(whole.value)}) en kan niet groter zijn.`,
        expected: whole.value,
        actual: part.value,
        figures: [
          { figureId: part.id, gemeente: part.gemeente, value: part.value, role: 'deel' },
          { figureId: whole.id, gemeente: whole.gemeente, value: whole.value, role: 'geheel' },
        ],
      },
    ];
  });
}

export function checkRelations(ds: Dataset): Finding[] {
  return ds.relations.flatMap((r) => (r.kind === 'ratio' ? ratioFindings(ds, r) : partOfFindings(ds, r)));
}
