import { createStore } from 'zustand/vanilla';
import type { Api } from '../../../shared/api/contract';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import type { FieldRefusal } from '../../../shared/api/errors';
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
  /**
   * The last save was refused for the value of one field (the API names it: "params.programme.paceMultiplier"),
   * so the editor can show the message at that field's input; null otherwise.
   */
  saveRefusal: (FieldRefusal & { field: string }) | null;
  /**
   * The last save was refused because the scenario was saved elsewhere meanwhile (another window,
   * the browser version, the command line): the draft stays here and in the window's backup, and
   * nothing is saved over the newer version until the analyst reloads it.
   */
  conflict: boolean;
  /** An analyst's change: one undo step, written to the backup at once and to the store shortly after. */
  edit: (field: string, params: ScenarioParams) => void;
  undo: () => void;
  redo: () => void;
  /** Parameters the store already holds (a restored version): an undo step, not saved again; `version` is the one now stored. */
  adopt: (params: ScenarioParams, version?: number) => void;
  /** The stored version the open scenario's draft builds on. */
  baseVersion: () => number | undefined;
  /** This window saved the open scenario another way (a new name): later saves build on `version`. */
  rebase: (version: number) => void;
  /** After a conflict: loads the stored version; the draft stays one undo step back (Ctrl+Z brings it back and saves it). */
  reload: () => Promise<void>;
  /** Saves a pending change now (before switching scenario, deleting, exporting). */
  flush: () => Promise<void>;
  /** Opens another scenario, after saving the pending change of this one. */
  open: (id: string) => Promise<void>;
  /** Starts editing `scenario`: its stored parameters, or a newer unsaved backup of them. */
  load: (scenario: StoredScenario) => void;
};

const OPEN_KEY = 'woonzorgverkenner.openScenario';
const SAVE_DELAY_MS = 400;

type Deps = {
  api: Api;
  server: ServerStore;
  undo: UndoStore;
  notices: NoticesStore;
  restoredText: () => string;
  /** What the window says after loading a version saved elsewhere, the draft kept (in the window's language). */
  conflictText?: { reloaded: (version: number) => string; keptDraft: (version: number) => string };
};

/** The scenario being edited and its saving: the one owner of what still has to reach the store. */
export function createDraftStore({ api, server, undo, notices, restoredText, conflictText }: Deps) {
  let timer: number | null = null;
  /** The stored version the draft was made on (optimistic concurrency): set on load, on each own save, on adopt and reload. */
  let base: { id: string; version: number } | null = null;
  /** Saves run one after another: each builds on the version the one before it stored. */
  let saving: Promise<void> = Promise.resolve();
  const stored = localStorage.getItem(OPEN_KEY);
  const scenarios = server.getState().scenarios;
  const initialId = scenarios.find((s) => s.id === stored)?.id ?? scenarios[0]?.id ?? 'basis';

  return createStore<DraftState>()((set, get) => {
    const openScenario = (): StoredScenario | undefined => {
      const list = server.getState().scenarios;
      return list.find((s) => s.id === get().openId) ?? list[0];
    };
    const present = () => undo.getState().history.present;

    const baseOf = (scenario: StoredScenario) => (base?.id === scenario.id ? base.version : scenario.version);
    const saveNow = async () => {
      const scenario = openScenario();
      if (!scenario || scenario.builtin) return;
      const params = present();
      set({ saveState: 'saving' });
      const answer = await api['scenarios.save']({ id: scenario.id, params, baseVersion: baseOf(scenario) });
      if (answer.ok) {
        base = { id: answer.value.id, version: answer.value.version };
        server.getState().putScenario(answer.value);
        // Only clear the backup if nothing newer was typed while saving.
        if (present() === params) {
          clearBackup(scenario.id);
          set({ saveState: 'saved', saveError: null, saveRefusal: null, conflict: false });
        } else set({ saveState: 'pending', saveError: null, saveRefusal: null, conflict: false });
      } else {
        // A conflict keeps the draft (here and in the backup) and saves nothing until the analyst reloads.
        const { code, message, field } = answer.error;
        set({ saveState: 'error', saveError: message, saveRefusal: field === undefined ? null : { field, message }, conflict: code === 'conflict' });
      }
    };
    const save = () => {
      if (timer !== null) {
        window.clearTimeout(timer);
        timer = null;
      }
      saving = saving.then(saveNow, saveNow);
      return saving;
    };
    const schedule = () => {
      if (timer !== null) window.clearTimeout(timer);
      set({ saveState: 'pending' });
      timer = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    };
    const changed = () => {
      const scenario = openScenario();
      if (!scenario || scenario.builtin) return;
      writeBackup(scenario.id, { params: present(), at: new Date().toISOString(), baseVersion: baseOf(scenario) });
      // A refusal is about the value it was given; the next save answers for the new one.
      set({ saveRefusal: null });
      schedule();
    };
    const flush = async () => {
      if (timer !== null) await save();
      else await saving;
    };

    return {
      openId: initialId,
      saveState: 'saved',
      saveError: null,
      saveRefusal: null,
      conflict: false,
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
      adopt: (params, version) => {
        if (version !== undefined) base = { id: get().openId, version };
        undo.getState().adopt(params);
      },
      baseVersion: () => {
        const scenario = openScenario();
        return scenario ? baseOf(scenario) : undefined;
      },
      rebase: (version) => {
        base = { id: get().openId, version };
      },
      reload: async () => {
        const scenario = openScenario();
        if (!scenario) return;
        await saving;
        const answer = await api['scenarios.get']({ id: scenario.id });
        if (!answer.ok) {
          set({ saveState: 'error', saveError: answer.error.message, saveRefusal: null });
          return;
        }
        const latest = answer.value;
        server.getState().putScenario(latest);
        base = { id: latest.id, version: latest.version };
        // The draft stays one undo step back, and in the window's backup until the next edit replaces it.
        undo.getState().adopt(latest.params);
        set({ saveState: 'saved', saveError: null, saveRefusal: null, conflict: false });
        if (conflictText) notices.getState().notify({ kind: 'info', text: conflictText.reloaded(latest.version) });
      },
      flush,
      open: async (id) => {
        await flush();
        set({ openId: id });
        localStorage.setItem(OPEN_KEY, id);
      },
      load: (scenario) => {
        base = { id: scenario.id, version: scenario.version };
        set({ conflict: false, saveError: null, saveRefusal: null });
        const backup = scenario.builtin ? null : readBackup(scenario.id);
        const unsaved = backup !== null && JSON.stringify(backup.params) !== JSON.stringify(scenario.params);
        if (backup && unsaved && backup.baseVersion !== undefined && backup.baseVersion !== scenario.version) {
          // A draft made on an older version than the one stored now (saved elsewhere meanwhile): the stored one
          // is shown, the draft is one undo step back and stays in the backup; nothing is saved over either.
          undo.getState().reset(backup.params);
          undo.getState().adopt(scenario.params);
          set({ saveState: 'saved' });
          notices.getState().notify({ kind: 'info', text: conflictText?.keptDraft(scenario.version) ?? restoredText() });
        } else if (backup && unsaved && (backup.baseVersion !== undefined || backup.at > scenario.savedAt)) {
          // A backup of edits that never reached the store (a crash or reload mid-save), made on this version.
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
