import type { Dataset } from '../../../shared/dataset/schema';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import { hasUncertainty } from '../../../shared/scenario/uncertainty';
import type { Scenario } from '../../../shared/scenario/schema';
import { runChunked, type ChunkedCallbacks } from './chunked';
import { CHUNK, type FromWorker } from './protocol';

export type UncertaintyStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export type UncertaintyState = {
  /** idle: the scenario has no ranges (block null). */
  status: UncertaintyStatus;
  done: number;
  total: number;
  /** The bands once all draws are made; null while running, when stopped, or when the scenario has no ranges. */
  block: UncertaintyBlock | null;
  /** performance.now() when the run began (the progress line waits a moment before showing). */
  startedAt: number;
  error: string | null;
};

/**
 * One Monte Carlo run of a (dataset, parameters) pair. Like the results (state/results.ts) both
 * are immutable, so the pair is the key: a keystroke or an import is a new job, and a finished
 * job is the cache of its block. Only one job runs at a time; starting one stops the other.
 */
export class UncertaintyJob {
  /** The job running, if any: at most one at a time. */
  private static current: UncertaintyJob | null = null;
  private state: UncertaintyState;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | null = null;
  private started = false;

  constructor(
    readonly dataset: Dataset,
    readonly scenario: Scenario,
    private readonly chunk: number,
  ) {
    const ranged = hasUncertainty(scenario.params.uncertainty);
    this.state = { status: ranged ? 'running' : 'idle', done: 0, total: ranged ? scenario.params.uncertainty.draws : 0, block: null, startedAt: performance.now(), error: null };
    if (!ranged) this.started = true;
  }

  get = (): UncertaintyState => this.state;

  /** Subscribing starts the job (React subscribes in an effect, never during a render). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.started) this.start();
    return () => {
      this.listeners.delete(listener);
    };
  };

  cancel = (): void => {
    if (this.state.status !== 'running') return;
    this.stop?.();
    this.stop = null;
    this.set({ status: 'cancelled' });
    if (UncertaintyJob.current === this) UncertaintyJob.current = null;
  };

  /** After a cancel or an error: run again. */
  restart = (): void => {
    if (this.state.status !== 'cancelled' && this.state.status !== 'error') return;
    this.start();
  };

  /** Another job starts: stop, and start again if this one is shown again (an undo back to these parameters). */
  private supersede(): void {
    if (this.state.status !== 'running') return;
    this.stop?.();
    this.stop = null;
    this.started = false;
    this.set({ done: 0, startedAt: performance.now() });
  }

  private start(): void {
    this.started = true;
    const running = UncertaintyJob.current;
    if (running && running !== this) running.supersede();
    UncertaintyJob.current = this;
    this.set({ status: 'running', done: 0, error: null, startedAt: performance.now() });
    const on: ChunkedCallbacks = {
      progress: (done, total) => this.set({ done, total }),
      done: (block) => {
        this.stop = null;
        if (UncertaintyJob.current === this) UncertaintyJob.current = null;
        this.set({ status: block ? 'done' : 'idle', block, done: block?.draws ?? 0, total: block?.draws ?? 0 });
      },
      error: (message) => {
        this.stop = null;
        if (UncertaintyJob.current === this) UncertaintyJob.current = null;
        this.set({ status: 'error', error: message });
      },
    };
    this.stop = runner.run(this.dataset, this.scenario, this.chunk, on);
  }

  private set(patch: Partial<UncertaintyState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }
}

const jobs = new WeakMap<Dataset, WeakMap<Scenario['params'], UncertaintyJob>>();

/** The job of this (dataset, parameters): the same object for every caller, created unstarted. */
export function jobFor(dataset: Dataset, scenario: Scenario, chunk = CHUNK): UncertaintyJob {
  let byParams = jobs.get(dataset);
  if (!byParams) jobs.set(dataset, (byParams = new WeakMap()));
  let job = byParams.get(scenario.params);
  if (!job) byParams.set(scenario.params, (job = new UncertaintyJob(dataset, scenario, chunk)));
  return job;
}

type Runner = { run(dataset: Dataset, scenario: Scenario, chunk: number, on: ChunkedCallbacks): () => void };

/** In the window's thread, a step per task: where there is no Worker (tests, jsdom) or it failed to load. */
const mainThread: Runner = { run: runChunked };

/**
 * The worker, created on first use and kept (loading it is the engine's bundle). Each run has an
 * id; a message about another id (a run stopped since) is dropped. If the worker fails to load,
 * the running job and all later ones run in the window instead.
 */
function workerRunner(): Runner {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const active = new Map<number, { dataset: Dataset; scenario: Scenario; chunk: number; on: ChunkedCallbacks; fallback: (() => void) | null }>();
  const ensure = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      const run = active.get(m.id);
      if (!run) return;
      if (m.type === 'progress') run.on.progress(m.done, m.total);
      else {
        active.delete(m.id);
        if (m.type === 'done') run.on.done(m.block);
        else run.on.error(m.message);
      }
    };
    worker.onerror = (event) => {
      // The script did not load or threw outside a run: finish the runs here, in the window.
      event.preventDefault();
      broken = true;
      worker?.terminate();
      worker = null;
      for (const run of active.values()) run.fallback = mainThread.run(run.dataset, run.scenario, run.chunk, run.on);
    };
    return worker;
  };
  return {
    run(dataset, scenario, chunk, on) {
      const w = ensure();
      if (!w) return mainThread.run(dataset, scenario, chunk, on);
      const id = nextId++;
      const run = { dataset, scenario, chunk, on, fallback: null as (() => void) | null };
      active.set(id, run);
      w.postMessage({ type: 'start', id, dataset, scenario, chunk });
      return () => {
        active.delete(id);
        run.fallback?.();
        worker?.postMessage({ type: 'cancel', id });
      };
    },
  };
}

const runner: Runner = typeof Worker === 'undefined' ? mainThread : workerRunner();
