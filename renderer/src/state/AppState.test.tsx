// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { unwrap } from '../api/client';
import { useDraft, useLocale, useOpenAction, useParams, useResult, useScenarios, useUndo } from './AppState';
import { readBackup } from './draftBackup';
import type { Store } from '../../../electron/store/store';
import { useRenderWithStore } from '../test/renderWithStore';
import { setParamAt } from '../../../shared/scenario/editParams';
import type { ScenarioParams } from '../../../shared/scenario/schema';

const renderWithStore = useRenderWithStore();
let store: Store | null = null;
afterEach(() => {
  store = null;
});

const renders = { locale: 0, params: 0, result: 0 };
let actions: { edit: (field: string, params: ScenarioParams) => void; undo: () => void; open: (id: string) => void; reload: () => Promise<void>; params: ScenarioParams } | null = null;

/** Shows the language: must not re-render on a keystroke. */
function LocaleView() {
  renders.locale++;
  return <span>{useLocale()}</span>;
}
/** Shows the draft's parameters: re-renders on a keystroke. */
function ParamsView() {
  renders.params++;
  const params = useParams();
  actions = { edit: useDraft((s) => s.edit), undo: useDraft((s) => s.undo), open: useOpenAction(), reload: useDraft((s) => s.reload), params };
  return <span data-testid="multiplier">{params.programme.paceMultiplier}</span>;
}
function ResultView() {
  renders.result++;
  const gap = useResult().region.programme?.gap2030 ?? 0;
  return <span data-testid="gap">{gap.toFixed(2)}</span>;
}
function SaveStateView() {
  const state = useDraft((s) => s.saveState);
  const conflict = useDraft((s) => s.conflict);
  const error = useDraft((s) => s.saveError);
  const canUndo = useUndo((s) => s.canUndo);
  const names = useScenarios().map((s) => `${s.id}:${s.version}`);
  return (
    <>
      <span data-testid="save">{`${state}|${canUndo ? 'undo' : '-'}|${names.join(',')}`}</span>
      <span data-testid="save-error">{conflict ? `conflict: ${error ?? ''}` : (error ?? '')}</span>
    </>
  );
}

async function renderApp(): Promise<void> {
  const ui = (
    <>
      <LocaleView />
      <ParamsView />
      <ResultView />
      <SaveStateView />
    </>
  );
  ({ store } = await renderWithStore(ui, { fileName: 'state.sqlite', prepare: async (api) => (await unwrap(api['scenarios.create']({ name: 'Eigen', params: {} }))).id }));
}

const multiplier = (m: number) => {
  if (!actions) throw new Error('not rendered');
  const r = setParamAt(actions.params, 'programme.paceMultiplier', m);
  if (!r.ok) throw new Error(r.message);
  return r.params;
};

describe('window state', () => {
  it('a keystroke re-renders what shows the draft and its result, not the rest', async () => {
    await renderApp();
    const before = { ...renders };
    act(() => actions?.edit('programme.paceMultiplier', multiplier(1.5)));
    expect(screen.getByTestId('multiplier').textContent).toBe('1.5');
    // Hilversum alone: 1 557,5 at the current pace; the region at 1,5 × its pace (MODEL §5.1).
    expect(Number(screen.getByTestId('gap').textContent)).toBeLessThan(5139.6);
    expect(renders.params).toBeGreaterThan(before.params);
    expect(renders.result).toBeGreaterThan(before.result);
    expect(renders.locale).toBe(before.locale);
    // Let the save land before the store closes.
    await waitFor(() => {
      expect(screen.getByTestId('save').textContent).toMatch(/^saved/);
    });
  });

  it('an edit goes to the backup at once and to the store shortly after; undo is a change too', async () => {
    await renderApp();
    act(() => actions?.edit('programme.paceMultiplier', multiplier(2)));
    expect(screen.getByTestId('save').textContent).toMatch(/^pending\|undo\|/);
    expect(readBackup('eigen')?.params.programme.paceMultiplier).toBe(2);
    await waitFor(() => {
      expect(screen.getByTestId('save').textContent).toMatch(/^saved\|undo\|.*eigen:2/);
    });
    expect(readBackup('eigen')).toBeNull();
    expect((await store?.scenarios.require('eigen'))?.params.programme.paceMultiplier).toBe(2);
    act(() => actions?.undo());
    await waitFor(() => {
      expect(screen.getByTestId('save').textContent).toMatch(/^saved\|-\|.*eigen:3/);
    });
    expect((await store?.scenarios.require('eigen'))?.params.programme.paceMultiplier).toBe(1);
  });

  it('a save based on a version saved elsewhere meanwhile is refused, the draft kept; reloading shows that version and Ctrl+Z brings the draft back', async () => {
    await renderApp();
    // Another writer (the browser version, the command line) saves version 2 of the open scenario.
    await store?.scenarios.save('eigen', { params: { programme: { paceMultiplier: 4 } } });
    act(() => actions?.edit('programme.paceMultiplier', multiplier(2)));
    await waitFor(() => {
      expect(screen.getByTestId('save').textContent).toMatch(/^error\|/);
    });
    expect(screen.getByTestId('save-error').textContent).toMatch(/^conflict: Scenario "Eigen" is intussen elders opgeslagen \(versie 2\).*bewaard als concept/);
    // Nothing written over version 2; the draft stays on screen and in the window's backup.
    expect((await store?.scenarios.require('eigen'))?.version).toBe(2);
    expect((await store?.scenarios.require('eigen'))?.params.programme.paceMultiplier).toBe(4);
    expect(screen.getByTestId('multiplier').textContent).toBe('2');
    expect(readBackup('eigen')?.params.programme.paceMultiplier).toBe(2);
    await act(async () => {
      await actions?.reload();
    });
    expect(screen.getByTestId('multiplier').textContent).toBe('4');
    expect(screen.getByTestId('save').textContent).toMatch(/^saved\|undo\|.*eigen:2/);
    // Undo brings the draft back and saves it, now on version 2.
    act(() => actions?.undo());
    expect(screen.getByTestId('multiplier').textContent).toBe('2');
    await waitFor(() => {
      expect(screen.getByTestId('save').textContent).toMatch(/^saved\|.*eigen:3/);
    });
    expect((await store?.scenarios.versions('eigen'))?.map((v) => v.version)).toEqual([1, 2, 3]);
    expect((await store?.scenarios.require('eigen'))?.params.programme.paceMultiplier).toBe(2);
  });

  it('opening another scenario saves the pending edit first and starts a fresh history', async () => {
    await renderApp();
    act(() => actions?.edit('programme.paceMultiplier', multiplier(3)));
    await act(async () => {
      actions?.open('basis');
      await new Promise((r) => setTimeout(r, 50));
    });
    expect((await store?.scenarios.require('eigen'))?.params.programme.paceMultiplier).toBe(3);
    expect(screen.getByTestId('multiplier').textContent).toBe('1');
    expect(screen.getByTestId('save').textContent).toMatch(/^saved\|-\|/);
  });
});
