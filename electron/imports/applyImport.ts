import type { ImportPlan } from '../../shared/imports/plan';
import type { ImportMeta, Store } from '../store/port';

/**
 * Applies a planned import in one transaction: every change or none. Each change is recorded in
 * the history under one import batch, with the file name as its source, so the whole import
 * can be reverted later.
 */
export function applyImport(store: Store, plan: ImportPlan, meta: ImportMeta): Promise<number> {
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
