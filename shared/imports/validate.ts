import type { z } from 'zod';
import { PROJECT_STATUSES, ProjectDraft, type ProjectDraftInput, type ProjectStatus } from '../projects/schema';
import { FIGURE_COLUMNS, PLACEMENT_COLUMNS, PROJECT_COLUMNS, REALISATION_COLUMNS, matchColumns, normalizeName, type ColumnPlace, type ColumnSpec } from './headers';
import { numberStyleOf, parseImportNumber, type NumberStyle } from './numbers';
import type { CellIssueMessage, ImportIssue, IssueSeverity, RowIssueMessage } from './issues';
import { codePointLabel, findUnsafeCharacter, unsafeCharacterOf, type UnsafeCharacter } from '../validation/safeText';
import type { CellTable, FigureRow, ImportContext, ImportKind, PlacementRow, ProjectRow, RealisationRow, ValidatedImport } from './types';

/** Years an import may speak of (projects and realisation alike). */
export const IMPORT_YEAR_MIN = 2000;
export const IMPORT_YEAR_MAX = 2100;
/** More findings than this help nobody; the rest are counted in one closing finding. */
export const MAX_ISSUES = 1000;

/**
 * Checks an imported table against the kind of data it should hold. `rows` holds only the rows
 * without errors; every finding is in `issues` (an error means: do not apply; a warning: look, but it may be applied).
 */
export function validateImport(kind: 'realisation', table: CellTable, context: ImportContext): Extract<ValidatedImport, { kind: 'realisation' }>;
export function validateImport(kind: 'projects', table: CellTable, context: ImportContext): Extract<ValidatedImport, { kind: 'projects' }>;
export function validateImport(kind: 'figures', table: CellTable, context: ImportContext): Extract<ValidatedImport, { kind: 'figures' }>;
export function validateImport(kind: 'plaatsingen', table: CellTable, context: ImportContext): Extract<ValidatedImport, { kind: 'plaatsingen' }>;
export function validateImport(kind: ImportKind, table: CellTable, context: ImportContext): ValidatedImport;
export function validateImport(kind: ImportKind, table: CellTable, context: ImportContext): ValidatedImport {
  switch (kind) {
    case 'realisation':
      return { kind, ...validateRealisation(table, context) };
    case 'projects':
      return { kind, ...validateProjects(table, context) };
    case 'figures':
      return { kind, ...validateFigures(table, context) };
    case 'plaatsingen':
      return { kind, ...validatePlacements(table, context) };
  }
}

// ---------------------------------------------------------------------------------------------
// Findings

class Findings {
  readonly list: ImportIssue[] = [];
  private droppedErrors = 0;
  private droppedWarnings = 0;

  add(issue: ImportIssue): void {
    if (this.list.length < MAX_ISSUES) this.list.push(issue);
    else if (issue.severity === 'error') this.droppedErrors++;
    else this.droppedWarnings++;
  }

  cell(severity: IssueSeverity, line: number, column: string, message: CellIssueMessage): void {
    this.add({ severity, line, column, ...message });
  }

  row(severity: IssueSeverity, line: number, message: RowIssueMessage): void {
    this.add({ severity, line, column: null, ...message });
  }

  done(): ImportIssue[] {
    const dropped = this.droppedErrors + this.droppedWarnings;
    if (dropped > 0) {
      this.list.push({
        severity: this.droppedErrors > 0 ? 'error' : 'warning',
        line: null,
        column: null,
        code: 'moreIssues',
        params: { count: dropped, errors: this.droppedErrors, warnings: this.droppedWarnings },
      });
    }
    return this.list;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading cells

type Row = CellTable['rows'][number];

function cellText(row: Row, place: ColumnPlace | undefined): string {
  if (!place) return '';
  // A template writes text that a spreadsheet would run as a formula with a leading apostrophe.
  return (row.cells[place.index] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
}

function isEmptyRow(row: Row): boolean {
  return row.cells.every((c) => c.trim() === '');
}

type Parsed<T> = { ok: true; value: T } | { ok: false };
const failed = { ok: false } as const;

/** Reads the columns of a table for one kind; reports the header's problems. */
function columnsOf<F extends string>(specs: readonly ColumnSpec<F>[], table: CellTable, findings: Findings) {
  const match = matchColumns(specs, table.header);
  for (const issue of match.issues) findings.add(issue);
  const dataRows = table.rows.filter((r) => !isEmptyRow(r));
  if (match.complete && dataRows.length === 0) {
    findings.add({ severity: 'warning', line: null, column: null, code: 'noDataRows', params: {} });
  }
  return { ...match, dataRows };
}

type CellRef = { row: Row; place: ColumnPlace; findings: Findings; style: NumberStyle };

/** A whole number of homes, at least 0; an empty cell is an error or stands for `whenEmpty.value`. */
/** What a count is called in the issues: homes (realisation, projects) or households (placements). */
const HOMES = { empty: 'homesEmpty', notWhole: 'notWholeHomes', negative: 'negativeHomes' } as const;
const HOUSEHOLDS = { empty: 'householdsEmpty', notWhole: 'notWholeHouseholds', negative: 'negativeHouseholds' } as const;
type CountWords = typeof HOMES | typeof HOUSEHOLDS;

/** A whole number, at least 0; an empty cell is an error unless `whenEmpty` gives its value. */
function countCell<E>({ row, place, findings, style }: CellRef, words: CountWords, whenEmpty: { value: E } | 'required'): Parsed<number | E> {
  const text = cellText(row, place);
  const n = parseImportNumber(text, style, true);
  if (!n.ok) {
    if (n.reason === 'empty' && whenEmpty !== 'required') return { ok: true, value: whenEmpty.value };
    findings.cell('error', row.line, place.label, n.reason === 'empty' ? { code: words.empty, params: {} } : { code: 'notANumber', params: { text } });
    return failed;
  }
  if (!Number.isInteger(n.value)) {
    findings.cell('error', row.line, place.label, { code: words.notWhole, params: { text } });
    return failed;
  }
  if (n.value < 0) {
    findings.cell('error', row.line, place.label, { code: words.negative, params: { text } });
    return failed;
  }
  return { ok: true, value: n.value };
}

function homesCell(ref: CellRef, whenEmpty: 'required'): Parsed<number>;
function homesCell<E>(ref: CellRef, whenEmpty: { value: E }): Parsed<number | E>;
function homesCell<E>(ref: CellRef, whenEmpty: { value: E } | 'required'): Parsed<number | E> {
  return countCell(ref, HOMES, whenEmpty);
}

function yearCell({ row, place, findings, style }: CellRef): Parsed<number> {
  const text = cellText(row, place);
  const n = parseImportNumber(text, style, true);
  if (!n.ok || !Number.isInteger(n.value)) {
    findings.cell('error', row.line, place.label, text === '' ? { code: 'yearEmpty', params: {} } : { code: 'notAYear', params: { text } });
    return failed;
  }
  if (n.value < IMPORT_YEAR_MIN || n.value > IMPORT_YEAR_MAX) {
    findings.cell('error', row.line, place.label, { code: 'yearOutOfRange', params: { text, min: IMPORT_YEAR_MIN, max: IMPORT_YEAR_MAX } });
    return failed;
  }
  return { ok: true, value: n.value };
}

/** A figure's value: any finite number; an empty cell is "no value" (null). */
function valueCell({ row, place, findings, style }: CellRef): Parsed<number | null> {
  const text = cellText(row, place);
  const n = parseImportNumber(text, style, false);
  if (n.ok) return { ok: true, value: n.value };
  if (n.reason === 'empty') return { ok: true, value: null };
  findings.cell('error', row.line, place.label, n.reason === 'ambiguous' ? { code: 'ambiguousNumber', params: { text } } : { code: 'notANumber', params: { text } });
  return failed;
}

type GemeenteResolver = { resolve(text: string): string | null; known: string[] };

function gemeenteResolver(context: ImportContext): GemeenteResolver {
  const byKey = new Map<string, string>();
  for (const g of context.gemeenten) {
    byKey.set(normalizeName(g.name), g.code);
    byKey.set(normalizeName(g.code), g.code);
    const digits = /^GM(\d{4})$/i.exec(g.code)?.[1];
    // Excel drops the leading zeros of a code typed as a number: 402 is GM0402.
    if (digits) {
      byKey.set(digits, g.code);
      byKey.set(String(Number(digits)), g.code);
    }
  }
  return {
    resolve: (text) => (text.trim() === '' ? null : (byKey.get(normalizeName(text)) ?? null)),
    known: context.gemeenten.map((g) => `${g.name} (${g.code})`),
  };
}

function gemeenteCell({ row, place, findings }: CellRef, gemeenten: GemeenteResolver): Parsed<string> {
  const text = cellText(row, place);
  const code = gemeenten.resolve(text);
  if (code !== null) return { ok: true, value: code };
  findings.cell(
    'error',
    row.line,
    place.label,
    text === '' ? { code: 'gemeenteEmpty', params: { known: gemeenten.known } } : { code: 'unknownGemeente', params: { text, known: gemeenten.known } },
  );
  return failed;
}

// ---------------------------------------------------------------------------------------------
// Realisation

function validateRealisation(table: CellTable, context: ImportContext): { rows: RealisationRow[]; issues: ImportIssue[] } {
  const findings = new Findings();
  const { columns, complete, dataRows } = columnsOf(REALISATION_COLUMNS, table, findings);
  const rows: RealisationRow[] = [];
  if (!complete || !columns.gemeente || !columns.year || !columns.completions) return { rows, issues: findings.done() };
  const style = numberStyleOf(table);
  const gemeenten = gemeenteResolver(context);
  const seen = new Map<string, number>();

  for (const row of dataRows) {
    const ref = (place: ColumnPlace): CellRef => ({ row, place, findings, style });
    const gemeente = gemeenteCell(ref(columns.gemeente), gemeenten);
    const year = yearCell(ref(columns.year));
    const completions = homesCell(ref(columns.completions), 'required');
    const smApp = columns.smApp ? homesCell(ref(columns.smApp), { value: null }) : ({ ok: true, value: null } as const);
    if (!gemeente.ok || !year.ok || !completions.ok || !smApp.ok) continue;

    if (!onceAndMember({ line: row.line, gemeente: gemeente.value, gemeenteText: cellText(row, columns.gemeente), year: year.value }, seen, findings, context)) continue;
    rows.push({ line: row.line, gemeente: gemeente.value, year: year.value, completions: completions.value, smApp: smApp.value });
  }
  return { rows, issues: findings.done() };
}

/**
 * One row per gemeente and year (a second is an error naming the first), and a warning for a
 * year after the gemeente left the region (Weesp, 2022: its figures may be kept, but they do not
 * count in the calculation). False when the row is to be skipped.
 */
function onceAndMember(r: { line: number; gemeente: string; gemeenteText: string; year: number }, seen: Map<string, number>, findings: Findings, context: ImportContext): boolean {
  const key = `${r.gemeente}:${r.year}`;
  const first = seen.get(key);
  if (first !== undefined) {
    findings.row('error', r.line, { code: 'duplicateRealisation', params: { gemeente: r.gemeenteText, year: r.year, first } });
    return false;
  }
  seen.set(key, r.line);
  const member = context.gemeenten.find((g) => g.code === r.gemeente);
  if (member?.memberUntil != null && r.year > member.memberUntil) {
    findings.row('warning', r.line, { code: 'leftRegion', params: { gemeente: member.name, since: member.memberUntil + 1 } });
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Placements of aandachtsgroepen households (MODEL §5.3)

/** A whole number of households, at least 0: said in households, not homes. */
function householdsCell(ref: CellRef): Parsed<number> {
  return countCell(ref, HOUSEHOLDS, 'required');
}

function validatePlacements(table: CellTable, context: ImportContext): { rows: PlacementRow[]; issues: ImportIssue[] } {
  const findings = new Findings();
  const { columns, complete, dataRows } = columnsOf(PLACEMENT_COLUMNS, table, findings);
  const rows: PlacementRow[] = [];
  if (!complete || !columns.gemeente || !columns.year || !columns.households) return { rows, issues: findings.done() };
  const style = numberStyleOf(table);
  const gemeenten = gemeenteResolver(context);
  const range = context.programmeYears ?? null;
  const seen = new Map<string, number>();

  for (const row of dataRows) {
    const ref = (place: ColumnPlace): CellRef => ({ row, place, findings, style });
    const gemeente = gemeenteCell(ref(columns.gemeente), gemeenten);
    let year = yearCell(ref(columns.year));
    // The task is counted over the programme's years only: a placement outside them could not be weighed against it.
    if (year.ok && range && (year.value < range.start || year.value > range.end)) {
      findings.cell('error', row.line, columns.year.label, { code: 'placementOutsideProgramme', params: { text: String(year.value), start: range.start, end: range.end } });
      year = failed;
    }
    const households = householdsCell(ref(columns.households));
    if (!gemeente.ok || !year.ok || !households.ok) continue;

    if (!onceAndMember({ line: row.line, gemeente: gemeente.value, gemeenteText: cellText(row, columns.gemeente), year: year.value }, seen, findings, context)) continue;
    rows.push({ line: row.line, gemeente: gemeente.value, year: year.value, households: households.value });
  }
  return { rows, issues: findings.done() };
}

// ---------------------------------------------------------------------------------------------
// Projects

type ProjectField = (typeof PROJECT_COLUMNS)[number]['field'];
const CATEGORY_FIELDS = ['affordable', 'socialRent', 'nultreden', 'geclusterd', 'zorggeschikt'] as const;

const STATUS_BY_KEY = new Map<string, ProjectStatus>(PROJECT_STATUSES.map((s) => [normalizeName(s), s]));

function statusCell({ row, place, findings }: CellRef): Parsed<ProjectStatus> {
  const text = cellText(row, place);
  const status = STATUS_BY_KEY.get(normalizeName(text));
  if (status) return { ok: true, value: status };
  const statuses = [...PROJECT_STATUSES];
  findings.cell('error', row.line, place.label, text === '' ? { code: 'statusEmpty', params: { statuses } } : { code: 'unknownStatus', params: { text, statuses } });
  return failed;
}

/** The zod path of a draft field → the column it came from. */
function fieldOfPath(path: readonly PropertyKey[]): ProjectField | null {
  const [head, sub] = path;
  if (head === 'homes') return sub === 'total' ? 'total' : ((CATEGORY_FIELDS as readonly unknown[]).includes(sub) ? (sub as ProjectField) : 'total');
  if (head === 'name' || head === 'gemeente' || head === 'completionYear' || head === 'status' || head === 'note') return head;
  return null;
}

/** A character the text rule refuses (shared/validation/safeText.ts), as a cell issue. */
function unsafeCharacterIssue(u: UnsafeCharacter): CellIssueMessage {
  return { code: 'unsafeCharacter', params: { kind: u.kind, codePoint: codePointLabel(u.codePoint), position: u.position } };
}

/** A schema finding on a project draft, as a cell issue; the cell checks above catch most before the schema sees them. */
function draftIssue(issue: z.core.$ZodIssue, homes: Readonly<Record<string, number>>): CellIssueMessage {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? { code: 'textTooLong', params: { max: Number(issue.maximum) } } : { code: 'valueTooLarge', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.path[0] === 'name') return { code: 'projectNameMissing', params: {} };
      return issue.origin === 'string' ? { code: 'invalidValue', params: {} } : { code: 'valueTooSmall', params: { min: Number(issue.minimum) } };
    case 'custom': {
      const unsafe = unsafeCharacterOf(issue);
      if (unsafe) return unsafeCharacterIssue(unsafe);
      // ProjectHomes: a category with more homes than the total.
      const key = issue.path[1];
      const count = typeof key === 'string' ? homes[key] : undefined;
      return count !== undefined && homes.total !== undefined ? { code: 'categoryAboveTotal', params: { count, total: homes.total } } : { code: 'invalidValue', params: {} };
    }
    default:
      return { code: 'invalidValue', params: {} };
  }
}

function validateProjects(table: CellTable, context: ImportContext): { rows: ProjectRow[]; issues: ImportIssue[] } {
  const findings = new Findings();
  const { columns, complete, dataRows } = columnsOf(PROJECT_COLUMNS, table, findings);
  const rows: ProjectRow[] = [];
  const { name: nameCol, gemeente: gemeenteCol, completionYear: yearCol, status: statusCol, total: totalCol } = columns;
  if (!complete || !nameCol || !gemeenteCol || !yearCol || !statusCol || !totalCol) return { rows, issues: findings.done() };
  const style = numberStyleOf(table);
  const gemeenten = gemeenteResolver(context);
  const seen = new Map<string, number>();
  const label = (field: ProjectField): string => columns[field]?.label ?? PROJECT_COLUMNS.find((c) => c.field === field)?.name ?? field;

  for (const row of dataRows) {
    const ref = (place: ColumnPlace): CellRef => ({ row, place, findings, style });
    const failedFields = new Set<ProjectField>();
    const take = <T>(field: ProjectField, parsed: Parsed<T>, placeholder: T): T => {
      if (parsed.ok) return parsed.value;
      failedFields.add(field);
      return placeholder;
    };

    const name = cellText(row, nameCol);
    const gemeente = take('gemeente', gemeenteCell(ref(gemeenteCol), gemeenten), 'GM0000');
    const completionYear = take('completionYear', yearCell(ref(yearCol)), IMPORT_YEAR_MIN);
    const status = take('status', statusCell(ref(statusCol)), 'idee');
    // A total that did not read must not make every category "more than the total".
    const total = take('total', homesCell(ref(totalCol), 'required'), 100_000);
    const category = (field: (typeof CATEGORY_FIELDS)[number]): number => {
      const place = columns[field];
      return place ? take(field, homesCell(ref(place), { value: 0 }), 0) : 0;
    };
    const homes = {
      total,
      affordable: category('affordable'),
      socialRent: category('socialRent'),
      nultreden: category('nultreden'),
      geclusterd: category('geclusterd'),
      zorggeschikt: category('zorggeschikt'),
    };
    const input = { name, gemeente, completionYear, status, homes, note: cellText(row, columns.note) } satisfies ProjectDraftInput;

    const parsed = ProjectDraft.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path);
        if (field !== null && failedFields.has(field)) continue;
        if (field === null) findings.row('error', row.line, { code: 'invalidRow', params: {} });
        else findings.cell('error', row.line, label(field), draftIssue(issue, homes));
      }
      continue;
    }
    if (failedFields.size > 0) continue;

    const key = `${parsed.data.name.trim().toLowerCase()}:${parsed.data.gemeente}`;
    const first = seen.get(key);
    if (first !== undefined) {
      findings.row('warning', row.line, { code: 'duplicateProject', params: { name: parsed.data.name.trim(), gemeente: cellText(row, gemeenteCol), first } });
    } else seen.set(key, row.line);
    rows.push({ line: row.line, project: parsed.data });
  }
  return { rows, issues: findings.done() };
}

// ---------------------------------------------------------------------------------------------
// Figures

/** At most this many unknown ids get a suggestion: each suggestion compares with every figure. */
const MAX_SUGGESTIONS = 50;

function validateFigures(table: CellTable, context: ImportContext): { rows: FigureRow[]; issues: ImportIssue[] } {
  const findings = new Findings();
  const { columns, complete, dataRows } = columnsOf(FIGURE_COLUMNS, table, findings);
  const rows: FigureRow[] = [];
  const { figureId: idCol, value: valueCol } = columns;
  if (!complete || !idCol || !valueCol) return { rows, issues: findings.done() };
  const style = numberStyleOf(table);
  const current = new Map(context.figures.map((f) => [f.id, f.value]));
  const byLowerCase = new Map<string, string | null>();
  for (const f of context.figures) {
    const key = f.id.toLowerCase();
    byLowerCase.set(key, byLowerCase.has(key) ? null : f.id);
  }
  const seen = new Map<string, number>();
  let suggestions = 0;

  for (const row of dataRows) {
    const text = cellText(row, idCol);
    const id = current.has(text) ? text : (byLowerCase.get(text.toLowerCase()) ?? null);
    const value = valueCell({ row, place: valueCol, findings, style });
    if (id === null) {
      if (text === '') findings.cell('error', row.line, idCol.label, { code: 'figureIdEmpty', params: {} });
      else {
        const suggestion = suggestions++ < MAX_SUGGESTIONS ? closestId(text, context.figures) : null;
        findings.cell('error', row.line, idCol.label, { code: 'unknownFigure', params: { text, suggestion } });
      }
      continue;
    }
    if (!value.ok) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      findings.row('error', row.line, { code: 'duplicateFigure', params: { figureId: id, first } });
      continue;
    }
    seen.set(id, row.line);
    const now = current.get(id) ?? null;
    if (value.value === null && now !== null) {
      findings.cell('warning', row.line, valueCol.label, { code: 'valueCleared', params: { figureId: id, now } });
    }
    const note = cellText(row, columns.note);
    const unsafe = findUnsafeCharacter(note, { multiline: true });
    if (unsafe && columns.note) {
      findings.cell('error', row.line, columns.note.label, unsafeCharacterIssue(unsafe));
      continue;
    }
    rows.push({ line: row.line, figureId: id, value: value.value, note });
  }
  return { rows, issues: findings.done() };
}

/** The known id nearest to a mistyped one, when it is near enough to be an obvious slip. */
function closestId(text: string, figures: ImportContext['figures']): string | null {
  const limit = Math.min(3, Math.floor(text.length / 4));
  if (limit === 0) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const f of figures) {
    const d = boundedDistance(text.toLowerCase(), f.id.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = f.id;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, or `max + 1` as soon as it is certain to exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((previous[j] ?? Infinity) + 1, (next[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + cost);
      next.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    previous = next;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}
