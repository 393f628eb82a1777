import { DOCUMENT_YEAR } from '../dataset/documents';
import { isMemberDuring } from '../dataset/query';
import type { Dataset, Figure, Gemeente } from '../dataset/schema';

/**
 * Is a gemeente expected to have a row in a table (a series over one period, from one document)?
 * It must be a member during the period, and still (or already) a member when the document was
 * written: a table written after a gemeente left the region does not list it, even for the years
 * it was a member, and that is not a missing row.
 */
export function expectedInTable(g: Gemeente, table: Pick<Figure, 'periodFrom' | 'periodTo' | 'source'>): boolean {
  if (!isMemberDuring(g, table.periodFrom, table.periodTo)) return false;
  const written = DOCUMENT_YEAR[table.source.document];
  if (written === null) return true;
  return (g.memberUntil === null || g.memberUntil >= written) && (g.memberFrom === null || g.memberFrom <= written);
}

export function expectedMembers(ds: Dataset, table: Pick<Figure, 'periodFrom' | 'periodTo' | 'source'>): Gemeente[] {
  return ds.gemeenten.filter((g) => expectedInTable(g, table));
}
