import { useEffect, useState } from 'react';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import { texts } from '../../../shared/i18n/catalogue';
import { unwrap } from '../api/client';
import { useApi, useDraftNow, useLocale, useNotify, useOpenAction, useOpenScenario, useParams, useScenarios, useServer, useUndo } from './AppState';
import { freeName } from './freeName';

/** The scenario an edit lands in: the open one, or the copy just made of a built-in (`copiedFrom` its name). */
export type EditTarget = { params: ScenarioParams; id: string; name: string; copiedFrom: string | null };

/**
 * An edit offered outside the editor (a finding's other reading, a goal-seek answer) made as the
 * editor makes it: in the open scenario, or, when that is built in and so not to be edited, in a
 * copy that is made and opened first. The copy's parameters load when it opens (a fresh undo
 * history), so the edit waits for that. `take` makes the edit; `run` starts it.
 */
export function useCopyFirst<T>(take: (payload: T, target: EditTarget) => void): { run: (payload: T) => Promise<void>; busy: boolean } {
  const api = useApi();
  const t = texts(useLocale());
  const open = useOpenScenario();
  const params = useParams();
  const scenarios = useScenarios();
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const openScenario = useOpenAction();
  const history = useUndo((s) => s.history);
  const now = useDraftNow();
  const notify = useNotify();
  const [pending, setPending] = useState<{ id: string; history: unknown; builtin: string; payload: T } | null>(null);
  const [copying, setCopying] = useState(false);

  const run = async (payload: T) => {
    if (!open.builtin) {
      take(payload, { params, id: open.id, name: open.name, copiedFrom: null });
      return;
    }
    setCopying(true);
    try {
      const copy = await unwrap(api['scenarios.clone']({ id: open.id, name: freeName(t.scenarioScreen.list.copyOf(open.name), scenarios) }));
      await refreshScenarios();
      setPending({ id: copy.id, history: now.history(), builtin: open.name, payload });
      openScenario(copy.id);
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setCopying(false);
    }
  };

  useEffect(() => {
    if (!pending || open.id !== pending.id || history === pending.history) return;
    setPending(null);
    take(pending.payload, { params, id: open.id, name: open.name, copiedFrom: pending.builtin });
    // Only once the copy is open and its history loaded.
  }, [pending, open.id, history]);

  return { run, busy: copying || pending !== null };
}
