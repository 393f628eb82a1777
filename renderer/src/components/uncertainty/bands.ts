import type { Band, UncertaintyBlock } from '../../../../shared/result/uncertainty';

/** The marker beside a P10–P90 whose likely value lies outside it: a symbol, the same in both languages. */
export const OUTSIDE_MARKER = '*';

/** A block's bands by place and path (`regio` or a CBS code; `programme.shortfall2030`). */
export function bandIndex(block: UncertaintyBlock | null | undefined): (where: string, path: string) => Band | undefined {
  const bands = new Map<string, Band>();
  for (const b of block?.bands ?? []) bands.set(`${b.where}\u0000${b.path}`, b);
  return (where, path) => bands.get(`${where}\u0000${path}`);
}

/** The band when it has a range to show: a figure no draw moves (a shortfall that stays 0) has none. */
export function shownBand(band: Band | null | undefined): Band | null {
  return band && Math.round(band.p10) !== Math.round(band.p90) ? band : null;
}

/**
 * The likely value (the scenario's own result) lies outside its own P10–P90, as the whole numbers
 * shown read: a value at the edge of its range, or an open choice whose other option the draws
 * weigh in (bandbreedte's elderly total shortfall of the region: 5.571 against 2.966–5.531).
 */
export function outsideBand(band: Band): boolean {
  const likely = Math.round(band.likely);
  return likely < Math.round(band.p10) || likely > Math.round(band.p90);
}
