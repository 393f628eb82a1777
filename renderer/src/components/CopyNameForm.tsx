import { useId, useState } from 'react';
import { nameTakenText, type FieldRefusal } from '../../../shared/api/errors';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { checkInput, refusalOfFailure, unwrap } from '../api/client';
import { useApi, useDraft, useLocale, useMessages, useOpenAction, useScenarios, useServer } from '../state/AppState';
import { freeName, nameTaken } from '../state/freeName';
import { closeOnEscape, useFocusReturn } from '../hooks/useFocusReturn';
import { FieldError, invalidProps } from './fields';

type FormProps = {
  /** The scenario copied. */
  of: { id: string; name: string };
  /** Esc or Annuleer: nothing is made. */
  onCancel: () => void;
  /** The copy is made, the list read again and the copy opened. */
  onDone: (copy: StoredScenario) => void;
};

/**
 * Names a copy before it is made: the store makes its id from that name, so the id follows the
 * name the analyst gives it ("Kopie van …" is only the selected suggestion). A refused name shows
 * at the field, in words; any other refusal under the form.
 */
export function CopyNameForm({ of, onCancel, onDone }: FormProps) {
  const api = useApi();
  const scenarios = useScenarios();
  const locale = useLocale();
  const t = useMessages().scenarioScreen.list;
  const flush = useDraft((s) => s.flush);
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const openScenario = useOpenAction();
  const errorId = useId();
  const [name, setName] = useState(() => freeName(t.copyOf(of.name), scenarios));
  const [refusal, setRefusal] = useState<FieldRefusal | null>(null);
  const nameError = refusal?.field === 'name' ? refusal.message : null;
  const formError = refusal && refusal.field !== 'name' ? refusal.message : null;

  /** The store's checks of a name, made here first so the refusal is in the window's language. */
  const refusalOfName = (): FieldRefusal | null => {
    const other = nameTaken(name, scenarios, null);
    return checkInput('scenarios.clone', { id: of.id, name }, locale) ?? (other === null ? null : { field: 'name', message: nameTakenText(other, locale) });
  };
  const copy = async () => {
    const refused = refusalOfName();
    setRefusal(refused);
    if (refused) return;
    try {
      // Pending edits of the open scenario are saved before another opens.
      await flush();
      const s = await unwrap(api['scenarios.clone']({ id: of.id, name }));
      await refreshScenarios();
      openScenario(s.id);
      onDone(s);
    } catch (e) {
      setRefusal(refusalOfFailure(e));
    }
  };

  return (
    <form
      className="copy-name"
      onSubmit={(e) => {
        e.preventDefault();
        void copy();
      }}
      onKeyDown={closeOnEscape(onCancel)}
    >
      <label className="copy-name-field">
        <span>{t.copyNameShort}</span>
        <input
          type="text"
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          aria-label={t.copyName(of.name)}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          data-testid="copy-name"
          {...invalidProps(errorId, nameError)}
        />
      </label>
      <button type="submit" data-testid="copy-confirm">
        {t.makeCopy}
      </button>
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
      <FieldError id={errorId} message={nameError} />
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}

/**
 * A "Kopie maken" button that opens the naming form beside it (the quick copy of a built-in or
 * damaged scenario): as in the scenario list, the copy is named before it is made. Esc or
 * Annuleer puts the focus back on the button.
 */
export function CopyAction({ of, label, testId }: { of: { id: string; name: string }; label: string; testId?: string }) {
  const [naming, setNaming] = useState(false);
  const rememberOpener = useFocusReturn(naming);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          rememberOpener();
          setNaming(true);
        }}
        aria-expanded={naming}
        data-testid={testId}
      >
        {label}
      </button>
      {naming && <CopyNameForm of={of} onCancel={() => setNaming(false)} onDone={() => setNaming(false)} />}
    </>
  );
}
