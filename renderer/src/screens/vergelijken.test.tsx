// @vitest-environment jsdom
// The screen imports the chart (mocked below), whose Plotly types live in a declaration file
// that renderer/tsconfig.test.json does not include on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../charts/plotlyModules.d.ts" />
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { useRenderWithStore } from '../test/renderWithStore';
import { Vergelijken } from './Vergelijken';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../../shared/engine/run';
import { formatNumber, formatSigned } from '../../../shared/format/nl';

// Plotly needs a real browser (the e2e tests draw it); here the chart's series and colours count.
vi.mock('../charts/PlotlyChart', () => ({
  PlotlyChart: ({ spec }: { spec: ChartSpec }) => (
    <figure data-testid={`chart-${spec.id}`}>
      {spec.data.map((t) => (
        <span key={String(t.name)} data-series={String(t.name)} data-colour={(t.marker as { color: string }).color} />
      ))}
    </figure>
  ),
}));

const renderWithStore = useRenderWithStore();

const seed = readSeed();
const resultOf = (id: string) => runScenario(seed.dataset, seed.builtinScenarios.find((s) => s.id === id)!);
const basis = resultOf('basis');
const programma = resultOf('programma');
const t50 = resultOf('toegankelijk50');

async function renderScreen(open: string, compare?: string[]) {
  await renderWithStore(<Vergelijken />, { open, locale: 'nl-NL', compare });
}

const cells = (row: Element | null) => [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

describe('Vergelijken: a reference the analyst picks', () => {
  it('by default Basis (the first scenario), not the open one; the headers say so', async () => {
    await renderScreen('programma');
    const select = screen.getByTestId<HTMLSelectElement>('compare-reference');
    expect(select.value).toBe('basis');
    const headers = [...screen.getByTestId('compare-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers[1]).toBe(`${basis.scenarioName} (referentie)`);
    expect(headers[2]).toBe(`${programma.scenarioName} (verschil met ${basis.scenarioName})`);
  });

  it('choosing another reference changes the difference column, and the differences come from unrounded figures', async () => {
    await renderScreen('basis', ['basis', 'programma', 'toegankelijk50']);
    const table = screen.getByTestId('compare-table');
    const row = () => cells(table.querySelector('tr[data-row="elderlyShortfall"]'));
    const total = (r: typeof basis) => r.region.elderly!.total.shortfall;
    expect(row()).toEqual([formatNumber(total(basis)), `${formatNumber(total(programma))} (${formatSigned(total(programma) - total(basis))})`, `${formatNumber(total(t50))} (${formatSigned(total(t50) - total(basis))})`]);
    // Programma's elderly shortfall 5.266,3 against Basis' 5.570,5: −304, where the rounded figures would say −305.
    expect(Math.round(total(programma)) - Math.round(total(basis))).not.toBe(Math.round(total(programma) - total(basis)));
    expect(row()[1]).toContain(`(${formatSigned(total(programma) - total(basis))})`);

    fireEvent.change(screen.getByTestId('compare-reference'), { target: { value: 'toegankelijk50' } });
    expect(row()).toEqual([`${formatNumber(total(basis))} (${formatSigned(total(basis) - total(t50))})`, `${formatNumber(total(programma))} (${formatSigned(total(programma) - total(t50))})`, formatNumber(total(t50))]);
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers[1]).toBe(`${basis.scenarioName} (verschil met ${t50.scenarioName})`);
    expect(headers[3]).toBe(`${t50.scenarioName} (referentie)`);
    expect(localStorage.getItem('woonzorgverkenner.compareReference')).toBe('toegankelijk50');
  });

  it('a chart per theme with one colour per scenario on every chart, and a per-gemeente difference table', async () => {
    await renderScreen('basis', ['basis', 'programma', 'toegankelijk50']);
    const types = screen.getByTestId('chart-compare-elderly-types');
    const perGemeente = screen.getByTestId('chart-compare-elderly');
    const colour = (fig: HTMLElement, name: string) => fig.querySelector(`[data-series^="${name}"]`)?.getAttribute('data-colour');
    for (const r of [basis, programma, t50]) {
      expect(colour(types, r.scenarioName)).toBeTruthy();
      expect(colour(types, r.scenarioName)).toBe(colour(perGemeente, r.scenarioName));
    }
    // The programme chart leaves out Programma (0 everywhere) and toegankelijk50 (equal to Basis), and says so.
    expect(screen.getByTestId('chart-compare').querySelectorAll('[data-series]')).toHaveLength(1);
    expect(screen.getByTestId('note-compare').textContent).toContain(`‘${programma.scenarioName}’ (overal 0)`);

    const table = screen.getByTestId('compare-gemeenten');
    fireEvent.change(screen.getByTestId('compare-measure'), { target: { value: 'elderly.total.shortfall' } });
    const hilversum = (r: typeof basis) => r.gemeenten.find((g) => g.code === 'GM0402')!.elderly!.total.shortfall;
    expect(cells(table.querySelector('tr[data-code="GM0402"]'))).toEqual([formatNumber(hilversum(basis)), `${formatNumber(hilversum(programma))} (${formatSigned(hilversum(programma) - hilversum(basis))})`, `${formatNumber(hilversum(t50))} (${formatSigned(hilversum(t50) - hilversum(basis))})`]);
    expect(within(table).getByText('Regio (som per gemeente)')).toBeTruthy();
  });
});
