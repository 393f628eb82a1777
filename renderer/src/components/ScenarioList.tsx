import { useEffect, useId, useRef, useState } from 'react';
import { nameTakenText, type FieldRefusal } from '../../../shared/api/errors';
import { defaultParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { checkInput, refusalOfFailure, unwrap } from '../api/client';
import { useApi, useDraft, useLocale, useMessages, useNotify, useOpenAction, useOpenScenario, useScenarios, useServer } from '../state/AppState';
import { freeName, nameTaken } from '../state/freeName';
import { closeOnEscape } from '../hooks/useFocusReturn';
import { FieldError, invalidProps } from './fields';
import { CopyNameForm } from './CopyNameForm';

/** Where a refusal shows: the new-scenario form, or the rename form of one scenario (the copy form shows its own). */
type FormAt = 'new' | `rename:${string}`;

/**
 * Create, open, clone, rename and delete scenarios; deleting can be undone from the notice. The
 * keyboard stays in the list: after a delete the focus goes to the next scenario (or the one
 * before, or the new-scenario field); after a rename, or Esc in its field, back to its rename button.
 * A copy is named before it is made (CopyNameForm: its id is made from that name). A refused name
 * shows at its field, in words (shared/api/errors.ts).
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
  const locale = useLocale();
  const errorId = useId();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  /** The scenario whose copy is being named. */
  const [copying, setCopying] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [refusal, setRefusal] = useState<(FieldRefusal & { at: FormAt }) | null>(null);
  /** The name field's refusal of the form at `at`, or null. */
  const nameError = (at: FormAt): string | null => (refusal?.at === at && refusal.field === 'name' ? refusal.message : null);
  const formError = refusal && refusal.field !== 'name' ? refusal.message : null;
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

  /**
   * Saves pending edits, does the work, reads the list again and opens the scenario the work
   * returns (unless `keepOpen`). A refusal shows at the form `at`: at its name field when it is about the name.
   */
  const run = async (work: () => Promise<StoredScenario | null>, at: FormAt = 'new', keepOpen = false) => {
    setRefusal(null);
    try {
      await flush();
      const s = await work();
      await refreshScenarios();
      if (s && s.deletedAt === null && !keepOpen) openScenario(s.id);
    } catch (e) {
      setRefusal({ at, ...refusalOfFailure(e) });
    }
  };

  /** The checks the store makes on a name, made here first so the refusal is in the window's language; true when it passes. */
  const nameAccepted = (at: FormAt, refused: FieldRefusal | null, name: string, ownId: string | null): boolean => {
    const other = nameTaken(name, scenarios, ownId);
    const found = refused ?? (other === null ? null : { field: 'name', message: nameTakenText(other, locale) });
    setRefusal(found && { at, ...found });
    return found === null;
  };

  const create = () => {
    const name = newName.trim() || nameFor(t.untitled);
    const params = defaultParams();
    if (!nameAccepted('new', checkInput('scenarios.create', { name, params }, locale), name, null)) return;
    return run(async () => {
      const s = await unwrap(api['scenarios.create']({ name, params }));
      setNewName('');
      return s;
    });
  };
  const startCopy = (s: StoredScenario) => {
    setRenaming(null);
    setRefusal(null);
    setCopying(s.id);
  };
  const stopCopying = (id: string) => {
    setCopying(null);
    setFocusAfter({ testId: `clone-${id}` });
  };
  const rename = (id: string, name: string) => {
    const at: FormAt = `rename:${id}`;
    if (!nameAccepted(at, checkInput('scenarios.save', { id, name }, locale), name, id)) return;
    return run(async () => {
      // run() saved the open scenario's pending edits first; the new name builds on the version they stored.
      const base = id === open.id ? draftBase() : scenarios.find((x) => x.id === id)?.version;
      const s = await unwrap(api['scenarios.save']({ id, name, ...(base === undefined ? {} : { baseVersion: base }) }));
      if (id === open.id) rebase(s.version);
      setRenaming(null);
      setFocusAfter({ testId: `rename-${s.id}` });
      return s;
    }, at);
  };
  const stopRenaming = (id: string) => {
    setRenaming(null);
    setRefusal(null);
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
        action: { label: t.undo, run: () => void run(() => unwrap(api['scenarios.undelete']({ id: s.id })), 'new', open.id !== s.id) },
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
        <input
          ref={newNameField}
          type="text"
          aria-label={t.newName}
          placeholder={t.newName}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          maxLength={120}
          data-testid="new-scenario-name"
          {...invalidProps(`${errorId}-new`, nameError('new'))}
        />
        <button type="submit" data-testid="create-scenario">
          {t.create}
        </button>
        <FieldError id={`${errorId}-new`} message={nameError('new')} />
      </form>
      {formError && (
        <p className="error" role="alert">
          {formError}
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
                <input
                  type="text"
                  autoFocus
                  aria-label={t.newNameOf}
                  value={renaming.name}
                  maxLength={120}
                  onChange={(e) => setRenaming({ id: s.id, name: e.target.value })}
                  data-testid="rename-input"
                  {...invalidProps(`${errorId}-rename`, nameError(`rename:${s.id}`))}
                />
                <button type="submit">{t.save}</button>
                <FieldError id={`${errorId}-rename`} message={nameError(`rename:${s.id}`)} />
              </form>
            ) : (
              <button className="scenario-name link" onClick={() => openScenario(s.id)} aria-current={s.id === open.id} data-testid={`open-${s.id}`}>
                {s.name}
                {s.builtin ? <span className="badge">{t.builtin}</span> : null}
              </button>
            )}
            <span className="actions">
              <button className="small" onClick={() => startCopy(s)} title={t.copyTitle} aria-expanded={copying === s.id} data-testid={`clone-${s.id}`}>
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
            {copying === s.id && <CopyNameForm of={s} onCancel={() => stopCopying(s.id)} onDone={() => setCopying(null)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
