import { ALL_TYPES, type LedgerType } from '../result/ledger';
import type { Result } from '../result/schema';

/** The ledger's figures as the derivations see them: `ledger.<type>.<field>`, per gemeente (its row) or for the region (the totals). */
const ROW_FIELDS = ['actual', 'weight', 'fair', 'surplus', 'inhabitants', 'actualPer10k', 'fairPer10k', 'surplusPer10k', 'earlier', 'placed', 'actualAfter', 'fairAfter', 'surplusAfter', 'actualAfterPer10k', 'surplusAfterPer10k'] as const;

export const allTypes = (result: Result): LedgerType[] => [...result.ledger.types, ...(result.ledger.combined ? [result.ledger.combined] : [])];

/** The ledger's figures as a part of the result that a derivation is about: per type, the gemeente's row or the region's totals. */
export function ledgerScope(result: Result, where: string): Record<string, unknown> {
  return Object.fromEntries(
    allTypes(result).map((t) => {
      // 'regio' is REGION (context.ts imports this file, so the constant cannot come from there).
      if (where === 'regio') return [t.type, { total: t.total, placed: t.placed, totalAfter: t.totalAfter, ...(t.type === ALL_TYPES ? {} : { typeWeight: t.typeWeight }) }];
      const row = t.rows.find((r) => r.code === where);
      return [t.type, row ? Object.fromEntries(ROW_FIELDS.map((f) => [f, row[f]])) : {}];
    }),
  );
}

