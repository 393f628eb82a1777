import { useMemo } from 'react';
import { gapChart } from '../../../shared/charts/gapChart';
import { elderlyGapChart } from '../../../shared/charts/elderlyChart';
import { PlotlyChart } from '../charts/PlotlyChart';
import { RegionMap } from '../charts/RegionMap';
import { KeyFigures } from '../components/KeyFigures';
import { Verdict } from '../components/Verdict';
import { ResultTable } from '../components/ResultTable';
import { Warnings } from '../components/Warnings';
import { ExportMenu } from '../components/ExportMenu';
import { GoalSeekPanel } from '../components/uncertainty/GoalSeekPanel';
import { TornadoPanel } from '../components/uncertainty/TornadoPanel';
import { useBundle, useLocale, useMessages, useOpenScenario, useResult } from '../state/AppState';
import { UncertaintyStatus } from '../uncertainty/UncertaintyStatus';
import { useUncertainty } from '../uncertainty/useUncertainty';

export function Overzicht({ onGemeente }: { onGemeente: (code: string) => void }) {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const open = useOpenScenario();
  const region = useMessages().tables.region;
  // The bands of the scenario's ranges (MODEL.md §5.6), null until the worker has them or without ranges.
  const uncertainty = useUncertainty();
  const block = uncertainty.block;
  const gap = useMemo(() => gapChart(result, bundle.dataset, locale, block), [result, bundle.dataset, locale, block]);
  const elderly = useMemo(() => elderlyGapChart(result, bundle.dataset, locale), [result, bundle.dataset, locale]);
  return (
    <div className="screen" data-testid="screen-overzicht">
      <div className="toolbar">
        <h2>{open.name}</h2>
        <ExportMenu scenarioIds={[open.id]} />
      </div>
      <Verdict result={result} />
      <KeyFigures result={result} />
      <UncertaintyStatus u={uncertainty} />
      <div className="grid-2">
        <PlotlyChart spec={gap} />
        <PlotlyChart spec={elderly} />
      </div>
      <ResultTable result={result} onGemeente={onGemeente} block={block} />
      <div className="grid-2">
        <GoalSeekPanel where="regio" />
        <TornadoPanel where="regio" placeName={region} />
      </div>
      <Warnings result={result} />
      <RegionMap />
    </div>
  );
}
