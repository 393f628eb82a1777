// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../api/client';
import { NormsTable } from './NormsTable';
import { useRenderWithStore } from '../test/renderWithStore';
import { computeNorms } from '../../../shared/engine/norms';
import { Norms } from '../../../shared/result/norms';

const renderWithStore = useRenderWithStore();

/** The norms of a stored scenario, computed from the store's dataset and result as the screen will. */
async function renderNorms(scenarioId = 'basis') {
  await renderWithStore(async ({ api, bundle, scenarios }) => {
    const result = await unwrap(api['run.scenario']({ id: scenarioId }));
    const scenario = scenarios.find((s) => s.id === scenarioId)!;
    const norms = Norms.parse(computeNorms(bundle.dataset, scenario.params, result));
    return <NormsTable norms={norms.norms} />;
  });
}

describe('NormsTable', () => {
  it('a row per gemeente and the region, a group of three columns per norm with its value; nl-NL shares with a mark', async () => {
    await renderNorms();
    const table = screen.getByTestId('norms-table');
    expect(within(table).getAllByRole('row')).toHaveLength(2 + 7 + 1);
    const groups = [...table.querySelectorAll('thead th[scope="colgroup"]')].map((th) => th.textContent);
    expect(groups).toEqual([
      'Norm: aandeel woningtoevoegingen betaalbaar (norm ≥ 66,67 %)1',
      'Norm: aandeel nieuwbouw toegankelijk (0-treden) (norm ≥ 50 %)2',
      'Norm: aandeel sociale huur (Woonakkoord) (norm ≥ 30 %)3',
    ]);
    const hilversum = table.querySelector('tr[data-gemeente="GM0402"]') as HTMLElement;
    // 2 112 / 3 200 = 66,0 %: below 2/3, said by a symbol and in words, not by colour alone.
    const affordable = hilversum.querySelector('td[data-col="normBetaalbaar.programme"]') as HTMLElement;
    expect(affordable.querySelector('[aria-hidden="true"]')?.textContent).toBe('66,0 % ▼');
    expect(affordable.querySelector('.sr-only')?.textContent).toBe('66,0 %, onder de norm');
    expect(affordable.getAttribute('data-verdict')).toBe('below');
    // S+M app 166 / 365: at least 45,5 %, which cannot decide a norm of 50 %.
    const zeroStep = hilversum.querySelector('td[data-col="normNultredenNieuwbouw.realised"]') as HTMLElement;
    expect(zeroStep.querySelector('[aria-hidden="true"]')?.textContent).toBe('≥ 45,5 % ?');
    expect(zeroStep.querySelector('.sr-only')?.textContent).toBe('45,5 %, ondergrens, niet te beoordelen');
    // The basis scenario leaves the zero-step share open: the historic share, and the table says so.
    const scenario = hilversum.querySelector('td[data-col="normNultredenNieuwbouw.scenario"]') as HTMLElement;
    expect(scenario.querySelector('.sr-only')?.textContent).toContain('historisch aandeel S+M app / opleveringen (het scenario laat het open)');
    expect(screen.getByText(/Norm: aandeel nieuwbouw toegankelijk \(0-treden\), scenario: historisch aandeel/)).toBeTruthy();
    // Eemnes (no Woondeal): no figure, "–" with the reason.
    const eemnes = table.querySelector('tr[data-gemeente="GM0317"]') as HTMLElement;
    expect([...eemnes.querySelectorAll('td')].every((td) => td.textContent.startsWith('–'))).toBe(true);
    expect(table.querySelector('tr[data-gemeente="regio"] th')?.textContent).toBe('Regio');
  });

  it('each norm with its source under the table; toegankelijk50 meets the zero-step norm in the scenario', async () => {
    await renderNorms('toegankelijk50');
    const sources = [...document.querySelectorAll('.chart-source')].map((p) => p.textContent);
    expect(sources[0]).toContain('1 Norm: aandeel woningtoevoegingen betaalbaar: 004 · §5.1 Versnellers voor de opgave');
    expect(sources[2]).toContain('002 · Maatregel 17a');
    const cell = document.querySelector('tr[data-gemeente="regio"] td[data-col="normNultredenNieuwbouw.scenario"]') as HTMLElement;
    expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('50,0 % ✓');
    expect(cell.querySelector('.sr-only')?.textContent).toBe('50,0 %, voldoet aan de norm, door het scenario gezet');
  });
});
