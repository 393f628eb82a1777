// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { defaultParams } from '../../../shared/scenario/schema';
import { unwrap } from '../api/client';
import { useOpenScenario } from '../state/AppState';
import { renderInApp, useRenderWithStore } from '../test/renderWithStore';
import { ScenarioList } from './ScenarioList';

const renderWithStore = useRenderWithStore();

function OpenId() {
  return <span data-testid="open-id">{useOpenScenario().id}</span>;
}

const list = (
  <>
    <OpenId />
    <ScenarioList />
  </>
);

const renderList = () => renderWithStore(list);

/** The message an input is described by, as a screen reader reads it with the field. */
function describedBy(input: HTMLElement): string {
  const id = input.getAttribute('aria-describedby');
  if (id === null) return '';
  return document.getElementById(id)?.textContent ?? '';
}

describe('scenario list: names at the field, copies named before they are made', () => {
  it('a copy of Basis saved as "Versneld Hilversum" gets its id from that name and opens', async () => {
    await renderList();
    fireEvent.click(screen.getByTestId('clone-basis'));
    const field = screen.getByTestId<HTMLInputElement>('copy-name');
    expect(field.value).toBe('Kopie van Basis: trend 2022–2023');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Versneld Hilversum' } });
    fireEvent.click(screen.getByTestId('copy-confirm'));
    await waitFor(() => expect(screen.getByTestId('open-id').textContent).toBe('versneld-hilversum'));
    expect(screen.getByTestId('open-versneld-hilversum').textContent).toBe('Versneld Hilversum');
    expect(screen.queryByTestId('copy-name')).toBeNull();
  });

  it('a name another scenario has (in any case) is refused at the new-scenario field, naming that scenario as written', async () => {
    const { api } = await renderList();
    const field = screen.getByTestId('new-scenario-name');
    fireEvent.change(field, { target: { value: 'basis: TREND 2022–2023' } });
    fireEvent.click(screen.getByTestId('create-scenario'));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(field)).toBe('Er is al een scenario met de naam ‘Basis: trend 2022–2023’. Kies een andere naam.');
    expect(await unwrap(api['scenarios.list']({}))).toHaveLength(4);
  });

  it('Esc closes the copy form without making a copy; focus back on its button', async () => {
    const { api } = await renderList();
    fireEvent.click(screen.getByTestId('clone-basis'));
    fireEvent.keyDown(screen.getByTestId('copy-name'), { key: 'Escape' });
    expect(screen.queryByTestId('copy-name')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('clone-basis')));
    expect((await unwrap(api['scenarios.list']({}))).some((s) => s.name.startsWith('Kopie'))).toBe(false);
  });

  it('an empty name is refused at the rename field, in a Dutch sentence, not above the list', async () => {
    const { api } = await renderList();
    const own = await unwrap(api['scenarios.create']({ name: 'Eigen', params: defaultParams() }));
    cleanup();
    await renderListAgain(api);
    fireEvent.click(screen.getByTestId(`rename-${own.id}`));
    const field = screen.getByTestId('rename-input');
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.submit(field);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(field)).toBe('Geef het scenario een naam.');
    expect(document.querySelector('.scenario-list p.error')).toBeNull();
  });

  it("the store's refusal (a name taken elsewhere since the list was read) shows at the field, without the call's name", async () => {
    const { api, store } = await renderList();
    const own = await unwrap(api['scenarios.create']({ name: 'Eigen', params: defaultParams() }));
    cleanup();
    await renderListAgain(api);
    // Another window or the command line takes the name after this window read the list.
    await store.scenarios.create({ name: 'Versneld Hilversum', params: defaultParams() });
    fireEvent.click(screen.getByTestId(`rename-${own.id}`));
    const field = screen.getByTestId('rename-input');
    fireEvent.change(field, { target: { value: 'Versneld Hilversum' } });
    fireEvent.submit(field);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const message = describedBy(field);
    expect(message).toBe('Er is al een scenario met de naam ‘Versneld Hilversum’. Kies een andere naam.');
    expect(document.body.textContent).not.toMatch(/scenarios\.save|Ongeldige invoer/);
    // Typing on and saving a free name clears it.
    fireEvent.change(field, { target: { value: 'Versneld Hilversum 2' } });
    fireEvent.submit(field);
    await waitFor(() => expect(screen.getByTestId(`open-${own.id}`).textContent).toBe('Versneld Hilversum 2'));
  });
});

async function renderListAgain(api: Api): Promise<void> {
  await renderInApp(api, list);
}
