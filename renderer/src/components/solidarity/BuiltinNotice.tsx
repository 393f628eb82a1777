import { useMessages, useOpenScenario } from '../../state/AppState';
import { CopyAction } from '../CopyNameForm';

/** A built-in scenario is not edited here: as in the scenario editor, a copy is named, made and opened. */
export function BuiltinNotice() {
  const open = useOpenScenario();
  const t = useMessages();
  if (!open.builtin) return null;
  return (
    <div className="notice-inline" data-testid="solidarity-builtin">
      {t.solidarity.builtinReadOnly(open.name)} <CopyAction key={open.id} of={open} label={t.solidarity.makeCopy} testId="solidarity-copy" />
    </div>
  );
}
