import { useEffect, useRef, useState } from 'react';
import { defaultParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { unwrap } from '../api/client';
import { useApi, useDraft, useMessages, useNotify, useOpenAction, useOpenScenario, useScenarios, useServer } from '../state/AppState';
import { freeName } from '../state/freeName';
import { closeOnEscape } from '../hooks/useFocusReturn';

/**
 * Create, open, clone, rename and delete scenarios; deleting can be undone from the notice. The
 * keyboard stays in the list: after a delete the focus goes to the next scenario (or the one
 * before, or the new-scenario field); after a rename, or Esc in its field, back to its rename button.
 */
export function ScenarioList() {
  const api = useApi();
  const scenarios = useScenarios();
  const open = useOpenScenario();
  const openScenario = useOpenAction();
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const notify = useNotify();
  const flush = useDraft((s) => s.flush);
  const draftBase = useDraft((s) => s.baseVersion);
  const rebase = useDraft((s) => s.rebase);
  const t = useMessages().scenarioScreen.list;
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const newNameField = useRef<HTMLInputElement>(null);
  // The button (by test id) that takes the focus once the list shows it; null: the new-scenario field.
  const [focusAfter, setFocusAfter] = useState<{ testId: string | null } | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const { testId } = focusAfter;
    const target = testId === null ? newNameField.current : ([...(list.current?.querySelectorAll<HTMLElement>('button[data-testid]') ?? [])].find((el) => el.dataset.testid === testId) ?? null);
    if (!target) return;
    setFocusAfter(null);
    target.focus();
  }, [focusAfter, scenarios, renaming]);

  const nameFor = (base: string) => freeName(base, scenarios);

  /** Saves pending edits, does the work, reads the list again and opens the scenario the work returns (unless `keepOpen`). */
  const run = async (work: () => Promise<StoredScenario | null>, keepOpen = false) => {
    setError(null);
    try {
      await flush();
      const s = await work();
      await refreshScenarios();
      if (s && s.deletedAt === null && !keepOpen) openScenario(s.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const create = () =>
    run(async () => {
      const name = newName.trim() || nameFor(t.untitled);
      const s = await unwrap(api['scenarios.create']({ name, params: defaultParams() }));
      setNewName('');
      return s;
    });
  const clone = (s: StoredScenario) => run(() => unwrap(api['scenarios.clone']({ id: s.id, name: nameFor(t.copyOf(s.name)) })));
  const rename = (id: string, name: string) =>
    run(async () => {
      // run() saved the open scenario's pending edits first; the new name builds on the version they stored.
      const base = id === open.id ? draftBase() : scenarios.find((x) => x.id === id)?.version;
      const s = await unwrap(api['scenarios.save']({ id, name, ...(base === undefined ? {} : { baseVersion: base }) }));
      if (id === open.id) rebase(s.version);
      setRenaming(null);
      setFocusAfter({ testId: `rename-${s.id}` });
      return s;
    });
  const stopRenaming = (id: string) => {
    setRenaming(null);
    setFocusAfter({ testId: `rename-${id}` });
  };
  const remove = (s: StoredScenario) => {
    // Its neighbour in the list as it is now: the next one, else the one before.
    const at = scenarios.findIndex((x) => x.id === s.id);
    const neighbour = scenarios[at + 1] ?? scenarios[at - 1];
    return run(async () => {
      await unwrap(api['scenarios.delete']({ id: s.id }));
      // Only deleting the open scenario opens another: its neighbour.
      if (open.id === s.id) openScenario(neighbour?.id ?? 'basis');
      setFocusAfter({ testId: neighbour ? `open-${neighbour.id}` : null });
      notify({
        kind: 'info',
        text: t.deleted(s.name),
        // Undo opens it again only if it was the open one.
        action: { label: t.undo, run: () => void run(() => unwrap(api['scenarios.undelete']({ id: s.id })), open.id !== s.id) },
      });
      return null;
    });
  };

  return (
    <section className="card scenario-list" data-testid="scenario-list">
      <h3>{t.heading}</h3>
      <form
        className="create"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <input ref={newNameField} type="text" aria-label={t.newName} placeholder={t.newName} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} data-testid="new-scenario-name" />
        <button type="submit" data-testid="create-scenario">
          {t.create}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul ref={list}>
        {scenarios.map((s) => (
          <li key={s.id} className={s.id === open.id ? 'active' : undefined} data-scenario={s.id}>
            {renaming?.id === s.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void rename(s.id, renaming.name);
                }}
                onKeyDown={closeOnEscape(() => stopRenaming(s.id))}
              >
                <input type="text" autoFocus aria-label={t.newNameOf} value={renaming.name} maxLength={120} onChange={(e) => setRenaming({ id: s.id, name: e.target.value })} data-testid="rename-input" />
                <button type="submit">{t.save}</button>
              </form>
            ) : (
              <button className="scenario-name link" onClick={() => openScenario(s.id)} aria-current={s.id === open.id} data-testid={`open-${s.id}`}>
                {s.name}
                {s.builtin ? <span className="badge">{t.builtin}</span> : null}
              </button>
            )}
            <span className="actions">
              <button className="small" onClick={() => void clone(s)} title={t.copyTitle} data-testid={`clone-${s.id}`}>
                {t.copy}
              </button>
              {!s.builtin && (
                <>
                  <button className="small" onClick={() => setRenaming({ id: s.id, name: s.name })} data-testid={`rename-${s.id}`}>
                    {t.rename}
                  </button>
                  <button className="small danger" onClick={() => void remove(s)} data-testid={`delete-${s.id}`}>
                    {t.delete}
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
