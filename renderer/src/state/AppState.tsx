import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Api, DatasetBundle } from '../../../shared/api/contract';
import type { Locale } from '../../../shared/format/nl';
import { runScenario } from '../../../shared/engine/run';
import type { Result } from '../../../shared/result/schema';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { unwrap } from '../api/client';
import { messages, type Messages } from '../i18n/messages';
import { clearBackup, readBackup, writeBackup } from './draftBackup';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './undoHistory';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';
export type Notice = { id: number; text: string; kind: 'info' | 'error'; action?: { label: string; run: () => void } };

type AppState = {
  api: Api;
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: Messages;
  bundle: DatasetBundle;
  setBundle: (b: DatasetBundle) => void;
  scenarios: StoredScenario[];
  refreshScenarios: () => Promise<StoredScenario[]>;
  open: StoredScenario;
  openScenario: (id: string) => void;
  /** The parameters in force for the open scenario (the draft, including unsaved edits). */
  params: ScenarioParams;
  result: Result;
  edit: (path: string, params: ScenarioParams) => void;
  /** Takes over parameters the store already holds (a restored version) as an undoable step, without saving again. */
  adopt: (params: ScenarioParams) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  saveError: string | null;
  /** Writes any pending edit now (before switching scenario, deleting, exporting). */
  flush: () => Promise<void>;
  notify: (n: Omit<Notice, 'id'>) => void;
  notices: Notice[];
  dismiss: (id: number) => void;
  /** Results of other scenarios, for Vergelijken; memoised per scenario version and dataset. */
  resultOf: (s: StoredScenario) => Result;
};

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}

const OPEN_KEY = 'woonzorgverkenner.openScenario';
const LOCALE_KEY = 'woonzorgverkenner.locale';
const SAVE_DELAY_MS = 400;

type Props = { api: Api; initialBundle: DatasetBundle; initialScenarios: StoredScenario[]; children: ReactNode };

export function AppProvider({ api, initialBundle, initialScenarios, children }: Props) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(LOCALE_KEY) === 'en-GB' ? 'en-GB' : 'nl-NL'));
  const [bundle, setBundle] = useState(initialBundle);
  const [scenarios, setScenarios] = useState(initialScenarios);
  const [openId, setOpenId] = useState<string>(() => {
    const stored = localStorage.getItem(OPEN_KEY);
    return initialScenarios.find((s) => s.id === stored)?.id ?? initialScenarios[0]?.id ?? 'basis';
  });
  // The built-in scenarios cannot be deleted, so the list is never empty.
  const open = scenarios.find((s) => s.id === openId) ?? scenarios[0] ?? initialScenarios[0];
  if (!open) throw new Error('Er zijn geen scenario’s in de database.');
  const [history, setHistory] = useState<History<ScenarioParams>>(() => startHistory(open.params));
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const timer = useRef<number | null>(null);
  const latest = useRef({ id: open.id, params: history.present, builtin: open.builtin });
  latest.current = { id: open.id, params: history.present, builtin: open.builtin };
  const noticeId = useRef(0);

  const notify = useCallback((n: Omit<Notice, 'id'>) => {
    const id = ++noticeId.current;
    setNotices((list) => [...list.slice(-3), { ...n, id }]);
    window.setTimeout(() => setNotices((list) => list.filter((x) => x.id !== id)), n.action ? 10_000 : 5_000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((x) => x.id !== id)), []);

  const refreshScenarios = useCallback(async () => {
    const list = await unwrap(api['scenarios.list']({}));
    setScenarios(list);
    return list;
  }, [api]);

  const save = useCallback(async () => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    const { id, params, builtin } = latest.current;
    if (builtin) return;
    setSaveState('saving');
    const answer = await api['scenarios.save']({ id, params });
    if (answer.ok) {
      setScenarios((list) => list.map((s) => (s.id === id ? answer.value : s)));
      // Only clear the backup if nothing newer was typed while saving.
      if (latest.current.params === params) {
        clearBackup(id);
        setSaveState('saved');
      } else setSaveState('pending');
      setSaveError(null);
    } else {
      setSaveState('error');
      setSaveError(answer.error.message);
    }
  }, [api]);

  const schedule = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    setSaveState('pending');
    timer.current = window.setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [save]);

  const apply = useCallback(
    (next: History<ScenarioParams>) => {
      setHistory(next);
      const { id, builtin } = latest.current;
      if (builtin) return;
      writeBackup(id, { params: next.present, at: new Date().toISOString() });
      latest.current = { ...latest.current, params: next.present };
      schedule();
    },
    [schedule],
  );

  const edit = useCallback(
    (path: string, params: ScenarioParams) => {
      // Retyping the same value is not a step to undo.
      if (JSON.stringify(params) !== JSON.stringify(history.present)) apply(record(history, params, path, Date.now()));
    },
    [apply, history],
  );
  const adopt = useCallback(
    (params: ScenarioParams) => {
      setHistory((h) => record(h, params, 'restore', Date.now(), 0));
      latest.current = { ...latest.current, params };
    },
    [],
  );
  const doUndo = useCallback(() => {
    if (canUndo(history)) apply(undo(history));
  }, [apply, history]);
  const doRedo = useCallback(() => {
    if (canRedo(history)) apply(redo(history));
  }, [apply, history]);

  const flush = useCallback(async () => {
    if (timer.current !== null) await save();
  }, [save]);

  const openScenario = useCallback(
    (id: string) => {
      void flush().then(() => {
        setOpenId(id);
        localStorage.setItem(OPEN_KEY, id);
      });
    },
    [flush],
  );

  // A new open scenario starts a fresh history; an unsaved draft from a crash or reload is restored and saved.
  useEffect(() => {
    const backup = open.builtin ? null : readBackup(open.id);
    // A backup newer than the last save holds edits that never reached the store (a crash or reload mid-save).
    if (backup && backup.at > open.savedAt && JSON.stringify(backup.params) !== JSON.stringify(open.params)) {
      setHistory(startHistory(backup.params));
      latest.current = { ...latest.current, params: backup.params };
      schedule();
      notify({ kind: 'info', text: locale === 'nl-NL' ? 'Niet-opgeslagen wijzigingen van de vorige sessie zijn teruggezet en opgeslagen.' : 'Unsaved changes from the previous session were restored and saved.' });
    } else {
      if (backup) clearBackup(open.id);
      setHistory(startHistory(open.params));
      setSaveState('saved');
    }
    // Only when another scenario is opened (or restored), not on every save.
  }, [open.id, open.deletedAt]);

  // Save before the window closes; the backup covers the case where that is too late.
  useEffect(() => {
    const onUnload = () => {
      if (timer.current !== null) void save();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [save]);

  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    localStorage.setItem(LOCALE_KEY, l);
    document.documentElement.lang = l === 'nl-NL' ? 'nl' : 'en';
  }, []);

  const result = useMemo(
    () => runScenario(bundle.dataset, { id: open.id, name: open.name, description: open.description, params: history.present }),
    [bundle.dataset, open.id, open.name, open.description, history.present],
  );

  // Results of stored scenarios, valid for one dataset: a new dataset (edit, import) starts a new cache.
  const cache = useRef<{ dataset: DatasetBundle['dataset']; results: Map<string, Result> }>({ dataset: bundle.dataset, results: new Map() });
  const resultOf = useCallback(
    (s: StoredScenario) => {
      if (s.id === open.id) return result;
      if (cache.current.dataset !== bundle.dataset) cache.current = { dataset: bundle.dataset, results: new Map() };
      const key = `${s.id}@${s.version}`;
      const hit = cache.current.results.get(key);
      if (hit) return hit;
      const r = runScenario(bundle.dataset, s);
      cache.current.results.set(key, r);
      return r;
    },
    [bundle.dataset, open.id, result],
  );

  const value: AppState = {
    api,
    locale,
    setLocale,
    t: messages(locale),
    bundle,
    setBundle,
    scenarios,
    refreshScenarios,
    open,
    openScenario,
    params: history.present,
    result,
    edit,
    adopt,
    undo: doUndo,
    redo: doRedo,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    saveState,
    saveError,
    flush,
    notify,
    notices,
    dismiss,
    resultOf,
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
