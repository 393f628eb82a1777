import type { Change } from '../../shared/history/schema';
import { StoreError } from './errors';
import type { FigureState } from './datasetRepo';
import type { ProjectState } from './projectRepo';
import type { Store } from './store';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function currentState(store: Store, c: Change): unknown {
  return c.target === 'figure' ? store.dataset.figureState(c.targetId) : store.projects.state(c.targetId);
}

/** Puts the target back as it was before `c`, recorded as a new change. Caller holds the transaction. */
function undoOne(store: Store, c: Change): number {
  if (c.revertedBy !== null) throw new StoreError('invalid', `Wijziging ${c.id} (${c.label}) is al teruggedraaid.`);
  const now = currentState(store, c);
  if (!same(now, c.newState)) {
    throw new StoreError('invalid', `${c.label} is na wijziging ${c.id} nog veranderd; draai eerst die latere wijziging terug.`);
  }
  if (c.target === 'figure') store.dataset.writeState(c.targetId, c.oldState as FigureState | null);
  else store.projects.writeState(c.targetId, c.oldState as ProjectState | null);
  const id = store.history.record({ action: 'undo', target: c.target, targetId: c.targetId, label: c.label, oldState: now, newState: c.oldState, source: 'analist' });
  store.history.markReverted(c.id, id);
  return id;
}

/** Reverts one change (an edit, a project change, one row of an import), if nothing changed it since. */
export function revertChange(store: Store, changeId: number): Change {
  return store.db.transaction(() => {
    const c = store.history.get(changeId);
    if (!c) throw new StoreError('notFound', `Wijziging ${changeId} bestaat niet.`);
    const id = undoOne(store, c);
    const undo = store.history.get(id);
    if (!undo) throw new StoreError('invalid', 'De terugdraaiing is niet vastgelegd.');
    return undo;
  })();
}

/** Reverts a whole import in one transaction: all of its changes, or none. */
export function revertImport(store: Store, importId: number): number {
  return store.db.transaction(() => {
    const batch = store.history.getImport(importId);
    if (!batch) throw new StoreError('notFound', `Import ${importId} bestaat niet.`);
    if (batch.revertedAt !== null) throw new StoreError('invalid', `Import ${importId} (${batch.fileName}) is al teruggedraaid.`);
    let count = 0;
    for (const c of store.history.ofImport(importId)) {
      if (c.revertedBy !== null) continue;
      undoOne(store, c);
      count++;
    }
    store.history.markImportReverted(importId);
    return count;
  })();
}
