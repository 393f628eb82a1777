import type { Dataset } from '../dataset/schema';
import { extractInputs } from '../engine/inputs';
import { facilityMeasurements } from '../engine/ledger';
import type { Placement } from './schema';

/**
 * What the scenario schema cannot know: whether a placement's facility type and gemeenten exist in
 * the dataset. The store refuses a new or changed placement that names an unknown one, with the
 * choices in Dutch; a placement saved earlier stays readable (the ledger then says it cannot count).
 */
export function placementProblems(dataset: () => Dataset, placements: readonly Placement[], earlier: readonly Placement[] = []): string[] {
  const unchanged = new Set(earlier.map((p) => JSON.stringify(p)));
  const fresh = placements.map((p, i) => ({ p, i })).filter(({ p }) => !unchanged.has(JSON.stringify(p)));
  if (fresh.length === 0) return [];
  // Read only when there is something to check: a save without new placements costs nothing.
  const ds = dataset();
  const members = extractInputs(ds).gemeenten;
  const types = facilityMeasurements(ds, members).map((m) => m.type);
  const isMember = (code: string) => members.some((g) => g.code === code);
  return fresh.flatMap(({ p, i }) => {
    const which = `Plaatsing ${i + 1}${p.label ? ` ("${p.label}")` : ''}`;
    const problems: string[] = [];
    if (!types.includes(p.type)) problems.push(`${which}: de soort voorziening "${p.type}" staat niet in de data; kies uit ${types.join(', ')}.`);
    for (const code of [p.gemeente, ...(p.from === null ? [] : [p.from])]) {
      if (!isMember(code)) problems.push(`${which}: ${code} is geen gemeente van de regio; kies uit ${members.map((g) => `${g.code} (${g.name})`).join(', ')}.`);
    }
    return problems;
  });
}
