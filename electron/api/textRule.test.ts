import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

async function api(): Promise<{ dispatch: Dispatch; path: string }> {
  const path = join(tempDir(), 'api.sqlite');
  store = await openStore(path);
  return { dispatch: createDispatch(createHandlers(store), () => undefined), path };
}

type Answer = { ok: boolean; error?: { code: string; message: string } };

/** Issue 14 item 2: the text rule at the API (a typed invalidInput, which the web server answers with 400). */
describe('API: names and notes under the text rule', () => {
  it.each([
    ['scenarios.create', { name: 'Tempo\u0007hoog', params: {} }, /^De naam bevat een onzichtbaar stuurteken \(U\+0007\) op positie 6/],
    ['scenarios.create', { name: 'Goed', description: 'regel 1\nregel 2\uFFFF', params: {} }, /^De beschrijving bevat een teken dat geen tekst is \(U\+FFFF\) op positie 16/],
    ['scenarios.clone', { id: 'basis', name: '\u0000' }, /U\+0000/],
    ['scenarios.save', { id: 'basis', name: 'a\uFDD0' }, /U\+FDD0/],
    [
      'scenarios.create',
      { name: 'Plaatsing', params: { solidarity: { placements: [{ id: 'p1', type: 'keerpuntUnits', units: 1, gemeente: 'GM0402', year: 2027, label: 'Keer\u001bpunt' }] } } },
      /^Het label bevat een onzichtbaar stuurteken \(U\+001B\) op positie 5/,
    ],
    ['projects.create', { project: { name: 'De Horn\u0085', gemeente: 'GM0402', completionYear: 2028, status: 'idee', homes: { total: 10 } } }, /^De naam bevat een onzichtbaar stuurteken \(U\+0085\) op positie 8/],
    ['dataset.editFigure', { figureId: 'bouwprogramma.laagMidden:GM0402:2022-2030', value: 3200, note: 'bron:\uD800' }, /half \(onvolledig\) teken \(U\+D800\) op positie 6/],
  ] as const)('%s refuses %j', async (call, input, message) => {
    const { dispatch, path } = await api();
    const before = fileState(path);
    const answer = (await dispatch(call, input)) as Answer;
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('invalidInput');
    expect(answer.error?.message).toMatch(message);
    expect(fileState(path)).toBe(before);
  });

  it('a multi-line note keeps its tab and line breaks', async () => {
    const { dispatch } = await api();
    const answer = (await dispatch('scenarios.create', { name: 'Met toelichting', description: 'regel 1\r\n\tregel 2', params: {} })) as Answer;
    expect(answer.ok).toBe(true);
  });

  it('an unknown figure in dataOverrides is refused with its id; a known one is taken', async () => {
    const { dispatch } = await api();
    const unknown = (await dispatch('scenarios.create', { name: 'Onbekend cijfer', params: { dataOverrides: { 'bestaat.niet': 5 } } })) as Answer;
    expect(unknown.ok).toBe(false);
    expect(unknown.error?.message).toContain('cijfer "bestaat.niet" bestaat niet in de data');
    const slip = (await dispatch('scenarios.create', { name: 'Verschreven', params: { dataOverrides: { 'bouwprogramma.laagMidden:GM1696:2022-2031': 330 } } })) as Answer;
    expect(slip.error?.message).toContain('bedoelt u "bouwprogramma.laagMidden:GM1696:2022-2030"?');
    const known = (await dispatch('scenarios.create', { name: 'Bekend cijfer', params: { dataOverrides: { 'bouwprogramma.laagMidden:GM1696:2022-2030': 330 } } })) as Answer;
    expect(known.ok).toBe(true);
  });
});
