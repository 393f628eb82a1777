// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScenarioParamsInput } from '../../../../shared/scenario/schema';
import { unwrap } from '../../api/client';
import { useDraft, useParams } from '../../state/AppState';
import { useRenderWithStore } from '../../test/renderWithStore';
import { AssumptionEditor } from '../AssumptionEditor';

const renderWithStore = useRenderWithStore();

const PACE = 'programme.paceMultiplier';

/** The draft's uncertainty block, and undo/redo, for the test to read and press. */
function Probe() {
  const u = useParams().uncertainty;
  const undo = useDraft((s) => s.undo);
  const redo = useDraft((s) => s.redo);
  return (
    <>
      <span data-testid="ranges">{JSON.stringify(u.ranges)}</span>
      <span data-testid="alternatives">{JSON.stringify(u.alternatives)}</span>
      <button onClick={undo}>undo</button>
      <button onClick={redo}>redo</button>
    </>
  );
}

async function renderEditor(params: ScenarioParamsInput = {}, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const ui = (
    <>
      <Probe />
      <AssumptionEditor readOnly={false} />
    </>
  );
  await renderWithStore(ui, { locale, prepare: async (api) => (await unwrap(api['scenarios.create']({ name: 'Eigen', params }))).id });
}

const ranges = () => JSON.parse(screen.getByTestId('ranges').textContent) as Record<string, { low: number; high: number }>;
const input = (testId: string) => screen.getByTestId<HTMLInputElement>(testId);
const row = (key: string) => {
  const el = document.querySelector<HTMLElement>(`[data-key="${key}"]`);
  if (!el) throw new Error(`no row ${key}`);
  return within(el);
};

describe('a range beside the value', () => {
  it('switches on with the range offered, refuses a low above the value at the field, undoes, and switches off', async () => {
    await renderEditor();
    expect(screen.getByTestId('uncertainty-count').textContent).toMatch(/^Nog geen bandbreedtes/);
    expect(screen.queryByTestId(`range-low-${PACE}`)).toBeNull();

    fireEvent.click(input(`range-toggle-${PACE}`));
    expect(ranges()).toEqual({ [PACE]: { low: 0.75, high: 1.25 } });
    expect(input(`range-low-${PACE}`).value).toBe('0,75');
    expect(input(`range-high-${PACE}`).value).toBe('1,25');
    expect(row(PACE).getByTestId(`range-basis-${PACE}`).textContent).toBe('Voorgesteld ± 25 %: het bouwtempo is over maar twee jaar gemeten.');
    expect(screen.getByTestId('uncertainty-count').textContent).toBe('1 bandbreedte, 0 open keuzes.');

    // The value is 1: a low of 1,1 would put the likely value outside its own range.
    fireEvent.change(input(`range-low-${PACE}`), { target: { value: '1,1' } });
    expect(row(PACE).getByRole('alert').textContent).toBe('De waarde 1 ligt buiten de bandbreedte 1,1–1,25; de waarschijnlijke waarde ligt ertussen.');
    expect(input(`range-low-${PACE}`).getAttribute('aria-invalid')).toBe('true');
    expect(ranges()[PACE]).toEqual({ low: 0.75, high: 1.25 });

    fireEvent.change(input(`range-low-${PACE}`), { target: { value: '0,5' } });
    expect(row(PACE).queryByRole('alert')).toBeNull();
    expect(ranges()[PACE]).toEqual({ low: 0.5, high: 1.25 });
    // The value itself cannot leave its range either; the field says why, without the path.
    fireEvent.change(input(`param-${PACE}`), { target: { value: '1,5' } });
    expect(row(PACE).getByRole('alert').textContent).toBe('De waarde 1,5 ligt buiten de bandbreedte 0,5–1,25; de waarschijnlijke waarde ligt ertussen.');
    fireEvent.change(input(`param-${PACE}`), { target: { value: '1' } });
    expect(row(PACE).queryByRole('alert')).toBeNull();
    // One undo takes the typed low back; the next the switching on.
    fireEvent.click(screen.getByText('undo'));
    expect(ranges()[PACE]).toEqual({ low: 0.75, high: 1.25 });
    expect(input(`range-low-${PACE}`).value).toBe('0,75');
    fireEvent.click(screen.getByText('undo'));
    expect(ranges()).toEqual({});
    fireEvent.click(screen.getByText('redo'));
    expect(ranges()).toEqual({ [PACE]: { low: 0.75, high: 1.25 } });

    fireEvent.click(input(`range-toggle-${PACE}`));
    expect(ranges()).toEqual({});
    expect(screen.queryByTestId(`range-low-${PACE}`)).toBeNull();
    expect(screen.queryByTestId(`range-basis-${PACE}`)).toBeNull();
  });

  it('a share is shown in %, the data’s 245 is the likely value of an empty aandachtsgroepen figure, and a choice can be left open', async () => {
    await renderEditor();
    fireEvent.click(input('range-toggle-elderly.newBuildShare.zorggeschikt'));
    // The value is 0 %: the range offered stays inside 0–100 %.
    expect(ranges()['elderly.newBuildShare.zorggeschikt']).toEqual({ low: 0, high: 0.05 });
    expect(input('range-high-elderly.newBuildShare.zorggeschikt').value).toBe('5');
    fireEvent.change(input('range-high-elderly.newBuildShare.zorggeschikt'), { target: { value: '7,5' } });
    expect(ranges()['elderly.newBuildShare.zorggeschikt']).toEqual({ low: 0, high: 0.075 });

    fireEvent.click(input('range-toggle-aandachtsgroepen.perYear'));
    expect(ranges()['aandachtsgroepen.perYear']).toEqual({ low: 220.5, high: 269.5 });
    expect(row('aandachtsgroepen.perYear').getByText('waarschijnlijk 245')).toBeTruthy();

    // The historic share of nultreden has no value to lie around: nothing to switch on yet.
    expect(input('range-toggle-elderly.newBuildShare.nultreden').disabled).toBe(true);
    expect(row('elderly.newBuildShare.nultreden').getByText('(eerst een waarde)')).toBeTruthy();

    const key = 'elderly.needSourceByType.zorggeschikt';
    fireEvent.click(input(`alternatives-toggle-${key}`));
    expect(JSON.parse(screen.getByTestId('alternatives').textContent)).toEqual({ [key]: { gemeenteTabel: 1, regioTekst: 1 } });
    fireEvent.change(input(`alternatives-weight-${key}-regioTekst`), { target: { value: '0' } });
    fireEvent.change(input(`alternatives-weight-${key}-gemeenteTabel`), { target: { value: '0' } });
    expect(row(key).getByRole('alert').textContent).toBe('Geef minstens één keuze een gewicht boven 0.');
    expect(JSON.parse(screen.getByTestId('alternatives').textContent)).toEqual({ [key]: { gemeenteTabel: 1, regioTekst: 0 } });
    expect(screen.getByTestId('uncertainty-count').textContent).toBe('2 bandbreedtes, 1 open keuze.');
  });

  it('seed and draws: refused at the field, in English words around the schema’s Dutch rule', async () => {
    await renderEditor({}, 'en-GB');
    expect(screen.getByTestId('uncertainty-count').textContent).toMatch(/^No ranges yet/);
    fireEvent.change(input('uncertainty-draws'), { target: { value: '50' } });
    expect(within(screen.getByTestId('uncertainty-section')).getByRole('alert').textContent).toBe('Choose a value from 100 to 100,000.');
    fireEvent.change(input('uncertainty-seed'), { target: { value: '7.5' } });
    expect(within(screen.getByTestId('uncertainty-section')).getAllByRole('alert').map((a) => a.textContent)).toContain('Het startgetal is een geheel getal.');
    fireEvent.click(input(`range-toggle-${PACE}`));
    expect(input(`range-low-${PACE}`).value).toBe('0.75');
    expect(screen.getByTestId(`range-basis-${PACE}`).textContent).toBe('Suggested ± 25%: the building pace is measured over only two years.');
  });
});
