import { runChecks, type Finding } from '../../shared/checks';
import type { Locale } from '../../shared/format/nl';
import { texts } from '../../shared/i18n/catalogue';
import { importIssueText } from '../../shared/imports/issueText';
import { rowsThatCountNowhere } from '../../shared/imports/countsNowhere';
import { planImport, type ImportPlan } from '../../shared/imports/plan';
import type { ImportIssue, ImportKind } from '../../shared/imports/types';
import type { ImportPreview } from '../../shared/api/contract';
import { validateImport } from '../../shared/imports/validate';
import { programmeYears } from '../../shared/imports/programmeYears';
import type { Store } from '../store/port';
import { readImportFile } from './readTable';

export type PreparedImport = {
  kind: ImportKind;
  fileName: string;
  peildatum: string | null;
  issues: ImportIssue[];
  /** Rows that passed validation. */
  validRows: number;
  plan: ImportPlan | null;
  /** Consistency findings the import would add, and the ones it would resolve. */
  newFindings: Finding[];
  resolvedFindings: Finding[];
  /** No errors, and something to change. */
  canApply: boolean;
};

/**
 * Read → validate → plan → check, without writing anything: what the preview shows, and what
 * `apply` re-does on the Node side before writing (a preview is never trusted).
 */
export async function prepareImport(store: Store, input: { kind: ImportKind; fileName: string; data: Buffer; peildatum: string | null; date: string }): Promise<PreparedImport> {
  const base = { kind: input.kind, fileName: input.fileName, peildatum: input.peildatum };
  const read = await readImportFile(input.data, input.fileName);
  if (!read.ok) return { ...base, issues: read.issues, validRows: 0, plan: null, newFindings: [], resolvedFindings: [], canApply: false };
  const dataset = await store.dataset.dataset();
  const validated = validateImport(input.kind, read.table, { gemeenten: dataset.gemeenten, figures: dataset.figures, programmeYears: programmeYears(dataset) });
  const plan = planImport(validated, dataset, { fileName: input.fileName, peildatum: input.peildatum, date: input.date });
  // Rows that would be stored but count in no result are said, not shown as a change that does nothing.
  const issues = [...read.warnings, ...validated.issues, ...rowsThatCountNowhere(validated, plan.after, validated.issues)];
  const before = runChecks(dataset);
  const after = runChecks(plan.after);
  const beforeIds = new Set(before.map((f) => f.id));
  const afterIds = new Set(after.map((f) => f.id));
  const hasErrors = issues.some((i) => i.severity === 'error');
  return {
    ...base,
    issues,
    validRows: validated.rows.length,
    plan,
    newFindings: after.filter((f) => !beforeIds.has(f.id) && f.severity !== 'info'),
    resolvedFindings: before.filter((f) => !afterIds.has(f.id) && f.severity !== 'info'),
    canApply: !hasErrors && plan.changes.length > 0,
  };
}

/** What the preview shows (window and `import --json`): the plan's changes as subjects and values. */
export function previewOf(p: PreparedImport): ImportPreview {
  return {
    kind: p.kind,
    fileName: p.fileName,
    peildatum: p.peildatum,
    issues: p.issues,
    validRows: p.validRows,
    changes: (p.plan?.changes ?? []).map((c) => ({
      kind: c.kind,
      subject: c.subject,
      oldValue: c.kind === 'editFigure' || c.kind === 'updateProject' ? c.oldValue : null,
      newValue: c.kind === 'addFigure' ? c.figure.value : c.kind === 'editFigure' ? c.value : c.project.homes.total,
    })),
    unchanged: p.plan?.unchanged ?? 0,
    newFindings: p.newFindings,
    resolvedFindings: p.resolvedFindings,
    canApply: p.canApply,
  };
}

/** Why an import cannot be applied, with the first errors; in Dutch unless asked otherwise (the API's refusals are Dutch). */
export function importRefusal(p: PreparedImport, locale: Locale = 'nl-NL'): string {
  const t = texts(locale).imports.refusal;
  const errors = p.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return t.errors(errors.length, errors.slice(0, 5).map((e) => importIssueText(locale, e)).join(' '));
  return t.nothing;
}
