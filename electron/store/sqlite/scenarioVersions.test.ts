import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';
import { useTempDir } from '../../../test/support/files';
import { StoreError } from '../errors';
import { openStore, type Store } from '../store';

const tempDir = useTempDir();
const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
async function open(path: string): Promise<Store> {
  const store = await openStore(path);
  opened.push(store);
  return store;
}

describe('scenario saves: optimistic concurrency', () => {
  it('refuses a save based on a version that was saved again elsewhere, and keeps that version', async () => {
    const path = join(tempDir(), 'versions.sqlite');
    const here = await open(path);
    const there = await open(path);
    const s = await here.scenarios.create({ name: 'Gedeeld', params: {} });
    await there.scenarios.save(s.id, { params: { programme: { paceMultiplier: 2 } }, baseVersion: 1 });
    const refused = await here.scenarios.save(s.id, { params: { programme: { paceMultiplier: 3 } }, baseVersion: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).code).toBe('staleVersion');
    expect((refused as StoreError).message).toBe('Scenario "Gedeeld" is intussen elders opgeslagen (versie 2); uw wijzigingen zijn niet over die versie heen geschreven. Laad het opnieuw; uw wijzigingen blijven bewaard als concept.');
    const current = await here.scenarios.require(s.id);
    expect(current.version).toBe(2);
    expect(current.params.programme.paceMultiplier).toBe(2);
    // Based on the newest version, it lands.
    expect((await here.scenarios.save(s.id, { params: { programme: { paceMultiplier: 3 } }, baseVersion: 2 })).version).toBe(3);
  });

  it('answers the API with a typed conflict (HTTP 409), and takes a save without a base version as before', async () => {
    const store = await open(join(tempDir(), 'api.sqlite'));
    const dispatch = createDispatch(createHandlers(store), () => undefined);
    const created = await store.scenarios.create({ name: 'Via de API', params: {} });
    expect((await dispatch('scenarios.save', { id: created.id, params: { programme: { paceMultiplier: 2 } }, baseVersion: 1 })).ok).toBe(true);
    const stale = await dispatch('scenarios.save', { id: created.id, params: { programme: { paceMultiplier: 4 } }, baseVersion: 1 });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/versie 2\).*Laad het opnieuw/) as unknown } });
    expect((await dispatch('scenarios.save', { id: created.id, name: 'Hernoemd' })).ok).toBe(true);
    expect((await store.scenarios.require(created.id)).version).toBe(3);
  });
});

describe('scenario saves: nothing changed, no version', () => {
  it('keeps the history as it is when name, description and settings equal the current version, in the real SQLite file', async () => {
    const path = join(tempDir(), 'unchanged.sqlite');
    const store = await open(path);
    const s = await store.scenarios.create({ name: 'Ongewijzigd', params: { programme: { paceMultiplier: 1.5 } } });
    const same = await store.scenarios.save(s.id, { name: 'Ongewijzigd', params: { programme: { paceMultiplier: 1.5 } }, baseVersion: 1 });
    expect(same.version).toBe(1);
    // The settings as the window sends them (every default filled in) are the same settings.
    expect((await store.scenarios.save(s.id, { params: s.params, baseVersion: 1 })).version).toBe(1);
    // Restoring the version that is current changes nothing either.
    expect((await store.scenarios.restoreVersion(s.id, 1)).version).toBe(1);

    // An undo after a real change is a change again: it is saved.
    expect((await store.scenarios.save(s.id, { params: { programme: { paceMultiplier: 2 } }, baseVersion: 1 })).version).toBe(2);
    expect((await store.scenarios.save(s.id, { params: s.params, baseVersion: 2 })).version).toBe(3);
    await store.close();
    opened.splice(opened.indexOf(store), 1);
    const reopened = await open(path);
    expect((await reopened.scenarios.versions(s.id)).map((v) => v.params.programme.paceMultiplier)).toEqual([1.5, 2, 1.5]);
  });

  it('answers an unchanged save through the API with the current version, which later saves build on', async () => {
    const store = await open(join(tempDir(), 'unchanged-api.sqlite'));
    const dispatch = createDispatch(createHandlers(store), () => undefined);
    const created = await store.scenarios.create({ name: 'Via het venster', params: {} });
    const answer = await dispatch('scenarios.save', { id: created.id, params: created.params, baseVersion: 1 });
    expect(answer.ok && (answer.value as { version: number }).version).toBe(1);
    expect((await dispatch('scenarios.save', { id: created.id, params: { programme: { paceMultiplier: 2 } }, baseVersion: 1 })).ok).toBe(true);
    expect((await store.scenarios.versions(created.id)).length).toBe(2);
  });
});
