/**
 * A scenario keeps its colour on every comparison chart, on screen and in every export: the
 * colour follows the scenario's id, not its place in the comparison, so choosing another
 * reference or another order never recolours a scenario. Built-in scenarios have their own;
 * another takes the colour its id hashes to, or the next free one when two scenarios of one
 * comparison would share it. Okabe–Ito colours (colour-blind safe), kept apart from the meaning
 * colours (shortfall orange-red, ahead green) only where a chart shows both, which a comparison
 * chart does not.
 */
export const SCENARIO_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#882255', '#555555'] as const;

const BUILT_IN: Readonly<Record<string, number>> = { basis: 0, programma: 1, toegankelijk50: 2, bandbreedte: 3 };

function preferred(id: string): number {
  const own = BUILT_IN[id];
  if (own !== undefined) return own;
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % SCENARIO_PALETTE.length;
}

/** The colour of each scenario of one comparison, by id; distinct within the comparison. */
export function scenarioColours(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<number>();
  // Built-ins first, so a scenario of the analyst's never takes a built-in's colour from it.
  const ordered = [...ids.filter((id) => id in BUILT_IN), ...ids.filter((id) => !(id in BUILT_IN))];
  for (const id of ordered) {
    if (out.has(id)) continue;
    let i = preferred(id);
    for (let step = 0; step < SCENARIO_PALETTE.length && taken.has(i); step++) i = (i + 1) % SCENARIO_PALETTE.length;
    taken.add(i);
    out.set(id, SCENARIO_PALETTE[i] ?? '#555555');
  }
  return out;
}
