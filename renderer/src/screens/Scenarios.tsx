import { useMemo } from 'react';
import { gapChart } from '../../../shared/charts/gapChart';
import { PlotlyChart } from '../charts/PlotlyChart';
import { AssumptionEditor } from '../components/AssumptionEditor';
import { CopyAction } from '../components/CopyNameForm';
import { KeyFigures } from '../components/KeyFigures';
import { ScenarioList } from '../components/ScenarioList';
import { VersionHistory } from '../components/VersionHistory';
import { useBundle, useLocale, useMessages, useOpenScenario, useResult } from '../state/AppState';
import { UncertaintyStatus } from '../uncertainty/UncertaintyStatus';
import { useUncertainty } from '../uncertainty/useUncertainty';

export function Scenarios() {
  const open = useOpenScenario();
  const t = useMessages();
  return (
    <div className="screen scenarios-screen" data-testid="screen-scenarios">
      <aside>
        <ScenarioList />
      </aside>
      <div className="editor">
        <h2>{open.name}</h2>
        {/* The copy is named before it is made, so its id follows that name (CopyNameForm). */}
        {open.builtin && (
          <div className="notice-inline">
            {t.scenarioScreen.builtinReadOnly} <CopyAction key={open.id} of={open} label={t.scenarioScreen.makeCopy} testId="copy-builtin" />
          </div>
        )}
        {open.damaged !== undefined && (
          <div className="notice-inline">
            {/* The store's message (Dutch): settings changed outside the app show their defaults; a save is refused. */}
            <span role="status" lang="nl" data-testid="damaged-scenario">
              {open.damaged}
            </span>{' '}
            <CopyAction key={open.id} of={open} label={t.scenarioScreen.makeCopy} />
          </div>
        )}
        <VersionHistory />
        <div className="editor-grid">
          <AssumptionEditor readOnly={open.builtin || open.damaged !== undefined} />
          <LiveResult />
        </div>
      </div>
    </div>
  );
}

/**
 * The open scenario's key figures and gap chart beside the editor, with the bands of the ranges
 * being edited (MODEL.md §5.6): the same worker job as Overzicht's, run again after each change,
 * so the analyst sees what a range does; the progress line while it runs. A component of its own,
 * so the job's progress re-renders this panel and not the editor beside it.
 */
function LiveResult() {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const uncertainty = useUncertainty();
  const block = uncertainty.block;
  const chart = useMemo(() => gapChart(result, bundle.dataset, locale, block), [result, bundle.dataset, locale, block]);
  return (
    <div className="live">
      <KeyFigures result={result} />
      <UncertaintyStatus u={uncertainty} />
      <PlotlyChart spec={chart} height={340} />
    </div>
  );
}
