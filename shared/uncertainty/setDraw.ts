import type { UncertainInput } from '../result/uncertainty';
import type { ScenarioParams } from '../scenario/schema';

/**
 * Puts one draw into params, in place: a range's number at its key, a choice's drawn option
 * (`draw` holds its index). Keys are dotted paths into ScenarioParams; the lean path's private
 * copy is the only params changed this way.
 */
export function setDraw(params: ScenarioParams, inputs: readonly UncertainInput[], draw: Float64Array): void {
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as UncertainInput;
    const value = input.kind === 'range' ? draw[i] : input.options[draw[i] as number]?.option;
    setAt(params, input.key, value);
  }
}

const pathCache = new Map<string, string[]>();

function setAt(params: ScenarioParams, key: string, value: unknown): void {
  let parts = pathCache.get(key);
  if (!parts) pathCache.set(key, (parts = key.split('.')));
  let node = params as unknown as Record<string, unknown>;
  for (let i = 0; i < parts.length - 1; i++) node = node[parts[i] as string] as Record<string, unknown>;
  node[parts[parts.length - 1] as string] = value;
}

/**
 * setDraw for one params object and one list of inputs, with each key's parent object found once:
 * a draw then only sets its values. The parents stay the same objects, since a draw only ever
 * sets the leaves.
 */
export function drawSetter(params: ScenarioParams, inputs: readonly UncertainInput[]): (draw: Float64Array) => void {
  const targets = inputs.map((input) => {
    const parts = input.key.split('.');
    let node = params as unknown as Record<string, unknown>;
    for (let i = 0; i < parts.length - 1; i++) node = node[parts[i] as string] as Record<string, unknown>;
    return { node, name: parts[parts.length - 1] as string, input };
  });
  return (draw) => {
    for (let i = 0; i < targets.length; i++) {
      const { node, name, input } = targets[i] as (typeof targets)[number];
      node[name] = input.kind === 'range' ? draw[i] : input.options[draw[i] as number]?.option;
    }
  };
}
