import { unwrap } from '../../api/client';
import { useApi, useMessages, useNotify, useOpenAction, useOpenScenario, useScenarios, useServer } from '../../state/AppState';
import { freeName } from '../../state/freeName';

/** A built-in scenario is not edited here: as in the scenario editor, a copy is made and opened. */
export function BuiltinNotice() {
  const open = useOpenScenario();
  const scenarios = useScenarios();
  const api = useApi();
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const openScenario = useOpenAction();
  const notify = useNotify();
  const t = useMessages();
  if (!open.builtin) return null;
  const copy = async () => {
    try {
      const s = await unwrap(api['scenarios.clone']({ id: open.id, name: freeName(t.scenarioScreen.list.copyOf(open.name), scenarios) }));
      await refreshScenarios();
      openScenario(s.id);
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <p className="notice-inline" data-testid="solidarity-builtin">
      {t.solidarity.builtinReadOnly(open.name)}{' '}
      <button type="button" onClick={() => void copy()} data-testid="solidarity-copy">
        {t.solidarity.makeCopy}
      </button>
    </p>
  );
}
