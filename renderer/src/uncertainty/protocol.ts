import type { Dataset } from '../../../shared/dataset/schema';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import type { Scenario } from '../../../shared/scenario/schema';

/**
 * The messages between the window and the simulation worker. The dataset and the scenario are
 * plain data, so they cross by structured clone; so does the block coming back.
 */
export type ToWorker = { type: 'start'; id: number; dataset: Dataset; scenario: Scenario; chunk: number } | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; block: UncertaintyBlock | null }
  | { type: 'error'; id: number; message: string };

/** Draws per step: a few tens of milliseconds, so progress moves and a cancel is seen soon. */
export const CHUNK = 500;
