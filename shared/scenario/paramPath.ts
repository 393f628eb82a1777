import type { ScenarioParams } from './schema';

/** Reads a dotted path from params (undefined when absent). */
export function readParam(params: ScenarioParams, path: string): unknown {
  let node: unknown = params;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The params with one value replaced at a dotted path, copying only the objects on that path:
 * the sensitivity and goal-seek runs change one number many times, and a whole copy (or a parse)
 * per run would cost more than the run. The caller gives a value of the field's own type.
 */
export function withParam(params: ScenarioParams, path: string, value: unknown): ScenarioParams {
  const parts = path.split('.');
  const set = (node: Record<string, unknown>, i: number): Record<string, unknown> => {
    const part = parts[i] as string;
    if (i === parts.length - 1) return { ...node, [part]: value };
    return { ...node, [part]: set((node[part] ?? {}) as Record<string, unknown>, i + 1) };
  };
  return set(params, 0) as ScenarioParams;
}
