import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Project, ProjectDraft, ProjectHomes, ProjectStatus, type ProjectDraftInput } from '../../../shared/projects/schema';
import { StoreError } from '../errors';
import type { HistoryRepo } from './historyRepo';
import { ANALYST, type ChangeOrigin, type ProjectOperations } from '../port';
import { immediate, type Sync } from './sync';

const Row = z.object({
  id: z.string(),
  name: z.string(),
  gemeente: z.string(),
  completion_year: z.number().int(),
  status: ProjectStatus,
  homes: z.string(),
  note: z.string(),
  source: z.string(),
  import_id: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullable(),
});

/** A project as stored, deleted or not: what the history keeps and a revert puts back. */
export type ProjectState = Project & { deletedAt: string | null; importId: number | null };

function toState(r: z.infer<typeof Row>): ProjectState {
  const project = Project.parse({
    id: r.id,
    name: r.name,
    gemeente: r.gemeente,
    completionYear: r.completion_year,
    status: r.status,
    homes: ProjectHomes.parse(JSON.parse(r.homes)),
    note: r.note,
    source: r.source,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
  return { ...project, deletedAt: r.deleted_at, importId: r.import_id };
}

/** The project register (MODEL §5.5). Every change is recorded in the history and can be reverted. */
export class ProjectRepo implements Sync<ProjectOperations> {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string,
    private readonly history: HistoryRepo,
  ) {}

  list(): Project[] {
    return (this.db.prepare('SELECT * FROM project WHERE deleted_at IS NULL ORDER BY gemeente, completion_year, name').all())
      .map((r) => stripState(toState(Row.parse(r))));
  }

  state(id: string): ProjectState | null {
    const row = this.db.prepare('SELECT * FROM project WHERE id = ?').get(id);
    return row ? toState(Row.parse(row)) : null;
  }

  require(id: string): Project {
    const s = this.state(id);
    if (!s || s.deletedAt !== null) throw new StoreError('notFound', `Project ${id} bestaat niet (of is verwijderd).`);
    return stripState(s);
  }

  create(input: ProjectDraftInput, origin: ChangeOrigin = ANALYST): Project {
    const draft = this.valid(input);
    return immediate(this.db, () => {
      this.requireGemeente(draft.gemeente);
      const now = this.now();
      const state: ProjectState = { ...draft, id: randomUUID(), source: origin.importId ? origin.source : 'invoer', createdAt: now, updatedAt: now, deletedAt: null, importId: origin.importId ?? null };
      this.writeState(state.id, state);
      this.history.record({ action: origin.importId ? 'import' : 'add', target: 'project', targetId: state.id, oldState: null, newState: state, source: origin.source, importId: origin.importId ?? null });
      return stripState(state);
    });
  }

  update(id: string, input: ProjectDraftInput, origin: ChangeOrigin = ANALYST): Project {
    const draft = this.valid(input);
    return immediate(this.db, () => {
      const before = this.state(id);
      if (!before || before.deletedAt !== null) throw new StoreError('notFound', `Project ${id} bestaat niet (of is verwijderd).`);
      this.requireGemeente(draft.gemeente);
      const after: ProjectState = { ...before, ...draft, updatedAt: this.now() };
      this.writeState(id, after);
      this.history.record({ action: origin.importId ? 'import' : 'update', target: 'project', targetId: id, oldState: before, newState: after, source: origin.source, importId: origin.importId ?? null });
      return stripState(after);
    });
  }

  delete(id: string): Project {
    return immediate(this.db, () => {
      const before = this.state(id);
      if (!before || before.deletedAt !== null) throw new StoreError('notFound', `Project ${id} bestaat niet (of is verwijderd).`);
      const after: ProjectState = { ...before, deletedAt: this.now() };
      this.writeState(id, after);
      this.history.record({ action: 'delete', target: 'project', targetId: id, oldState: before, newState: after, source: ANALYST.source });
      return stripState(before);
    });
  }

  /** Puts a project back in a recorded state (null removes it entirely). Caller holds the transaction. */
  writeState(id: string, state: ProjectState | null): void {
    if (state === null) {
      this.db.prepare('DELETE FROM project WHERE id = ?').run(id);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO project (id, name, gemeente, completion_year, status, homes, note, source, import_id, created_at, updated_at, deleted_at)
         VALUES (@id, @name, @gemeente, @completionYear, @status, @homes, @note, @source, @importId, @createdAt, @updatedAt, @deletedAt)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, gemeente = excluded.gemeente, completion_year = excluded.completion_year,
           status = excluded.status, homes = excluded.homes, note = excluded.note, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
      )
      .run({ ...state, homes: JSON.stringify(state.homes) });
  }

  private valid(input: ProjectDraftInput): ProjectDraft {
    const parsed = ProjectDraft.safeParse(input);
    if (!parsed.success) throw new StoreError('invalid', `Ongeldig project: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  }

  private requireGemeente(code: string): void {
    if (!this.db.prepare('SELECT 1 FROM gemeente WHERE code = ?').get(code)) throw new StoreError('invalid', `Onbekende gemeente ${code}.`);
  }
}

/** The project as the app sees it; Project.parse drops the store's own fields (deletedAt, importId). */
function stripState(s: ProjectState): Project {
  return Project.parse({ id: s.id, name: s.name, gemeente: s.gemeente, completionYear: s.completionYear, status: s.status, homes: s.homes, note: s.note, source: s.source, createdAt: s.createdAt, updatedAt: s.updatedAt });
}
