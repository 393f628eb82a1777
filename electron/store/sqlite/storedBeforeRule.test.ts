import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/files';
import { openStore, type Store } from '../store';
import { createDispatch, type Dispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';

/**
 * A scenario saved before the rule "new-build shares at most 100 %" existed must not make the
 * app unusable: it is listed, opened and run; what would write it again as it is (a clone, a
 * restore) is refused with the reason; fixing the shares saves.
 */
const tempDir = useTempDir();
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

const open = async (path: string): Promise<Dispatch> => {
  store = await openStore(path);
  return createDispatch(createHandlers(store), () => undefined);
};

describe('a stored scenario that breaks the new-build share rule', () => {
  it('opens and runs, refuses to be copied as it is, and saves once fixed', async () => {
    const path = join(tempDir(), 'old.sqlite');
    let dispatch = await open(path);
    const created = await dispatch('scenarios.create', { name: 'Oud', params: { elderly: { newBuildShare: { geclusterd: 0.8 } } } });
    expect(created.ok).toBe(true);
    await store?.close();
    store = null;
    // As an older version of the app could have saved it.
    const raw = new Database(path);
    raw.prepare("UPDATE scenario_version SET params = ? WHERE scenario_id = 'oud'").run(JSON.stringify({ elderly: { newBuildShare: { geclusterd: 0.8, zorggeschikt: 0.3 } } }));
    raw.close();

    dispatch = await open(path);
    const list = await dispatch('scenarios.list', {});
    expect(list.ok).toBe(true);
    expect(list.ok && (list.value as { id: string }[]).map((s) => s.id)).toContain('oud');
    expect((await dispatch('run.scenario', { id: 'oud' })).ok).toBe(true);
    // A new name only keeps the parameters as they are: allowed, it makes nothing worse.
    expect((await dispatch('scenarios.save', { id: 'oud', name: 'Oud (hernoemd)' })).ok).toBe(true);

    const clone = await dispatch('scenarios.clone', { id: 'oud', name: 'Kopie' });
    expect(clone).toEqual({ ok: false, error: { code: 'invalidInput', message: expect.stringContaining('tellen op tot 110 % (geclusterd 80 % + zorggeschikt 30 %)') as unknown } });
    const restore = await dispatch('scenarios.restoreVersion', { id: 'oud', version: 2 });
    expect(restore.ok ? null : restore.error.code).toBe('invalidInput');

    const fixed = await dispatch('scenarios.save', { id: 'oud', params: { elderly: { newBuildShare: { geclusterd: 0.7, zorggeschikt: 0.3 } } } });
    expect(fixed.ok).toBe(true);
  });

  it('the built-in scenarios of seeds/scenarios.json all keep to the rule', async () => {
    const dispatch = await open(join(tempDir(), 'seed.sqlite'));
    const { ScenarioParams } = await import('../../../shared/scenario/schema');
    const list = await dispatch('scenarios.list', {});
    const builtin = list.ok ? (list.value as { builtin: boolean; params: unknown }[]).filter((s) => s.builtin) : [];
    expect(builtin.length).toBeGreaterThanOrEqual(3);
    for (const s of builtin) expect(ScenarioParams.safeParse(s.params).success).toBe(true);
  });
});
