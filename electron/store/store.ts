import type Database from 'better-sqlite3';
import type { Seed } from '../../shared/dataset/assemble';
import { readSeed } from '../seeds/readSeeds';
import { openDatabase, type OpenOptions } from './connection';
import { DatasetRepo } from './datasetRepo';
import { ScenarioRepo } from './scenarioRepo';
import { HistoryRepo } from './historyRepo';
import { ProjectRepo } from './projectRepo';
import { loadSeed } from './seedLoader';

export type Store = {
  readonly path: string;
  readonly db: Database.Database;
  readonly dataset: DatasetRepo;
  readonly scenarios: ScenarioRepo;
  readonly projects: ProjectRepo;
  readonly history: HistoryRepo;
  close(): void;
};

export type StoreOptions = OpenOptions & { seed?: Seed; now?: () => string };

/** Opens the store, migrating and seeding it on first use. */
export async function openStore(path: string, options: StoreOptions = {}): Promise<Store> {
  const db = await openDatabase(path, options);
  const now = options.now ?? (() => new Date().toISOString());
  try {
    loadSeed(db, options.seed ?? readSeed(), now);
  } catch (error) {
    db.close();
    throw error;
  }
  const history = new HistoryRepo(db, now);
  const projects = new ProjectRepo(db, now, history);
  return {
    path,
    db,
    dataset: new DatasetRepo(db, now, history, projects),
    scenarios: new ScenarioRepo(db, now),
    projects,
    history,
    close: () => db.close(),
  };
}
