// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import { unwrap } from '../api/client';
import { useDraft, useLocale, useParams } from '../state/AppState';
import { useRenderWithStore } from '../test/renderWithStore';
import { AssumptionEditor } from './AssumptionEditor';
import { saveProblemText } from './settingRefusal';

const renderWithStore = useRenderWithStore();

const PACE = 'programme.paceMultiplier';

/**
 * The draft's save state and the save-state line's text, and an edit that reaches the draft
 * without the editor's own checks: what a window whose rules are older than the Node side's
 * sends. The store then refuses it for real, through the API.
 */
let sendUnchecked: ((path: string, change: (p: ScenarioParams) => unknown) => void) | null = null;
function Probe() {
  const params = useParams();
  const edit = useDraft((s) => s.edit);
  const state = useDraft((s) => s.saveState);
  const line = saveProblemText(
    useDraft((s) => s.saveError),
    useDraft((s) => s.saveRefusal),
    useLocale(),
  );
  sendUnchecked = (path, change) => edit(path, change(params) as ScenarioParams);
  return (
    <>
      <span data-testid="state">{state}</span>
      <span data-testid="line">{line ?? ''}</span>
    </>
  );
}

async function renderEditor(locale: 'nl-NL' | 'en-GB') {
  const ui = (
    <>
      <Probe />
      <AssumptionEditor readOnly={false} />
    </>
  );
  return renderWithStore(ui, { locale, prepare: async (api) => (await unwrap(api['scenarios.create']({ name: 'Eigen', params: {} }))).id });
}

const input = (testId: string) => screen.getByTestId<HTMLInputElement>(testId);
/** The message an input is described by, as a screen reader reads it with the field. */
const describedBy = (el: HTMLElement): HTMLElement | null => {
  const id = el.getAttribute('aria-describedby');
  return id === null ? null : document.getElementById(id);
};

describe('a value the store refuses shows at its setting', () => {
  it('at the input, in words, with a short save-state line; the value stays, and a new one is saved', async () => {
    const { store } = await renderEditor('nl-NL');
    const id = (await store.scenarios.list()).find((s) => s.name === 'Eigen')?.id ?? '';
    act(() => sendUnchecked?.(PACE, (p) => ({ ...p, programme: { ...p.programme, paceMultiplier: 7 } })));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('error'), { timeout: 3000 });

    const field = input(`param-${PACE}`);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = describedBy(field)?.textContent ?? '';
    expect(message).toBe('Tempofactor (trend): de waarde mag hoogstens 5 zijn.');
    expect(message).not.toMatch(/params|scenarios\.save|programme/);
    expect(screen.getByTestId('line').textContent).toBe('Tempofactor (trend) is niet opgeslagen; de reden staat bij de instelling.');
    // What was sent stays in the field and in the draft (it can be undone or changed); the store kept version 1.
    expect(field.value).toBe('7');
    expect((await store.scenarios.require(id)).version).toBe(1);

    fireEvent.change(field, { target: { value: '2,5' } });
    expect(field.getAttribute('aria-invalid')).toBe('false');
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('saved'), { timeout: 3000 });
    expect(screen.getByTestId('line').textContent).toBe('');
    expect((await store.scenarios.require(id)).params.programme.paceMultiplier).toBe(2.5);
  });

  it('at a gemeente’s cell, the per-gemeente table opened; marked Dutch in the English window', async () => {
    const { store } = await renderEditor('en-GB');
    const perGemeente = `${PACE}ByGemeente.GM0402`;
    act(() => sendUnchecked?.(perGemeente, (p) => ({ ...p, programme: { ...p.programme, paceMultiplierByGemeente: { GM0402: 9 } } })));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('error'), { timeout: 3000 });
    const cell = input(`param-${perGemeente}`);
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    const message = describedBy(cell);
    expect(message?.textContent).toBe('Tempofactor (trend): de waarde mag hoogstens 5 zijn.');
    expect(message?.getAttribute('lang')).toBe('nl');
    expect(cell.closest('details')?.open).toBe(true);
    expect(input(`param-${PACE}`).getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByTestId('line').textContent).toBe('Pace multiplier (trend) was not saved; the reason is shown at the setting.');
    expect((await store.scenarios.list()).find((s) => s.name === 'Eigen')?.version).toBe(1);
  });
});
