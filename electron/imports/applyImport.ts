import type { ImportPlan } from '../../shared/imports/plan';
import type { ImportKind } from '../../shared/imports/types';
import type { Store } from '../store/store';

/**
 * Applies a planned import in one transaction: every change or none. Each change is recorded in
 * the history under one import batch, with the file name as its source, so the whole import
 * can be reverted later.
 */
export function applyImport(store: Store, kind: ImportKind, plan: ImportPlan, meta: { fileName: string; peildatum: string | null; rowCount: number }): number {
  return store.db.transaction(() => {
    const importId = store.history.startImport(kind, meta.fileName, meta.peildatum, meta.rowCount);
    const origin = { source: meta.fileName, importId };
    for (const c of plan.changes) {
      switch (c.kind) {
        case 'addFigure':
          store.dataset.addFigure(c.figure, origin);
          break;
        case 'editFigure':
          store.dataset.editFigure(c.figureId, c.value, c.note, origin);
          break;
        case 'addProject':
          store.projects.create(c.project, origin);
          break;
        case 'updateProject':
          store.projects.update(c.projectId, c.project, origin);
          break;
      }
    }
    return importId;
  })();
}
