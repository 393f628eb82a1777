import type { Dataset } from '../../../shared/dataset/schema';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import type { Scenario } from '../../../shared/scenario/schema';
import { createSimulation } from '../../../shared/uncertainty/simulate';

export type ChunkedCallbacks = {
  progress: (done: number, total: number) => void;
  done: (block: UncertaintyBlock | null) => void;
  error: (message: string) => void;
};

/**
 * The Monte Carlo in steps of `chunk` draws, each in a task of its own (setTimeout), so whoever
 * runs it, the worker or the window when there is no worker, takes messages and clicks between
 * steps. The draws do not depend on the steps (shared/uncertainty/simulate). Returns a cancel.
 */
export function runChunked(dataset: Dataset, scenario: Scenario, chunk: number, on: ChunkedCallbacks): () => void {
  let cancelled = false;
  const fail = (error: unknown) => {
    if (!cancelled) on.error(error instanceof Error ? error.message : String(error));
  };
  const start = () => {
    if (cancelled) return;
    let sim: ReturnType<typeof createSimulation>;
    try {
      sim = createSimulation(dataset, scenario);
    } catch (error) {
      fail(error);
      return;
    }
    if (!sim) {
      on.done(null);
      return;
    }
    const s = sim;
    on.progress(0, s.total);
    const tick = () => {
      if (cancelled) return;
      try {
        if (s.step(chunk)) on.done(s.block());
        else {
          on.progress(s.done, s.total);
          setTimeout(tick, 0);
        }
      } catch (error) {
        fail(error);
      }
    };
    setTimeout(tick, 0);
  };
  setTimeout(start, 0);
  return () => {
    cancelled = true;
  };
}
