import { useMemo } from 'react';
import { placementsChart } from '../../../shared/charts/placementsChart';
import type { Result } from '../../../shared/result/schema';
import { useBundle, useLocale } from '../state/AppState';
import { PlotlyChart } from './PlotlyChart';

type Props = {
  /** The scenario's result: its aandachtsgroepen blocks hold the placements against the task (MODEL §5.3). */
  result: Result;
  /** Pixels; the other charts' default when left out. */
  height?: number;
};

/**
 * Realised placements of aandachtsgroepen against each gemeente's task over the same years, the
 * shortfall in the shortfall colour (shared/charts/placementsChart.ts defines it; this only draws
 * it), with the source line from the dataset the window has open.
 */
export function PlacementsBalanceChart({ result, height }: Props) {
  const dataset = useBundle().dataset;
  const locale = useLocale();
  const spec = useMemo(() => placementsChart(result, dataset, locale), [result, dataset, locale]);
  return <PlotlyChart spec={spec} {...(height !== undefined ? { height } : {})} />;
}
