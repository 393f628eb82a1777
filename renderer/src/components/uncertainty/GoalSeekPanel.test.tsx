// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../api/client';
import { useDraft, useNotices, useOpenScenario, useParams } from '../../state/AppState';
import { useRenderWithStore } from '../../test/renderWithStore';
import { GoalSeekPanel } from './GoalSeekPanel';

const renderWithStore = useRenderWithStore();

/** What the test reads back: the open scenario and the setting the button writes. */
function Probe() {
  const open = useOpenScenario();
  const params = useParams();
  const factor = params.programme.paceMultiplierByGemeente.GM0402;
  const undo = useDraft((s) => s.undo);
  const notices = useNotices((s) => s.notices);
  return (
    <>
      <ul data-testid="probe-notices">
        {notices.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
      <p data-testid="probe" data-open={open.id} data-builtin={String(open.builtin)} data-multiplier={params.programme.paceMultiplier} data-range={JSON.stringify(params.uncertainty.ranges['programme.paceMultiplier'] ?? null)}>
        {factor === undefined ? 'none' : String(factor)}
      </p>
      <button type="button" onClick={undo} data-testid="probe-undo" />
    </>
  );
}

/** The panel over the real handlers and store, with `scenario` open (a copy of `copyOf` when given). */
async function renderPanel(where: string, scenario = 'basis', { copyOf }: { copyOf?: string } = {}) {
  let id = scenario;
  const ui = (
    <>
      <GoalSeekPanel where={where} />
      <Probe />
    </>
  );
  await renderWithStore(ui, {
    prepare: async (api) => {
      if (copyOf) id = (await unwrap(api['scenarios.clone']({ id: copyOf, name: 'Eigen kopie' }))).id;
      return id;
    },
  });
  return id;
}

const row = (gap: string, lever: string) => document.querySelector(`tbody[data-gap="${gap}"] tr[data-lever="${lever}"]`) as HTMLElement;
const answer = (r: HTMLElement) => r.querySelector('td[data-col="answer"]')?.textContent;

describe('GoalSeekPanel: what would it take (MODEL.md §5.6)', () => {
  it('Hilversum in basis: the gap in homes, the pace from 182,5 to 405 a year, the factor, the catch-up year, the elderly levers', async () => {
    await renderPanel('GM0402');
    const panel = screen.getByTestId('goal-seek-GM0402');
    expect(within(panel).getByRole('heading', { name: 'Wat is er nodig' })).toBeTruthy();
    const programme = panel.querySelector('tbody[data-gap="programme.shortfall2030"]') as HTMLElement;
    expect(programme.querySelector('th.goal-seek-gap')?.textContent).toBe('Tekort 2030: 1.558 woningen');
    expect(answer(row('programme.shortfall2030', 'pace'))).toBe('182,5 → 405 woningen/jaar (exact)');
    expect(answer(row('programme.shortfall2030', 'paceMultiplier'))).toBe('1 → 2,22 × (exact)');
    expect(answer(row('programme.shortfall2030', 'catchUpYear'))).toBe('doel gehaald in 2039');
    expect(row('programme.shortfall2030', 'catchUpYear').querySelector('button')).toBeNull();
    expect(answer(row('elderly.nultreden.shortfall', 'nultredenShare'))).toBe('45,5 % → 72,4 % (exact)');
    const zorg = panel.querySelector('tbody[data-gap="elderly.zorggeschikt.shortfall"]') as HTMLElement;
    expect(zorg.querySelector('th.goal-seek-gap')?.textContent).toBe('Tekort zorggeschikt: 1.076 woningen');
    expect(zorg.querySelector('td[data-col="answer"]')?.textContent).toBe('0 → 153,7 woningen/jaar (exact)');
    // A built-in scenario: the panel says a copy is made first.
    expect(screen.getByTestId('goal-seek-builtin').textContent).toContain('is een ingebouwd scenario en blijft zoals het is: overnemen maakt eerst een kopie');
  });

  it('the region: the factor searched with the engine, the zero-step share not reachable within 0–100 %, the target not before 2041', async () => {
    await renderPanel('regio');
    expect(answer(row('programme.shortfall2030', 'paceMultiplier'))).toBe('1 → 3,05 × (gezocht)');
    expect(answer(row('programme.shortfall2030', 'catchUpYear'))).toBe('niet vóór 2041');
    expect(answer(row('elderly.nultreden.shortfall', 'nultredenShare'))).toBe('niet haalbaar binnen de grenzen (0–100 %) (gezocht)');
  });

  it('"Neem over in scenario" on an own scenario: one edit of programme.paceMultiplierByGemeente.GM0402, undoable, after which the gap is closed', async () => {
    const id = await renderPanel('GM0402', 'basis', { copyOf: 'basis' });
    expect(screen.getByTestId('probe').textContent).toBe('none');
    expect(screen.queryByTestId('goal-seek-builtin')).toBeNull();
    const button = within(row('programme.shortfall2030', 'pace')).getByRole('button', { name: /^Neem over in scenario: Bouwtempo 405 woningen\/jaar$/ });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe(String(405 / 182.5)));
    expect(screen.getByTestId('probe').getAttribute('data-open')).toBe(id);
    expect(document.querySelector('tbody[data-gap="programme.shortfall2030"] td[data-status="closed"]')?.textContent).toBe('geen tekort');
    expect(document.querySelector('tbody[data-gap="programme.shortfall2030"] th.goal-seek-gap')?.textContent).toBe('Tekort 2030: 0 woningen');
    // One step of the editor's undo history.
    fireEvent.click(screen.getByTestId('probe-undo'));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('none'));
    expect(answer(row('programme.shortfall2030', 'pace'))).toBe('182,5 → 405 woningen/jaar (exact)');
  });

  it('on a built-in scenario the button makes a copy, opens it and applies the answer there; the built-in stays as it was', async () => {
    await renderPanel('GM0402', 'basis');
    fireEvent.click(within(row('programme.shortfall2030', 'paceMultiplier')).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe(String(405 / 182.5)));
    const probe = screen.getByTestId('probe');
    expect(probe.getAttribute('data-open')).not.toBe('basis');
    expect(probe.getAttribute('data-builtin')).toBe('false');
  });

  it('a factor outside the scenario\'s range of it (Bandbreedte: 0,75–1,25): the range moves along in the same edit, the notice says where to', async () => {
    await renderPanel('regio', 'bandbreedte', { copyOf: 'bandbreedte' });
    fireEvent.click(within(row('programme.shortfall2030', 'paceMultiplier')).getByRole('button'));
    await waitFor(() => expect(Number(screen.getByTestId('probe').getAttribute('data-multiplier'))).toBeGreaterThan(3));
    const factor = Number(screen.getByTestId('probe').getAttribute('data-multiplier'));
    const range = JSON.parse(screen.getByTestId('probe').getAttribute('data-range') ?? 'null') as { low: number; high: number };
    // The same ±25 % around the new value.
    expect(range.low).toBeCloseTo(0.75 * factor, 9);
    expect(range.high).toBeCloseTo(1.25 * factor, 9);
    await waitFor(() => expect(document.querySelector('tbody[data-gap="programme.shortfall2030"] td[data-status="closed"]')?.textContent).toBe('geen tekort'));
    expect(screen.getByText(/^Tempofactor 3,05 × overgenomen in ‘Eigen kopie’\. Bandbreedte 2,29 – 3,81\.$/)).toBeTruthy();
    // One undo step takes both back.
    fireEvent.click(screen.getByTestId('probe-undo'));
    await waitFor(() => expect(screen.getByTestId('probe').getAttribute('data-multiplier')).toBe('1'));
    expect(JSON.parse(screen.getByTestId('probe').getAttribute('data-range') ?? 'null')).toEqual({ low: 0.75, high: 1.25 });
  });
});
