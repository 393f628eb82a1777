import type { FieldRefusal } from '../../../shared/api/errors';
import type { Locale } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { assumptionAt, assumptionWords, type Assumption } from '../../../shared/scenario/assumptions';

/** Assumptions with an editor of their own (not a row of inputs in the assumption editor). */
const OWN_EDITOR: ReadonlySet<string> = new Set(['dataOverrides', 'solidarity.typeWeights', 'solidarity.placements']);

/** Whether the assumption editor shows `a` as a row of its own inputs. */
export const editedInRow = (a: Assumption): boolean => !OWN_EDITOR.has(a.key) && a.kind.type !== 'placementList';

/** A refused save that the assumption editor shows at a setting's input: its path under `params`, its assumption and the message. */
export type SettingRefusal = { path: string; assumption: Assumption; message: string };

/**
 * The refusal of a save (shared/api/errors.ts names the field, "params.programme.paceMultiplier")
 * when a row of the assumption editor can show it at its input; null when no row can (another
 * field, or a setting with an editor of its own): the save-state line then says it whole.
 */
export function settingRefusal(refusal: FieldRefusal | null): SettingRefusal | null {
  const field = refusal?.field;
  if (!refusal || !field?.startsWith('params.')) return null;
  const path = field.slice('params.'.length);
  const assumption = assumptionAt(path);
  return assumption && editedInRow(assumption) ? { path, assumption, message: refusal.message } : null;
}

/**
 * What the save-state line says after a refused save: for a setting's value only which setting
 * (the reason stands at its input), else the refusal's message whole.
 */
export function saveProblemText(saveError: string | null, refusal: FieldRefusal | null, locale: Locale): string | null {
  const setting = settingRefusal(refusal);
  return setting ? texts(locale).app.refusedSetting(assumptionWords(setting.assumption, locale).label) : saveError;
}
