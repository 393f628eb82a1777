import type Database from 'better-sqlite3';
import { z } from 'zod';
import { Change, ImportBatch, type ChangeAction } from '../../../shared/history/schema';
import { subjectText } from '../../../shared/history/changeText';
import type { Subject } from '../../../shared/history/subject';
import { IMPORT_KINDS } from '../../../shared/imports/types';
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
  kind: z.enum(IMPORT_KINDS),
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
  /** In Dutch words; by default worded from the states (what the change is about). */
  label?: string;
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

/** The names a subject is worded with, as the store holds them now: series labels and gemeente names. */
type Names = { series: Map<string, { label: string; labelEn: string }>; gemeenten: Map<string, string> };

const SeriesNames = z.object({ id: z.string(), label: z.string(), labelEn: z.string() });
/** The parts of a stored state a subject is made of; a state that lacks them (an older shape) gives none. */
const FigureState = z.object({ record: z.object({ series: z.string(), gemeente: z.string().nullable(), periodFrom: z.number().int(), periodTo: z.number().int() }) });
const ProjectState = z.object({ name: z.string(), completionYear: z.number().int() });

/** What a change is about, from its states; old rows carry the same states, so their subject is found too. */
function subjectOf(target: 'figure' | 'project', oldState: unknown, newState: unknown, names: Names): Subject | null {
  const state = newState ?? oldState;
  if (target === 'project') {
    const p = ProjectState.safeParse(state);
    return p.success ? { code: 'project', params: { name: p.data.name, year: p.data.completionYear } } : null;
  }
  const f = FigureState.safeParse(state);
  if (!f.success) return null;
  const r = f.data.record;
  const series = names.series.get(r.series);
  if (!series) return null;
  const gemeente = r.gemeente === null ? null : (names.gemeenten.get(r.gemeente) ?? r.gemeente);
  return { code: 'figure', params: { series: series.label, seriesEn: series.labelEn, gemeente, from: r.periodFrom, to: r.periodTo } };
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
    const subject = change.label === undefined ? subjectOf(change.target, change.oldState, change.newState, this.names()) : null;
    const label = change.label ?? (subject ? subjectText('nl-NL', subject) : change.targetId);
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
        label,
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
    return this.changes(this.db.prepare('SELECT * FROM change_log ORDER BY id DESC LIMIT ?').all(limit));
  }

  get(id: number): Change | null {
    return this.changes(this.db.prepare('SELECT * FROM change_log WHERE id = ?').all(id))[0] ?? null;
  }

  ofImport(importId: number): Change[] {
    return this.changes(this.db.prepare('SELECT * FROM change_log WHERE import_id = ? ORDER BY id DESC').all(importId));
  }

  /** The latest change to a target, to check a revert still applies. */
  latestFor(target: 'figure' | 'project', targetId: string): Change | null {
    return this.changes(this.db.prepare('SELECT * FROM change_log WHERE target = ? AND target_id = ? ORDER BY id DESC LIMIT 1').all(target, targetId))[0] ?? null;
  }

  private changes(rows: unknown[]): Change[] {
    if (rows.length === 0) return [];
    const names = this.names();
    return rows.map((r) => toChange(ChangeRow.parse(r), names));
  }

  private names(): Names {
    const series = new Map<string, { label: string; labelEn: string }>();
    for (const definition of this.db.prepare('SELECT definition FROM series').pluck().all() as string[]) {
      const s = SeriesNames.safeParse(JSON.parse(definition));
      if (s.success) series.set(s.data.id, s.data);
    }
    const gemeenten = new Map((this.db.prepare('SELECT code, name FROM gemeente').all() as { code: string; name: string }[]).map((g) => [g.code, g.name]));
    return { series, gemeenten };
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

function toChange(r: z.infer<typeof ChangeRow>, names: Names): Change {
  const oldState = r.old_state === null ? null : (JSON.parse(r.old_state) as unknown);
  const newState = r.new_state === null ? null : (JSON.parse(r.new_state) as unknown);
  return Change.parse({
    id: r.id,
    at: r.at,
    action: r.action,
    target: r.target,
    targetId: r.target_id,
    label: r.label,
    subject: subjectOf(r.target, oldState, newState, names),
    oldValue: valueOf(oldState),
    newValue: valueOf(newState),
    oldState,
    newState,
    source: r.source,
    importId: r.import_id,
    revertedBy: r.reverted_by,
  });
}
