import { sourceLine } from '../../../../shared/charts/sources';
import type { Dataset } from '../../../../shared/dataset/schema';
import { SERIES } from '../../../../shared/engine/inputs';
import type { Locale } from '../../../../shared/format/nl';
import type { LedgerType } from '../../../../shared/result/ledger';

/** The dataset series a ledger type is counted from (its own, or every type's for all together) and the inhabitants. */
export function ledgerSeries(t: LedgerType, types: readonly LedgerType[]): string[] {
  const own = t.series !== null ? [t.series] : types.flatMap((x) => (x.series !== null ? [x.series] : []));
  return [...own, SERIES.population];
}

/** "Bron: 000 · …; 003 · …": the documents of the current and the earlier count, and of the inhabitants. */
export function ledgerSourceLine(ds: Dataset, t: LedgerType, types: readonly LedgerType[], scenarioName: string, locale: Locale): string {
  return sourceLine(ds, ledgerSeries(t, types), scenarioName, locale);
}
