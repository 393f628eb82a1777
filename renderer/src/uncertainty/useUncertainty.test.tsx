// @vitest-environment jsdom
import { act, cleanup, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/scenario/schema';
import { simulate } from '../../../shared/uncertainty/simulate';
import { ResultTable } from '../components/ResultTable';
import { useRenderWithStore } from '../test/renderWithStore';
import { UncertaintyStatus } from './UncertaintyStatus';
import { useUncertaintyFor, type Uncertainty } from './useUncertainty';

/** Renders with the real handlers over a real SQLite store, as the app does. */
const withApp = useRenderWithStore();

const seed = readSeed();
const ds = seed.dataset;
const bandbreedte = seed.builtinScenarios.find((s) => s.id === 'bandbreedte') as Scenario;
const basis = seed.builtinScenarios.find((s) => s.id === 'basis') as Scenario;
/** A fresh params object per call: the jobs are keyed by it, so each test runs its own. */
const withDraws = (draws: number): Scenario => ({ ...bandbreedte, params: { ...bandbreedte.params, uncertainty: { ...bandbreedte.params.uncertainty, draws } } });

describe('useUncertainty without a Worker (jsdom): the steps in the window', () => {
  it('gives the same block as simulate, after progress through several steps of 500', async () => {
    expect(typeof Worker).toBe('undefined');
    const scenario = withDraws(1200);
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const u = useUncertaintyFor(ds, scenario);
      seen.push(u.done);
      return u;
    });
    expect(result.current.status).toBe('running');
    expect(result.current.total).toBe(1200);
    await waitFor(() => expect(result.current.status).toBe('done'), { timeout: 10_000 });
    expect(result.current.block).toEqual(simulate(ds, scenario));
    expect(result.current.done).toBe(1200);
    // 500 and 1 000 were reported on the way: the draws ran in steps, not at once.
    expect(seen).toEqual(expect.arrayContaining([500, 1000]));
  });

  it('a scenario without ranges is idle with no block, and nothing runs', () => {
    const { result } = renderHook(() => useUncertaintyFor(ds, basis));
    expect(result.current).toMatchObject({ status: 'idle', block: null, total: 0 });
  });

  it('cancel stops between steps and leaves no block; restart runs it after all', async () => {
    const scenario = withDraws(20_000);
    const { result } = renderHook(() => useUncertaintyFor(ds, scenario));
    await waitFor(() => expect(result.current.done).toBeGreaterThan(0));
    act(() => result.current.cancel());
    expect(result.current.status).toBe('cancelled');
    const at = result.current.done;
    await new Promise((r) => setTimeout(r, 100));
    expect(result.current.done).toBe(at);
    expect(result.current.block).toBeNull();
    act(() => result.current.restart());
    await waitFor(() => expect(result.current.status).toBe('done'), { timeout: 10_000 });
    expect(result.current.block).toEqual(simulate(ds, scenario));
  });

  it('new parameters stop the running job; the same (dataset, parameters) is one job, its block kept', async () => {
    const first = withDraws(3000);
    const second = withDraws(200);
    const { result, rerender } = renderHook(({ s }) => useUncertaintyFor(ds, s), { initialProps: { s: first } });
    await waitFor(() => expect(result.current.done).toBeGreaterThan(0));
    rerender({ s: second });
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.block?.draws).toBe(200);
    // A second caller of the same pair gets the finished block at once, without running again.
    const again = renderHook(() => useUncertaintyFor(ds, second));
    expect(again.result.current.status).toBe('done');
    expect(again.result.current.block).toBe(result.current.block);
  });
});

describe('the progress line and the table', () => {
  const running = (patch: Partial<Uncertainty>): Uncertainty => ({ status: 'running', done: 4000, total: 10000, block: null, startedAt: performance.now(), error: null, cancel: () => undefined, restart: () => undefined, ...patch });

  it('shows after a moment, in nl-NL numbers, and Stoppen cancels', async () => {
    let cancelled = 0;
    // Started when it mounts (opening the store takes longer than the moment it waits).
    function Fresh() {
      const [startedAt] = useState(() => performance.now());
      return <UncertaintyStatus u={running({ startedAt, cancel: () => { cancelled++; } })} />;
    }
    await withApp(<Fresh />);
    // Not at once: a quick run never flickers a line past.
    expect(screen.queryByTestId('uncertainty-status')).toBeNull();
    const line = await screen.findByTestId('uncertainty-status', {}, { timeout: 2000 });
    expect(line.textContent).toContain('Bandbreedtes berekenen… 4.000 van 10.000 trekkingen');
    fireEvent.click(within(line).getByRole('button', { name: 'Stoppen' }));
    expect(cancelled).toBe(1);
  });

  it('after a stop: says so, with a button to run after all; nothing once done', async () => {
    await withApp(<UncertaintyStatus u={running({ status: 'cancelled' })} />);
    expect(screen.getByTestId('uncertainty-status').textContent).toContain('gestopt');
    cleanup();
    await withApp(<UncertaintyStatus u={running({ status: 'done', startedAt: 0 })} />);
    expect(screen.queryByTestId('uncertainty-status')).toBeNull();
  });

  it('the result table: P10–P90 under the programme and elderly shortfalls, only with a block', async () => {
    const scenario = withDraws(200);
    const result = runScenario(ds, scenario);
    const block = simulate(ds, scenario, result);
    if (!block) throw new Error('bandbreedte has ranges');
    await withApp(<ResultTable result={result} block={block} />);
    const n = (v: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(v);
    const band = (where: string, path: string) => block.bands.find((b) => b.where === where && b.path === path);
    const hilversum = screen.getByTestId('result-table').querySelector('tr[data-gemeente="GM0402"]') as HTMLElement;
    const programme = band('GM0402', 'programme.shortfall2030');
    const elderly = band('GM0402', 'elderly.total.shortfall');
    expect(hilversum.querySelector('td[data-col="shortfall2030"] [data-band]')?.textContent).toBe(`${n(programme?.p10 ?? NaN)}–${n(programme?.p90 ?? NaN)}`);
    expect(hilversum.querySelector('td[data-col="elderlyShortfall"] [data-band]')?.textContent).toBe(`${n(elderly?.p10 ?? NaN)}–${n(elderly?.p90 ?? NaN)}`);
    const region = screen.getByTestId('result-table').querySelector('tr[data-gemeente="regio"]') as HTMLElement;
    expect(region.querySelector('td[data-col="shortfall2030"] [data-band]')).not.toBeNull();
    // Eemnes has no programme: a "–" and no band under it.
    const eemnes = screen.getByTestId('result-table').querySelector('tr[data-gemeente="GM0317"]') as HTMLElement;
    expect(eemnes.querySelector('td[data-col="shortfall2030"] [data-band]')).toBeNull();
    // Gooise Meren is ahead in every draw: its 0 has no range under it.
    const gooiseMeren = screen.getByTestId('result-table').querySelector('tr[data-gemeente="GM1942"]') as HTMLElement;
    expect(gooiseMeren.querySelector('td[data-col="shortfall2030"] [data-band]')).toBeNull();
    // Only those two columns, under every figure they hold that spreads.
    const table = screen.getByTestId('result-table');
    const spreads = (td: Element) => {
      const b = band(td.closest('tr')?.getAttribute('data-gemeente') ?? '', td.getAttribute('data-col') === 'shortfall2030' ? 'programme.shortfall2030' : 'elderly.total.shortfall');
      return b !== undefined && Math.round(b.p10) !== Math.round(b.p90);
    };
    const cells = [...table.querySelectorAll('td[data-col="shortfall2030"], td[data-col="elderlyShortfall"]')].filter((td) => !td.querySelector('.nodata') && spreads(td));
    expect(cells.length).toBeGreaterThan(10);
    expect([...table.querySelectorAll('[data-band]')].map((b) => b.closest('td'))).toEqual(cells);
    cleanup();
    await withApp(<ResultTable result={result} />);
    expect(screen.getByTestId('result-table').querySelectorAll('[data-band]')).toHaveLength(0);
  });
});
