import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/files';
import { openStore, type Store } from '../store';
import { createDispatch, type Dispatch } from '../../api/dispatch';
import { createHandlers } from '../../api/handlers';

/**
 * A scenario's id is made from the name it is first saved with and stays stable after that; what
 * a reader sees (export file names, the store's messages) names it by its current name, so a copy
 * renamed after it was made never shows "kopie-van-…".
 */
const tempDir = useTempDir();
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

const open = async (path = join(tempDir(), 'ids.sqlite')): Promise<Dispatch> => {
  store = await openStore(path);
  return createDispatch(createHandlers(store), () => undefined);
};

type Named = { id: string; name: string };
const value = (answer: { ok: true; value: unknown } | { ok: false; error: { message: string } }): unknown => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

describe('scenario ids and the names a reader sees', () => {
  it('gives a copy saved as "Versneld Hilversum" an id made from that name, in the real SQLite file', async () => {
    const path = join(tempDir(), 'ids.sqlite');
    const dispatch = await open(path);
    const copy = value(await dispatch('scenarios.clone', { id: 'basis', name: 'Versneld Hilversum' })) as Named;
    expect(copy.id).toBe('versneld-hilversum');
    // A second one with a name that slugs the same gets a free id, not the first one's.
    const other = value(await dispatch('scenarios.create', { name: 'Versneld  Hilversum!', params: {} })) as Named;
    expect(other.id).toBe('versneld-hilversum-2');
    await store?.close();
    store = null;
    const reopened = await open(path);
    expect((value(await reopened('scenarios.list', {})) as Named[]).map((s) => s.id)).toEqual(expect.arrayContaining(['versneld-hilversum', 'versneld-hilversum-2']));
  });

  it('names the export file and the refusals after the current name, not the id of the first name', async () => {
    const dispatch = await open();
    const copy = value(await dispatch('scenarios.clone', { id: 'basis', name: 'Kopie van Basis' })) as Named;
    expect(copy.id).toBe('kopie-van-basis');
    value(await dispatch('scenarios.save', { id: copy.id, name: 'Versneld Hilversum' }));
    const file = value(await dispatch('export.document', { format: 'csv', scenarioIds: ['basis', copy.id] })) as { fileName: string };
    expect(file.fileName).toMatch(/^woonzorgverkenner-basis-vs-versneld-hilversum-\d{4}-\d{2}-\d{2}\.csv$/);

    const clash = await dispatch('scenarios.create', { name: 'versneld hilversum', params: {} });
    expect(clash.ok).toBe(false);
    const message = clash.ok ? '' : clash.error.message;
    expect(message).toContain('Versneld Hilversum');
    expect(message).not.toContain('kopie');
    // Shown at the name field (shared/api/errors.ts), and so is an empty name, without the call's name.
    expect(clash.ok ? null : clash.error.field).toBe('name');
    const empty = await dispatch('scenarios.save', { id: copy.id, name: '  ' });
    expect(empty).toEqual({ ok: false, error: { code: 'invalidInput', message: 'Geef het scenario een naam.', field: 'name' } });
    const missing = await dispatch('scenarios.restoreVersion', { id: copy.id, version: 9 });
    expect(missing.ok ? '' : missing.error.message).toBe('Scenario "Versneld Hilversum" heeft geen versie 9.');
    value(await dispatch('scenarios.delete', { id: copy.id }));
    const deleted = await dispatch('scenarios.get', { id: copy.id });
    expect(deleted.ok ? '' : deleted.error.message).toBe('Scenario "Versneld Hilversum" is verwijderd.');
  });
});
