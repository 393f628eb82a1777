import type { ImportIssue } from './issues';
import type { ImportKind } from './types';

/** One column an import understands: its canonical Dutch name (used in templates) and the other names accepted. */
export type ColumnSpec<F extends string> = { field: F; name: string; aliases: readonly string[]; required: boolean };

export const REALISATION_COLUMNS = [
  { field: 'gemeente', name: 'gemeente', aliases: ['municipality', 'cbs-code', 'code', 'gemeentecode', 'gemeentenaam'], required: true },
  { field: 'year', name: 'jaar', aliases: ['year'], required: true },
  { field: 'completions', name: 'opleveringen', aliases: ['completions', 'gerealiseerd'], required: true },
  { field: 'smApp', name: 'sm_app', aliases: ['s+m app', 'sm app'], required: false },
] as const satisfies readonly ColumnSpec<string>[];

export const PROJECT_COLUMNS = [
  { field: 'name', name: 'naam', aliases: ['name', 'projectnaam', 'project'], required: true },
  { field: 'gemeente', name: 'gemeente', aliases: ['municipality', 'cbs-code', 'code', 'gemeentecode'], required: true },
  { field: 'completionYear', name: 'opleverjaar', aliases: ['jaar', 'completion year', 'year'], required: true },
  { field: 'status', name: 'status', aliases: [], required: true },
  { field: 'total', name: 'woningen', aliases: ['totaal', 'total', 'homes'], required: true },
  { field: 'affordable', name: 'betaalbaar', aliases: ['affordable'], required: false },
  { field: 'socialRent', name: 'sociale_huur', aliases: ['social rent'], required: false },
  { field: 'nultreden', name: 'nultreden', aliases: [], required: false },
  { field: 'geclusterd', name: 'geclusterd', aliases: [], required: false },
  { field: 'zorggeschikt', name: 'zorggeschikt', aliases: [], required: false },
  { field: 'note', name: 'toelichting', aliases: ['note', 'opmerking'], required: false },
] as const satisfies readonly ColumnSpec<string>[];

export const FIGURE_COLUMNS = [
  { field: 'figureId', name: 'cijfer_id', aliases: ['figure id', 'id'], required: true },
  { field: 'value', name: 'waarde', aliases: ['value'], required: true },
  { field: 'note', name: 'toelichting', aliases: ['note', 'opmerking'], required: false },
] as const satisfies readonly ColumnSpec<string>[];

export const PLACEMENT_COLUMNS = [
  { field: 'gemeente', name: 'gemeente', aliases: ['municipality', 'cbs-code', 'code', 'gemeentecode', 'gemeentenaam'], required: true },
  { field: 'year', name: 'jaar', aliases: ['year'], required: true },
  { field: 'households', name: 'plaatsingen', aliases: ['placements', 'huishoudens', 'households', 'geplaatst'], required: true },
] as const satisfies readonly ColumnSpec<string>[];

export const COLUMNS = { realisation: REALISATION_COLUMNS, projects: PROJECT_COLUMNS, figures: FIGURE_COLUMNS, plaatsingen: PLACEMENT_COLUMNS } as const satisfies Record<
  ImportKind,
  readonly ColumnSpec<string>[]
>;

/** Case, accents, spaces, underscores and other punctuation do not matter: "Sociale huur" = "sociale_huur", "S+M app" = "sm_app". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Where each known column stands in the file, by field, with the header as the file writes it. */
export type ColumnPlace = { index: number; label: string };
export type ColumnMatch<F extends string> = { columns: Partial<Record<F, ColumnPlace>>; issues: ImportIssue[]; complete: boolean };

export function matchColumns<F extends string>(specs: readonly ColumnSpec<F>[], header: readonly string[]): ColumnMatch<F> {
  const byName = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) for (const name of [spec.name, ...spec.aliases]) byName.set(normalizeName(name), spec);

  const columns: Partial<Record<F, ColumnPlace>> = {};
  const issues: ImportIssue[] = [];
  header.forEach((raw, index) => {
    const label = cleanHeader(raw);
    if (label === '') return;
    const spec = byName.get(normalizeName(label));
    if (!spec) {
      issues.push({ severity: 'warning', line: null, column: label, code: 'unknownColumn', params: { column: label } });
      return;
    }
    const earlier = columns[spec.field];
    if (earlier) {
      issues.push({ severity: 'error', line: null, column: label, code: 'duplicateColumn', params: { first: earlier.label, second: label, name: spec.name } });
      return;
    }
    columns[spec.field] = { index, label };
  });

  const found = header.map(cleanHeader).filter((h) => h !== '');
  let complete = true;
  for (const spec of specs) {
    if (!spec.required || columns[spec.field]) continue;
    complete = false;
    issues.push({ severity: 'error', line: null, column: spec.name, code: 'missingColumn', params: { name: spec.name, aliases: [...spec.aliases], found } });
  }
  if (issues.some((i) => i.severity === 'error')) complete = false;
  return { columns, issues, complete };
}

export function cleanHeader(raw: string): string {
  return raw.replace(/^\uFEFF/, '').trim();
}
