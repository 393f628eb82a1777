import type { ImportPlan } from '../../shared/imports/plan';
import type { ImportMeta, Store } from '../store/port';

/**
 * Backs up the store, then applies a planned import in one transaction: every change or none. Each change is recorded in
 * the history under one import batch, with the file name as its source, so the whole import
 * can be reverted later.
 */
export async function applyImport(store: Store, plan: ImportPlan, meta: ImportMeta): Promise<number> {
  // A backup first: an import changes many figures at once. Without one, nothing is imported.
  await store.backups.make('import');
  return store.transaction(async (tx) => {
    const importId = await tx.history.startImport(meta);
    const origin = { source: meta.fileName, importId };
    for (const c of plan.changes) {
      switch (c.kind) {
        case 'addFigure':
          await tx.dataset.addFigure(c.figure, origin);
          break;
        case 'editFigure':
          await tx.dataset.editFigure(c.figureId, c.value, c.note, origin);
          break;
        case 'addProject':
          await tx.projects.create(c.project, origin);
          break;
        case 'updateProject':
          await tx.projects.update(c.projectId, c.project, origin);
          break;
      }
    }
    return importId;
  });
}
