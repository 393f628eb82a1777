import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import type { Store } from '../../../electron/store/store';
import type { Api, CallOutput } from '../../../shared/api/contract';
import { useRealStoreApi } from '../../../test/support/realStoreApi';
import { unwrap } from '../api/client';
import { AppProvider } from '../state/AppState';

/** What the window starts with, as main.tsx reads it before the first render. */
export type Loaded = { api: Api; bundle: CallOutput<'dataset.get'>; scenarios: CallOutput<'scenarios.list'> };

export type StoreRenderOptions = {
  /** The store's file name in the test's temporary folder. */
  fileName?: string;
  /** Runs on the fresh store before the window reads it; the id it returns is the scenario the window opens (unless `open` says another). */
  prepare?: (api: Api, store: Store) => Promise<string | undefined>;
  /** The scenario the window opens (else the one `prepare` returns, else the window's own choice). */
  open?: string;
  locale?: 'nl-NL' | 'en-GB';
  /** The scenarios Vergelijken compares. */
  compare?: string[];
};

/**
 * Renders `ui` inside the AppProvider over `api`, given the dataset and scenario list the store
 * holds now. `ui` may be made from them (a result to show, norms computed from the dataset).
 */
export async function renderInApp(api: Api, ui: ReactNode | ((loaded: Loaded) => ReactNode | Promise<ReactNode>)): Promise<Loaded> {
  const [bundle, scenarios] = await Promise.all([unwrap(api['dataset.get']({})), unwrap(api['scenarios.list']({}))]);
  const loaded = { api, bundle, scenarios };
  const children = typeof ui === 'function' ? await ui(loaded) : ui;
  render(
    <AppProvider api={api} initialBundle={bundle} initialScenarios={scenarios}>
      {children}
    </AppProvider>,
  );
  return loaded;
}

/**
 * Component tests over the real handlers and a real SQLite store in a temporary folder, as the app
 * has it: each call opens a fresh store, sets what the window reads from localStorage, and renders
 * `ui` inside the AppProvider. After each test the components are unmounted and localStorage
 * cleared, then the store is closed. Call it at the top of a test file, before any afterEach of the
 * file's own (after-hooks run last-registered first, so those run before the unmount).
 */
export function useRenderWithStore(): (ui: ReactNode | ((loaded: Loaded) => ReactNode | Promise<ReactNode>), options?: StoreRenderOptions) => Promise<Loaded & { store: Store }> {
  const openApi = useRealStoreApi();
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
  return async (ui, options = {}) => {
    const { api, store } = await openApi(options.fileName);
    const prepared = await options.prepare?.(api, store);
    const open = options.open ?? prepared;
    if (open) localStorage.setItem('woonzorgverkenner.openScenario', open);
    if (options.locale) localStorage.setItem('woonzorgverkenner.locale', options.locale);
    if (options.compare) localStorage.setItem('woonzorgverkenner.compare', options.compare.join(','));
    return { ...(await renderInApp(api, ui)), store };
  };
}
