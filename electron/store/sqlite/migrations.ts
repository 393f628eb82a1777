import type Database from 'better-sqlite3';

/**
 * `foreignKeysOff`: the migration rebuilds a table that others point at, which SQLite allows only
 * with foreign keys off (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
 * Changes"); the runner switches them off around its transaction and checks them before commit.
 */
export type Migration = { version: number; name: string; foreignKeysOff?: true; up: (db: Database.Database) => void };

/**
 * One migration per schema version, in order; `PRAGMA user_version` records the last applied.
 * Never edit a released migration: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'dataset en scenario’s',
    up: (db) => {
      db.exec(`
        CREATE TABLE gemeente (
          code TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          member_from INTEGER,
          member_until INTEGER,
          note TEXT
        ) STRICT;
        CREATE TABLE series (
          id TEXT PRIMARY KEY,
          definition TEXT NOT NULL CHECK (json_valid(definition))
        ) STRICT;
        CREATE TABLE relation (
          id TEXT PRIMARY KEY,
          definition TEXT NOT NULL CHECK (json_valid(definition))
        ) STRICT;
        CREATE TABLE figure (
          id TEXT PRIMARY KEY,
          series TEXT NOT NULL REFERENCES series(id),
          gemeente TEXT REFERENCES gemeente(code),
          seed_value REAL,
          value_high REAL,
          period_from INTEGER NOT NULL,
          period_to INTEGER NOT NULL,
          peildatum TEXT,
          expression TEXT,
          variant TEXT,
          source_document TEXT NOT NULL,
          source_place TEXT NOT NULL,
          source_quote TEXT,
          note TEXT,
          origin TEXT NOT NULL CHECK (origin IN ('seed', 'analyst'))
        ) STRICT;
        CREATE INDEX figure_series ON figure(series, gemeente);
        -- An analyst's value for a figure, beside the seed value it replaces.
        CREATE TABLE figure_edit (
          figure_id TEXT PRIMARY KEY REFERENCES figure(id) ON DELETE CASCADE,
          value REAL,
          note TEXT NOT NULL DEFAULT '',
          edited_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE scenario (
          id TEXT PRIMARY KEY,
          builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
          created_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        -- Every save is a new version; the highest is current. Nothing is overwritten.
        CREATE TABLE scenario_version (
          scenario_id TEXT NOT NULL REFERENCES scenario(id),
          version INTEGER NOT NULL CHECK (version >= 1),
          name TEXT NOT NULL,
          description TEXT NOT NULL,
          params TEXT NOT NULL CHECK (json_valid(params)),
          saved_at TEXT NOT NULL,
          PRIMARY KEY (scenario_id, version)
        ) STRICT;
        CREATE TABLE seed_state (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          hash TEXT NOT NULL,
          loaded_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    name: 'projecten, importen en wijzigingshistorie',
    up: (db) => {
      db.exec(`
        -- One imported file: what it was, when, and the peildatum the analyst gave.
        CREATE TABLE import_batch (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('realisation', 'projects', 'figures')),
          file_name TEXT NOT NULL,
          peildatum TEXT,
          imported_at TEXT NOT NULL,
          row_count INTEGER NOT NULL,
          reverted_at TEXT
        ) STRICT;
        -- The project register (MODEL §5.5). Deleting sets deleted_at, so it can be reverted.
        CREATE TABLE project (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          gemeente TEXT NOT NULL REFERENCES gemeente(code),
          completion_year INTEGER NOT NULL,
          status TEXT NOT NULL,
          homes TEXT NOT NULL CHECK (json_valid(homes)),
          note TEXT NOT NULL,
          source TEXT NOT NULL,
          import_id INTEGER REFERENCES import_batch(id),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX project_gemeente ON project(gemeente);
        -- Every change to the dataset: what, old and new state (JSON), where it came from.
        CREATE TABLE change_log (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          action TEXT NOT NULL,
          target TEXT NOT NULL CHECK (target IN ('figure', 'project')),
          target_id TEXT NOT NULL,
          label TEXT NOT NULL,
          old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
          new_state TEXT CHECK (new_state IS NULL OR json_valid(new_state)),
          source TEXT NOT NULL,
          import_id INTEGER REFERENCES import_batch(id),
          reverted_by INTEGER REFERENCES change_log(id)
        ) STRICT;
        CREATE INDEX change_log_target ON change_log(target, target_id);
        CREATE INDEX change_log_import ON change_log(import_id);
      `);
    },
  },
  {
    version: 3,
    name: 'gemeentegrenzen voor de kaart',
    up: (db) => {
      db.exec(`
        -- The municipal boundaries of the seed (one division, with its peildatum and credit), as one
        -- checked JSON document: read whole for the map, replaced whole when a newer seed brings another.
        CREATE TABLE boundaries (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          definition TEXT NOT NULL CHECK (json_valid(definition))
        ) STRICT;
        -- Load the seed again at the next open, so a database whose seed was already loaded gains its boundaries.
        DELETE FROM seed_state;
      `);
    },
  },
  {
    version: 4,
    name: 'importsoort plaatsingen aandachtsgroepen',
    foreignKeysOff: true,
    up: (db) => {
      // A CHECK cannot be altered in place: the table is rebuilt with the new kind and its rows copied.
      // project.import_id and change_log.import_id name the table, so they point at the new one.
      db.exec(`
        CREATE TABLE import_batch_new (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('realisation', 'projects', 'figures', 'plaatsingen')),
          file_name TEXT NOT NULL,
          peildatum TEXT,
          imported_at TEXT NOT NULL,
          row_count INTEGER NOT NULL,
          reverted_at TEXT
        ) STRICT;
        INSERT INTO import_batch_new (id, kind, file_name, peildatum, imported_at, row_count, reverted_at)
          SELECT id, kind, file_name, peildatum, imported_at, row_count, reverted_at FROM import_batch;
        DROP TABLE import_batch;
        ALTER TABLE import_batch_new RENAME TO import_batch;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
