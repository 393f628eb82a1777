import type Database from 'better-sqlite3';
import { z } from 'zod';
import { Change, ImportBatch, type ChangeAction } from '../../../shared/history/schema';
import type { ImportMeta } from '../port';

const ChangeRow = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  target: z.enum(['figure', 'project']),
  target_id: z.string(),
  label: z.string(),
  old_state: z.string().nullable(),
  new_state: z.string().nullable(),
  source: z.string(),
  import_id: z.number().int().nullable(),
  reverted_by: z.number().int().nullable(),
});

const BatchRow = z.object({
  id: z.number().int(),
  kind: z.enum(['realisation', 'projects', 'figures']),
  file_name: z.string(),
  peildatum: z.string().nullable(),
  imported_at: z.string(),
  row_count: z.number().int(),
  reverted_at: z.string().nullable(),
});

export type NewChange = {
  action: ChangeAction;
  target: 'figure' | 'project';
  targetId: string;
  label: string;
  oldState: unknown;
  newState: unknown;
  source: string;
  importId?: number | null;
};

/** The number a state shows in the history: a figure's value, a project's homes in total. */
function valueOf(state: unknown): number | null {
  if (state === null || typeof state !== 'object') return null;
  const s = state as { value?: unknown; homes?: { total?: unknown } };
  if (typeof s.value === 'number') return s.value;
  if (typeof s.homes?.total === 'number') return s.homes.total;
  return null;
}

/**
 * The change log: every edit, import, revert and project change, with old and new state. Writes
 * happen inside the caller's transaction, so a change and its record land together or not at all.
 */
export class HistoryRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string,
  ) {}

  record(change: NewChange): number {
    const info = this.db
      .prepare(
        `INSERT INTO change_log (at, action, target, target_id, label, old_state, new_state, source, import_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        this.now(),
        change.action,
        change.target,
        change.targetId,
        change.label,
        change.oldState === null ? null : JSON.stringify(change.oldState),
        change.newState === null ? null : JSON.stringify(change.newState),
        change.source,
        change.importId ?? null,
      );
    return Number(info.lastInsertRowid);
  }

  markReverted(id: number, by: number): void {
    this.db.prepare('UPDATE change_log SET reverted_by = ? WHERE id = ?').run(by, id);
  }

  list(limit = 1000): Change[] {
    return this.db
      .prepare('SELECT * FROM change_log ORDER BY id DESC LIMIT ?')
      .all(limit)
      .map((r) => toChange(ChangeRow.parse(r)));
  }

  get(id: number): Change | null {
    const row = this.db.prepare('SELECT * FROM change_log WHERE id = ?').get(id);
    return row ? toChange(ChangeRow.parse(row)) : null;
  }

  ofImport(importId: number): Change[] {
    return this.db
      .prepare('SELECT * FROM change_log WHERE import_id = ? ORDER BY id DESC')
      .all(importId)
      .map((r) => toChange(ChangeRow.parse(r)));
  }

  /** The latest change to a target, to check a revert still applies. */
  latestFor(target: 'figure' | 'project', targetId: string): Change | null {
    const row = this.db.prepare('SELECT * FROM change_log WHERE target = ? AND target_id = ? ORDER BY id DESC LIMIT 1').get(target, targetId);
    return row ? toChange(ChangeRow.parse(row)) : null;
  }

  startImport({ kind, fileName, peildatum, rowCount }: ImportMeta): number {
    const info = this.db
      .prepare('INSERT INTO import_batch (kind, file_name, peildatum, imported_at, row_count) VALUES (?, ?, ?, ?, ?)')
      .run(kind, fileName, peildatum, this.now(), rowCount);
    return Number(info.lastInsertRowid);
  }

  imports(): ImportBatch[] {
    return this.db
      .prepare('SELECT * FROM import_batch ORDER BY id DESC')
      .all()
      .map((r) => {
        const b = BatchRow.parse(r);
        return ImportBatch.parse({ id: b.id, kind: b.kind, fileName: b.file_name, peildatum: b.peildatum, importedAt: b.imported_at, rowCount: b.row_count, revertedAt: b.reverted_at });
      });
  }

  getImport(id: number): ImportBatch | null {
    return this.imports().find((b) => b.id === id) ?? null;
  }

  markImportReverted(id: number): void {
    this.db.prepare('UPDATE import_batch SET reverted_at = ? WHERE id = ?').run(this.now(), id);
  }
}

function toChange(r: z.infer<typeof ChangeRow>): Change {
  const oldState = r.old_state === null ? null : (JSON.parse(r.old_state) as unknown);
  const newState = r.new_state === null ? null : (JSON.parse(r.new_state) as unknown);
  return Change.parse({
    id: r.id,
    at: r.at,
    action: r.action,
    target: r.target,
    targetId: r.target_id,
    label: r.label,
    oldValue: valueOf(oldState),
    newValue: valueOf(newState),
    oldState,
    newState,
    source: r.source,
    importId: r.import_id,
    revertedBy: r.reverted_by,
  });
}
