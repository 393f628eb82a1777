import { gemeenteName, groupBy, periodKey } from '../dataset/query';
import type { Dataset, Figure, Relation } from '../dataset/schema';
import type { Finding, FindingFigure } from './finding';
import { seriesLabels } from './labels';

export type NormRelation = Extract<Relation, { kind: 'norm' }>;
type Norm = NormRelation;

const overlaps = (a: Pick<Figure, 'periodFrom' | 'periodTo'>, b: Pick<Figure, 'periodFrom' | 'periodTo'>) =>
  a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;
const usable = (f: Figure) => f.value !== null && f.variant !== 'tekst';

/**
 * Stated norms against the rows they govern. The norm is a figure (a share in %, with its source);
 * the relation says which rows it governs. Per norm figure and governed table (numerator series
 * over one period that overlaps the norm's), one finding names every row that misses the norm.
 * A miss is a contradiction when the numerator is the governed quantity itself (or an upper bound
 * of it that already misses); when it is only a lower bound (S+M app for zero-step homes), the data
 * cannot confirm the norm and the finding is a note.
 */
export function checkNorms(ds: Dataset): Finding[] {
  return ds.relations.flatMap((r) => (r.kind === 'norm' ? normFindings(ds, r) : []));
}

/** One governed table: the numerator rows of one period, each with its denominator (same gemeente and period) where there is one. */
export type NormTable = { period: string; rows: { num: Figure; den: Figure | undefined }[] };

/**
 * How a norm relation reads the data: per norm figure (the region's, with a value), the tables it
 * governs (numerator series over one period that overlaps the norm's). The check below and the
 * norms monitor (shared/engine/norms.ts) both read a norm this way.
 */
export function readNorm(ds: Dataset, r: Pick<Norm, 'norm' | 'numerator' | 'denominator'>): { norm: Figure; tables: NormTable[] }[] {
  const norms = ds.figures.filter((f) => f.series === r.norm && f.gemeente === null && f.value !== null);
  const denominators = new Map<string, Figure>();
  for (const f of ds.figures) if (f.series === r.denominator && usable(f)) denominators.set(`${f.gemeente ?? ''}|${periodKey(f)}`, f);
  const numerators = ds.figures.filter((f) => f.series === r.numerator && usable(f));
  return norms.map((norm) => ({
    norm,
    tables: [...groupBy(numerators.filter((f) => overlaps(f, norm)), periodKey).entries()].map(([period, rows]) => ({
      period,
      rows: rows.map((num) => ({ num, den: denominators.get(`${num.gemeente ?? ''}|${periodKey(num)}`) })),
    })),
  }));
}

function normFindings(ds: Dataset, r: Norm): Finding[] {
  const findings: Finding[] = [];
  for (const { norm, tables } of readNorm(ds, r)) {
    const share = (norm.value ?? 0) / 100;
    for (const { rows: pairs } of tables) {
      const rows = pairs.map((p) => p.num);
      const first = rows[0];
      if (!first) continue;
      let checked = 0;
      const failing: { num: Figure; den: Figure; expected: number }[] = [];
      for (const { num, den } of pairs) {
        if (!den || !den.value) continue;
        if (num.gemeente !== null) checked += 1;
        const expected = share * den.value;
        const actual = num.value ?? 0;
        const allowed = num.gemeente === null ? r.tolerance * Math.max(1, rows.filter((x) => x.gemeente !== null).length) : r.tolerance;
        const misses = r.comparator === 'atLeast' ? actual < expected - allowed : actual > expected + allowed;
        if (misses) failing.push({ num, den, expected });
      }
      if (failing.length === 0) continue;
      // A lower bound below an "at least" (or an upper bound above an "at most") proves nothing.
      const unconfirmable =
        (r.comparator === 'atLeast' && r.numeratorBound === 'lowerBound') || (r.comparator === 'atMost' && r.numeratorBound === 'upperBound');
      const region = failing.find((x) => x.num.gemeente === null);
      const normLabel = seriesLabels(ds, r.norm);
      const numerator = seriesLabels(ds, r.numerator);
      const denominator = seriesLabels(ds, r.denominator);
      const figures: FindingFigure[] = [
        { figureId: norm.id, gemeente: null, value: norm.value, role: { code: 'norm', params: {} } },
        ...failing.flatMap(({ num, den }): FindingFigure[] => [
          {
            figureId: num.id,
            gemeente: num.gemeente,
            value: num.value,
            role: { code: 'normRow' as const, params: { gemeente: num.gemeente === null ? null : gemeenteName(ds, num.gemeente), share: (100 * (num.value ?? 0)) / (den.value ?? 1) } },
          },
          { figureId: den.id, gemeente: den.gemeente, value: den.value, role: { code: 'ratioDenominator' as const, params: {} } },
        ]),
      ];
      findings.push({
        id: `norm:${r.id}:${norm.id}:${r.numerator}:${periodKey(first)}`,
        check: 'norm',
        severity: unconfirmable ? 'info' : 'contradiction',
        series: [r.numerator, r.denominator, r.norm],
        gemeente: null,
        period: periodKey(first),
        code: 'normNotMet',
        params: {
          normLabel: normLabel.nl,
          normLabelEn: normLabel.en,
          normValue: norm.value ?? 0,
          comparator: r.comparator,
          bound: r.numeratorBound,
          document: norm.source.document,
          place: norm.source.place,
          tableDocument: first.source.document,
          tablePlace: first.source.place,
          numerator: numerator.nl,
          numeratorEn: numerator.en,
          denominator: denominator.nl,
          denominatorEn: denominator.en,
          rows: checked,
          failing: failing.filter((x) => x.num.gemeente !== null).map((x) => gemeenteName(ds, x.num.gemeente)),
          regionActual: region ? (region.num.value ?? 0) : null,
          regionExpected: region ? region.expected : null,
        },
        expected: region ? region.expected : null,
        actual: region ? region.num.value : null,
        figures,
      });
    }
  }
  return findings;
}
