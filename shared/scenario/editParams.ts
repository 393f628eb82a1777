import type { z } from 'zod';
import { defaultParams, ScenarioParams } from './schema';
import { readParam } from './assumptions';
import { dutchIssues } from '../validation/dutchIssues';

/**
 * Immutable edits of scenario parameters by dotted path, for the editor: `value === undefined`
 * removes the key (a per-gemeente override goes back to the general value). The result is
 * validated, so the editor never holds parameters the engine or the store would refuse.
 */
export type EditResult = { ok: true; params: ScenarioParams } | { ok: false; message: string; issues: readonly z.core.$ZodIssue[] };

/** `message` is Dutch (the command line's); `issues` let the window word a refusal in its own language. */
export function setParamAt(params: ScenarioParams, path: string, value: unknown): EditResult {
  // Params are plain JSON data, so a JSON round trip is a faithful deep copy.
  const draft = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;
  // Figure ids contain dots themselves: `dataOverrides.<figure id>` is a path of two parts.
  const parts = path.startsWith('dataOverrides.') ? ['dataOverrides', path.slice('dataOverrides.'.length)] : path.split('.');
  let node: Record<string, unknown> = draft;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] ?? '';
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  pruneEmptyPerType(draft, parts);
  const parsed = ScenarioParams.safeParse(draft);
  return parsed.success ? { ok: true, params: parsed.data } : { ok: false, message: dutchIssues(parsed.error).join(' '), issues: parsed.error.issues };
}

/** Removing the last type of a per-gemeente per-type override leaves no empty `{}` behind. */
function pruneEmptyPerType(draft: Record<string, unknown>, parts: string[]): void {
  if (parts.length < 2) return;
  const parentPath = parts.slice(0, -1);
  let node: unknown = draft;
  for (const p of parentPath) node = (node as Record<string, unknown> | undefined)?.[p];
  if (node && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 0 && parentPath.length >= 3) {
    let parent: unknown = draft;
    for (const p of parentPath.slice(0, -1)) parent = (parent as Record<string, unknown>)[p];
    Reflect.deleteProperty(parent as Record<string, unknown>, parentPath[parentPath.length - 1] ?? '');
  }
}

/** The default value of a parameter, for display beside the input. */
export function defaultAt(path: string): unknown {
  return readParam(defaultParams(), path);
}

/** Paths whose value differs from the default (for "afwijkend van standaard" marks and the memo's assumptions table). */
export function changedPaths(params: ScenarioParams): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (a !== null && typeof a === 'object' && !Array.isArray(a)) {
      const keys = new Set([...Object.keys(a), ...Object.keys((b ?? {}))]);
      for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown> | undefined)?.[k], path ? `${path}.${k}` : k);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(path);
  };
  walk(params, defaultParams(), '');
  return out;
}
