import type { Dataset } from '../dataset/schema';
import { SERIES } from '../engine/inputs';

/**
 * The build programme's first and last year, read the way the engine reads them (extractInputs:
 * from the target figures), so an import accepts placements for exactly the years the engine
 * counts them in; null when the dataset has no programme.
 */
export function programmeYears(ds: Pick<Dataset, 'figures'>): { start: number; end: number } | null {
  const targets = ds.figures.filter((f) => f.series === SERIES.target && f.value !== null);
  if (targets.length === 0) return null;
  return { start: Math.min(...targets.map((f) => f.periodFrom)), end: Math.max(...targets.map((f) => f.periodTo)) };
}
