import { StoreError } from '../errors';
import { faultMessage } from '../sqliteFaults';

/**
 * Waiting for another writer. Every write starts with BEGIN IMMEDIATE, so SQLite waits for the
 * write lock (busy_timeout, set on every connection in ./connection.ts) instead of failing at
 * once. But SQLite's waiting is not a queue: the waiter sleeps and polls, and two other processes
 * that write back to back can take the lock between its polls until busy_timeout runs out. So a
 * write that still meets SQLITE_BUSY (or SQLITE_LOCKED) is tried again a few times after a short
 * random pause — nothing of it landed, since the lock is taken before anything is written —
 * and only then refused with the store's typed 'busy' error and its Dutch message.
 */

/** Attempts in all (each one waits up to busy_timeout inside SQLite) before the write is refused. */
export const BUSY_ATTEMPTS = 5;

/** SQLite's "database is locked" (SQLITE_BUSY_*) or "table is locked" (SQLITE_LOCKED_*), raw or already mapped to 'busy'. */
export function isBusy(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'busy';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The pause before attempt `attempt` (1 = the first retry): growing, with full jitter so waiters do not retry in step. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(1000, 40 * 2 ** attempt);
  return Math.round(ceiling * (0.25 + 0.75 * random()));
}

/** The refusal after the last attempt: typed, Dutch, naming the file; the last SQLite error as its cause. */
export function busyError(location: string | null, cause: unknown): StoreError {
  const error = new StoreError('busy', faultMessage('busy', location));
  error.cause = cause;
  return error;
}

export type RetryOptions = { attempts?: number; sleep?: (ms: number) => Promise<void>; random?: () => number };

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` until it does not meet a busy database, at most `attempts` times; other errors pass
 * through at once. `work` must not have landed anything when it throws busy: true for a
 * transaction (SQLite rolls back whatever an unfinished transaction did) and for the store's
 * operations, which each run in one transaction.
 */
export async function retryBusy<T>(location: string | null, work: () => T | Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? BUSY_ATTEMPTS;
  const sleep = options.sleep ?? sleepMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt >= attempts) throw busyError(location, error instanceof StoreError ? (error.cause ?? error) : error);
      await sleep(backoffMs(attempt, options.random));
    }
  }
}

/**
 * The same for the synchronous start of a connection (migrating, seeding), where nothing else
 * may run meanwhile: the pause blocks this thread (Atomics.wait), as SQLite's own waiting does.
 */
export function retryBusySync<T>(location: string | null, work: () => T, options: { attempts?: number; random?: () => number } = {}): T {
  const attempts = options.attempts ?? BUSY_ATTEMPTS;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt >= attempts) throw busyError(location, error);
      Atomics.wait(cell, 0, 0, backoffMs(attempt, options.random));
    }
  }
}
