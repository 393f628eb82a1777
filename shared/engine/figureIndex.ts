import type { Dataset, Figure } from '../dataset/schema';

/**
 * The engine's index of a figure list: by series, the figures in list order, and the same split
 * by gemeente (null for the region). Built in one pass the first time a list is read and kept
 * beside it, as shared/dataset/query.ts keeps its own: datasets are never changed in place (an
 * edit, an import or a scenario's data overrides make a new list). Two Map lookups by strings the
 * caller already holds, where a key made of series and gemeente would build a string per lookup.
 */
export type FigureIndex = {
  /** Figures of one series in list order. */
  series(series: string): readonly Figure[];
  /** Figures of one series and gemeente (null: the region's) in list order: query.ts figuresOf. */
  of(series: string, gemeente: string | null): readonly Figure[];
};

type Built = {
  bySeries: Map<string, Figure[]>;
  /** Positions in the list of each series' figures, ascending. */
  positions: Map<string, number[]>;
  byGemeente: Map<string, Map<string | null, Figure[]>>;
};

const EMPTY: readonly Figure[] = [];
const built = new WeakMap<readonly Figure[], FigureIndex & { positions: Map<string, number[]> }>();

function build(figures: readonly Figure[]): Built {
  const bySeries = new Map<string, Figure[]>();
  const positions = new Map<string, number[]>();
  const byGemeente = new Map<string, Map<string | null, Figure[]>>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as Figure;
    const list = bySeries.get(f.series);
    if (list) {
      list.push(f);
      positions.get(f.series)?.push(i);
    } else {
      bySeries.set(f.series, [f]);
      positions.set(f.series, [i]);
    }
    let perGemeente = byGemeente.get(f.series);
    if (!perGemeente) byGemeente.set(f.series, (perGemeente = new Map<string | null, Figure[]>()));
    const own = perGemeente.get(f.gemeente);
    if (own) own.push(f);
    else perGemeente.set(f.gemeente, [f]);
  }
  return { bySeries, positions, byGemeente };
}

function indexOf(figures: readonly Figure[]): FigureIndex & { positions: Map<string, number[]> } {
  let index = built.get(figures);
  if (!index) {
    const { bySeries, positions, byGemeente } = build(figures);
    index = {
      series: (series) => bySeries.get(series) ?? EMPTY,
      of: (series, gemeente) => byGemeente.get(series)?.get(gemeente) ?? EMPTY,
      positions,
    };
    built.set(figures, index);
  }
  return index;
}

export function figureIndex(ds: Pick<Dataset, 'figures'>): FigureIndex {
  return indexOf(ds.figures);
}

/**
 * The dataset with only the figures of these series, in the list's order: for a reader that scans
 * every figure for a few series (the norm reader), the same answer from a short list.
 */
export function withSeriesOnly(ds: Dataset, series: readonly string[]): Dataset {
  const index = indexOf(ds.figures);
  const at: number[] = [];
  for (const s of new Set(series)) for (const i of index.positions.get(s) ?? []) at.push(i);
  at.sort((a, b) => a - b);
  return { ...ds, figures: at.map((i) => ds.figures[i] as Figure) };
}
