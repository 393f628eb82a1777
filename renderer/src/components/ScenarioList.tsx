import { useState } from 'react';
import { defaultParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { unwrap } from '../api/client';
import { useApi, useDraft, useLocale, useNotify, useOpenAction, useOpenScenario, useScenarios, useServer } from '../state/AppState';
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
  const locale = useLocale();
  const nl = locale === 'nl-NL';
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
      const name = newName.trim() || nameFor(nl ? 'Nieuw scenario' : 'New scenario');
      const s = await unwrap(api['scenarios.create']({ name, params: defaultParams() }));
      setNewName('');
      return s;
    });
  const clone = (s: StoredScenario) => run(() => unwrap(api['scenarios.clone']({ id: s.id, name: nameFor(nl ? `Kopie van ${s.name}` : `Copy of ${s.name}`) })));
  const rename = (id: string, name: string) =>
    run(async () => {
      const s = await unwrap(api['scenarios.save']({ id, name }));
      setRenaming(null);
      return s;
    });
  const remove = (s: StoredScenario) =>
    run(async () => {
      await unwrap(api['scenarios.delete']({ id: s.id }));
      if (open.id === s.id) openScenario(scenarios.find((x) => x.id !== s.id)?.id ?? 'basis');
      notify({
        kind: 'info',
        text: nl ? `Scenario "${s.name}" verwijderd.` : `Scenario "${s.name}" deleted.`,
        action: { label: nl ? 'Ongedaan maken' : 'Undo', run: () => void run(() => unwrap(api['scenarios.undelete']({ id: s.id }))) },
      });
      return null;
    });

  return (
    <section className="card scenario-list" data-testid="scenario-list">
      <h3>{nl ? 'Scenario’s' : 'Scenarios'}</h3>
      <form
        className="create"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <input type="text" aria-label={nl ? 'Naam nieuw scenario' : 'New scenario name'} placeholder={nl ? 'Naam nieuw scenario' : 'New scenario name'} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} data-testid="new-scenario-name" />
        <button type="submit" data-testid="create-scenario">
          {nl ? 'Nieuw' : 'New'}
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
                <input type="text" autoFocus aria-label={nl ? 'Nieuwe naam' : 'New name'} value={renaming.name} maxLength={120} onChange={(e) => setRenaming({ id: s.id, name: e.target.value })} onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)} data-testid="rename-input" />
                <button type="submit">{nl ? 'Bewaar' : 'Save'}</button>
              </form>
            ) : (
              <button className="scenario-name link" onClick={() => openScenario(s.id)} aria-current={s.id === open.id} data-testid={`open-${s.id}`}>
                {s.name}
                {s.builtin ? <span className="badge">{nl ? 'ingebouwd' : 'built-in'}</span> : null}
              </button>
            )}
            <span className="actions">
              <button className="small" onClick={() => void clone(s)} title={nl ? 'Kopie maken' : 'Copy'} data-testid={`clone-${s.id}`}>
                {nl ? 'Kopie' : 'Copy'}
              </button>
              {!s.builtin && (
                <>
                  <button className="small" onClick={() => setRenaming({ id: s.id, name: s.name })} data-testid={`rename-${s.id}`}>
                    {nl ? 'Hernoem' : 'Rename'}
                  </button>
                  <button className="small danger" onClick={() => void remove(s)} data-testid={`delete-${s.id}`}>
                    {nl ? 'Verwijder' : 'Delete'}
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
