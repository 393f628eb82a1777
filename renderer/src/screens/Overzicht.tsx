import { useMemo } from 'react';
import { gapChart } from '../../../shared/charts/gapChart';
import { elderlyGapChart } from '../../../shared/charts/elderlyChart';
import { PlotlyChart } from '../charts/PlotlyChart';
import { RegionMap } from '../charts/RegionMap';
import { KeyFigures } from '../components/KeyFigures';
import { ResultTable } from '../components/ResultTable';
import { Warnings } from '../components/Warnings';
import { ExportMenu } from '../components/ExportMenu';
import { useBundle, useLocale, useOpenScenario, useResult } from '../state/AppState';

export function Overzicht({ onGemeente }: { onGemeente: (code: string) => void }) {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const open = useOpenScenario();
  const gap = useMemo(() => gapChart(result, bundle.dataset, locale), [result, bundle.dataset, locale]);
  const elderly = useMemo(() => elderlyGapChart(result, bundle.dataset, locale), [result, bundle.dataset, locale]);
  return (
    <div className="screen" data-testid="screen-overzicht">
      <div className="toolbar">
        <h2>{open.name}</h2>
        <ExportMenu scenarioIds={[open.id]} />
      </div>
      <KeyFigures result={result} />
      <div className="grid-2">
        <PlotlyChart spec={gap} />
        <PlotlyChart spec={elderly} />
      </div>
      <ResultTable result={result} onGemeente={onGemeente} />
      <Warnings result={result} />
      <RegionMap />
    </div>
  );
}
