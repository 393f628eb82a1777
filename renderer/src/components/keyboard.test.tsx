// @vitest-environment jsdom
// The project screen imports the chart (mocked below), whose Plotly types live in a declaration
// file that renderer/tsconfig.test.json does not include on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../charts/plotlyModules.d.ts" />
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import type { Api } from '../../../shared/api/contract';
import { unwrap } from '../api/client';
import { useOpenScenario } from '../state/AppState';
import { useRenderWithStore } from '../test/renderWithStore';
import { Projecten } from '../screens/Projecten';
import { DataBronnen } from '../screens/DataBronnen';
import { ScenarioList } from './ScenarioList';
import { AssumptionEditor } from './AssumptionEditor';
import { Notices } from './Notices';

// Plotly needs a real browser (the e2e tests draw it); here only the chart's title counts.
vi.mock('../charts/PlotlyChart', () => ({ PlotlyChart: ({ spec }: { spec: ChartSpec }) => <figure data-testid={`chart-${spec.id}`}>{spec.title}</figure> }));

const renderWithStore = useRenderWithStore();

function OpenProbe() {
  return <output data-testid="open-probe">{useOpenScenario().id}</output>;
}

async function renderWith(ui: React.ReactNode, prepare?: (api: Api) => Promise<string | undefined>): Promise<Api> {
  const withProbe = (
    <>
      {ui}
      <OpenProbe />
    </>
  );
  const { api } = await renderWithStore(withProbe, { prepare });
  return api;
}

function ListWithNotices() {
  return (
    <>
      <ScenarioList />
      <Notices />
    </>
  );
}

/** A click as a browser does it: the button takes the focus first. */
const press = (el: HTMLElement) => {
  el.focus();
  fireEvent.click(el);
};

describe('keyboard: Esc closes a form without saving, the focus goes back to what opened it', () => {
  it('Nieuw project: the name field has the focus; Esc closes the form, nothing is saved, the focus is on the button again', async () => {
    const api = await renderWith(<Projecten />);
    const before = (await unwrap(api['dataset.get']({}))).dataset.projects.length;
    press(screen.getByTestId('new-project'));
    const name = await screen.findByTestId('project-name');
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Niet bewaren' } });
    fireEvent.keyDown(screen.getByTestId('project-total'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('project-form')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('new-project'));
    expect((await unwrap(api['dataset.get']({}))).dataset.projects.length).toBe(before);
    // The cancel button does the same.
    press(screen.getByTestId('new-project'));
    press(await screen.findByRole('button', { name: 'Annuleer' }));
    await waitFor(() => expect(screen.queryByTestId('project-form')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('new-project'));
  });

  it('the pipeline preview on Projecten: Esc inside it closes it without switching, the focus is on its button again', async () => {
    await renderWith(<Projecten />, async (api) => (await unwrap(api['scenarios.create']({ name: 'Eigen', params: {} }))).id);
    press(screen.getByTestId('use-pipeline'));
    const cancel = await screen.findByTestId('pipeline-cancel');
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('pipeline-preview')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('use-pipeline'));
    expect(screen.getByTestId('use-pipeline').getAttribute('aria-expanded')).toBe('false');
  });

  it('the pipeline preview in the scenario editor: Esc closes it, the pace stays as it was, the focus is on the pace choice again', async () => {
    await renderWith(<AssumptionEditor readOnly={false} />, async (api) => (await unwrap(api['scenarios.create']({ name: 'Eigen', params: {} }))).id);
    const pace = screen.getByTestId<HTMLSelectElement>('param-programme.paceMode');
    pace.focus();
    fireEvent.change(pace, { target: { value: 'pipeline' } });
    const cancel = await screen.findByTestId('pipeline-cancel');
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('pipeline-cancel')).toBeNull());
    expect(document.activeElement).toBe(pace);
    expect(pace.value).toBe('trend');
  });

  it('a figure\'s inline edit on Data & bronnen: Esc closes it unsaved and the row\'s edit button has the focus', async () => {
    const api = await renderWith(<DataBronnen />);
    const row = screen.getByTestId('figures-table').querySelector<HTMLTableRowElement>('tbody tr[data-figure]')!;
    const figureId = row.dataset.figure!;
    press(row.querySelector<HTMLButtonElement>('td.actions button')!);
    const field = await screen.findByTestId('figure-value');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: '12345' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('figure-value')).toBeNull());
    const again = screen.getByTestId('figures-table').querySelector(`tr[data-figure="${figureId}"] td.actions button`);
    expect(document.activeElement).toBe(again);
    const figure = (await unwrap(api['dataset.get']({}))).figures.find((v) => v.figure.id === figureId);
    expect(figure?.edit).toBeNull();
  });

  it('renaming a scenario: Esc keeps the old name and gives the focus back to its rename button, as saving does', async () => {
    let id = '';
    await renderWith(<ScenarioList />, async (api) => {
      id = (await unwrap(api['scenarios.create']({ name: 'Eerste', params: {} }))).id;
      return id;
    });
    press(screen.getByTestId(`rename-${id}`));
    const field = await screen.findByTestId('rename-input');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Anders' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('rename-input')).toBeNull());
    expect(screen.getByTestId(`open-${id}`).textContent).toBe('Eerste');
    expect(document.activeElement).toBe(screen.getByTestId(`rename-${id}`));
    // Saved with Enter: the same.
    press(screen.getByTestId(`rename-${id}`));
    fireEvent.change(await screen.findByTestId('rename-input'), { target: { value: 'Anders' } });
    fireEvent.submit(screen.getByTestId('rename-input'));
    await waitFor(() => expect(screen.queryByTestId('rename-input')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`rename-${id}`)));
    expect(screen.getByTestId(`open-${id}`).textContent).toBe('Anders');
  });
});

describe('keyboard: after deleting a scenario the focus stays in the list', () => {
  it('a scenario that is not open: the open one stays open (also after undo), the focus goes to the next in the list, the last one\'s to the one before', async () => {
    const ids: string[] = [];
    await renderWith(<ListWithNotices />, async (api) => {
      for (const name of ['Een', 'Twee', 'Drie']) ids.push((await unwrap(api['scenarios.create']({ name, params: {} }))).id);
      return ids[0];
    });
    const listed = () => [...screen.getByTestId('scenario-list').querySelectorAll<HTMLElement>('li[data-scenario]')].map((li) => li.dataset.scenario);
    const order = listed();
    const [een, twee, drie] = ids as [string, string, string];
    expect(screen.getByTestId('open-probe').textContent).toBe(een);
    // Twee: the focus goes to the scenario after it; Een stays open.
    const afterTwee = order[order.indexOf(twee) + 1];
    press(screen.getByTestId(`delete-${twee}`));
    await waitFor(() => expect(listed()).not.toContain(twee));
    expect(afterTwee).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`open-${afterTwee!}`)));
    expect(screen.getByTestId('open-probe').textContent).toBe(een);
    // Undoing it brings Twee back without opening it.
    fireEvent.click(screen.getByTestId('notice-action'));
    await waitFor(() => expect(listed()).toContain(twee));
    expect(screen.getByTestId('open-probe').textContent).toBe(een);
    // The last of the list: the focus goes to the one before it.
    const now = listed();
    const last = now.at(-1)!;
    expect([een, drie]).toContain(last);
    if (last === een) throw new Error('de lijst staat anders dan verwacht');
    const beforeLast = now.at(-2)!;
    press(screen.getByTestId(`delete-${last}`));
    await waitFor(() => expect(listed()).not.toContain(last));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`open-${beforeLast}`)));
    expect(screen.getByTestId('open-probe').textContent).toBe(een);
  });

  it('the open scenario: its neighbour opens and has the focus', async () => {
    const ids: string[] = [];
    await renderWith(<ScenarioList />, async (api) => {
      for (const name of ['Een', 'Twee']) ids.push((await unwrap(api['scenarios.create']({ name, params: {} }))).id);
      return ids[0];
    });
    const order = [...screen.getByTestId('scenario-list').querySelectorAll<HTMLElement>('li[data-scenario]')].map((li) => li.dataset.scenario!);
    const een = ids[0]!;
    const at = order.indexOf(een);
    const neighbour = order[at + 1] ?? order[at - 1]!;
    press(screen.getByTestId(`delete-${een}`));
    await waitFor(() => expect(screen.getByTestId('open-probe').textContent).toBe(neighbour));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`open-${neighbour}`)));
    expect(screen.queryByTestId(`open-${een}`)).toBeNull();
  });
});
