import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/files';
import { openDatabase } from './connection';
import { MIGRATIONS } from './migrations';

const tempDir = useTempDir();
const KIND_MIGRATION = MIGRATIONS.find((m) => m.name === 'importsoort plaatsingen aandachtsgroepen')!;

describe('migration: import kind plaatsingen (the import_batch table rebuilt for its CHECK)', () => {
  it('keeps every import batch and what points at it, keeps the foreign keys on, and accepts the new kind', async () => {
    const dir = tempDir();
    const path = join(dir, 'oud.sqlite');
    const old = await openDatabase(path, { migrations: MIGRATIONS.filter((m) => m.version < KIND_MIGRATION.version) });
    old.exec(`
      INSERT INTO gemeente (code, name) VALUES ('GM0402', 'Hilversum');
      INSERT INTO import_batch (id, kind, file_name, peildatum, imported_at, row_count, reverted_at) VALUES (1, 'projects', 'p.csv', NULL, '2025-01-01', 1, NULL), (2, 'realisation', 'r.csv', '2025-03-01', '2025-03-02', 2, '2025-04-01');
      INSERT INTO project (id, name, gemeente, completion_year, status, homes, note, source, import_id, created_at, updated_at) VALUES ('p1', 'P', 'GM0402', 2027, 'vergund', '{"total":10}', '', 'p.csv', 1, '2025-01-01', '2025-01-01');
      INSERT INTO change_log (at, action, target, target_id, label, old_state, new_state, source, import_id) VALUES ('2025-03-02', 'import', 'figure', 'f', 'f', NULL, '{"value":1}', 'r.csv', 2);
    `);
    expect(() => old.prepare("INSERT INTO import_batch (kind, file_name, imported_at, row_count) VALUES ('plaatsingen', 'x.csv', '2026', 1)").run()).toThrow(/CHECK/);
    old.close();

    const db = await openDatabase(path, { backupPath: (v) => join(dir, `backup-v${v}.sqlite`) });
    expect(db.prepare('SELECT id, kind, file_name, peildatum, reverted_at FROM import_batch ORDER BY id').all()).toEqual([
      { id: 1, kind: 'projects', file_name: 'p.csv', peildatum: null, reverted_at: null },
      { id: 2, kind: 'realisation', file_name: 'r.csv', peildatum: '2025-03-01', reverted_at: '2025-04-01' },
    ]);
    db.prepare("INSERT INTO import_batch (kind, file_name, imported_at, row_count) VALUES ('plaatsingen', 'x.csv', '2026-03-01', 3)").run();
    expect(() => db.prepare("INSERT INTO import_batch (kind, file_name, imported_at, row_count) VALUES ('iets anders', 'x.csv', '2026', 1)").run()).toThrow(/CHECK/);
    // The references still point at the rebuilt table, and are still enforced.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare('DELETE FROM import_batch WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'project'").pluck().get()).toMatch(/REFERENCES import_batch\(id\)/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
