// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { unwrap } from '../api/client';
import { useRenderWithStore } from '../test/renderWithStore';
import { VersionHistory } from './VersionHistory';

const renderWithStore = useRenderWithStore();

/** A scenario with three versions: made, its pace factor raised, renamed. */
async function renderHistory(): Promise<{ api: Api; id: string }> {
  let id = '';
  const { api } = await renderWithStore(<VersionHistory />, {
    prepare: async (api) => {
      id = (await unwrap(api['scenarios.create']({ name: 'Eigen', params: {} }))).id;
      await unwrap(api['scenarios.save']({ id, params: { programme: { paceMultiplier: 1.25, customPace: { GM0402: 500 } } } }));
      await unwrap(api['scenarios.save']({ id, name: 'Versneld Hilversum' }));
      return id;
    },
  });
  const details = screen.getByTestId<HTMLDetailsElement>('version-history');
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(document.querySelectorAll('[data-version]')).toHaveLength(3));
  return { api, id };
}

const version = (n: number) => {
  const li = document.querySelector<HTMLElement>(`[data-version="${n}"]`);
  if (!li) throw new Error(`no version ${n}`);
  return li;
};
const items = (el: HTMLElement) => [...el.querySelectorAll('li')].map((li) => li.textContent);

describe('version history with what changed', () => {
  it('each version says what changed against the one before, in words and nl-NL numbers', async () => {
    await renderHistory();
    expect([...document.querySelectorAll<HTMLElement>('[data-version]')].map((li) => li.dataset.version)).toEqual(['3', '2', '1']);
    expect(items(within(version(3)).getByTestId('diff-3'))).toEqual(['Naam: ‘Eigen’ → ‘Versneld Hilversum’']);
    expect(items(within(version(2)).getByTestId('diff-2'))).toEqual(['Tempofactor (trend): 1 → 1,25', 'Eigen bouwtempo · Hilversum: standaard → 500']);
    expect(version(1).textContent).toContain('Eerste versie.');
  });

  it('restoring shows the changes it will make first; Esc cancels without writing; confirming restores', async () => {
    const { api, id } = await renderHistory();
    fireEvent.click(screen.getByTestId('restore-1'));
    const confirm = screen.getByTestId('restore-confirm');
    expect(confirm.textContent).toContain('Versie 1 terugzetten?');
    expect(confirm.textContent).toContain('Dit verandert 3 dingen ten opzichte van nu:');
    expect(items(within(confirm).getByTestId('restore-diff'))).toEqual(['Naam: ‘Versneld Hilversum’ → ‘Eigen’', 'Tempofactor (trend): 1,25 → 1', 'Eigen bouwtempo · Hilversum: 500 → standaard']);
    expect(document.activeElement).toBe(screen.getByTestId('restore-confirm-button'));

    fireEvent.keyDown(document.activeElement ?? confirm, { key: 'Escape' });
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('restore-1')));
    expect(await unwrap(api['scenarios.versions']({ id }))).toHaveLength(3);

    fireEvent.click(screen.getByTestId('restore-1'));
    fireEvent.click(screen.getByTestId('restore-confirm-button'));
    await waitFor(async () => expect(await unwrap(api['scenarios.versions']({ id }))).toHaveLength(4));
    const current = await unwrap(api['scenarios.get']({ id }));
    expect(current.name).toBe('Eigen');
    expect(current.params.programme.paceMultiplier).toBe(1);
  });
});
