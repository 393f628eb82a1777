import type { Change } from '../../../shared/history/schema';
import { StoreError } from '../errors';
import type { DatasetRepo, FigureState } from './datasetRepo';
import type { HistoryRepo } from './historyRepo';
import type { ProjectRepo, ProjectState } from './projectRepo';
import { immediate } from './sync';
import type Database from 'better-sqlite3';

type Repos = { db: Database.Database; dataset: DatasetRepo; projects: ProjectRepo; history: HistoryRepo };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function currentState(repos: Repos, c: Change): unknown {
  return c.target === 'figure' ? repos.dataset.figureState(c.targetId) : repos.projects.state(c.targetId);
}

/** Puts the target back as it was before `c`, recorded as a new change. Caller holds the transaction. */
function undoOne(repos: Repos, c: Change): number {
  if (c.revertedBy !== null) throw new StoreError('invalid', `Wijziging ${c.id} (${c.label}) is al teruggedraaid.`);
  const now = currentState(repos, c);
  if (!same(now, c.newState)) {
    throw new StoreError('invalid', `${c.label} is na wijziging ${c.id} nog veranderd; draai eerst die latere wijziging terug.`);
  }
  if (c.target === 'figure') repos.dataset.writeState(c.targetId, c.oldState as FigureState | null);
  else repos.projects.writeState(c.targetId, c.oldState as ProjectState | null);
  const id = repos.history.record({ action: 'undo', target: c.target, targetId: c.targetId, label: c.label, oldState: now, newState: c.oldState, source: 'analist' });
  repos.history.markReverted(c.id, id);
  return id;
}

/** Reverts one change (an edit, a project change, one row of an import), if nothing changed it since. */
export function revertChange(repos: Repos, changeId: number): Change {
  return immediate(repos.db, () => {
    const c = repos.history.get(changeId);
    if (!c) throw new StoreError('notFound', `Wijziging ${changeId} bestaat niet.`);
    const id = undoOne(repos, c);
    const undo = repos.history.get(id);
    if (!undo) throw new StoreError('invalid', 'De terugdraaiing is niet vastgelegd.');
    return undo;
  });
}

/** Reverts a whole import in one transaction: all of its changes, or none. */
export function revertImport(repos: Repos, importId: number): number {
  return immediate(repos.db, () => {
    const batch = repos.history.getImport(importId);
    if (!batch) throw new StoreError('notFound', `Import ${importId} bestaat niet.`);
    if (batch.revertedAt !== null) throw new StoreError('invalid', `Import ${importId} (${batch.fileName}) is al teruggedraaid.`);
    let count = 0;
    for (const c of repos.history.ofImport(importId)) {
      if (c.revertedBy !== null) continue;
      undoOne(repos, c);
      count++;
    }
    repos.history.markImportReverted(importId);
    return count;
  });
}
