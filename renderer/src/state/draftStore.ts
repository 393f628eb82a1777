import { createStore } from 'zustand/vanilla';
import type { Api } from '../../../shared/api/contract';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { clearBackup, readBackup, writeBackup } from './draftBackup';
import type { NoticesStore } from './noticesStore';
import type { ServerStore } from './serverStore';
import type { UndoStore } from './undoStore';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export type DraftState = {
  /** The scenario being edited. */
  openId: string;
  saveState: SaveState;
  saveError: string | null;
  /** An analyst's change: one undo step, written to the backup at once and to the store shortly after. */
  edit: (field: string, params: ScenarioParams) => void;
  undo: () => void;
  redo: () => void;
  /** Parameters the store already holds (a restored version): an undo step, not saved again. */
  adopt: (params: ScenarioParams) => void;
  /** Saves a pending change now (before switching scenario, deleting, exporting). */
  flush: () => Promise<void>;
  /** Opens another scenario, after saving the pending change of this one. */
  open: (id: string) => Promise<void>;
  /** Starts editing `scenario`: its stored parameters, or a newer unsaved backup of them. */
  load: (scenario: StoredScenario) => void;
};

const OPEN_KEY = 'woonzorgverkenner.openScenario';
const SAVE_DELAY_MS = 400;

type Deps = { api: Api; server: ServerStore; undo: UndoStore; notices: NoticesStore; restoredText: () => string };

/** The scenario being edited and its saving: the one owner of what still has to reach the store. */
export function createDraftStore({ api, server, undo, notices, restoredText }: Deps) {
  let timer: number | null = null;
  const stored = localStorage.getItem(OPEN_KEY);
  const scenarios = server.getState().scenarios;
  const initialId = scenarios.find((s) => s.id === stored)?.id ?? scenarios[0]?.id ?? 'basis';

  return createStore<DraftState>()((set, get) => {
    const openScenario = (): StoredScenario | undefined => {
      const list = server.getState().scenarios;
      return list.find((s) => s.id === get().openId) ?? list[0];
    };
    const present = () => undo.getState().history.present;

    const save = async () => {
      if (timer !== null) {
        window.clearTimeout(timer);
        timer = null;
      }
      const scenario = openScenario();
      if (!scenario || scenario.builtin) return;
      const params = present();
      set({ saveState: 'saving' });
      const answer = await api['scenarios.save']({ id: scenario.id, params });
      if (answer.ok) {
        server.getState().putScenario(answer.value);
        // Only clear the backup if nothing newer was typed while saving.
        if (present() === params) {
          clearBackup(scenario.id);
          set({ saveState: 'saved', saveError: null });
        } else set({ saveState: 'pending', saveError: null });
      } else set({ saveState: 'error', saveError: answer.error.message });
    };
    const schedule = () => {
      if (timer !== null) window.clearTimeout(timer);
      set({ saveState: 'pending' });
      timer = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    };
    const changed = () => {
      const scenario = openScenario();
      if (!scenario || scenario.builtin) return;
      writeBackup(scenario.id, { params: present(), at: new Date().toISOString() });
      schedule();
    };
    const flush = async () => {
      if (timer !== null) await save();
    };

    return {
      openId: initialId,
      saveState: 'saved',
      saveError: null,
      edit: (field, params) => {
        const before = present();
        undo.getState().record(params, field);
        if (present() !== before) changed();
      },
      undo: () => {
        if (!undo.getState().canUndo) return;
        undo.getState().undo();
        changed();
      },
      redo: () => {
        if (!undo.getState().canRedo) return;
        undo.getState().redo();
        changed();
      },
      adopt: (params) => undo.getState().adopt(params),
      flush,
      open: async (id) => {
        await flush();
        set({ openId: id });
        localStorage.setItem(OPEN_KEY, id);
      },
      load: (scenario) => {
        const backup = scenario.builtin ? null : readBackup(scenario.id);
        // A backup newer than the last save holds edits that never reached the store (a crash or reload mid-save).
        if (backup && backup.at > scenario.savedAt && JSON.stringify(backup.params) !== JSON.stringify(scenario.params)) {
          undo.getState().reset(backup.params);
          schedule();
          notices.getState().notify({ kind: 'info', text: restoredText() });
        } else {
          if (backup) clearBackup(scenario.id);
          undo.getState().reset(scenario.params);
          set({ saveState: 'saved' });
        }
      },
    };
  });
}
export type DraftStore = ReturnType<typeof createDraftStore>;
