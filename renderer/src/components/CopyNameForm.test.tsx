// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../api/client';
import { useOpenScenario } from '../state/AppState';
import { useRenderWithStore } from '../test/renderWithStore';
import { BuiltinNotice } from './solidarity/BuiltinNotice';

const renderWithStore = useRenderWithStore();

function OpenId() {
  return <span data-testid="open-id">{useOpenScenario().id}</span>;
}

/** The quick copy of a built-in scenario (here Solidariteit's notice; the scenario editor's is the same CopyAction). */
async function renderNotice() {
  return renderWithStore(
    <>
      <OpenId />
      <BuiltinNotice />
    </>,
    { open: 'basis' },
  );
}

describe('the quick copy of a built-in scenario is named before it is made', () => {
  it('gets its id from the name the analyst gives it, not from "Kopie van …"', async () => {
    const { api } = await renderNotice();
    fireEvent.click(screen.getByTestId('solidarity-copy'));
    const field = screen.getByTestId<HTMLInputElement>('copy-name');
    expect(field.value).toBe('Kopie van Basis: trend 2022–2023');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Versneld Hilversum' } });
    fireEvent.click(screen.getByTestId('copy-confirm'));
    await waitFor(() => expect(screen.getByTestId('open-id').textContent).toBe('versneld-hilversum'));
    const ids = (await unwrap(api['scenarios.list']({}))).map((s) => s.id);
    expect(ids).toContain('versneld-hilversum');
    expect(ids.some((id) => id.startsWith('kopie'))).toBe(false);
  });

  it('refuses a taken name at the field; Esc makes nothing and puts the focus back on the button', async () => {
    const { api, scenarios } = await renderNotice();
    const button = screen.getByTestId('solidarity-copy');
    button.focus();
    fireEvent.click(button);
    const field = screen.getByTestId<HTMLInputElement>('copy-name');
    fireEvent.change(field, { target: { value: 'BASIS: trend 2022–2023' } });
    fireEvent.submit(field);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Er is al een scenario met de naam ‘Basis: trend 2022–2023’. Kies een andere naam.');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByTestId('copy-name')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('solidarity-copy')));
    expect(await unwrap(api['scenarios.list']({}))).toHaveLength(scenarios.length);
    expect(screen.getByTestId('open-id').textContent).toBe('basis');
  });
});
