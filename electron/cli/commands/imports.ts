import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/imports/types';
import { importTemplate } from '../../../shared/imports/templates';
import { formatNumber } from '../../../shared/format/nl';
import { applyImport } from '../../imports/applyImport';
import { importRefusal, prepareImport, previewOf, type PreparedImport } from '../../imports/prepareImport';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

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
    if (options.json) ctx.io.out(JSON.stringify(previewOf(prepared), null, 2) + '\n');
    else ctx.io.out(report(prepared));
    const errors = prepared.issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) throw new CliError(`${errors} fout(en) in ${basename(path)}; er is niets ingelezen.`);
    if (options.dryRun) return;
    if (!prepared.canApply || !prepared.plan) throw new CliError(importRefusal(prepared));
    const importId = await applyImport(store, prepared.plan, { kind, fileName: basename(path), peildatum: options.peildatum ?? null, rowCount: prepared.validRows });
    ctx.io.err(`Ingelezen als import ${importId}: ${prepared.plan.changes.length} wijziging(en). Terugdraaien: history revert-import ${importId}.\n`);
  });
}


function report(p: PreparedImport): string {
  const lines = [`Import ${p.fileName} (${p.kind})${p.peildatum ? `, peildatum ${p.peildatum}` : ''}`];
  const errors = p.issues.filter((i) => i.severity === 'error');
  const warnings = p.issues.filter((i) => i.severity === 'warning');
  lines.push(`Geldige rijen: ${p.validRows}; fouten: ${errors.length}; waarschuwingen: ${warnings.length}.`);
  for (const i of [...errors, ...warnings].slice(0, 200)) lines.push(`  ${i.severity === 'error' ? 'FOUT' : 'let op'}: ${i.message}`);
  if (errors.length + warnings.length > 200) lines.push(`  … en nog ${errors.length + warnings.length - 200} meldingen.`);
  if (p.plan && errors.length === 0) {
    lines.push('', `Wijzigingen (${p.plan.changes.length}; ongewijzigd ${p.plan.unchanged}):`);
    for (const c of p.plan.changes) {
      const detail =
        c.kind === 'addFigure'
          ? `nieuw: ${formatNumber(c.figure.value, 2)}`
          : c.kind === 'editFigure'
            ? `${formatNumber(c.oldValue, 2)} → ${formatNumber(c.value, 2)}`
            : c.kind === 'addProject'
              ? `nieuw project, ${c.project.homes.total} woningen`
              : `${c.oldValue} → ${c.project.homes.total} woningen`;
      lines.push(`  ${c.label}: ${detail}`);
    }
    if (p.newFindings.length > 0) {
      lines.push('', 'Nieuwe bevindingen van de controles na deze import:');
      for (const f of p.newFindings) lines.push(`  [${f.severity}] ${f.title}: ${f.message}`);
    }
    if (p.resolvedFindings.length > 0) lines.push('', `Opgeloste bevindingen: ${p.resolvedFindings.map((f) => f.title).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}
