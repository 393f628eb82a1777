// @vitest-environment jsdom
// The screen imports the chart (mocked below), whose Plotly types live in a declaration file
// that renderer/tsconfig.test.json does not include on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../charts/plotlyModules.d.ts" />
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { unwrap } from '../api/client';
import { useParams } from '../state/AppState';
import { useRenderWithStore } from '../test/renderWithStore';
import { Solidariteit } from './Solidariteit';

// Plotly needs a real browser (the e2e tests draw it); here only the chart's title counts.
vi.mock('../charts/PlotlyChart', () => ({ PlotlyChart: ({ spec }: { spec: ChartSpec }) => <figure data-testid={`chart-${spec.id}`}>{spec.title}</figure> }));

const renderWithStore = useRenderWithStore();

const HILVERSUM = 'GM0402';
const GOOISE_MEREN = 'GM1942';

/** The open scenario's solidarity parameters, for the test to read what was stored. */
function Probe() {
  const p = useParams();
  return <output data-testid="solidarity-params">{JSON.stringify(p.solidarity)}</output>;
}
const stored = () => JSON.parse(screen.getByTestId('solidarity-params').textContent) as { placements: unknown[]; typeWeights: Record<string, number> };

/** The screen over the real handlers and store, with a scenario of the analyst's own open (a built-in one is not edited). */
async function renderScreen(locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const ui = (
    <>
      <Probe />
      <Solidariteit />
    </>
  );
  await renderWithStore(ui, { locale, prepare: async (api) => (await unwrap(api['scenarios.create']({ name: 'Eigen', params: {} }))).id });
}

const table = () => screen.getByTestId('ledger-table');
const cell = (code: string, col: string) => table().querySelector(`tr[data-gemeente="${code}"] td[data-col="${col}"]`)?.textContent;
const chooseType = (type: string) => fireEvent.change(screen.getByTestId('ledger-type'), { target: { value: type } });

describe('Solidariteit', () => {
  it('the ledger: Hilversum hosts all 6 Keerpunt units against a fair share of 2,2 (population key)', async () => {
    await renderScreen();
    chooseType('keerpuntUnits');
    expect(table().getAttribute('data-type')).toBe('keerpuntUnits');
    expect(cell(HILVERSUM, 'actual')).toBe('6');
    expect(cell(HILVERSUM, 'fair')).toBe('2,2');
    // 6 − 6 × 94 435 / 254 538 = 3,77…: carries more, a neutral mark with words, a real minus elsewhere.
    expect(cell(HILVERSUM, 'surplus')).toBe('▲ +3,8 (draagt meer dan het eerlijke deel)');
    expect(cell(GOOISE_MEREN, 'surplus')).toMatch(/^▼ −1,4 /);
    expect(cell('regio', 'actual')).toBe('6');
    // The earlier count (003) beside it, and no after-columns while nothing is placed.
    expect(within(table()).getByRole('columnheader', { name: 'Eerdere meting (2017)' })).toBeTruthy();
    expect(cell(HILVERSUM, 'earlier')).toBe('6');
    expect(table().querySelector('td[data-col="actualAfter"]')).toBeNull();
    expect(table().querySelectorAll('tbody tr')).toHaveLength(7 + 1);
    expect(screen.getByTestId('chart-ledger-keerpuntUnits').textContent).toBe('Verschil met het eerlijke deel per 10.000 inwoners: Keerpunt (Skaeve Huse): units');
  });

  it('a placement through the form (Keerpunt, 6, Gooise Meren, 2027) changes the ledger: 12 in the region, Gooise Meren 6', async () => {
    await renderScreen();
    fireEvent.click(screen.getByTestId('placement-add'));
    const form = screen.getByTestId('placement-form');
    // The form opens with its first field in focus.
    expect(document.activeElement).toBe(screen.getByTestId('placement-type'));
    fireEvent.change(screen.getByTestId('placement-type'), { target: { value: 'keerpuntUnits' } });
    fireEvent.change(screen.getByTestId('placement-units'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('placement-gemeente'), { target: { value: GOOISE_MEREN } });
    fireEvent.change(screen.getByTestId('placement-year'), { target: { value: '2027' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByTestId('placement-form')).toBeNull());
    expect(stored().placements).toEqual([{ id: 'plaatsing-1', action: 'add', type: 'keerpuntUnits', units: 6, gemeente: GOOISE_MEREN, from: null, year: 2027, status: 'voornemen', label: '', source: null, active: true }]);
    // The ledger turned to the type placed and shows the after-columns.
    expect(table().getAttribute('data-type')).toBe('keerpuntUnits');
    expect(cell('regio', 'actualAfter')).toBe('12');
    expect(cell('regio', 'placed')).toBe('+6');
    expect(cell(GOOISE_MEREN, 'actualAfter')).toBe('6');
    expect(cell(GOOISE_MEREN, 'actual')).toBe('0');
    // Listed, counted; switched off it stays in the scenario and no longer counts.
    const row = screen.getByTestId('placements-table').querySelector('tr[data-placement="plaatsing-1"]');
    expect(row?.querySelector('td[data-col="counted"]')?.textContent).toBe('telt mee');
    fireEvent.click(screen.getByTestId('placement-active-plaatsing-1'));
    expect(row?.querySelector('td[data-col="counted"]')?.textContent).toBe('uitgeschakeld');
    expect(table().querySelector('td[data-col="actualAfter"]')).toBeNull();
  });

  it('a refused field says so in Dutch at the field and stores nothing; Esc closes the form and focus returns', async () => {
    await renderScreen();
    const add = screen.getByTestId('placement-add');
    add.focus();
    fireEvent.click(add);
    fireEvent.change(screen.getByTestId('placement-units'), { target: { value: '2,5' } });
    fireEvent.change(screen.getByTestId('placement-year'), { target: { value: '2050' } });
    fireEvent.change(screen.getByTestId('placement-action'), { target: { value: 'move' } });
    fireEvent.submit(screen.getByTestId('placement-form'));
    const units = screen.getByTestId('placement-units');
    expect(units.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(units.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Het aantal is een heel getal.');
    expect(document.getElementById(screen.getByTestId('placement-year').getAttribute('aria-describedby') ?? '')?.textContent).toBe('Het jaar ligt tussen 2020 en 2040.');
    expect(document.getElementById(screen.getByTestId('placement-from').getAttribute('aria-describedby') ?? '')?.textContent).toBe('Een verplaatsing heeft een gemeente van herkomst nodig.');
    expect(stored().placements).toEqual([]);
    // A move to where it comes from is refused too.
    fireEvent.change(screen.getByTestId('placement-units'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('placement-year'), { target: { value: '2028' } });
    fireEvent.change(screen.getByTestId('placement-from'), { target: { value: screen.getByTestId<HTMLSelectElement>('placement-gemeente').value } });
    fireEvent.submit(screen.getByTestId('placement-form'));
    expect(screen.getByTestId('placement-form').textContent).toContain('Een verplaatsing gaat naar een andere gemeente dan waar zij vandaan komt.');
    expect(stored().placements).toEqual([]);
    fireEvent.keyDown(screen.getByTestId('placement-units'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('placement-form')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('placement-add'));

    // The type weight is an assumption of 0–100: 200 is refused at its field and not stored.
    const weight = screen.getByTestId('type-weight-keerpuntUnits');
    fireEvent.change(weight, { target: { value: '200' } });
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(weight.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Kies een waarde van 0 tot en met 100.');
    expect(stored().typeWeights).toEqual({});
    fireEvent.change(weight, { target: { value: '2' } });
    expect(stored().typeWeights).toEqual({ keerpuntUnits: 2 });
  });

  it('the advisor lists all seven gemeenten with the measure, Gooise Meren first for Keerpunt 6; "Plaats hier" places it', async () => {
    await renderScreen();
    fireEvent.change(screen.getByTestId('advice-type'), { target: { value: 'keerpuntUnits' } });
    fireEvent.change(screen.getByTestId('advice-units'), { target: { value: '6' } });
    const advice = screen.getByTestId('advice-table');
    const rows = [...advice.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Gooise Meren', 'Huizen', 'Hilversum', 'Wijdemeren', 'Blaricum', 'Laren', 'Eemnes']);
    expect(rows[0]?.querySelector('td[data-col="measure"]')?.textContent).toBe('3,04');
    expect(screen.getByTestId('advice-measure').textContent).toMatch(/^Maat: de som over de gemeenten van het verschil met het eerlijke deel per 10\.000 inwoners, zonder teken/);
    expect(screen.getByTestId('advice-only').textContent).toContain('beslist niets');
    await act(async () => {
      fireEvent.click(screen.getByTestId(`advice-place-${GOOISE_MEREN}`));
      await Promise.resolve();
    });
    expect(stored().placements).toMatchObject([{ type: 'keerpuntUnits', units: 6, gemeente: GOOISE_MEREN, status: 'idee' }]);
    expect(cell('regio', 'actualAfter')).toBe('12');
  });

  it('planned changes from the sources count only once taken: respite +4 in Gooise Meren in one click; a second Keerpunt needs its units', async () => {
    await renderScreen();
    const planned = screen.getByTestId('planned-changes');
    expect(within(planned).getAllByRole('row').length).toBeGreaterThanOrEqual(1 + 8);
    expect(stored().placements).toEqual([]);
    const respite = 'voorzieningen.respijtPlekkenGepland:GM1942:2024:besloten';
    fireEvent.click(screen.getByTestId(`planned-take-${respite}`));
    expect(stored().placements).toMatchObject([{ type: 'respijtPlekken', units: 4, gemeente: GOOISE_MEREN, year: 2024, status: 'besloten', source: respite, active: true }]);
    expect(planned.querySelector(`tr[data-figure="${respite}"]`)?.textContent).toContain('in het scenario');
    expect(table().getAttribute('data-type')).toBe('respijtPlekken');
    expect(cell('regio', 'actualAfter')).toBe('12');
    // The source names neither a gemeente nor units for the second Keerpunt: the analyst gives both.
    const keerpunt = 'voorzieningen.keerpuntLocatiesGepland:regio:2022-2025:besloten';
    fireEvent.click(screen.getByTestId(`planned-take-${keerpunt}`));
    expect(planned.querySelector(`tr[data-figure="${keerpunt}"] [role="alert"]`)?.textContent).toBe('Vul een getal in. Kies een gemeente: de bron noemt er geen.');
    fireEvent.change(screen.getByTestId(`planned-units-${keerpunt}`), { target: { value: '6' } });
    fireEvent.click(screen.getByTestId(`planned-take-${keerpunt}`));
    expect(planned.querySelector(`tr[data-figure="${keerpunt}"] [role="alert"]`)?.textContent).toBe('Kies een gemeente: de bron noemt er geen.');
    fireEvent.change(screen.getByTestId(`planned-gemeente-${keerpunt}`), { target: { value: 'GM0406' } });
    fireEvent.click(screen.getByTestId(`planned-take-${keerpunt}`));
    expect(stored().placements).toHaveLength(2);
    expect(stored().placements[1]).toMatchObject({ type: 'keerpuntUnits', units: 6, gemeente: 'GM0406', year: 2025, source: keerpunt });
    expect(cell('GM0406', 'actualAfter')).toBe('6');
  });
});
