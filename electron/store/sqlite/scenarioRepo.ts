import type Database from 'better-sqlite3';
import { ScenarioParams, ScenarioParamsFields, ScenarioName } from '../../../shared/scenario/schema';
import { ScenarioVersion, StoredScenario } from '../../../shared/scenario/stored';
import { texts } from '../../../shared/i18n/catalogue';
import { dutchIssueText } from '../../../shared/validation/dutchIssues';
import { slugify } from '../../../shared/scenario/slug';
import { scenarioDiff } from '../../../shared/history/scenarioDiff';
import { StoreError } from '../errors';
import type { ScenarioChanges, ScenarioDraft, ScenarioOperations } from '../port';
import { immediate, type Sync } from './sync';

type Row = {
  id: string;
  builtin: number;
  created_at: string;
  deleted_at: string | null;
  version: number;
  name: string;
  description: string;
  params: string;
  saved_at: string;
};

const CURRENT = `
  SELECT s.id, s.builtin, s.created_at, s.deleted_at, v.version, v.name, v.description, v.params, v.saved_at
  FROM scenario s JOIN scenario_version v ON v.scenario_id = s.id
  WHERE v.version = (SELECT max(version) FROM scenario_version WHERE scenario_id = s.id)`;

function toStored(row: Row): StoredScenario {
  // Field by field only: a scenario saved before a newer rule still opens (see StoredScenario).
  const { params, broken } = salvageParams(row.params);
  const parsed = StoredScenario.safeParse({
    id: row.id,
    name: row.name,
    description: row.description,
    params,
    builtin: row.builtin === 1,
    version: row.version,
    createdAt: row.created_at,
    savedAt: row.saved_at,
    deletedAt: row.deleted_at,
    ...(broken.length > 0 ? { damaged: texts('nl-NL').faults.damagedScenario(row.name, broken.slice(0, 5).join(', ') + (broken.length > 5 ? ', …' : '')) } : {}),
  });
  // Bookkeeping that no longer parses (an id or name changed outside the app) is damage of the file, not of one scenario.
  if (!parsed.success) throw new StoreError('corrupt', texts('nl-NL').faults.damaged(null));
  return parsed.data;
}

/**
 * Stored parameters that no longer parse (changed outside the app, or damaged) must not make the
 * list of scenarios unreadable nor show a validation stack: each setting that fails is dropped so
 * its default shows, and named. At most a bounded number of rounds; then all defaults.
 */
export function salvageParams(text: string): { params: ReturnType<typeof ScenarioParamsFields.parse>; broken: string[] } {
  const all = () => ({ params: ScenarioParamsFields.parse({}), broken: [texts('nl-NL').faults.allSettings] });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return all();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return all();
  const broken: string[] = [];
  for (let round = 0; round < 50; round++) {
    const parsed = ScenarioParamsFields.safeParse(raw);
    if (parsed.success) return { params: parsed.data, broken };
    const issue = parsed.error.issues[0];
    if (!issue) break;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of keys) {
      const dropped = dropAt(raw, path);
      if (dropped === null) return all();
      const name = dropped.map(String).join('.');
      if (!broken.includes(name)) broken.push(name);
    }
  }
  return all();
}

/** Removes the value at `path` (or, where it is already absent, its parent); the path removed, or null at the top. */
function dropAt(root: unknown, path: readonly PropertyKey[]): PropertyKey[] | null {
  for (let end = path.length; end > 0; end--) {
    const parent = path.slice(0, end - 1).reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
    const key = path[end - 1] as PropertyKey;
    if (parent === null || typeof parent !== 'object' || !(key in parent)) continue;
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else Reflect.deleteProperty(parent, key);
    return path.slice(0, end);
  }
  return null;
}

/**
 * Parameters to write, checked against every rule; a refusal is the store's (with the Dutch
 * reasons), not an internal error: cloning or restoring a scenario saved before a rule was added
 * can meet one.
 */
function validParams(params: unknown, againstData: AgainstData, earlier: ScenarioParams | null): ScenarioParams {
  const parsed = ScenarioParams.safeParse(params);
  if (!parsed.success) throw new StoreError('invalid', dutchIssueText(parsed.error));
  const problems = againstData(parsed.data, earlier);
  if (problems.length > 0) throw new StoreError('invalid', problems.join(' '));
  return parsed.data;
}

/** The checks that need the dataset (placements of a known facility type in a member gemeente); the Dutch reasons, or none. */
export type AgainstData = (params: ScenarioParams, earlier: ScenarioParams | null) => string[];

/** Made from the name a scenario is first saved with (shared/scenario/slug.ts). */
export { slugify };

export class ScenarioRepo implements Sync<ScenarioOperations> {
  /** A restore may replace a damaged current version (save refuses that otherwise). */
  private restoring = false;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string,
    private readonly againstData: AgainstData = () => [],
  ) {}

  list(options: { includeDeleted?: boolean } = {}): StoredScenario[] {
    // Built-ins are created in one transaction with one clock reading; rowid keeps the seed file's
    // order among them (basis first), and the order of creation among scenarios saved in the same instant.
    const rows = this.db.prepare(`${CURRENT} ORDER BY s.builtin DESC, s.created_at, s.rowid`).all() as Row[];
    return rows.map(toStored).filter((s) => options.includeDeleted === true || s.deletedAt === null);
  }

  get(id: string): StoredScenario | null {
    const row = this.db.prepare(`${CURRENT} AND s.id = ?`).get(id) as Row | undefined;
    return row ? toStored(row) : null;
  }

  /** By id, else by exact name (case-insensitive) among the scenarios not deleted. */
  find(idOrName: string): StoredScenario | null {
    const byId = this.get(idOrName);
    if (byId && byId.deletedAt === null) return byId;
    const wanted = idOrName.trim().toLocaleLowerCase('nl-NL');
    return this.list().find((s) => s.name.toLocaleLowerCase('nl-NL') === wanted) ?? null;
  }

  require(id: string): StoredScenario {
    const s = this.get(id);
    if (!s) throw new StoreError('notFound', `Scenario "${id}" bestaat niet (of is verwijderd).`);
    // A deleted one by its name: the id may still be that of a name it had before.
    if (s.deletedAt !== null) throw new StoreError('notFound', `Scenario "${s.name}" is verwijderd.`);
    return s;
  }

  create(draft: ScenarioDraft): StoredScenario {
    const name = this.validName(draft.name);
    const params = validParams(draft.params, this.againstData, null);
    return immediate(this.db, () => {
      this.assertNameFree(name, null);
      const id = this.freeId(slugify(name));
      const now = this.now();
      this.db.prepare('INSERT INTO scenario (id, builtin, created_at) VALUES (?, 0, ?)').run(id, now);
      this.insertVersion(id, name, draft.description ?? '', params);
      return this.require(id);
    });
  }

  /** Saves a new version; earlier versions stay and can be restored. Nothing changed: no version, the current one is returned. */
  save(id: string, changes: ScenarioChanges): StoredScenario {
    return immediate(this.db, () => {
      const current = this.require(id);
      if (current.builtin) {
        throw new StoreError('builtinReadOnly', `"${current.name}" is een ingebouwd scenario en kan niet worden gewijzigd; maak er een kopie van.`);
      }
      // Optimistic concurrency: changes made on an older version never silently replace a newer one saved elsewhere.
      if (changes.baseVersion !== undefined && changes.baseVersion !== current.version) {
        throw new StoreError('staleVersion', texts('nl-NL').app.staleVersion(current.name, current.version));
      }
      // Saving would write the defaults shown for its broken settings; restoring an earlier version may.
      if (current.damaged !== undefined && !this.restoring) throw new StoreError('damagedScenario', texts('nl-NL').faults.damagedScenarioSave(current.name));
      const name = changes.name === undefined ? current.name : this.validName(changes.name);
      this.assertNameFree(name, id);
      const params = changes.params === undefined ? current.params : validParams(changes.params, this.againstData, current.params);
      const next = { name, description: changes.description ?? current.description, params };
      // A version the history would list as "no difference" is noise (autosave after an undo and redo, a rename to the same name).
      if (scenarioDiff(current, next).length === 0) return current;
      this.insertVersion(id, next.name, next.description, next.params);
      return this.require(id);
    });
  }

  /** Soft delete, so it can be undone. */
  delete(id: string): StoredScenario {
    return immediate(this.db, () => {
      const current = this.require(id);
      if (current.builtin) {
        throw new StoreError('builtinReadOnly', `"${current.name}" is een ingebouwd scenario en kan niet worden verwijderd.`);
      }
      this.db.prepare('UPDATE scenario SET deleted_at = ? WHERE id = ?').run(this.now(), id);
      return StoredScenario.parse({ ...current, deletedAt: this.now() });
    });
  }

  undelete(id: string): StoredScenario {
    return immediate(this.db, () => {
      const s = this.get(id);
      if (!s) throw new StoreError('notFound', `Scenario "${id}" bestaat niet.`);
      this.assertNameFree(s.name, id);
      this.db.prepare('UPDATE scenario SET deleted_at = NULL WHERE id = ?').run(id);
      return this.require(id);
    });
  }

  versions(id: string): ScenarioVersion[] {
    this.require(id);
    const rows = this.db
      .prepare('SELECT version, name, saved_at AS savedAt, description, params FROM scenario_version WHERE scenario_id = ? ORDER BY version')
      .all(id) as { version: number; name: string; savedAt: string; description: string; params: string }[];
    return rows.map((r) => {
      const { params, broken } = salvageParams(r.params);
      return ScenarioVersion.parse({ ...r, params, ...(broken.length > 0 ? { damaged: true } : {}) });
    });
  }

  /** Makes an earlier version current again, as a new version (history is never rewritten); none when it already is. */
  restoreVersion(id: string, version: number): StoredScenario {
    return immediate(this.db, () => {
      const current = this.require(id);
      const row = this.db
        .prepare('SELECT name, description, params FROM scenario_version WHERE scenario_id = ? AND version = ?')
        .get(id, version) as { name: string; description: string; params: string } | undefined;
      if (!row) throw new StoreError('notFound', `Scenario "${current.name}" heeft geen versie ${version}.`);
      const { params, broken } = salvageParams(row.params);
      if (broken.length > 0) throw new StoreError('damagedScenario', texts('nl-NL').faults.damagedScenarioVersion(row.name, version));
      // save() checks every rule: an old version that breaks a newer one is refused with its reason.
      this.restoring = true;
      try {
        return this.save(id, { name: row.name, description: row.description, params });
      } finally {
        this.restoring = false;
      }
    });
  }

  private insertVersion(id: string, name: string, description: string, params: ScenarioParams): void {
    this.db
      .prepare(
        `INSERT INTO scenario_version (scenario_id, version, name, description, params, saved_at)
         VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM scenario_version WHERE scenario_id = ?), ?, ?, ?, ?)`,
      )
      .run(id, id, name, description, JSON.stringify(params), this.now());
  }

  private validName(name: string): string {
    const parsed = ScenarioName.safeParse(name);
    if (!parsed.success) throw new StoreError('invalid', parsed.error.issues[0]?.message ?? 'Ongeldige naam.');
    return parsed.data;
  }

  private assertNameFree(name: string, ownId: string | null): void {
    const taken = this.list().find((s) => s.id !== ownId && s.name.toLocaleLowerCase('nl-NL') === name.toLocaleLowerCase('nl-NL'));
    if (taken) throw new StoreError('duplicateName', texts('nl-NL').validation.refusal.nameTaken(taken.name));
  }

  private freeId(base: string): string {
    const exists = this.db.prepare('SELECT 1 FROM scenario WHERE id = ?');
    if (!exists.get(base)) return base;
    for (let n = 2; ; n++) if (!exists.get(`${base}-${n}`)) return `${base}-${n}`;
  }
}
