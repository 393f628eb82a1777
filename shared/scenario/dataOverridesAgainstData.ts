/**
 * What the scenario schema cannot know: whether a data override (`dataOverrides.<figure id>`)
 * names a figure of the dataset. A new or changed override naming an unknown figure is refused,
 * in Dutch, with the nearest ids; one saved earlier stays readable (the engine then warns
 * dataOverrideUnknown and ignores it).
 */
export function dataOverrideProblems(figureIds: () => readonly string[], overrides: Readonly<Record<string, number>>, earlier: Readonly<Record<string, number>> = {}): string[] {
  const fresh = Object.keys(overrides).filter((id) => !(id in earlier) || earlier[id] !== overrides[id]);
  if (fresh.length === 0) return [];
  const known = new Set(figureIds());
  return fresh.filter((id) => !known.has(id)).map((id) => unknownFigureText(id, [...known]));
}

export function unknownFigureText(id: string, known: readonly string[]): string {
  const near = nearestIds(id, known);
  return `dataOverrides.${id}: cijfer "${id}" bestaat niet in de data${near.length > 0 ? `; bedoelt u ${near.map((n) => `"${n}"`).join(' of ')}?` : '. De ids staan bij de cijfers op Data & bronnen en in data --json.'}`;
}

/** Up to three known ids within a small edit distance (a slip of a few letters), nearest first. */
export function nearestIds(id: string, known: readonly string[]): string[] {
  const text = id.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(text.length / 4)));
  const scored = known.map((k) => ({ k, d: distance(text, k.toLowerCase(), limit) })).filter((s) => s.d <= limit);
  scored.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  return scored.slice(0, 3).map((s) => s.k);
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min((previous[j] ?? Infinity) + 1, (next[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + (a[i - 1] === b[j - 1] ? 0 : 1));
      next.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    previous = next;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}
