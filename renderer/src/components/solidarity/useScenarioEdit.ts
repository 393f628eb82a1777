import { setParamAt, type EditResult } from '../../../../shared/scenario/editParams';
import { useDraft, useOpenScenario, useParams } from '../../state/AppState';

export type Refusal = Extract<EditResult, { ok: false }>;

/**
 * An edit of the open scenario's parameters by path, the same way the scenario editor makes it:
 * validated by setParamAt, then one step of the draft's undo history, saved like any edit. A
 * refusal is returned so the caller shows it at its field; a built-in scenario is never edited
 * (the screen offers a copy instead), so `editable` is false there.
 */
export function useScenarioEdit(): { editable: boolean; set: (path: string, value: unknown) => Refusal | null } {
  const params = useParams();
  const open = useOpenScenario();
  const edit = useDraft((s) => s.edit);
  return {
    editable: !open.builtin,
    set: (path, value) => {
      const r = setParamAt(params, path, value);
      if (!r.ok) return r;
      edit(path, r.params);
      return null;
    },
  };
}
