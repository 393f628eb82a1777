import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { findingText } from '../../../shared/checks/findingText';
import { subjectText } from '../../../shared/history/changeText';
import { texts } from '../../../shared/i18n/catalogue';
import { importIssueText } from '../../../shared/imports/issueText';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/imports/types';
import { importTemplate } from '../../../shared/imports/templates';
import { formatNumber } from '../../../shared/format/nl';
import { applyImport } from '../../imports/applyImport';
import { importRefusal, prepareImport, previewOf, type PreparedImport } from '../../imports/prepareImport';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { findingJson } from './findingJson';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const NL = texts('nl-NL').imports.report;

export type ImportOptions = { kind?: string; file?: string; template: boolean; dryRun: boolean; peildatum?: string; json: boolean };

function kindOf(text: string | undefined): ImportKind {
  const kind = IMPORT_KINDS.find((k) => k === text);
  if (!kind) throw new CliError(`Geef de soort gegevens: --kind ${IMPORT_KINDS.join('|')}.`);
  return kind;
}

/**
 * `import --kind K --file PAD [--dry-run] [--peildatum jjjj-mm-dd]` and `import --kind K --template`.
 * The report lists every problem per row and column; with errors nothing is written (exit 2).
 */
export async function importCommand(ctx: CliContext, options: ImportOptions): Promise<void> {
  const kind = kindOf(options.kind);
  if (options.peildatum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.peildatum)) throw new CliError(`Peildatum "${options.peildatum}" heeft niet de vorm jjjj-mm-dd.`);
  if (options.template) {
    await withStore(ctx, async (store) => {
      const ds = await store.dataset.dataset();
      ctx.io.out(importTemplate(kind, { gemeenten: ds.gemeenten, figures: ds.figures }));
    });
    return;
  }
  if (!options.file) throw new CliError('Geef het bestand: import --kind … --file PAD (of --template voor een sjabloon).');
  const path = resolve(ctx.io.cwd, options.file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(`Bestand ${path} bestaat niet.`);
  if (statSync(path).size > MAX_FILE_BYTES) throw new CliError(`${basename(path)} is groter dan 10 MB; er is niets ingelezen.`);
  const data = readFileSync(path);

  await withStore(ctx, async (store) => {
    const prepared = await prepareImport(store, { kind, fileName: basename(path), data, peildatum: options.peildatum ?? null, date: new Date().toISOString() });
    if (options.json) ctx.io.out(JSON.stringify(previewJson(prepared), null, 2) + '\n');
    else ctx.io.out(report(prepared));
    const errors = prepared.issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) throw new CliError(NL.notApplied(errors, basename(path)));
    if (options.dryRun) return;
    if (!prepared.canApply || !prepared.plan) throw new CliError(importRefusal(prepared));
    const importId = await applyImport(store, prepared.plan, { kind, fileName: basename(path), peildatum: options.peildatum ?? null, rowCount: prepared.validRows });
    ctx.io.err(`${NL.applied(importId, prepared.plan.changes.length)}\n`);
  });
}

/** `import --json`: the preview with every issue, change and finding in Dutch words beside its code, for the people and scripts reading it. */
function previewJson(p: PreparedImport): object {
  const preview = previewOf(p);
  return {
    ...preview,
    issues: preview.issues.map((i) => ({ severity: i.severity, line: i.line, column: i.column, code: i.code, message: importIssueText('nl-NL', i) })),
    changes: preview.changes.map((c) => ({ kind: c.kind, label: subjectText('nl-NL', c.subject), oldValue: c.oldValue, newValue: c.newValue })),
    newFindings: preview.newFindings.map(findingJson),
    resolvedFindings: preview.resolvedFindings.map(findingJson),
  };
}

function report(p: PreparedImport): string {
  const lines = [NL.header(p.fileName, p.kind, p.peildatum)];
  const errors = p.issues.filter((i) => i.severity === 'error');
  const warnings = p.issues.filter((i) => i.severity === 'warning');
  lines.push(NL.counts(p.validRows, errors.length, warnings.length));
  for (const i of [...errors, ...warnings].slice(0, 200)) lines.push(`  ${NL.severity[i.severity]}: ${importIssueText('nl-NL', i)}`);
  if (errors.length + warnings.length > 200) lines.push(`  ${NL.more(errors.length + warnings.length - 200)}`);
  if (p.plan && errors.length === 0) {
    lines.push('', NL.changes(p.plan.changes.length, p.plan.unchanged));
    for (const c of p.plan.changes) {
      const detail =
        c.kind === 'addFigure'
          ? NL.newFigure(formatNumber(c.figure.value, 2))
          : c.kind === 'editFigure'
            ? NL.edited(formatNumber(c.oldValue, 2), formatNumber(c.value, 2))
            : c.kind === 'addProject'
              ? NL.newProject(c.project.homes.total)
              : NL.updatedProject(c.oldValue, c.project.homes.total);
      lines.push(`  ${subjectText('nl-NL', c.subject)}: ${detail}`);
    }
    if (p.newFindings.length > 0) {
      lines.push('', NL.newFindings);
      for (const f of p.newFindings) {
        const { title, message } = findingText('nl-NL', f);
        lines.push(`  [${f.severity}] ${title}: ${message}`);
      }
    }
    if (p.resolvedFindings.length > 0) lines.push('', NL.resolved(p.resolvedFindings.map((f) => findingText('nl-NL', f).title)));
  }
  return lines.join('\n') + '\n';
}
