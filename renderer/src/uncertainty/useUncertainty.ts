import { useMemo, useSyncExternalStore } from 'react';
import type { Dataset } from '../../../shared/dataset/schema';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import type { Scenario } from '../../../shared/scenario/schema';
import { useOpenScenario, useParams, useServer } from '../state/AppState';
import { jobFor, type UncertaintyStatus } from './jobs';

export type Uncertainty = {
  status: UncertaintyStatus;
  done: number;
  total: number;
  /** The bands once all draws are made; null while running, when stopped, or when the scenario has no ranges. */
  block: UncertaintyBlock | null;
  startedAt: number;
  error: string | null;
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
