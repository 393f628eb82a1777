import type { Dataset } from '../dataset/schema';
import { checkExpressions } from './expressions';
import type { Finding } from './finding';
import { checkRows } from './missingRows';
import { checkRelations } from './relations';
import { checkTotals } from './totals';

export type { Finding } from './finding';

const SEVERITY_ORDER = { contradiction: 0, missing: 1, info: 2 } as const;

/** Every consistency check of MODEL.md §4, over any dataset: seed, edited or imported. */
export function runChecks(ds: Dataset): Finding[] {
  return [...checkTotals(ds), ...checkRelations(ds), ...checkExpressions(ds), ...checkRows(ds)].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id),
  );
}
