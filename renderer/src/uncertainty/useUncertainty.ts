import { useMemo, useSyncExternalStore } from 'react';
import type { Dataset } from '../../../shared/dataset/schema';
import type { Scenario } from '../../../shared/scenario/schema';
import { useOpenScenario, useParams, useServer } from '../state/AppState';
import { jobFor, type UncertaintyState } from './jobs';

/** A job's state with its two actions. */
export type Uncertainty = UncertaintyState & {
  cancel: () => void;
  restart: () => void;
};

/** The Monte Carlo of a (dataset, scenario): started on first use, the same run for every caller. */
export function useUncertaintyFor(dataset: Dataset, scenario: Scenario): Uncertainty {
  // The block does not depend on the name: one job per (dataset, parameters).
  const job = useMemo(() => jobFor(dataset, scenario), [dataset, scenario.params]);
  const state = useSyncExternalStore(job.subscribe, job.get);
  return { ...state, cancel: job.cancel, restart: job.restart };
}

/** The open scenario's bands (MODEL.md §5.6), recomputed off the window's thread when its parameters or the dataset change. */
export function useUncertainty(): Uncertainty {
  const dataset = useServer((s) => s.bundle.dataset);
  const open = useOpenScenario();
  const params = useParams();
  const scenario = useMemo(() => ({ id: open.id, name: open.name, description: open.description, params }), [open.id, open.name, open.description, params]);
  return useUncertaintyFor(dataset, scenario);
}
