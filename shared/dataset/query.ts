import type { Dataset, Figure, Gemeente } from './schema';

/** Is the gemeente a member of the region at some point in [from, to]? */
export function isMemberDuring(g: Gemeente, from: number, to: number): boolean {
  return (g.memberFrom === null || g.memberFrom <= to) && (g.memberUntil === null || g.memberUntil >= from);
}

export function membersDuring(ds: Dataset, from: number, to: number): Gemeente[] {
  return ds.gemeenten.filter((g) => isMemberDuring(g, from, to));
}

/**
 * Figures by series and gemeente, built once per figure list. Datasets are never mutated (an
 * edit or import makes a new one), so the index can be kept beside the list it was built from;
 * without it every lookup scans all figures and reading a region of 700 gemeenten is quadratic.
 */
const indexes = new WeakMap<readonly Figure[], Map<string, Figure[]>>();
const indexKey = (series: string, gemeente: string | null) => `${series}|${gemeente ?? ''}`;

function figureIndex(figures: readonly Figure[]): Map<string, Figure[]> {
  let index = indexes.get(figures);
  if (!index) {
    index = groupBy(figures, (f) => indexKey(f.series, f.gemeente));
    indexes.set(figures, index);
  }
  return index;
}

export function figuresOf(ds: Dataset, series: string, gemeente: string | null): Figure[] {
  return figureIndex(ds.figures).get(indexKey(series, gemeente)) ?? [];
}

/** Figure of a series and gemeente with the latest period (then latest peildatum) that has a value. */
export function latestFigure(ds: Dataset, series: string, gemeente: string | null): Figure | undefined {
  let best: Figure | undefined;
  for (const f of figuresOf(ds, series, gemeente)) {
    if (f.value === null) continue;
    if (best === undefined || compareRecency(f, best) > 0) best = f;
  }
  return best;
}

function compareRecency(a: Figure, b: Figure): number {
  if (a.periodTo !== b.periodTo) return a.periodTo - b.periodTo;
  return (a.peildatum ?? '').localeCompare(b.peildatum ?? '');
}

/** Key of the table a figure sits in: one series over one period. */
export function periodKey(f: Pick<Figure, 'periodFrom' | 'periodTo'>): string {
  return f.periodFrom === f.periodTo ? `${f.periodFrom}` : `${f.periodFrom}–${f.periodTo}`;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function gemeenteName(ds: Dataset, code: string | null): string {
  if (code === null) return 'regio';
  return ds.gemeenten.find((g) => g.code === code)?.name ?? code;
}

export function seriesLabel(ds: Dataset, id: string): string {
  return ds.series.find((s) => s.id === id)?.label ?? id;
}
