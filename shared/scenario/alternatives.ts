import type { Finding } from '../checks/finding';
import { SERIES } from '../engine/inputs';
import { HOUSING_TYPES, needSourceOf, type HousingType, type ScenarioParams } from './schema';

/**
 * The other reading a finding offers, as one edit of a scenario's parameters (issue 9 item 5):
 * - a correction that resolves it (`resolvedBy`, shared/checks/corrections.ts) as a data override,
 *   e.g. Wijdemeren laag en midden 330 instead of 320, which resolves two findings;
 * - for a regional need figure in the text that the table does not add up to, the text's figure
 *   for that housing type only (elderly.needSourceByType), the others keep their source.
 * The window offers each as a button; the edit goes through the same path as the editor's.
 */
export type Alternative =
  | { kind: 'dataOverride'; figureId: string; value: number; resolves: string[] }
  | { kind: 'needSource'; type: HousingType; text: number; tableSum: number };

/** An edit by dotted path (shared/scenario/editParams.ts setParamAt); `undefined` removes the key. */
export type ParamEdit = { path: string; value: unknown };

/** The housing type of a text-vs-table need finding, or null. */
function needTypeOf(f: Finding): HousingType | null {
  if (f.code !== 'totalMismatch' || !f.params.textFigure) return null;
  return HOUSING_TYPES.find((t) => f.series.includes(SERIES.need[t])) ?? null;
}

export function alternativesOf(f: Finding): Alternative[] {
  const type = needTypeOf(f);
  if (type !== null && f.code === 'totalMismatch') {
    // Correcting the text figure to the table's sum (its resolvedBy) reads the same as the table,
    // which the scenario already uses by default; the choice that changes something is the text.
    return [{ kind: 'needSource', type, text: f.params.printed, tableSum: f.params.sum }];
  }
  return f.resolvedBy ? [{ kind: 'dataOverride', ...f.resolvedBy }] : [];
}

/** Whether the scenario already reads the figures this way. */
export function inForce(a: Alternative, params: ScenarioParams): boolean {
  return a.kind === 'dataOverride' ? params.dataOverrides[a.figureId] === a.value : needSourceOf(params.elderly, a.type) === 'regioTekst';
}

/** The edit that takes the alternative. */
export function takeEdit(a: Alternative): ParamEdit {
  return a.kind === 'dataOverride' ? { path: `dataOverrides.${a.figureId}`, value: a.value } : { path: `elderly.needSourceByType.${a.type}`, value: 'regioTekst' };
}

/**
 * The edit that goes back to the printed reading: the override removed, or the type back on the
 * table (on the general choice when that is the table, else the table for this type only).
 */
export function dropEdit(a: Alternative, params: ScenarioParams): ParamEdit {
  if (a.kind === 'dataOverride') return { path: `dataOverrides.${a.figureId}`, value: undefined };
  return { path: `elderly.needSourceByType.${a.type}`, value: params.elderly.needSource === 'gemeenteTabel' ? 'algemeen' : 'gemeenteTabel' };
}
