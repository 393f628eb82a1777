import { useMemo } from 'react';
import { gapChart } from '../../../shared/charts/gapChart';
import { unwrap } from '../api/client';
import { PlotlyChart } from '../charts/PlotlyChart';
import { AssumptionEditor } from '../components/AssumptionEditor';
import { KeyFigures } from '../components/KeyFigures';
import { ScenarioList } from '../components/ScenarioList';
import { VersionHistory } from '../components/VersionHistory';
import { useApi, useBundle, useLocale, useMessages, useNotify, useOpenAction, useOpenScenario, useResult, useScenarios, useServer } from '../state/AppState';
import { freeName } from '../state/freeName';
import { UncertaintyStatus } from '../uncertainty/UncertaintyStatus';
import { useUncertainty } from '../uncertainty/useUncertainty';

export function Scenarios() {
  const open = useOpenScenario();
  const t = useMessages();
  const api = useApi();
  const scenarios = useScenarios();
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const openScenario = useOpenAction();
  const notify = useNotify();
  const copy = async () => {
    try {
      const name = freeName(t.scenarioScreen.list.copyOf(open.name), scenarios);
      const s = await unwrap(api['scenarios.clone']({ id: open.id, name }));
      await refreshScenarios();
      openScenario(s.id);
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="screen scenarios-screen" data-testid="screen-scenarios">
      <aside>
        <ScenarioList />
      </aside>
      <div className="editor">
        <h2>{open.name}</h2>
        {open.builtin && (
          <p className="notice-inline">
            {t.scenarioScreen.builtinReadOnly}{' '}
            <button onClick={() => void copy()} data-testid="copy-builtin">
              {t.scenarioScreen.makeCopy}
            </button>
          </p>
        )}
        {open.damaged !== undefined && (
          // The store's message (Dutch): settings changed outside the app show their defaults; a save is refused.
          <p className="notice-inline" role="status" lang="nl" data-testid="damaged-scenario">
            {open.damaged}{' '}
            <button onClick={() => void copy()}>{t.scenarioScreen.makeCopy}</button>
          </p>
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
