import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileState, useTempDir } from '../../test/support/files';
import { changeLabel, changeSource } from '../../shared/history/changeText';
import { readSeed } from '../seeds/readSeeds';
import { StoreError } from './errors';
import { openStore, type Store } from './store';

/**
 * The Store port's behaviour, written against the port only: a second adapter (docs/store.md)
 * must pass these same tests. SQLite-specific behaviour is tested in sqlite/sqlite.test.ts.
 */
const tempDir = useTempDir();
const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
async function open(path = join(tempDir(), 'store.sqlite'), options: Parameters<typeof openStore>[1] = {}): Promise<Store> {
  const store = await openStore(path, options);
  opened.push(store);
  return store;
}

const WIJDEMEREN = 'bouwprogramma.laagMidden:GM1696:2022-2030';
const project = { name: 'De Kolonie', gemeente: 'GM0402', completionYear: 2027, status: 'vergund' as const, homes: { total: 120, nultreden: 40 } };
const valueOf = async (s: Store, id: string) => (await s.dataset.dataset()).figures.find((f) => f.id === id)?.value;

describe('store: first start', () => {
  it('seeds the dataset and the four built-in scenarios', async () => {
    const store = await open();
    const stored = await store.dataset.dataset();
    const seed = readSeed().dataset;
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(stored.gemeenten).toEqual(seed.gemeenten);
    expect(stored.series).toEqual(seed.series);
    expect(stored.relations).toEqual(seed.relations);
    expect([...stored.figures].sort(byId)).toEqual([...seed.figures].sort(byId));
    expect((await store.scenarios.list()).map((s) => s.id)).toEqual(['basis', 'programma', 'toegankelijk50', 'bandbreedte']);
  });

  it('loads seeds idempotently: a second start writes nothing', async () => {
    const path = join(tempDir(), 'a.sqlite');
    await (await openStore(path)).close();
    const before = fileState(path);
    await (await openStore(path)).close();
    expect(fileState(path)).toBe(before);
  });
});

describe('store: dataset edits', () => {
  it('keeps the seed value beside an edit, and revert restores it', async () => {
    const store = await open();
    const edited = await store.dataset.editFigure(WIJDEMEREN, 330, '66 % van 500');
    expect(edited.figure.value).toBe(330);
    expect(edited.seedValue).toBe(320);
    expect(await valueOf(store, WIJDEMEREN)).toBe(330);
    const reverted = await store.dataset.revertFigure(WIJDEMEREN);
    expect(reverted.figure.value).toBe(320);
    expect(reverted.edit).toBeNull();
    await expect(store.dataset.editFigure('bestaat.niet', 1, '')).rejects.toThrow(StoreError);
  });

  it('keeps analyst edits when a newer seed is loaded', async () => {
    const path = join(tempDir(), 's.sqlite');
    const seed = readSeed();
    const first = await openStore(path, { seed });
    await first.dataset.editFigure('bouwprogramma.totaal:GM0402:2022-2030', 3300, 'test');
    await first.close();
    const changed = structuredClone(seed);
    const fig = changed.dataset.figures.find((f) => f.id === 'realisatie.opleveringen:GM0402:2022-2023');
    if (fig) fig.value = 366;
    const second = await open(path, { seed: changed });
    const views = await second.dataset.figureViews();
    expect(views.find((v) => v.figure.id === 'bouwprogramma.totaal:GM0402:2022-2030')?.figure.value).toBe(3300);
    expect(views.find((v) => v.figure.id === 'realisatie.opleveringen:GM0402:2022-2023')?.figure.value).toBe(366);
  });
});

describe('store: the dataset is read once per write', () => {
  it('gives the same dataset object until something writes, then a new one with the change', async () => {
    const store = await open();
    const a = await store.dataset.dataset();
    expect(await store.dataset.dataset()).toBe(a);
    await store.dataset.editFigure(WIJDEMEREN, 330, '');
    const b = await store.dataset.dataset();
    expect(b).not.toBe(a);
    expect(b.figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(330);
    await store.projects.create(project);
    expect((await store.dataset.dataset()).projects).toHaveLength(1);
  });

  it('sees a write by another connection to the same file (the command line beside the app)', async () => {
    const path = join(tempDir(), 'shared.sqlite');
    const app = await open(path);
    const cli = await open(path);
    expect(await valueOf(app, WIJDEMEREN)).toBe(320);
    await cli.dataset.editFigure(WIJDEMEREN, 330, 'via de opdrachtregel');
    expect(await valueOf(app, WIJDEMEREN)).toBe(330);
  });

  it('hands out a frozen dataset, so no reader can change it for the others', async () => {
    const store = await open();
    const ds = await store.dataset.dataset();
    expect(() => {
      (ds.figures as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('store: transactions', () => {
  it('lands every write of a transaction, or none when it fails', async () => {
    const store = await open();
    await expect(
      store.transaction(async (tx) => {
        await tx.dataset.editFigure(WIJDEMEREN, 330, '');
        await tx.projects.create(project);
        throw new Error('halverwege');
      }),
    ).rejects.toThrow('halverwege');
    expect(await valueOf(store, WIJDEMEREN)).toBe(320);
    expect(await store.projects.list()).toEqual([]);
    expect(await store.history.list()).toEqual([]);
    await store.transaction(async (tx) => {
      await tx.dataset.editFigure(WIJDEMEREN, 330, '');
      await tx.projects.create(project);
    });
    expect(await valueOf(store, WIJDEMEREN)).toBe(330);
    expect(await store.projects.list()).toHaveLength(1);
  });

  it('other callers wait for an open transaction instead of landing inside it', async () => {
    const store = await open();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tx = store.transaction(async (t) => {
      await t.dataset.editFigure(WIJDEMEREN, 330, '');
      await gate;
      throw new Error('teruggedraaid');
    });
    const outside = store.scenarios.create({ name: 'Buiten de transactie', params: {} });
    const read = valueOf(store, WIJDEMEREN);
    release();
    await expect(tx).rejects.toThrow('teruggedraaid');
    // The create ran after the rollback, so it stayed; the read never saw the uncommitted 330.
    expect((await outside).name).toBe('Buiten de transactie');
    expect(await read).toBe(320);
  });

  it('refuses the store itself inside its own transaction (that would wait forever)', async () => {
    const store = await open();
    await expect(store.transaction(async () => store.scenarios.list())).rejects.toThrow(/via tx/);
  });
});

describe('store: scenarios', () => {
  it('keeps every version and can restore an earlier one', async () => {
    const store = await open();
    const a = await store.scenarios.create({ name: 'Hoog tempo', params: { programme: { paceMultiplier: 1.5 } } });
    expect(a.id).toBe('hoog-tempo');
    await store.scenarios.save(a.id, { params: { programme: { paceMultiplier: 2 } } });
    await store.scenarios.save(a.id, { name: 'Heel hoog tempo' });
    expect((await store.scenarios.versions(a.id)).map((v) => v.version)).toEqual([1, 2, 3]);
    const restored = await store.scenarios.restoreVersion(a.id, 1);
    expect(restored.version).toBe(4);
    expect(restored.name).toBe('Hoog tempo');
    expect(restored.params.programme.paceMultiplier).toBe(1.5);
  });

  it('refuses duplicate names and changes to built-ins; delete can be undone', async () => {
    const store = await open();
    await store.scenarios.create({ name: 'Variant', params: {} });
    await expect(store.scenarios.create({ name: 'variant', params: {} })).rejects.toThrow(/al een scenario/);
    await expect(store.scenarios.save('basis', { name: 'x' })).rejects.toThrow(/ingebouwd/);
    await expect(store.scenarios.delete('basis')).rejects.toThrow(/ingebouwd/);
    await store.scenarios.delete('variant');
    expect(await store.scenarios.find('variant')).toBeNull();
    expect((await store.scenarios.undelete('variant')).deletedAt).toBeNull();
  });

  it('refuses invalid parameters without writing', async () => {
    const store = await open();
    const before = (await store.scenarios.list({ includeDeleted: true })).length;
    await expect(store.scenarios.create({ name: 'Fout', params: { programme: { paceMultiplier: 9 } } })).rejects.toThrow();
    expect((await store.scenarios.list({ includeDeleted: true })).length).toBe(before);
  });
});

describe('store: history of the dataset', () => {
  it('records an edit with old and new value and source; revert and undo are recorded too', async () => {
    const s = await open();
    await s.dataset.editFigure(WIJDEMEREN, 330, '66 % van 500');
    const [edit] = await s.history.list();
    expect(edit).toMatchObject({ action: 'edit', target: 'figure', targetId: WIJDEMEREN, oldValue: 320, newValue: 330, source: 'analist', label: expect.stringContaining('Wijdemeren') as unknown });
    await s.dataset.revertFigure(WIJDEMEREN);
    expect((await s.history.list())[0]).toMatchObject({ action: 'revert', oldValue: 330, newValue: 320 });
    // Undo the revert: back to 330.
    await s.history.revertChange((await s.history.list())[0]!.id);
    expect(await valueOf(s, WIJDEMEREN)).toBe(330);
    expect((await s.history.list())[0]).toMatchObject({ action: 'undo', oldValue: 320, newValue: 330 });
  });

  it('says what each change is about, for wording in either language; the recorded label stays the Dutch wording', async () => {
    const s = await open();
    await s.dataset.editFigure(WIJDEMEREN, 330, '');
    const p = await s.projects.create(project);
    await s.projects.delete(p.id);
    const [deleted, added, edit] = await s.history.list();
    expect(edit).toMatchObject({
      label: 'Bouwprogramma 2022–2030, laag en midden · Wijdemeren · 2022–2030',
      subject: { code: 'figure', params: { series: 'Bouwprogramma 2022–2030, laag en midden', seriesEn: 'Build programme 2022–2030, affordable', gemeente: 'Wijdemeren', from: 2022, to: 2030 } },
    });
    expect(changeLabel('en-GB', edit!)).toBe('Build programme 2022–2030, affordable · Wijdemeren · 2022–2030');
    for (const c of [added!, deleted!]) {
      expect(c).toMatchObject({ label: 'Project De Kolonie (2027)', subject: { code: 'project', params: { name: 'De Kolonie', year: 2027 } } });
      expect(changeLabel('en-GB', c)).toBe('Project De Kolonie (completion 2027)');
    }
    expect(changeSource('en-GB', edit!.source)).toBe('analyst');
  });

  it('refuses to revert a change that was changed again later, and leaves everything as it was', async () => {
    const s = await open();
    await s.dataset.editFigure(WIJDEMEREN, 330, '');
    const first = (await s.history.list())[0]!.id;
    await s.dataset.editFigure(WIJDEMEREN, 340, '');
    await expect(s.history.revertChange(first)).rejects.toThrow(StoreError);
    expect(await valueOf(s, WIJDEMEREN)).toBe(340);
    expect(await s.history.list()).toHaveLength(2);
  });

  it('projects: add, update, delete are recorded and each can be reverted', async () => {
    const s = await open();
    const p = await s.projects.create(project);
    await s.projects.update(p.id, { ...project, homes: { total: 150, nultreden: 40 } });
    await s.projects.delete(p.id);
    expect(await s.projects.list()).toEqual([]);
    expect((await s.history.list()).map((c) => c.action)).toEqual(['delete', 'update', 'add']);
    await s.history.revertChange((await s.history.list())[0]!.id); // undelete
    expect((await s.projects.list()).map((x) => x.homes.total)).toEqual([150]);
    await s.history.revertChange((await s.history.list()).find((c) => c.action === 'update')!.id);
    expect((await s.projects.list())[0]?.homes.total).toBe(120);
    expect((await s.dataset.dataset()).projects).toHaveLength(1);
  });

  it('an invalid project is refused in Dutch and nothing is stored', async () => {
    const s = await open();
    await expect(s.projects.create({ ...project, homes: { total: 10, nultreden: 40 } })).rejects.toThrow(/meer woningen \(40\) dan het project in totaal heeft \(10\)/);
    await expect(s.projects.create({ ...project, gemeente: 'GM9999' })).rejects.toThrow(/Onbekende gemeente/);
    expect(await s.projects.list()).toEqual([]);
    expect(await s.history.list()).toEqual([]);
  });

  it('reverting a whole import restores every figure and removes the figures it added', async () => {
    const s = await open();
    const importId = await s.transaction(async (tx) => {
      const id = await tx.history.startImport({ kind: 'realisation', fileName: 'realisatie-2024.csv', peildatum: '2025-03-01', rowCount: 1 });
      await tx.dataset.addFigure(
        { id: 'realisatie.opleveringen:GM0402:2024', series: 'realisatie.opleveringen', gemeente: 'GM0402', value: 250, periodFrom: 2024, periodTo: 2024, peildatum: '2025-03-01', source: { document: 'analist', place: 'Import realisatie-2024.csv' } },
        { source: 'realisatie-2024.csv', importId: id },
      );
      await tx.dataset.editFigure(WIJDEMEREN, 330, '', { source: 'realisatie-2024.csv', importId: id });
      return id;
    });
    expect((await s.dataset.dataset()).figures.some((f) => f.id === 'realisatie.opleveringen:GM0402:2024')).toBe(true);
    expect(await s.history.revertImport(importId)).toBe(2);
    const after = await s.dataset.dataset();
    expect(after.figures.some((f) => f.id === 'realisatie.opleveringen:GM0402:2024')).toBe(false);
    expect(after.figures.find((f) => f.id === WIJDEMEREN)?.value).toBe(320);
    expect((await s.history.getImport(importId))?.revertedAt).not.toBeNull();
    await expect(s.history.revertImport(importId)).rejects.toThrow(/al teruggedraaid/);
  });
});
