import type { EditResult } from '../../../../shared/scenario/editParams';
import type { Range, UncertaintyParams } from '../../../../shared/scenario/uncertainty';

/**
 * Edits of the scenario's uncertainty block (MODEL §5.6). Its keys are assumption keys with dots
 * in them (`programme.paceMultiplier`), so an edit replaces the whole block at the one-part path
 * `uncertainty` rather than going down a dotted path; each edit names its own undo key, so typing
 * in one field merges into one undo step and switching a range on stays a step of its own.
 */
export type SetUncertainty = (undoKey: string, next: UncertaintyParams, at: readonly string[]) => string | null;

/** The block with the range of `key` set, or removed when `range` is undefined. */
export function withRange(u: UncertaintyParams, key: string, range: Range | undefined): UncertaintyParams {
  const rest = Object.fromEntries(Object.entries(u.ranges).filter(([k]) => k !== key));
  return { ...u, ranges: range === undefined ? rest : { ...rest, [key]: range } };
}

/** The block with the weights of `key` set, or the choice closed again when `weights` is undefined. */
export function withAlternatives(u: UncertaintyParams, key: string, weights: Record<string, number> | undefined): UncertaintyParams {
  const rest = Object.fromEntries(Object.entries(u.alternatives).filter(([k]) => k !== key));
  return { ...u, alternatives: weights === undefined ? rest : { ...rest, [key]: weights } };
}

/**
 * Why the scenario refuses an edit, for the field at `at` (a path into the params, e.g.
 * ['uncertainty', 'ranges', 'programme.paceMultiplier']): the schema's messages about that field
 * or anything under it, which are Dutch like the other rules the schema words itself; the whole
 * refusal when none is about it.
 */
export function refusalAt(r: Extract<EditResult, { ok: false }>, at: readonly string[]): string {
  const here = r.issues.filter((issue) => at.every((part, i) => issue.path[i] === part));
  return here.length > 0 ? [...new Set(here.map((issue) => issue.message))].join(' ') : r.message;
}

/**
 * The range of a value that is being set to `to` from `from`, when `to` falls outside it (an
 * answer of "Wat is er nodig" put into the scenario): moved along with the value, the same spread
 * relative to it (scaled by to / from; shifted by the difference when `from` is 0 or unknown),
 * kept inside the field's bounds. Null when the range can stay as it is.
 */
export function movedRange(range: Range, from: number | null, to: number, min: number, max: number): Range | null {
  if (to >= range.low && to <= range.high) return null;
  const scaled = from !== null && from > 0 && Number.isFinite(to / from);
  const low = scaled ? range.low * (to / from) : range.low + (to - (from ?? range.low));
  const high = scaled ? range.high * (to / from) : range.high + (to - (from ?? range.low));
  return { low: Math.min(to, Math.max(min, low)), high: Math.max(to, Math.min(max, high)) };
}
