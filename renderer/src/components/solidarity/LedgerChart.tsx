import { useMemo } from 'react';
import { ledgerChart } from '../../../../shared/charts/ledgerChart';
import type { LedgerType } from '../../../../shared/result/ledger';
import { PlotlyChart } from '../../charts/PlotlyChart';
import { useBundle, useLocale, useResult } from '../../state/AppState';
import { ledgerSourceLine } from './ledgerSources';

/** The difference from the fair share per 10 000 inhabitants per gemeente, now and after (shared/charts/ledgerChart.ts). */
export function LedgerChart({ type, types }: { type: LedgerType; types: readonly LedgerType[] }) {
  const dataset = useBundle().dataset;
  const scenarioName = useResult().scenarioName;
  const locale = useLocale();
  const spec = useMemo(() => ledgerChart(type, ledgerSourceLine(dataset, type, types, scenarioName, locale), locale), [type, types, dataset, scenarioName, locale]);
  return <PlotlyChart spec={spec} height={360} />;
}
