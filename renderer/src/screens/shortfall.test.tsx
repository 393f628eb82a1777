// @vitest-environment jsdom
// The screens import the chart (mocked below), whose Plotly types live in a declaration file
// that renderer/tsconfig.test.json does not include on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../charts/plotlyModules.d.ts" />
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useRenderWithStore } from '../test/renderWithStore';
import { Gemeente } from './Gemeente';
import { Vergelijken } from './Vergelijken';
import type { ChartSpec } from '../../../shared/charts/chartSpec';

// Plotly needs a real browser (the e2e tests draw it); here only the chart's title counts.
vi.mock('../charts/PlotlyChart', () => ({ PlotlyChart: ({ spec }: { spec: ChartSpec }) => <figure data-testid={`chart-${spec.id}`}>{spec.title}</figure> }));

const renderWithStore = useRenderWithStore();

/** The screen over the real handlers and store, with `scenario` open (and, for Vergelijken, the scenarios it compares). */
async function renderScreen(ui: React.ReactNode, scenario: string, { locale = 'nl-NL', compare }: { locale?: 'nl-NL' | 'en-GB'; compare?: string[] } = {}) {
  await renderWithStore(ui, { open: scenario, locale, compare });
}

const cells = (row: Element | null) => [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

describe('Gemeente: shortfall and surplus apart (issue 9)', () => {
  it('Gooise Meren, toegankelijk50: ahead of schedule in words, each type\'s shortfall and surplus, a total of the shortfalls', async () => {
    await renderScreen(<Gemeente code="GM1942" onSelect={() => undefined} />, 'toegankelijk50');
    const summary = screen.getByTestId('gemeente-summary').textContent;
    expect(summary).toContain('prognose 2030 3.191, 691 voor op schema;');
    expect(summary).not.toMatch(/tekort\s*[-−]/);
    const table = screen.getByTestId('elderly-table');
    // need, supply, shortfall, surplus
    expect(cells(table.querySelector('tr[data-type="nultreden"]'))).toEqual(['410', '1.241', '0', '831']);
    expect(cells(table.querySelector('tr[data-type="total"]'))).toEqual(['1.360', '1.241', '950', '831']);
    expect(table.textContent).not.toMatch(/[-−]\d/);
    expect(screen.getByTestId('elderly-not-netted').textContent).toBe('Het overschot (831) vult het tekort aan een ander type niet aan: het totale tekort is de som van de tekorten per type.');
    expect(screen.getByTestId('required-share').textContent).toBe('Benodigd aandeel ouderengeschikt in de nieuwbouw van dit scenario tot 2030: 54,8 %');
    expect(screen.queryByTestId('required-share-above-100')).toBeNull();
  });

  it('Hilversum, toegankelijk50: the required share stops at 100 % and says why, with the numbers', async () => {
    await renderScreen(<Gemeente code="GM0402" onSelect={() => undefined} />, 'toegankelijk50');
    expect(screen.getByTestId('gemeente-summary').textContent).toContain('prognose 2030 1.643, 1.558 tekort;');
    expect(screen.getByTestId('required-share').textContent).toBe('Benodigd aandeel ouderengeschikt in de nieuwbouw van dit scenario tot 2030: 100,0 %');
    expect(screen.getByTestId('required-share-above-100').textContent).toBe(
      'De nieuwbouw in dit scenario tot 2030 (1.278 woningen) is kleiner dan wat de nieuwbouw voor ouderen moet leveren (2.506): ook als 100 % ouderengeschikt is, blijven er 1.228 tekort.',
    );
    expect(screen.queryByTestId('elderly-not-netted')).toBeNull();
  });

  it('in English: Laren ahead of schedule, never "shortfall −89"', async () => {
    await renderScreen(<Gemeente code="GM0417" onSelect={() => undefined} />, 'basis', { locale: 'en-GB' });
    const summary = screen.getByTestId('gemeente-summary').textContent;
    expect(summary).toContain('projected 2030 149, 89 ahead of schedule;');
    expect(summary).not.toMatch(/shortfall\s*[-−]/);
    expect(screen.getByTestId('required-share-above-100').textContent).toBe("This scenario's new build to 2030 (116 homes) is smaller than what new build must supply for older people (497): even at 100% elderly-suitable, 381 remain short.");
  });
});

describe('Vergelijken: the region\'s shortfall as the sum of the gemeenten\'s', () => {
  it('basis against toegankelijk50: shortfall, ahead and net on rows of their own, no negative shortfall', async () => {
    await renderScreen(<Vergelijken />, 'basis', { compare: ['basis', 'toegankelijk50'] });
    const table = screen.getByTestId('compare-table');
    const row = (id: string) => cells(table.querySelector(`tr[data-row="${id}"]`));
    expect(row('shortfall2030')).toEqual(['2.028', '2.028']);
    expect(row('surplus2030')).toEqual(['779', '779']);
    expect(row('gap2030')).toEqual(['1.249 tekort', '1.249 tekort']);
    // toegankelijk50's nultreden: 832 short in four gemeenten, 833,5 over in two: the net −1,5 is no shortfall.
    expect(row('nultredenShortfall')).toEqual(['1.378', '832 (−546)']);
    expect(row('elderlyShortfall')).toEqual(['5.571', '5.025 (−546)']);
    expect(row('elderlySurplus')).toEqual(['0', '834 (+834)']);
    expect(row('elderlyGap')).toEqual(['5.571 tekort', '4.192 tekort (−1.379)']);
    for (const tr of table.querySelectorAll('tbody tr')) {
      if (!/tekort/i.test(tr.querySelector('th')?.textContent ?? '')) continue;
      for (const td of tr.querySelectorAll('td')) expect(td.firstChild?.textContent, tr.querySelector('th')?.textContent ?? '').not.toMatch(/[-−]/);
    }
    // toegankelijk50 builds at Basis' pace: no programme chart of two equal bars, a line that says so; the elderly per type is drawn.
    expect(screen.queryByTestId('chart-compare')).toBeNull();
    expect(screen.getByTestId('note-compare').textContent).toContain('in elk vergeleken scenario gelijk aan de referentie');
    expect(screen.getByTestId('chart-compare-elderly-types').textContent).toContain('per type');
  });
});
