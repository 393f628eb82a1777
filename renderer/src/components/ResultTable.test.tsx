// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../api/client';
import { ResultTable } from './ResultTable';
import { KeyFigures } from './KeyFigures';
import { useRenderWithStore } from '../test/renderWithStore';
import type { Result } from '../../../shared/result/schema';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/scenario/schema';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import { simulate } from '../../../shared/uncertainty/simulate';

const renderWithStore = useRenderWithStore();

/** Renders with the real handlers over a real SQLite store, as the app does, given the stored scenario's result. */
async function renderWithApp(ui: (result: Result) => React.ReactNode, scenarioId = 'basis') {
  await renderWithStore(async ({ api }) => ui(await unwrap(api['run.scenario']({ id: scenarioId }))));
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
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.querySelector('.th-label')?.textContent ?? th.textContent);
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
    expect(screen.getByTestId('kpi-realised').textContent).toContain('1.258 van 6.910 woningen gebouwd t/m 2023');
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

describe('ResultTable with bands (MODEL.md §5.6): the small P10–P90 line explained', () => {
  const seed = readSeed();
  const bandbreedte = seed.builtinScenarios.find((s) => s.id === 'bandbreedte') as Scenario;
  const result = runScenario(seed.dataset, bandbreedte);
  // The built-in's own 10.000 draws, as the app makes them.
  let made: UncertaintyBlock | null = null;
  const block = (): UncertaintyBlock => {
    made ??= simulate(seed.dataset, bandbreedte, result);
    if (!made) throw new Error('bandbreedte has ranges');
    return made;
  };
  const cell = (code: string, col: string) => screen.getByTestId('result-table').querySelector(`tr[data-gemeente="${code}"] td[data-col="${col}"]`) as HTMLElement;

  it('a visible caption under the table says what the line is, in either language; none without bands', async () => {
    await renderWithApp(() => <ResultTable result={result} block={block()} />);
    const legend = screen.getByTestId('result-table-bands');
    expect(legend.textContent).toContain('Kleine regel onder een cijfer: P10–P90, de spreiding van de ingevoerde bandbreedtes (10.000 trekkingen), geen voorspelfout.');
    expect(screen.getByTestId('result-table').getAttribute('aria-describedby')).toBe('result-table-hint result-table-bands');
    cleanup();
    localStorage.setItem('woonzorgverkenner.locale', 'en-GB');
    await renderWithApp(() => <ResultTable result={result} block={block()} />);
    expect(screen.getByTestId('result-table-bands').textContent).toContain('Small line under a figure: P10–P90, the spread of the ranges entered (10,000 draws), not a forecast error.');
    cleanup();
    localStorage.clear();
    await renderWithApp(() => <ResultTable result={result} />);
    expect(screen.queryByTestId('result-table-bands')).toBeNull();
    expect(screen.getByTestId('result-table').getAttribute('aria-describedby')).toBe('result-table-hint');
  });

  it('the likely value outside its own P10–P90 is marked, with why: the region\'s elderly shortfall (5.571 against 2.966–5.531), not its programme shortfall', async () => {
    const region = (path: string) => block().bands.find((b) => b.where === 'regio' && b.path === path);
    const elderly = region('elderly.total.shortfall');
    const programme = region('programme.shortfall2030');
    if (!elderly || !programme) throw new Error('no band');
    // The premise: the scenario's own need source is one of two equally weighted options, and the share ranges only lower the shortfall.
    expect(Math.round(elderly.likely)).toBeGreaterThan(Math.round(elderly.p90));
    expect(Math.round(programme.likely)).toBeGreaterThanOrEqual(Math.round(programme.p10));
    expect(Math.round(programme.likely)).toBeLessThanOrEqual(Math.round(programme.p90));
    await renderWithApp(() => <ResultTable result={result} block={block()} />);
    const why = 'Waarschijnlijke waarde buiten P10–P90: de waarde van een aanname ligt aan de rand van haar bandbreedte, of een open keuze weegt de andere optie mee';
    const marker = cell('regio', 'elderlyShortfall').querySelector('[data-outside]');
    expect(marker?.textContent).toBe('*');
    expect(marker?.getAttribute('title')).toBe(why);
    expect(marker?.getAttribute('aria-label')).toBe(why);
    // The range itself reads as before, the marker beside it.
    expect(cell('regio', 'elderlyShortfall').querySelector('[data-band]')?.textContent).toMatch(/^\d{1,3}(\.\d{3})*–\d{1,3}(\.\d{3})*$/);
    expect(cell('regio', 'shortfall2030').querySelector('[data-band]')).not.toBeNull();
    expect(cell('regio', 'shortfall2030').querySelector('[data-outside]')).toBeNull();
    // No programme shortfall anywhere is marked; the caption names the marker.
    expect(screen.getByTestId('result-table').querySelectorAll('td[data-col="shortfall2030"] [data-outside]')).toHaveLength(0);
    expect(screen.getByTestId('result-table-bands-outside').textContent).toBe(`* ${why}.`);
  });

  it('without a marked figure the caption does not name the marker', async () => {
    // Only the programme shortfalls' bands: none of them lies off its likely value.
    const programmeOnly = { ...block(), bands: block().bands.filter((b) => b.path === 'programme.shortfall2030') };
    await renderWithApp(() => <ResultTable result={result} block={programmeOnly} />);
    expect(screen.getByTestId('result-table-bands')).not.toBeNull();
    expect(screen.queryByTestId('result-table-bands-outside')).toBeNull();
    expect(screen.getByTestId('result-table').querySelectorAll('[data-outside]')).toHaveLength(0);
  });
});
