import { createStore } from 'zustand/vanilla';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './undoHistory';

export type UndoState = {
  history: History<ScenarioParams>;
  canUndo: boolean;
  canRedo: boolean;
  /** A new step (typing in one field merges into one step); the same parameters again are no step. */
  record: (params: ScenarioParams, field: string) => void;
  /** Parameters the store already holds (a restored version): a step to undo, not merged. */
  adopt: (params: ScenarioParams) => void;
  undo: () => void;
  redo: () => void;
  /** A fresh history, for another scenario. */
  reset: (params: ScenarioParams) => void;
};

/** The open scenario's parameters and their undo history: the one owner of both. */
export function createUndoStore(initial: ScenarioParams) {
  return createStore<UndoState>()((set, get) => {
    const apply = (history: History<ScenarioParams>) => set({ history, canUndo: canUndo(history), canRedo: canRedo(history) });
    return {
      history: startHistory(initial),
      canUndo: false,
      canRedo: false,
      record: (params, field) => {
        const { history } = get();
        if (JSON.stringify(params) !== JSON.stringify(history.present)) apply(record(history, params, field, Date.now()));
      },
      adopt: (params) => apply(record(get().history, params, 'restore', Date.now(), 0)),
      undo: () => apply(undo(get().history)),
      redo: () => apply(redo(get().history)),
      reset: (params) => apply(startHistory(params)),
    };
  });
}
export type UndoStore = ReturnType<typeof createUndoStore>;
