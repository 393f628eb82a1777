import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/files';
import { MIGRATIONS } from './migrations';
import { openStore, type Store } from './store';
import { revertChange, revertImport } from './revert';
import { StoreError } from './errors';

const tempDir = useTempDir();
let store: Store | null = null;
afterEach(() => {
  store?.close();
  store = null;
});
async function open(): Promise<Store> {
  store = await openStore(join(tempDir(), 'h.sqlite'));
  return store;
}
const WIJDEMEREN = 'bouwprogramma.laagMidden:GM1696:2022-2030';
const project = { name: 'De Kolonie', gemeente: 'GM0402', completionYear: 2027, status: 'vergund' as const, homes: { total: 120, nultreden: 40 } };

describe('history of the dataset', () => {
  it('records an edit with old and new value and source; revert and undo are recorded too', async () => {
    const s = await open();
    s.dataset.editFigure(WIJDEMEREN, 330, '66 % van 500');
    const [edit] = s.history.list();
    expect(edit).toMatchObject({ action: 'edit', target: 'figure', targetId: WIJDEMEREN, oldValue: 320, newValue: 330, source: 'analist', label: expect.stringContaining('Wijdemeren') as unknown });
    s.dataset.revertFigure(WIJDEMEREN);
    expect(s.history.list()[0]).toMatchObject({ action: 'revert', oldValue: 330, newValue: 320 });
    // Undo the revert: back to 330.
    revertChange(s, s.history.list()[0]!.id);
    expect(s.dataset.dataset().figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(330);
    expect(s.history.list()[0]).toMatchObject({ action: 'undo', oldValue: 320, newValue: 330 });
  });

  it('refuses to revert a change that was changed again later, and leaves everything as it was', async () => {
    const s = await open();
    s.dataset.editFigure(WIJDEMEREN, 330, '');
    const first = s.history.list()[0]!.id;
    s.dataset.editFigure(WIJDEMEREN, 340, '');
    expect(() => revertChange(s, first)).toThrow(StoreError);
    expect(s.dataset.dataset().figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(340);
    expect(s.history.list()).toHaveLength(2);
  });

  it('projects: add, update, delete are recorded and each can be reverted', async () => {
    const s = await open();
    const p = s.projects.create(project);
    s.projects.update(p.id, { ...project, homes: { total: 150, nultreden: 40 } });
    s.projects.delete(p.id);
    expect(s.projects.list()).toEqual([]);
    expect(s.history.list().map((c) => c.action)).toEqual(['delete', 'update', 'add']);
    revertChange(s, s.history.list()[0]!.id); // undelete
    expect(s.projects.list().map((x) => x.homes.total)).toEqual([150]);
    revertChange(s, s.history.list().find((c) => c.action === 'update')!.id);
    expect(s.projects.require(p.id).homes.total).toBe(120);
    expect(s.dataset.dataset().projects).toHaveLength(1);
  });

  it('an invalid project is refused in Dutch and nothing is stored', async () => {
    const s = await open();
    expect(() => s.projects.create({ ...project, homes: { total: 10, nultreden: 40 } })).toThrow(/meer woningen \(40\) dan het project in totaal heeft \(10\)/);
    expect(() => s.projects.create({ ...project, gemeente: 'GM9999' })).toThrow(/Onbekende gemeente/);
    expect(s.projects.list()).toEqual([]);
    expect(s.history.list()).toEqual([]);
  });

  it('reverting a whole import restores every figure and removes the figures it added', async () => {
    const s = await open();
    const importId = s.db.transaction(() => {
      const id = s.history.startImport('realisation', 'realisatie-2024.csv', '2025-03-01', 1);
      s.dataset.addFigure(
        { id: 'realisatie.opleveringen:GM0402:2024', series: 'realisatie.opleveringen', gemeente: 'GM0402', value: 250, periodFrom: 2024, periodTo: 2024, peildatum: '2025-03-01', source: { document: 'analist', place: 'Import realisatie-2024.csv' } },
        { source: 'realisatie-2024.csv', importId: id },
      );
      s.dataset.editFigure(WIJDEMEREN, 330, '', { source: 'realisatie-2024.csv', importId: id });
      return id;
    })();
    expect(s.dataset.dataset().figures.some((f) => f.id === 'realisatie.opleveringen:GM0402:2024')).toBe(true);
    expect(revertImport(s, importId)).toBe(2);
    const after = s.dataset.dataset();
    expect(after.figures.some((f) => f.id === 'realisatie.opleveringen:GM0402:2024')).toBe(false);
    expect(after.figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(320);
    expect(s.history.getImport(importId)?.revertedAt).not.toBeNull();
    expect(() => revertImport(s, importId)).toThrow(/al teruggedraaid/);
  });
});

describe('migration 1 → 2', () => {
  it('keeps scenarios and figure edits and adds the project, import and history tables', async () => {
    const path = join(tempDir(), 'v1.sqlite');
    const v1 = await openStore(path, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    v1.scenarios.create({ name: 'Oud scenario', params: { programme: { paceMultiplier: 1.3 } } });
    v1.db.prepare("INSERT INTO figure_edit (figure_id, value, note, edited_at) VALUES (?, 330, 'v1', '2026-01-01')").run(WIJDEMEREN);
    v1.close();
    store = await openStore(path, { backupPath: (from) => join(tempDir(), `backup-v${from}.sqlite`) });
    expect(store.db.pragma('user_version', { simple: true })).toBe(2);
    expect(store.scenarios.find('Oud scenario')?.params.programme.paceMultiplier).toBe(1.3);
    expect(store.dataset.dataset().figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(330);
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).sort();
    expect(tables).toEqual(expect.arrayContaining(['change_log', 'import_batch', 'project']));
    expect(new Database(path, { readonly: true }).pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
