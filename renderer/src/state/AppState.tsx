import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Api, DatasetBundle } from '../../../shared/api/contract';
import type { Locale } from '../../../shared/format/nl';
import { texts, type Catalogue } from '../../../shared/i18n/catalogue';
import type { Result } from '../../../shared/result/schema';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { createDraftStore, type DraftState, type DraftStore } from './draftStore';
import { createExplainStore, type ExplainState, type ExplainStore } from './explainStore';
import { createNoticesStore, type NoticesState, type NoticesStore } from './noticesStore';
import { createPreferencesStore, type PreferencesStore } from './preferencesStore';
import { resultFor } from './results';
import { createServerStore, type ServerState, type ServerStore } from './serverStore';
import { createUndoStore, type UndoState, type UndoStore } from './undoStore';

export type { SaveState } from './draftStore';
export type { Notice } from './noticesStore';

/**
 * The window's state, each part with one owner: what the Node side holds (server), the open
 * scenario's parameters and their undo history (undo), its saving (draft), short messages
 * (notices), the analyst's preferences and the figure being explained. Components read what they show through a selector,
 * so a keystroke re-renders what shows the draft's parameters or result, and nothing else.
 */
type Stores = { api: Api; server: ServerStore; undo: UndoStore; draft: DraftStore; notices: NoticesStore; preferences: PreferencesStore; explain: ExplainStore };

const StoresContext = createContext<Stores | null>(null);

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside AppProvider');
  return stores;
}

function createStores(api: Api, bundle: DatasetBundle, scenarios: StoredScenario[]): Stores {
  const preferences = createPreferencesStore();
  const server = createServerStore(api, { bundle, scenarios });
  const notices = createNoticesStore();
  const first = scenarios[0];
  if (!first) throw new Error('Er zijn geen scenario’s in de database.');
  const undo = createUndoStore(first.params);
  const restoredText = () => texts(preferences.getState().locale).app.restored;
  const conflictText = {
    reloaded: (version: number) => texts(preferences.getState().locale).app.conflict.reloaded(version),
    keptDraft: (version: number) => texts(preferences.getState().locale).app.conflict.keptDraft(version),
  };
  const draft = createDraftStore({ api, server, undo, notices, restoredText, conflictText });
  return { api, server, undo, draft, notices, preferences, explain: createExplainStore() };
}

type Props = { api: Api; initialBundle: DatasetBundle; initialScenarios: StoredScenario[]; children: ReactNode };

export function AppProvider({ api, initialBundle, initialScenarios, children }: Props) {
  const [stores] = useState(() => createStores(api, initialBundle, initialScenarios));
  return (
    <StoresContext.Provider value={stores}>
      <DraftKeeper />
      {children}
    </StoresContext.Provider>
  );
}

/** Loads the draft when another scenario is opened (or the open one is restored), and saves before the window closes. */
function DraftKeeper() {
  const { draft } = useStores();
  const open = useOpenScenario();
  useEffect(() => {
    draft.getState().load(open);
    // Only when another scenario is opened or restored, not on every save.
  }, [open.id, open.deletedAt]);
  useEffect(() => {
    // The backup covers the case where this is too late.
    const onUnload = () => void draft.getState().flush();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      // Leaving the window (or a test unmounting it): save what is pending now, so no timer outlives it.
      onUnload();
    };
  }, [draft]);
  return null;
}

export const useApi = (): Api => useStores().api;

export function useLocale(): Locale {
  return useStore(useStores().preferences, (s) => s.locale);
}
export function useSetLocale(): (locale: Locale) => void {
  return useStore(useStores().preferences, (s) => s.setLocale);
}
/** The wording catalogue in the window's language. */
export function useMessages(): Catalogue {
  return texts(useLocale());
}

export function useServer<T>(select: (s: ServerState) => T): T {
  return useStore(useStores().server, select);
}
export const useBundle = (): DatasetBundle => useServer((s) => s.bundle);
export const useScenarios = (): StoredScenario[] => useServer((s) => s.scenarios);

export function useDraft<T>(select: (s: DraftState) => T): T {
  return useStore(useStores().draft, select);
}
export function useUndo<T>(select: (s: UndoState) => T): T {
  return useStore(useStores().undo, select);
}
export function useNotices<T>(select: (s: NoticesState) => T): T {
  return useStore(useStores().notices, select);
}
export const useNotify = (): NoticesState['notify'] => useNotices((s) => s.notify);
export function useExplain<T>(select: (s: ExplainState) => T): T {
  return useStore(useStores().explain, select);
}

/** Opens another scenario (after saving the pending change of this one). */
export function useOpenAction(): (id: string) => void {
  const open = useDraft((s) => s.open);
  return (id) => void open(id);
}

/** The scenario being edited (the built-in scenarios cannot be deleted, so there always is one). */
export function useOpenScenario(): StoredScenario {
  const openId = useDraft((s) => s.openId);
  const scenarios = useScenarios();
  const open = scenarios.find((s) => s.id === openId) ?? scenarios[0];
  if (!open) throw new Error('Er zijn geen scenario’s in de database.');
  return open;
}

/**
 * The draft as it is when called, not as it was at the last render: for an action that runs
 * later (a notice's undo, an edit made once a freshly opened scenario has loaded).
 */
export function useDraftNow(): { openId: () => string; history: () => UndoState['history'] } {
  const { draft, undo } = useStores();
  return { openId: () => draft.getState().openId, history: () => undo.getState().history };
}

/** The parameters in force for the open scenario (the draft, including unsaved edits). */
export const useParams = (): ScenarioParams => useUndo((s) => s.history.present);

/** The open scenario's result, recalculated when its parameters or the dataset change. */
export function useResult(): Result {
  const dataset = useServer((s) => s.bundle.dataset);
  const open = useOpenScenario();
  const params = useParams();
  return resultFor(dataset, { id: open.id, name: open.name, description: open.description, params });
}

/** Results of other stored scenarios (Vergelijken); the open one with its unsaved edits. */
export function useResultOf(): (s: StoredScenario) => Result {
  const dataset = useServer((s) => s.bundle.dataset);
  const open = useOpenScenario();
  const params = useParams();
  return (s) => resultFor(dataset, s.id === open.id ? { id: s.id, name: s.name, description: s.description, params } : s);
}
