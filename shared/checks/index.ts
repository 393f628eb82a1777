import type { Dataset } from '../dataset/schema';
import { checkClaims } from './claims';
import { linkCorrections } from './corrections';
import { checkExpressions } from './expressions';
import type { Finding } from './finding';
import { checkRows } from './missingRows';
import { checkNorms } from './norms';
import { checkRelations } from './relations';
import { checkSameQuantity } from './sameQuantity';
import { checkTotals } from './totals';

export type { Finding } from './finding';

const SEVERITY_ORDER = { contradiction: 0, missing: 1, info: 2 } as const;

/** The check families, without linking: what a corrected dataset is run through to see what a correction resolves. */
function findAll(ds: Dataset): Finding[] {
  return [
    ...checkTotals(ds),
    ...checkRelations(ds),
    ...checkNorms(ds),
    ...checkClaims(ds),
    ...checkSameQuantity(ds),
    ...checkExpressions(ds),
    ...checkRows(ds),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id));
}

/** Every consistency check of MODEL.md §4, over any dataset: seed, edited or imported. */
export function runChecks(ds: Dataset): Finding[] {
  return linkCorrections(ds, findAll(ds), findAll);
}
