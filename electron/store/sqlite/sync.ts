import type Database from 'better-sqlite3';

/** The synchronous form of an operations interface: what the SQLite repositories implement. */
export type Sync<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never };

/**
 * Runs `work` in a transaction that takes the write lock at its start (BEGIN IMMEDIATE), so a
 * transaction that reads before it writes waits for busy_timeout instead of failing at once with
 * "database is locked" when another process writes meanwhile. Inside an open transaction it
 * becomes a savepoint, so the repositories can call each other.
 */
export function immediate<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}
