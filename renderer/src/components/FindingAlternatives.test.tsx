// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import type { ScenarioParamsInput } from '../../../shared/scenario/schema';
import { unwrap } from '../api/client';
import { useDraft, useOpenScenario, useParams, useResult } from '../state/AppState';
import { DataBronnen } from '../screens/DataBronnen';
import { useRenderWithStore } from '../test/renderWithStore';
import { Notices } from './Notices';

const renderWithStore = useRenderWithStore();

const WIJDEMEREN = 'GM1696';
const HILVERSUM = 'GM0402';
const LAAG_MIDDEN = 'bouwprogramma.laagMidden:GM1696:2022-2030';
const RATIO = `ratio:laagMiddenIsAandeelVanTotaal:${LAAG_MIDDEN}`;
const TOTAL = 'total:bouwprogramma.laagMidden:regio:2022-2030';
const ZORG_TEXT = 'total:behoefteOuderen.zorggeschikt:regio:2024-2030:tekst';

/** What the open scenario holds and what its result gives, for the test to read. */
function Probe() {
  const open = useOpenScenario();
  const p = useParams();
  const r = useResult();
  const saveState = useDraft((s) => s.saveState);
  const g = (code: string) => r.gemeenten.find((x) => x.code === code);
  return (
    <dl>
      <dd data-testid="save-state">{saveState}</dd>
      <dd data-testid="open">{`${open.name}|${String(open.builtin)}`}</dd>
      <dd data-testid="overrides">{JSON.stringify(p.dataOverrides)}</dd>
      <dd data-testid="need-source">{JSON.stringify(p.elderly.needSourceByType)}</dd>
      <dd data-testid="affordable-target">{String(g(WIJDEMEREN)?.affordable?.target)}</dd>
      <dd data-testid="zorg-need">{g(HILVERSUM)?.elderly?.zorggeschikt.need.toFixed(1)}</dd>
    </dl>
  );
}

let api: Api;
async function renderData(scenario: { builtin: string } | { params: ScenarioParamsInput }) {
  const ui = (
    <>
      <Probe />
      <DataBronnen />
      <Notices />
    </>
  );
  ({ api } = await renderWithStore(ui, {
    prepare: async (api) => ('builtin' in scenario ? scenario.builtin : (await unwrap(api['scenarios.create']({ name: 'Eigen', params: scenario.params }))).id),
  }));
}

const finding = (id: string) => {
  const li = document.querySelector<HTMLElement>(`[data-finding="${id}"]`);
  if (!li) throw new Error(`no finding ${id}`);
  return li;
};
const text = (testId: string): string => screen.getByTestId(testId).textContent;
const json = (testId: string): unknown => JSON.parse(text(testId));
/** Lets the draft reach the store before the test ends (and the store closes). */
const saved = () => waitFor(() => expect(text('save-state')).toBe('saved'));
const BASIS = 'Basis: trend 2022–2023';

describe('a finding’s other reading, one click in the open scenario', () => {
  it('Wijdemeren 330: says what it does and resolves, applies as a data override, shows it in force, undoes and removes', async () => {
    await renderData({ params: {} });
    expect(text('affordable-target')).toBe('320');
    const ratio = within(finding(RATIO));
    const button = ratio.getByTestId('alternative-take');
    expect(button.textContent).toBe('Rekenen met 330 (Wijdemeren · Bouwprogramma 2022–2030, laag en midden) in scenario ‘Eigen’');
    // One correction, two findings: the ratio and the column's total, both named.
    expect(finding(RATIO).querySelector('.alternative')?.textContent).toContain('Lost 2 bevindingen op: Verhouding wijkt af: Wijdemeren; Bouwprogramma 2022–2030, laag en midden: regiocijfer ≠ som van de gemeenten.');
    expect(within(finding(TOTAL)).getByTestId('alternative-take').textContent).toBe(button.textContent);

    fireEvent.click(button);
    expect(json('overrides')).toEqual({ [LAAG_MIDDEN]: 330 });
    expect(text('affordable-target')).toBe('330');
    // Both findings now say the choice is in force; the notice says what was done and offers undo.
    for (const id of [RATIO, TOTAL]) {
      expect(within(finding(id)).getByTestId('alternative-in-force').textContent).toBe('In gebruik in scenario ‘Eigen’: rekenen met 330 (Wijdemeren · Bouwprogramma 2022–2030, laag en midden).');
    }
    const notices = screen.getByTestId('notices');
    expect(notices.textContent).toContain('Gekozen in scenario ‘Eigen’: rekenen met 330 (Wijdemeren · Bouwprogramma 2022–2030, laag en midden). De uitkomsten zijn bijgewerkt.');

    fireEvent.click(within(notices).getByTestId('notice-action'));
    expect(text('overrides')).toBe('{}');
    expect(text('affordable-target')).toBe('320');
    expect(within(finding(RATIO)).queryByTestId('alternative-in-force')).toBeNull();

    // Taken again, then removed with the button: an edit of its own, so undo brings it back.
    fireEvent.click(within(finding(RATIO)).getByTestId('alternative-take'));
    expect(text('affordable-target')).toBe('330');
    fireEvent.click(within(finding(TOTAL)).getByTestId('alternative-drop'));
    expect(text('overrides')).toBe('{}');
    expect(text('affordable-target')).toBe('320');
    expect(screen.getByTestId('notices').textContent).toContain('Weggehaald uit scenario ‘Eigen’');
    await saved();
  });

  it('the choice is saved with the scenario, as an edit in the editor is', async () => {
    await renderData({ params: {} });
    fireEvent.click(within(finding(RATIO)).getByTestId('alternative-take'));
    await waitFor(async () => {
      const stored = (await unwrap(api['scenarios.list']({}))).find((s) => s.name === 'Eigen');
      expect(stored?.params.dataOverrides).toEqual({ [LAAG_MIDDEN]: 330 });
    });
  });

  it('the zorggeschikt text figure: for that type only, Hilversum 1 076 / 3 168 × 819 = 278,2; nultreden and geclusterd keep the table', async () => {
    await renderData({ params: {} });
    expect(text('zorg-need')).toBe('1076.0');
    const zorg = within(finding(ZORG_TEXT));
    const button = zorg.getByTestId('alternative-take');
    expect(button.textContent).toBe('Voor zorggeschikt rekenen met het regiocijfer uit de tekst (819, naar rato over de tabel) in scenario ‘Eigen’');
    expect(finding(ZORG_TEXT).querySelector('.alternative')?.textContent).toContain('De gemeentetabel telt op tot 3.168, de tekst noemt 819; alleen zorggeschikt verandert');
    fireEvent.click(button);
    expect(json('need-source')).toEqual({ nultreden: 'algemeen', geclusterd: 'algemeen', zorggeschikt: 'regioTekst' });
    expect(text('zorg-need')).toBe('278.2');
    expect(zorg.getByTestId('alternative-in-force')).toBeTruthy();
    fireEvent.click(zorg.getByTestId('alternative-drop'));
    expect((json('need-source') as Record<string, string>).zorggeschikt).toBe('algemeen');
    expect(text('zorg-need')).toBe('1076.0');
    await saved();
  });

  it('a built-in scenario is not edited: the button makes a copy, opens it and makes the choice there', async () => {
    await renderData({ builtin: 'basis' });
    expect(text('open')).toBe(`${BASIS}|true`);
    const button = within(finding(RATIO)).getByTestId('alternative-take');
    expect(button.textContent).toBe(`Kopie van ‘${BASIS}’ maken en daarin rekenen met 330 (Wijdemeren · Bouwprogramma 2022–2030, laag en midden)`);
    await act(async () => {
      fireEvent.click(button);
      await Promise.resolve();
    });
    await waitFor(() => expect(text('open')).toBe(`Kopie van ${BASIS}|false`));
    await waitFor(() => expect(text('affordable-target')).toBe('330'));
    expect(json('overrides')).toEqual({ [LAAG_MIDDEN]: 330 });
    expect(screen.getByTestId('notices').textContent).toContain(`‘${BASIS}’ is ingebouwd en blijft zoals het is; de kopie ‘Kopie van ${BASIS}’ is gemaakt en geopend.`);
    const basis = (await unwrap(api['scenarios.list']({}))).find((s) => s.id === 'basis');
    expect(basis?.params.dataOverrides).toEqual({});
    // Undo takes the choice back in the copy; the copy stays.
    fireEvent.click(within(screen.getByTestId('notices')).getAllByTestId('notice-action')[0]!);
    expect(text('affordable-target')).toBe('320');
    expect(text('open')).toBe(`Kopie van ${BASIS}|false`);
    await saved();
  });

  it('in English', async () => {
    localStorage.setItem('woonzorgverkenner.locale', 'en-GB');
    await renderData({ params: {} });
    expect(within(finding(RATIO)).getByTestId('alternative-take').textContent).toBe('Calculate with 330 (Wijdemeren · Build programme 2022–2030, affordable) in scenario ‘Eigen’');
    expect(within(finding(ZORG_TEXT)).getByTestId('alternative-take').textContent).toBe('Calculate with the regional figure of the text for care-suitable (819, pro rata over the table) in scenario ‘Eigen’');
  });
});
