// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { unwrap } from '../api/client';
import { AppProvider } from '../state/AppState';
import { ResultTable } from './ResultTable';
import { KeyFigures } from './KeyFigures';
import { useRealStoreApi } from '../../../test/support/realStoreApi';
import type { Result } from '../../../shared/result/schema';

const openApi = useRealStoreApi();
afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Renders with the real handlers over a real SQLite store, as the app does. */
async function renderWithApp(ui: (result: Result) => React.ReactNode) {
  const { api } = await openApi();
  const [bundle, scenarios, result] = await Promise.all([unwrap(api['dataset.get']({})), unwrap(api['scenarios.list']({})), unwrap(api['run.scenario']({ id: 'basis' }))]);
  render(
    <AppProvider api={api} initialBundle={bundle} initialScenarios={scenarios}>
      {ui(result)}
    </AppProvider>,
  );
}

describe('ResultTable', () => {
  it('one row per gemeente plus the region, nl-NL numbers, "–" where a gemeente has no data', async () => {
    await renderWithApp((r) => <ResultTable result={r} />);
    const table = screen.getByTestId('result-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 7 + 1);
    const hilversum = table.querySelector('tr[data-gemeente="GM0402"]') as HTMLElement;
    // MODEL.md §5.1 worked example: 365 → 182,5/jr → 1 642,5 in 2030 → gap 1 557,5 → 405/jr.
    expect([...hilversum.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['3.200', '365', '182,5', '182,5', '1.643', '1.558', '405', '2039', '1.925', '90,9']);
    const eemnes = table.querySelector('tr[data-gemeente="GM0317"]') as HTMLElement;
    expect([...eemnes.querySelectorAll('td')].slice(0, 9).every((td) => td.textContent === '–')).toBe(true);
    const region = table.querySelector('tr[data-gemeente="regio"]') as HTMLElement;
    expect(region.querySelector('td[data-col="gap2030"]')?.textContent).toBe('1.249');
  });

  it('key figures: realised 18,2 % of 6.910, gap 1.249, 245 a year', async () => {
    await renderWithApp((r) => <KeyFigures result={r} />);
    expect(screen.getByTestId('kpi-realised').textContent).toContain('18,2 %');
    expect(screen.getByTestId('kpi-realised').textContent).toContain('1.258 / 6.910');
    expect(screen.getByTestId('kpi-gap').textContent).toContain('1.249');
    expect(screen.getByTestId('kpi-aandacht').textContent).toContain('245');
  });
});
