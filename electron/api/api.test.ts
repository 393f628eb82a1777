import { texts } from '../../shared/i18n/catalogue';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, contract } from '../../shared/api/contract';
import { runScenario } from '../../shared/engine/run';
import { fileState, useTempDir } from '../../test/support/files';
import { openStore, type Store } from '../store/store';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

const tempDir = useTempDir();
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

async function api(): Promise<{ dispatch: Dispatch; store: Store; path: string }> {
  const path = join(tempDir(), 'api.sqlite');
  store = await openStore(path);
  return { dispatch: createDispatch(createHandlers(store), () => undefined), store, path };
}

// The type parameter states the shape the test expects; the value is checked by the assertions.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function ok<T>(answer: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

describe('API contract', () => {
  it('has a handler for every call and every call has input and output schemas', async () => {
    const { store } = await api();
    expect(Object.keys(createHandlers(store)).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      expect(contract[name].input).toBeDefined();
      expect(contract[name].output).toBeDefined();
    }
  });
});

describe('API dispatch over the real store', () => {
  it('runs a stored scenario with the same result as the engine', async () => {
    const { dispatch, store } = await api();
    const result = ok<{ region: { programme: { gap2030: number } } }>(await dispatch('run.scenario', { id: 'basis' }));
    const expected = runScenario(await store.dataset.dataset(), await store.scenarios.require('basis'));
    expect(result).toEqual(expected);
    expect(result.region.programme.gap2030).toBeCloseTo(6910 - (1258 + 629 * 7), 9);
  });

  it('create → save → versions → restore → delete → undelete', async () => {
    const { dispatch } = await api();
    const created = ok<{ id: string; version: number }>(await dispatch('scenarios.create', { name: 'Versneld', params: {} }));
    expect(created.version).toBe(1);
    const saved = ok<{ version: number; params: { programme: { paceMultiplier: number } } }>(
      await dispatch('scenarios.save', { id: created.id, params: { programme: { paceMultiplier: 1.5 } } }),
    );
    expect(saved.version).toBe(2);
    expect(saved.params.programme.paceMultiplier).toBe(1.5);
    expect(ok<unknown[]>(await dispatch('scenarios.versions', { id: created.id }))).toHaveLength(2);
    const restored = ok<{ version: number; params: { programme: { paceMultiplier: number } } }>(await dispatch('scenarios.restoreVersion', { id: created.id, version: 1 }));
    expect(restored.params.programme.paceMultiplier).toBe(1);
    expect(restored.version).toBe(3);
    ok(await dispatch('scenarios.delete', { id: created.id }));
    expect(ok<{ id: string }[]>(await dispatch('scenarios.list', {})).map((s) => s.id)).not.toContain(created.id);
    ok(await dispatch('scenarios.undelete', { id: created.id }));
    expect(ok<{ id: string }[]>(await dispatch('scenarios.list', {})).map((s) => s.id)).toContain(created.id);
  });

  it('clone copies the parameters under a new name', async () => {
    const { dispatch } = await api();
    const copy = ok<{ id: string; builtin: boolean; params: { programme: { paceMode: string } } }>(await dispatch('scenarios.clone', { id: 'programma', name: 'Mijn programma' }));
    expect(copy.builtin).toBe(false);
    expect(copy.params.programme.paceMode).toBe('programme');
  });

  it('editing a figure changes the dataset, the findings and the result; revert restores the seed', async () => {
    const { dispatch } = await api();
    const id = 'bouwprogramma.laagMidden:GM1696:2022-2030';
    const before = ok<{ findings: { id: string }[] }>(await dispatch('dataset.get', {}));
    const edited = ok<{ figures: { figure: { id: string; value: number | null }; seedValue: number | null; edit: unknown }[]; findings: { id: string }[] }>(
      await dispatch('dataset.editFigure', { figureId: id, value: 330, note: 'gecorrigeerd naar 66 %' }),
    );
    const view = edited.figures.find((f) => f.figure.id === id);
    expect(view).toMatchObject({ figure: { value: 330 }, seedValue: 320, edit: { value: 330, note: 'gecorrigeerd naar 66 %' } });
    // The ratio finding for Wijdemeren disappears once the row is 66 % of 500.
    expect(edited.findings.length).toBeLessThan(before.findings.length);
    const run = ok<{ gemeenten: { code: string; affordable: { target: number } | null }[] }>(await dispatch('run.scenario', { id: 'basis' }));
    expect(run.gemeenten.find((g) => g.code === 'GM1696')?.affordable?.target).toBe(330);
    const reverted = ok<{ figures: { figure: { id: string; value: number | null }; edit: unknown }[] }>(await dispatch('dataset.revertFigure', { figureId: id }));
    expect(reverted.figures.find((f) => f.figure.id === id)).toMatchObject({ figure: { value: 320 }, edit: null });
  });
});

describe('API refusals: Dutch messages as data, store unchanged', () => {
  it('unknown call, invalid payload, out of range, unknown id, built-in scenario', async () => {
    const first = await api();
    await first.store.close();
    store = null;
    const before = fileState(first.path);
    const path = first.path;
    store = await openStore(path);
    const dispatch = createDispatch(createHandlers(store), () => undefined);
    const cases: [string, unknown, string, RegExp][] = [
      ['scenarios.drop', {}, 'invalidInput', /Onbekende opdracht/],
      ['scenarios.save', { id: 'basis', params: { programme: { paceMultiplier: 9 } } }, 'invalidInput', /te groot|hoogstens/],
      ['scenarios.save', 'geen object', 'invalidInput', /^Dit is niet uitgevoerd: een van de gegevens is niet geldig/],
      ['scenarios.create', { name: '   ', params: {} }, 'invalidInput', /naam/],
      ['scenarios.get', { id: 'bestaat-niet' }, 'notFound', /bestaat niet/],
      ['scenarios.save', { id: 'basis', params: {} }, 'readOnly', /ingebouwd/],
      ['scenarios.delete', { id: 'basis' }, 'readOnly', /ingebouwd/],
      ['dataset.editFigure', { figureId: 'nee', value: 1 }, 'notFound', /bestaat niet/],
      ['scenarios.create', { name: 'x', params: {}, extra: true }, 'invalidInput', /^Dit is niet uitgevoerd: een van de gegevens is niet geldig/],
    ];
    for (const [name, payload, code, message] of cases) {
      const answer = await dispatch(name, payload);
      expect(answer.ok, name).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code, name).toBe(code);
        expect(answer.error.message, name).toMatch(message);
        // No known call's name reaches a person (issue 13 item 5); an unknown one is quoted as it came.
        if (name !== 'scenarios.drop') expect(answer.error.message, name).not.toContain(name);
      }
    }
    await store.close();
    store = null;
    expect(fileState(path)).toBe(before);
  });

  it('a duplicate name is a conflict', async () => {
    const { dispatch } = await api();
    ok(await dispatch('scenarios.create', { name: 'Dubbel', params: {} }));
    const again = await dispatch('scenarios.create', { name: 'dubbel', params: {} });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('an exception inside a handler becomes an internal error value, never a throw, and its words go to the log only', async () => {
    const handlers = { 'scenarios.list': () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } } as unknown as Parameters<typeof createDispatch>[0];
    const logged: unknown[] = [];
    const answer = await createDispatch(handlers, (e) => logged.push(e))('scenarios.list', {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: texts('nl-NL').faults.unexpectedApi('scenarios.list') } });
    expect(logged).toHaveLength(1);
  });

  it('a fault of the machine that reaches the dispatcher unworded is worded there: 503, Dutch, nothing logged', async () => {
    const readOnly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    const handlers = { 'scenarios.list': () => { throw readOnly; } } as unknown as Parameters<typeof createDispatch>[0];
    const logged: unknown[] = [];
    const answer = await createDispatch(handlers, (e) => logged.push(e))('scenarios.list', {});
    expect(answer).toEqual({ ok: false, error: { code: 'storeUnavailable', message: texts('nl-NL').faults.readOnly(null) } });
    expect(logged).toEqual([]);
  });
});
