import { useState } from 'react';
import { defaultParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { unwrap } from '../api/client';
import { useApi, useDraft, useMessages, useNotify, useOpenAction, useOpenScenario, useScenarios, useServer } from '../state/AppState';
import { freeName } from '../state/freeName';

/** Create, open, clone, rename and delete scenarios; deleting can be undone from the notice. */
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

  const nameFor = (base: string) => freeName(base, scenarios);

  const run = async (work: () => Promise<StoredScenario | null>) => {
    setError(null);
    try {
      await flush();
      const s = await work();
      await refreshScenarios();
      if (s && s.deletedAt === null) openScenario(s.id);
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
      return s;
    });
  const remove = (s: StoredScenario) =>
    run(async () => {
      await unwrap(api['scenarios.delete']({ id: s.id }));
      if (open.id === s.id) openScenario(scenarios.find((x) => x.id !== s.id)?.id ?? 'basis');
      notify({
        kind: 'info',
        text: t.deleted(s.name),
        action: { label: t.undo, run: () => void run(() => unwrap(api['scenarios.undelete']({ id: s.id }))) },
      });
      return null;
    });

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
        <input type="text" aria-label={t.newName} placeholder={t.newName} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} data-testid="new-scenario-name" />
        <button type="submit" data-testid="create-scenario">
          {t.create}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {scenarios.map((s) => (
          <li key={s.id} className={s.id === open.id ? 'active' : undefined} data-scenario={s.id}>
            {renaming?.id === s.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void rename(s.id, renaming.name);
                }}
              >
                <input type="text" autoFocus aria-label={t.newNameOf} value={renaming.name} maxLength={120} onChange={(e) => setRenaming({ id: s.id, name: e.target.value })} onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)} data-testid="rename-input" />
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
