import type { Dataset, Figure } from '../../shared/dataset/schema';
import type { FigureView } from '../../shared/dataset/figureView';
import { ANALYST_SOURCE, type Change, type ImportBatch } from '../../shared/history/schema';
import type { BackupInfo, BackupReason, RestoredBackup } from '../../shared/backups/schema';
import type { Project, ProjectDraftInput } from '../../shared/projects/schema';
import type { ScenarioParamsInput } from '../../shared/scenario/schema';
import type { ScenarioVersion, StoredScenario } from '../../shared/scenario/stored';

/**
 * The store as the rest of the app sees it: named operations, grouped by what they are about,
 * and a transaction. Every operation is asynchronous, although the SQLite adapter is not, so a
 * second adapter (a PostgreSQL database shared by a team, see docs/store.md) can be added
 * without touching a caller. Refusals are StoreErrors with a Dutch message (./errors).
 */

/** Who made a change: the analyst in the app or command line, or an import. */
export type ChangeOrigin = { source: string; importId?: number };
export const ANALYST: ChangeOrigin = { source: ANALYST_SOURCE };

export type ScenarioDraft = { name: string; description?: string; params: ScenarioParamsInput };
/**
 * What a save changes. `baseVersion` is the version the changes were made on (the window sends
 * the one it loaded): when the stored scenario has a newer one, the save is refused ('staleVersion')
 * instead of silently replacing another writer's work. Without it the save applies to whatever is
 * current (the command line reads and saves in one transaction).
 */
export type ScenarioChanges = { name?: string; description?: string; params?: ScenarioParamsInput; baseVersion?: number };
export type ImportMeta = { kind: ImportBatch['kind']; fileName: string; peildatum: string | null; rowCount: number };

export interface DatasetOperations {
  /** The dataset in force: seed values with the analyst's edits applied, and the project register. */
  dataset(): Promise<Dataset>;
  /** Every figure with its seed value and the analyst's edit, if any. */
  figureViews(): Promise<FigureView[]>;
  /** Sets the analyst's value for a figure; the seed value stays beside it. Recorded in the history. */
  editFigure(id: string, value: number | null, note: string, origin?: ChangeOrigin): Promise<FigureView>;
  /** Back to the seed value. Recorded in the history. */
  revertFigure(id: string): Promise<FigureView>;
  /** A figure the sources did not have (e.g. completions 2024 from an import). */
  addFigure(figure: Figure, origin: ChangeOrigin): Promise<void>;
}

export interface ScenarioOperations {
  list(options?: { includeDeleted?: boolean }): Promise<StoredScenario[]>;
  get(id: string): Promise<StoredScenario | null>;
  /** By id, else by exact name (case-insensitive) among the scenarios not deleted. */
  find(idOrName: string): Promise<StoredScenario | null>;
  /** By id; a StoreError 'notFound' when it does not exist or is deleted. */
  require(id: string): Promise<StoredScenario>;
  create(draft: ScenarioDraft): Promise<StoredScenario>;
  /**
   * Saves a new version; earlier versions stay and can be restored. A stale `baseVersion` is refused
   * ('staleVersion'). When name, description and settings equal the current version's, no version is
   * added and the current one is returned (its version number tells the caller nothing was written).
   */
  save(id: string, changes: ScenarioChanges): Promise<StoredScenario>;
  /** Soft delete, so it can be undone. */
  delete(id: string): Promise<StoredScenario>;
  undelete(id: string): Promise<StoredScenario>;
  versions(id: string): Promise<ScenarioVersion[]>;
  /** Makes an earlier version current again, as a new version (history is never rewritten); none when it equals the current one. */
  restoreVersion(id: string, version: number): Promise<StoredScenario>;
}

export interface ProjectOperations {
  list(): Promise<Project[]>;
  create(input: ProjectDraftInput, origin?: ChangeOrigin): Promise<Project>;
  update(id: string, input: ProjectDraftInput, origin?: ChangeOrigin): Promise<Project>;
  delete(id: string): Promise<Project>;
}

export interface HistoryOperations {
  /** Every change, newest first. */
  list(limit?: number): Promise<Change[]>;
  imports(): Promise<ImportBatch[]>;
  getImport(id: number): Promise<ImportBatch | null>;
  /** Opens an import batch; changes made with `{ importId }` as their origin belong to it. */
  startImport(meta: ImportMeta): Promise<number>;
  /** Reverts one change (an edit, a project change, one row of an import), if nothing changed it since. */
  revertChange(id: number): Promise<Change>;
  /** Reverts a whole import: all of its changes, or none. Returns how many. */
  revertImport(id: number): Promise<number>;
}

/** The operations, as a whole store or inside a transaction. */
export interface StoreOperations {
  readonly dataset: DatasetOperations;
  readonly scenarios: ScenarioOperations;
  readonly projects: ProjectOperations;
  readonly history: HistoryOperations;
}

/** Backups of the whole store (docs/store.md): made on the first open of a day and before imports, reverts and migrations. */
export interface BackupOperations {
  /** Newest first, and the folder they are in. */
  list(): Promise<{ folder: string; backups: BackupInfo[] }>;
  /** Makes one now (an import does, before its transaction). A failure is a StoreError 'backupFailed'. */
  make(reason: Exclude<BackupReason, 'daily'>): Promise<BackupInfo>;
  /** Checks the backup, backs up the current data, restores it and brings it to the current schema and seed. */
  restore(id: string): Promise<RestoredBackup>;
}

export interface Store extends StoreOperations {
  /** Not inside transactions: a backup is of committed data. */
  readonly backups: BackupOperations;
  /** Where the data lives, for messages and the About screen (a file path for SQLite). */
  readonly location: string;
  /**
   * Runs `work` as one transaction: every write in it lands, or none does. Operations inside
   * must go through `tx`, never through the store itself (that would wait for this transaction).
   */
  transaction<T>(work: (tx: StoreOperations) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
