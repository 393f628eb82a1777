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
async function renderWithApp(ui: (result: Result) => React.ReactNode, scenarioId = 'basis') {
  const { api } = await openApi();
  const [bundle, scenarios, result] = await Promise.all([unwrap(api['dataset.get']({})), unwrap(api['scenarios.list']({})), unwrap(api['run.scenario']({ id: scenarioId }))]);
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
    expect([...hilversum.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['3.200', '365', '182,5', '182,5', '1.643', '1.558', '0', '405', '2039', '1.925', '0', '90,9']);
    const eemnes = table.querySelector('tr[data-gemeente="GM0317"]') as HTMLElement;
    expect([...eemnes.querySelectorAll('td')].slice(0, 10).every((td) => td.textContent === '–')).toBe(true);
    // The region's shortfall is the sum of the gemeenten's (215 + 1 557,5 + 75 + 180,5), not the net 1 249:
    // Gooise Meren and Laren being ahead (690,5 + 88,5) stands beside it.
    const region = table.querySelector('tr[data-gemeente="regio"]') as HTMLElement;
    expect(region.querySelector('td[data-col="shortfall2030"]')?.textContent).toBe('2.028');
    expect(region.querySelector('td[data-col="surplus2030"]')?.textContent).toBe('779');
    const gooiseMeren = table.querySelector('tr[data-gemeente="GM1942"]') as HTMLElement;
    expect(gooiseMeren.querySelector('td[data-col="shortfall2030"]')?.textContent).toBe('0');
    expect(gooiseMeren.querySelector('td[data-col="surplus2030"]')?.classList.contains('good')).toBe(true);
  });

  it('toegankelijk50: no cell under a "tekort" header holds a negative figure; the elderly total is the sum of the type shortfalls', async () => {
    await renderWithApp((r) => <ResultTable result={r} />, 'toegankelijk50');
    const table = screen.getByTestId('result-table');
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.filter((h) => /tekort/i.test(h))).toEqual(['Tekort 2030', 'Tekort ouderen']);
    for (const row of table.querySelectorAll('tbody tr')) {
      for (const [i, cell] of [...row.children].entries()) {
        if (/tekort/i.test(headers[i] ?? '')) expect(cell.textContent, `${row.getAttribute('data-gemeente') ?? ''} ${headers[i] ?? ''}`).not.toMatch(/[-−]\s*\d/);
      }
    }
    const gooiseMeren = table.querySelector('tr[data-gemeente="GM1942"]') as HTMLElement;
    // 230 geclusterd + 720 zorggeschikt short; the nultreden surplus of 830,75 does not cancel them.
    expect(gooiseMeren.querySelector('td[data-col="elderlyShortfall"]')?.textContent).toBe('950');
    expect(gooiseMeren.querySelector('td[data-col="elderlySurplus"]')?.textContent).toBe('831');
    const region = table.querySelector('tr[data-gemeente="regio"]') as HTMLElement;
    expect(region.querySelector('td[data-col="elderlyShortfall"]')?.textContent).toBe('5.025');
  });

  it('key figures: realised 18,2 % of 6.910, shortfall 2.028 with 779 ahead elsewhere and the net labelled, 245 a year', async () => {
    await renderWithApp((r) => <KeyFigures result={r} />);
    expect(screen.getByTestId('kpi-realised').textContent).toContain('18,2 %');
    expect(screen.getByTestId('kpi-realised').textContent).toContain('1.258 / 6.910');
    const gap = screen.getByTestId('kpi-gap');
    expect(gap.querySelector('.kpi-value')?.textContent).toBe('2.028');
    expect([...gap.querySelectorAll('.kpi-sub')].map((d) => d.textContent)).toEqual(['Elders 779 voor op schema, niet verrekend · netto 1.249 tekort', 'Niet elke gemeente haalt het doel vóór 2041']);
    expect(screen.getByTestId('kpi-aandacht').textContent).toContain('245');
  });

  it('key figures, toegankelijk50: elderly shortfall 5.025 with nultreden 832 (not −2), the surplus elsewhere beside it', async () => {
    await renderWithApp((r) => <KeyFigures result={r} />, 'toegankelijk50');
    const elderly = screen.getByTestId('kpi-elderly');
    expect(elderly.querySelector('.kpi-value')?.textContent).toBe('5.025');
    expect([...elderly.querySelectorAll('.kpi-sub')].map((d) => d.textContent)).toEqual([
      'nultreden 832 · geclusterd 1.025 · zorggeschikt 3.168',
      'Overschot elders: 834, niet verrekend · netto 4.192 tekort',
    ]);
    for (const card of screen.getAllByTestId(/^kpi-/)) expect(card.textContent).not.toMatch(/[-−]\d/);
  });
});
