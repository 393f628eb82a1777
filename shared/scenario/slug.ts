/**
 * A name as it may stand in an id or a file name: "Hoog tempo 2030!" → "hoog-tempo-2030". The
 * store makes a scenario's id from the name it is first saved with; the exports name their files
 * after the scenarios' current names, so a renamed copy never shows its first name there.
 */
export function slugify(name: string, fallback = 'scenario'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || fallback;
}
