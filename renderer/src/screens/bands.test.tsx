// @vitest-environment jsdom
// The screens import the chart (mocked below), whose Plotly types live in a declaration file
// that renderer/tsconfig.test.json does not include on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../charts/plotlyModules.d.ts" />
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import type { Scenario } from '../../../shared/scenario/schema';
import { simulate } from '../../../shared/uncertainty/simulate';
import { useRenderWithStore } from '../test/renderWithStore';
import { Gemeente } from './Gemeente';
import { Scenarios } from './Scenarios';

// Plotly needs a real browser (the e2e tests draw it); here the spec each chart is given is kept.
const drawn = new Map<string, ChartSpec>();
vi.mock('../charts/PlotlyChart', () => ({
  PlotlyChart: ({ spec }: { spec: ChartSpec }) => {
    drawn.set(spec.id, spec);
    return <figure data-testid={`chart-${spec.id}`}>{spec.title}</figure>;
  },
}));

const renderWithStore = useRenderWithStore();
afterEach(() => {
  drawn.clear();
});

/** The screen over the real handlers and store, with `scenario` open; the bands run in the window (no Worker in jsdom). */
async function renderScreen(ui: React.ReactNode, scenario: string, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  await renderWithStore(ui, { open: scenario, locale });
}

const seed = readSeed();
const bandbreedte = seed.builtinScenarios.find((s) => s.id === 'bandbreedte') as Scenario;
let made: UncertaintyBlock | null = null;
/** The built-in's bands as the worker makes them (its own 10.000 draws, seeded). */
function block(): UncertaintyBlock {
  made ??= simulate(seed.dataset, bandbreedte);
  if (!made) throw new Error('bandbreedte has ranges');
  return made;
}
function band(where: string, path: string) {
  const b = block().bands.find((x) => x.where === where && x.path === path);
  if (!b) throw new Error(`no band for ${where} ${path}`);
  return b;
}
const n = (v: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(v);
const range = (where: string, path: string) => `${n(band(where, path).p10)}–${n(band(where, path).p90)}`;
/** The draws take a few seconds in the window. */
const LONG = { timeout: 30_000 };

describe('Gemeente: P10–P90 under the elderly shortfalls', () => {
  it('Hilversum, bandbreedte: each type and the total, as the result table shows them; the caption; the types off their likely value marked, the total not', async () => {
    await renderScreen(<Gemeente code="GM0402" onSelect={() => undefined} />, 'bandbreedte');
    const table = screen.getByTestId('elderly-table');
    await waitFor(() => expect(table.querySelector('tr[data-type="total"] td[data-col="shortfall"] [data-band]')).not.toBeNull(), LONG);
    const shortfall = (ty: string) => table.querySelector(`tr[data-type="${ty}"] td[data-col="shortfall"]`) as HTMLElement;
    for (const ty of ['nultreden', 'geclusterd', 'zorggeschikt', 'total']) {
      expect(shortfall(ty).querySelector('[data-band]')?.textContent, ty).toBe(range('GM0402', `elderly.${ty}.shortfall`));
    }
    // The likely figure stays on its own line above: 1.925, P10–P90 1.023–1.942.
    expect(shortfall('total').firstChild?.textContent).toBe('1.925');
    // Need, supply and surplus have no line.
    expect(table.querySelectorAll('[data-band]')).toHaveLength(4);
    // Geclusterd 505 against 461–502 and zorggeschikt 1.076 against 244–1.069: outside; nultreden and the total inside.
    expect(['nultreden', 'geclusterd', 'zorggeschikt', 'total'].map((ty) => shortfall(ty).querySelector('[data-outside]') !== null)).toEqual([false, true, true, false]);
    expect(screen.getByTestId('elderly-table-bands').textContent).toContain('Kleine regel onder een cijfer: P10–P90, de spreiding van de ingevoerde bandbreedtes (10.000 trekkingen), geen voorspelfout.');
    expect(screen.getByTestId('elderly-table-bands-outside').textContent).toMatch(/^\* Waarschijnlijke waarde buiten P10–P90/);
    expect(table.getAttribute('aria-describedby')).toBe('elderly-table-bands');
  }, 60_000);

  it('Hilversum, basis: no line and no caption', async () => {
    await renderScreen(<Gemeente code="GM0402" onSelect={() => undefined} />, 'basis');
    const table = screen.getByTestId('elderly-table');
    expect(table.querySelectorAll('[data-band]')).toHaveLength(0);
    expect(screen.queryByTestId('elderly-table-bands')).toBeNull();
    expect(table.getAttribute('aria-describedby')).toBeNull();
  });
});

describe('the editor\'s live panel: the bands of the ranges being edited', () => {
  it('bandbreedte: the gap chart gets its whiskers and the band note, the shortfall cards their P10–P90, the elderly one marked and explained', async () => {
    await renderScreen(<Scenarios />, 'bandbreedte');
    const gap = screen.getByTestId('kpi-gap');
    await waitFor(() => expect(gap.querySelector('[data-band]')).not.toBeNull(), LONG);
    const names = (drawn.get('gap')?.data ?? []).map((t) => (t as { name?: string }).name);
    expect(names).toContain(`P10–P90 (regio: ${range('regio', 'programme.shortfall2030')})`);
    expect(drawn.get('gap')?.source).toContain('Band: P10–P90 van de ingevoerde bandbreedtes (10.000 trekkingen), geen voorspelfout.');
    expect(gap.querySelector('[data-band]')?.textContent).toBe(`P10–P90: ${range('regio', 'programme.shortfall2030')}`);
    expect(gap.querySelector('[data-outside]')).toBeNull();
    const elderly = screen.getByTestId('kpi-elderly');
    expect(elderly.querySelector('.kpi-value')?.textContent).toBe('5.571');
    expect(elderly.querySelector('[data-band]')?.textContent).toBe(`P10–P90: ${range('regio', 'elderly.total.shortfall')}`);
    expect(elderly.querySelector('[data-outside]')?.getAttribute('title')).toMatch(/^Waarschijnlijke waarde buiten P10–P90/);
    expect(screen.getByTestId('kpis-outside').textContent).toMatch(/^\* Waarschijnlijke waarde buiten P10–P90: /);
    // Done: no progress line is left.
    expect(screen.queryByTestId('uncertainty-status')).toBeNull();
  }, 60_000);

  it('in English, the cards\' line reads the same with English numbers', async () => {
    await renderScreen(<Scenarios />, 'bandbreedte', 'en-GB');
    const gap = screen.getByTestId('kpi-gap');
    await waitFor(() => expect(gap.querySelector('[data-band]')).not.toBeNull(), LONG);
    const en = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(v);
    const b = band('regio', 'programme.shortfall2030');
    expect(gap.querySelector('[data-band]')?.textContent).toBe(`P10–P90: ${en(b.p10)}–${en(b.p90)}`);
    expect(screen.getByTestId('kpis-outside').textContent).toMatch(/^\* Likely value outside P10–P90: /);
  }, 60_000);

  it('basis: no whiskers, no card line, no progress line', async () => {
    await renderScreen(<Scenarios />, 'basis');
    expect((drawn.get('gap')?.data ?? []).map((t) => (t as { name?: string }).name).join(' ')).not.toContain('P10–P90');
    expect(screen.getByTestId('kpis').querySelectorAll('[data-band]')).toHaveLength(0);
    expect(screen.queryByTestId('kpis-outside')).toBeNull();
    expect(screen.queryByTestId('uncertainty-status')).toBeNull();
  });
});
