import { createStore } from 'zustand/vanilla';
import type { Api, DatasetBundle } from '../../../shared/api/contract';
import type { StoredScenario } from '../../../shared/scenario/stored';
import { unwrap } from '../api/client';

export type ServerState = {
  /** The dataset in force with every figure and the findings, as the Node side last sent it. */
  bundle: DatasetBundle;
  /** The stored scenarios (not deleted), as the Node side last sent them. */
  scenarios: StoredScenario[];
  setBundle: (bundle: DatasetBundle) => void;
  /** Puts one saved scenario in the list (after a save), without asking the server again. */
  putScenario: (scenario: StoredScenario) => void;
  refreshScenarios: () => Promise<StoredScenario[]>;
};

/** What the store on the Node side holds, as last read: the one owner of server data in the window. */
export function createServerStore(api: Api, initial: { bundle: DatasetBundle; scenarios: StoredScenario[] }) {
  return createStore<ServerState>()((set) => ({
    ...initial,
    setBundle: (bundle) => set({ bundle }),
    putScenario: (scenario) => set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === scenario.id ? scenario : x)) })),
    refreshScenarios: async () => {
      const scenarios = await unwrap(api['scenarios.list']({}));
      set({ scenarios });
      return scenarios;
    },
  }));
}
export type ServerStore = ReturnType<typeof createServerStore>;
