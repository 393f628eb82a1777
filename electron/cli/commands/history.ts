import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';

const WORDS = texts('nl-NL').history;
const NL = WORDS.cli;

/** `history [--json]`: every change to the dataset, newest first, and the imports. */
export async function historyCommand(ctx: CliContext, json: boolean): Promise<void> {
  await withStore(ctx, async (store) => {
    const changes = await store.history.list();
    const imports = await store.history.imports();
    if (json) {
      ctx.io.out(JSON.stringify({ changes: changes.map(({ oldState: _o, newState: _n, ...c }) => c), imports }, null, 2) + '\n');
      return;
    }
    if (changes.length === 0) {
      ctx.io.out(`${NL.none}\n`);
      return;
    }
    const rows = changes.map((c) => [
      String(c.id),
      c.at.slice(0, 16).replace('T', ' '),
      c.action + (c.revertedBy !== null ? NL.revertedBy(c.revertedBy) : ''),
      c.label,
      formatNumber(c.oldValue, 2),
      formatNumber(c.newValue, 2),
      c.importId !== null ? `${c.source} (import ${c.importId})` : c.source,
    ]);
    ctx.io.out(textTable([...NL.columns], rows, [true, false, false, false, true, true, false]) + '\n');
    if (imports.length > 0) {
      ctx.io.out(`\n${NL.importsHeading}\n`);
      for (const b of imports) ctx.io.out(`  ${b.id}: ${b.fileName} (${WORDS.importLine(b.kind, b.rowCount, b.importedAt.slice(0, 10), b.peildatum)})${b.revertedAt ? NL.importReverted : ''}\n`);
    }
  });
}

/** `history revert N` (one change) and `history revert-import N` (a whole import). */
export async function historyRevert(ctx: CliContext, what: 'change' | 'import', idText: string | undefined): Promise<void> {
  const id = Number(idText);
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`Geef het nummer van de ${what === 'change' ? 'wijziging' : 'import'} (zie history).`);
  await withStore(ctx, async (store) => {
    if (what === 'change') {
      const undo = await store.history.revertChange(id);
      ctx.io.err(`${NL.changeReverted(id, undo.label)}\n`);
    } else {
      const n = await store.history.revertImport(id);
      ctx.io.err(`${NL.importRevertedCount(id, n)}\n`);
    }
  });
}
