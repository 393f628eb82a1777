import { placementProblems } from '../../../shared/scenario/placementsAgainstData';
import { dataOverrideProblems } from '../../../shared/scenario/dataOverridesAgainstData';
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { Dataset } from '../../../shared/dataset/schema';
import type { FigureView } from '../../../shared/dataset/figureView';
import type { Seed } from '../../../shared/dataset/assemble';
import { seedFromDir, seedFromValue } from '../../seeds/readSeeds';
import type { BackupOperations, Store, StoreOperations } from '../port';
import { dailyBackup, backupFolder, listBackups, makeBackup, restoreBackupInto } from './backups';
import { openDatabase, type OpenOptions } from './connection';
import { DatasetRepo } from './datasetRepo';
import { deepFreeze } from './deepFreeze';
import { HistoryRepo } from './historyRepo';
import { ProjectRepo } from './projectRepo';
import { revertChange, revertImport } from './revert';
import { ScenarioRepo } from './scenarioRepo';
import { loadSeed } from './seedLoader';
import { SerialQueue } from './serialQueue';
import { retryBusy, retryBusySync } from './busy';
import type { Sync } from './sync';
import { WalWatch } from './walWatch';
import { asStoreFault } from '../sqliteFaults';

export type SqliteStoreOptions = OpenOptions & {
  /** The seed as a value (tests); else the files in `seedDir` (default: the app's seeds/ folder). */
  seed?: Seed;
  seedDir?: string;
  now?: () => string;
};

type SyncOperations = { [G in keyof StoreOperations]: Sync<StoreOperations[G]> };
type Runner = <T>(work: () => T, kind: 'read' | 'write') => Promise<T>;

/** Operations that only read; every other operation writes (and invalidates the cached dataset). */
const READS: { [G in keyof StoreOperations]: readonly (keyof StoreOperations[G])[] } = {
  dataset: ['dataset', 'figureViews'],
  scenarios: ['list', 'get', 'find', 'require', 'versions'],
  projects: ['list'],
  history: ['list', 'imports', 'getImport'],
};

/** Opens (creating, migrating and seeding on first use) the SQLite file at `path`. */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  let db: Database.Database;
  try {
    db = await openDatabase(path, options);
  } catch (error) {
    // A read-only, full or missing disk is said in Dutch with what to do (sqliteFaults.ts).
    throw asStoreFault(error, path);
  }
  const now = options.now ?? (() => new Date().toISOString());
  try {
    // Two processes starting together with a new seed: the second waits, then finds it loaded.
    retryBusySync(path, () => loadSeed(db, options.seed ? seedFromValue(options.seed) : seedFromDir(options.seedDir), now));
  } catch (error) {
    db.close();
    throw asStoreFault(error, path);
  }
  try {
    // The first open of a day backs up; a failure (a full disk) must not keep the analyst out, the next open tries again.
    if (path !== ':memory:') await dailyBackup(db, path, now);
  } catch {
    // Reported by the import, revert or restore that needs a backup and refuses without one.
  }
  // After a restore: the restored file is opened like any other (checked, migrated, seeded) by a second connection.
  const prepareRestored = async () => {
    const restored = await openDatabase(path, { ...options, now });
    try {
      loadSeed(restored, options.seed ? seedFromValue(options.seed) : seedFromDir(options.seedDir), now);
    } finally {
      restored.close();
    }
  };
  return new SqliteStore(path, db, now, prepareRestored);
}

/**
 * The SQLite adapter of the Store port. The repositories are synchronous (better-sqlite3); this
 * class makes them the port's asynchronous operations, runs them one at a time, and keeps the
 * assembled dataset in memory until something writes: this connection (counted here) or another
 * process (SQLite's data_version changes).
 */
class SqliteStore implements Store {
  readonly dataset: StoreOperations['dataset'];
  readonly scenarios: StoreOperations['scenarios'];
  readonly projects: StoreOperations['projects'];
  readonly history: StoreOperations['history'];
  readonly backups: BackupOperations;
  private readonly wal: WalWatch;
  private readonly queue = new SerialQueue();
  private readonly insideTransaction = new AsyncLocalStorage<true>();
  private readonly direct: SyncOperations;
  private readonly inTransaction: StoreOperations;
  private writes = 0;
  private snapshot: { version: string; views: readonly FigureView[]; dataset: Dataset } | null = null;
  private readonly datasetRepo: DatasetRepo;

  constructor(
    readonly location: string,
    private readonly db: Database.Database,
    now: () => string,
    prepareRestored: () => Promise<void>,
  ) {
    this.wal = new WalWatch(db, location);
    // Between writes too, so a -wal deleted while the window sits idle is saved before a crash can lose it.
    this.wal.every(2000, (check) => void this.queue.run(check));
    const history = new HistoryRepo(db, now);
    const projects = new ProjectRepo(db, now, history);
    const dataset = new DatasetRepo(db, now, history, projects);
    // A placement must name a facility type and gemeenten of the dataset; placements saved before stay readable.
    // A data override must name a figure of the dataset; one saved before stays readable (the engine warns).
    const scenarios = new ScenarioRepo(db, now, (params, earlier) => [
      ...placementProblems(() => dataset.dataset(), params.solidarity.placements, earlier?.solidarity.placements ?? []),
      ...dataOverrideProblems(() => dataset.dataset().figures.map((f) => f.id), params.dataOverrides, earlier?.dataOverrides ?? {}),
    ]);
    this.datasetRepo = dataset;
    const repos = { db, dataset, projects, history };
    this.direct = {
      dataset: {
        dataset: () => dataset.dataset(),
        figureViews: () => dataset.figureViews(),
        editFigure: (...a) => dataset.editFigure(...a),
        revertFigure: (...a) => dataset.revertFigure(...a),
        addFigure: (...a) => { dataset.addFigure(...a); },
      },
      scenarios: {
        list: (...a) => scenarios.list(...a),
        get: (...a) => scenarios.get(...a),
        find: (...a) => scenarios.find(...a),
        require: (...a) => scenarios.require(...a),
        create: (...a) => scenarios.create(...a),
        save: (...a) => scenarios.save(...a),
        delete: (...a) => scenarios.delete(...a),
        undelete: (...a) => scenarios.undelete(...a),
        versions: (...a) => scenarios.versions(...a),
        restoreVersion: (...a) => scenarios.restoreVersion(...a),
      },
      projects: {
        list: () => projects.list(),
        create: (...a) => projects.create(...a),
        update: (...a) => projects.update(...a),
        delete: (...a) => projects.delete(...a),
      },
      history: {
        list: (...a) => history.list(...a),
        imports: () => history.imports(),
        getImport: (...a) => history.getImport(...a),
        startImport: (...a) => history.startImport(...a),
        revertChange: (id) => revertChange(repos, id),
        revertImport: (id) => revertImport(repos, id),
      },
    };

    const outside: Runner = (work, kind) => {
      if (this.insideTransaction.getStore()) {
        return Promise.reject(new Error('Binnen een transactie gaan bewerkingen via tx, niet via de store zelf (dat zou op de transactie wachten).'));
      }
      return this.queue.run(async () => {
        try {
          if (kind === 'write') this.wal.assertWritable();
          // Each operation is one transaction (BEGIN IMMEDIATE): a busy database is waited for and tried again (./busy.ts).
          return await retryBusy(this.location, work);
        } catch (error) {
          throw asStoreFault(error, this.location);
        } finally {
          if (kind === 'write') this.writes++;
        }
      });
    };
    const inside: Runner = (work) => new Promise((resolve) => { resolve(work()); });
    this.inTransaction = wrap(this.direct, inside);
    const cachedReads = wrap(this.direct, outside);
    // The two reads every screen and command starts with come from the snapshot.
    cachedReads.dataset.dataset = () => outside(() => this.current().dataset, 'read');
    cachedReads.dataset.figureViews = () => outside(() => [...this.current().views], 'read');
    ({ dataset: this.dataset, scenarios: this.scenarios, projects: this.projects, history: this.history } = cachedReads);

    // Backups run in the queue: of committed data, never inside a transaction, one at a time.
    const make: BackupOperations['make'] = (reason) =>
      this.insideTransaction.getStore()
        ? Promise.reject(new Error('Een reservekopie wordt niet binnen een transactie gemaakt (die zou op de transactie wachten).'))
        : this.queue.run(() => makeBackup(db, location, reason, now));
    this.backups = {
      list: () => Promise.resolve({ folder: backupFolder(location), backups: listBackups(location) }),
      make,
      restore: (id) =>
        this.queue.run(async () => {
          this.wal.assertWritable();
          try {
            const result = await restoreBackupInto(location, id, db, now);
            await prepareRestored();
            return result;
          } finally {
            this.writes++;
          }
        }),
    };
    // A revert changes much at once: a backup first (a revert inside a caller's transaction is that caller's to back up).
    const unguarded = cachedReads.history;
    this.history = {
      ...unguarded,
      revertChange: async (id) => {
        await make('revert');
        return unguarded.revertChange(id);
      },
      revertImport: async (id) => {
        await make('revert');
        return unguarded.revertImport(id);
      },
    };
  }

  transaction<T>(work: (tx: StoreOperations) => Promise<T>): Promise<T> {
    if (this.insideTransaction.getStore()) return Promise.reject(new Error('Transacties kunnen niet genest worden; gebruik tx.'));
    return this.queue.run(async () => {
      this.wal.assertWritable();
      // The write lock first: another process's writer is waited for (busy_timeout), then tried again (./busy.ts).
      await retryBusy(this.location, () => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const result = await this.insideTransaction.run(true, () => work(this.inTransaction));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw asStoreFault(error, this.location);
      } finally {
        this.writes++;
      }
    });
  }

  close(): Promise<void> {
    this.wal.stop();
    return this.queue.run(() => {
      this.db.close();
    });
  }

  /** The dataset and figure views as of the last write anywhere; read and checked once per write. */
  private current(): { views: readonly FigureView[]; dataset: Dataset } {
    const version = `${String(this.db.pragma('data_version', { simple: true }))}:${this.writes}`;
    if (this.snapshot?.version !== version) {
      const views = this.datasetRepo.figureViews();
      this.snapshot = { version, views: deepFreeze(views), dataset: deepFreeze(this.datasetRepo.dataset(views)) };
    }
    return this.snapshot;
  }
}

/** The port's asynchronous operations over the synchronous ones, each run by `runner`. */
function wrap(direct: SyncOperations, runner: Runner): StoreOperations {
  const group = <G extends keyof StoreOperations>(name: G): StoreOperations[G] => {
    const reads = new Set<PropertyKey>(READS[name]);
    const ops = direct[name] as Record<string, (...args: unknown[]) => unknown>;
    return Object.fromEntries(
      Object.entries(ops).map(([op, fn]) => [op, (...args: unknown[]) => runner(() => fn(...args), reads.has(op) ? 'read' : 'write')]),
    ) as unknown as StoreOperations[G];
  };
  return { dataset: group('dataset'), scenarios: group('scenarios'), projects: group('projects'), history: group('history') };
}
