/**
 * `base`, or `base (2)`, `base (3)`… — the first name no scenario has yet. Names are compared
 * case-insensitively, as the store does.
 */
export function freeName(base: string, taken: readonly { name: string }[]): string {
  const names = new Set(taken.map((s) => s.name.toLocaleLowerCase('nl-NL')));
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? base : `${base} (${i})`;
    if (!names.has(candidate.toLocaleLowerCase('nl-NL'))) return candidate;
  }
}

/** The scenario (not `ownId`) that already has this name, compared as the store compares it; its name as it is written, or null. */
export function nameTaken(name: string, taken: readonly { id: string; name: string }[], ownId: string | null): string | null {
  const wanted = name.trim().toLocaleLowerCase('nl-NL');
  return taken.find((s) => s.id !== ownId && s.name.toLocaleLowerCase('nl-NL') === wanted)?.name ?? null;
}
