import { gemeenteName, periodKey } from '../dataset/query';
import type { Dataset, Figure, Relation } from '../dataset/schema';
import type { Finding, FindingFigure } from './finding';
import { placeName, seriesLabels } from './labels';

type Claim = Extract<Relation, { kind: 'claim' }>;
type Observation = { observed: number; limit: number; period: string; figures: FindingFigure[] };

const EPSILON = 1e-9;
const usable = (f: Figure) => f.value !== null && f.variant !== 'tekst';

/** Of several figures for one year (two peildata), the latest. */
function latest(figures: Figure[]): Figure | undefined {
  return [...figures].sort((a, b) => (a.peildatum ?? '').localeCompare(b.peildatum ?? '')).at(-1);
}

function holds(c: Claim, observed: number, limit: number): boolean {
  switch (c.comparator) {
    case 'lt':
      return observed < limit - EPSILON;
    case 'le':
      return observed <= limit + EPSILON;
    case 'gt':
      return observed > limit + EPSILON;
    case 'ge':
      return observed >= limit - EPSILON;
    case 'between':
      return observed >= (c.value ?? 0) - EPSILON && observed <= (c.valueHigh ?? 0) + EPSILON;
  }
}

const role = (period: string) => ({ code: 'claimed' as const, params: { period } });
const figureOf = (f: Figure, r: FindingFigure['role'] = role(periodKey(f))): FindingFigure => ({ figureId: f.id, gemeente: f.gemeente, value: f.value, role: r });

/** What the figures give for one claim and one place: one observation per figure (value) or per series (change, ratio). */
function observe(ds: Dataset, c: Claim, place: string | null): Observation[] {
  const of = (series: string) => ds.figures.filter((f) => f.series === series && f.gemeente === place && usable(f));
  return c.series.flatMap((series): Observation[] => {
    const figures = of(series).sort((a, b) => a.periodFrom - b.periodFrom || a.periodTo - b.periodTo);
    if (c.measure === 'value') {
      return figures
        .filter((f) => f.periodFrom >= c.periodFrom && f.periodTo <= c.periodTo)
        .flatMap((f) => {
          if (c.referenceSeries === undefined) return [{ observed: f.value ?? 0, limit: c.value ?? 0, period: periodKey(f), figures: [figureOf(f)] }];
          const ref = latest(ds.figures.filter((x) => x.series === c.referenceSeries && x.gemeente === null && usable(x) && periodKey(x) === periodKey(f)));
          if (!ref) return [];
          return [
            {
              observed: f.value ?? 0,
              limit: ref.value ?? 0,
              period: periodKey(f),
              figures: [figureOf(f), figureOf(ref, { code: 'claimReference', params: { period: periodKey(ref) } })],
            },
          ];
        });
    }
    const start = latest(figures.filter((f) => f.periodTo === c.periodFrom));
    const end = latest(figures.filter((f) => f.periodTo === c.periodTo));
    if (!start || !end) return [];
    const a = start.value ?? 0;
    const b = end.value ?? 0;
    if (c.measure === 'ratio' && a === 0) return [];
    return [
      {
        observed: c.measure === 'change' ? b - a : b / a,
        limit: c.value ?? 0,
        period: `${c.periodFrom}–${c.periodTo}`,
        figures: [figureOf(start), figureOf(end)],
      },
    ];
  });
}

/**
 * Claims in running text, transcribed as data (a claim relation), against the figures they speak
 * about: one contradiction per claim and place where a figure does not bear the claim out; one note
 * per claim for the places the dataset has no figures for. Works on any dataset: edit a figure and
 * the claim is checked against the edit.
 */
export function checkClaims(ds: Dataset): Finding[] {
  return ds.relations.flatMap((r) => (r.kind === 'claim' ? claimFindings(ds, r) : []));
}

function claimFindings(ds: Dataset, c: Claim): Finding[] {
  const period = c.periodFrom === c.periodTo ? `${c.periodFrom}` : `${c.periodFrom}–${c.periodTo}`;
  const label = seriesLabels(ds, c.series[0] ?? '');
  const reference = c.referenceSeries ? seriesLabels(ds, c.referenceSeries) : null;
  const findings: Finding[] = [];
  const unchecked: (string | null)[] = [];
  for (const place of c.gemeenten) {
    const observations = observe(ds, c, place);
    if (observations.length === 0) {
      unchecked.push(place);
      continue;
    }
    const failing = observations.filter((o) => !holds(c, o.observed, o.limit));
    const first = failing[0];
    if (!first) continue;
    findings.push({
      id: `claim:${c.id}:${place ?? 'regio'}`,
      check: 'claim',
      severity: 'contradiction',
      series: [...c.series],
      gemeente: place,
      period,
      code: 'claimContradicted',
      params: {
        gemeente: placeName(ds, place),
        document: c.source.document,
        place: c.source.place,
        quote: c.quote,
        series: label.nl,
        seriesEn: label.en,
        measure: c.measure,
        comparator: c.comparator,
        value: c.value ?? null,
        valueHigh: c.valueHigh ?? null,
        reference: reference?.nl ?? null,
        referenceEn: reference?.en ?? null,
        observed: failing.map((o) => o.observed),
        limits: failing.map((o) => o.limit),
        periods: failing.map((o) => o.period),
      },
      expected: first.limit,
      actual: first.observed,
      figures: failing.flatMap((o) => o.figures),
    });
  }
  if (unchecked.length > 0) {
    findings.push({
      id: `claim:${c.id}:uncheckable`,
      check: 'claim',
      severity: 'info',
      series: [...c.series],
      gemeente: null,
      period,
      code: 'claimUncheckable',
      params: {
        document: c.source.document,
        place: c.source.place,
        quote: c.quote,
        places: unchecked.filter((p): p is string => p !== null).map((p) => gemeenteName(ds, p)),
        region: unchecked.includes(null),
        period,
      },
      expected: null,
      actual: null,
      figures: [],
    });
  }
  return findings;
}
