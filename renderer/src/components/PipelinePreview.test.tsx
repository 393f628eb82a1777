// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScenarioParamsInput } from '../../../shared/scenario/schema';
import { unwrap } from '../api/client';
import { useParams } from '../state/AppState';
import { useRenderWithStore } from '../test/renderWithStore';
import { AssumptionEditor } from './AssumptionEditor';
import { ProjectForm } from './ProjectForm';

const renderWithStore = useRenderWithStore();

/** Shows what the draft holds, so a test can tell "shown" from "applied". */
function Draft() {
  const p = useParams();
  return <span data-testid="draft">{`${p.programme.paceMode}|${String(p.elderly.newBuildShare.zorggeschikt)}`}</span>;
}

async function renderWith(ui: React.ReactNode, params: ScenarioParamsInput = {}, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const withDraft = (
    <>
      <Draft />
      {ui}
    </>
  );
  await renderWithStore(withDraft, {
    locale,
    prepare: async (api) => {
      const s = await unwrap(api['scenarios.create']({ name: 'Eigen', params }));
      const project = (name: string, gemeente: string, completionYear: number) =>
        unwrap(api['projects.create']({ project: { name, gemeente, completionYear, status: 'vergund', homes: { total: 100 }, note: '' } }));
      await project('Laanhof', 'GM0402', 2027);
      await project('Stationsgebied', 'GM0402', 2029);
      // Completed in the base year (2023): in the realisation figures, so Huizen has no project that counts.
      await project('Oude Haven', 'GM0406', 2023);
      return s.id;
    },
  });
}

describe('choosing the pipeline pace shows what it changes before it applies', () => {
  it('lists the gemeenten with projects and what the others keep; applies only on "apply"', async () => {
    await renderWith(<AssumptionEditor readOnly={false} />, { programme: { customPace: { GM0417: 20 } } });
    expect(screen.queryByTestId('pipeline-preview')).toBeNull();
    fireEvent.change(screen.getByTestId('param-programme.paceMode'), { target: { value: 'pipeline' } });

    const preview = screen.getByTestId('pipeline-preview');
    expect(screen.getByTestId('draft').textContent).toMatch(/^trend\|/); // shown, not applied
    expect(preview.textContent).toContain('Een gemeente zonder projecten in het register houdt haar eigen bouwtempo als het scenario dat zet, anders haar trend (huidig tempo × tempofactor).');
    expect(within(screen.getByTestId('pipeline-with-projects')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hilversum: 2 projecten']);
    const without = within(screen.getByTestId('pipeline-without-projects')).getAllByRole('listitem').map((li) => li.textContent);
    // Laren keeps its own 20 a year; Huizen (its one project is in the realisation) its trend: 50 realised over 2022–2023.
    expect(without).toContain('Laren: eigen tempo, 20 per jaar');
    expect(without).toContain('Huizen: trend, 25 per jaar');
    expect(without).toHaveLength(5);
    expect(preview.textContent).toContain('Zonder bouwprogramma, dus zonder tempo: Eemnes.');

    fireEvent.click(screen.getByTestId('pipeline-cancel'));
    expect(screen.queryByTestId('pipeline-preview')).toBeNull();
    expect(screen.getByTestId('draft').textContent).toMatch(/^trend\|/);

    fireEvent.change(screen.getByTestId('param-programme.paceMode'), { target: { value: 'pipeline' } });
    fireEvent.click(screen.getByTestId('pipeline-apply'));
    expect(screen.getByTestId('draft').textContent).toMatch(/^pipeline\|/);
    // Once applied it stays beside the choice, without the buttons.
    expect(screen.getByTestId('pipeline-preview')).toBeTruthy();
    expect(screen.queryByTestId('pipeline-apply')).toBeNull();
  });

  it('speaks English in the English window', async () => {
    await renderWith(<AssumptionEditor readOnly={false} />, {}, 'en-GB');
    fireEvent.change(screen.getByTestId('param-programme.paceMode'), { target: { value: 'pipeline' } });
    expect(within(screen.getByTestId('pipeline-with-projects')).getByRole('listitem').textContent).toBe('Hilversum: 2 projects');
    expect(screen.getByTestId('pipeline-preview').textContent).toContain('otherwise its trend (current pace × multiplier)');
  });
});

describe('shares of new build over 100 % are refused at the field that was typed', () => {
  it('the field says why, in the window’s language, and the draft keeps the last valid value', async () => {
    await renderWith(<AssumptionEditor readOnly={false} />, { elderly: { newBuildShare: { geclusterd: 0.8 } } }, 'en-GB');
    const field = screen.getByTestId('param-elderly.newBuildShare.zorggeschikt');
    fireEvent.change(field, { target: { value: '30' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'The shares of suitable new build add up to 110% (clustered 80% + care-suitable 30%); together they can be at most 100% of new build. Zero-step on the historic share does not count here: that share only follows from the realisation figures.',
    );
    expect(screen.getByTestId('draft').textContent).toBe('trend|0');
    fireEvent.change(field, { target: { value: '20' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('draft').textContent).toBe('trend|0.2');
  });
});

describe('project form: a project that would not count is said at its field, and may still be saved', () => {
  const form = () => <ProjectForm project={null} onSave={() => Promise.resolve(null)} onCancel={() => undefined} />;

  it('warns at the completion year in or before the gemeente’s last realisation year', async () => {
    await renderWith(form());
    fireEvent.change(screen.getByTestId('project-gemeente'), { target: { value: 'GM0402' } });
    fireEvent.change(screen.getByTestId('project-completionYear'), { target: { value: '2023' } });
    expect(screen.getByTestId('project-completionYear-warning').textContent).toBe(
      '2023 valt in of vóór 2023, het laatste jaar met realisatiecijfers van Hilversum: de pijplijn telt dit project niet mee, want de woningen horen al in de realisatiecijfers. Bewaren kan wel, bijvoorbeeld om een opgeleverd project vast te leggen.',
    );
    expect(screen.getByTestId('project-completionYear').getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(screen.getByTestId('project-completionYear'), { target: { value: '2024' } });
    expect(screen.queryByTestId('project-completionYear-warning')).toBeNull();
  });

  it('warns at the gemeente when it has no build programme', async () => {
    await renderWith(form());
    fireEvent.change(screen.getByTestId('project-gemeente'), { target: { value: 'GM0317' } });
    expect(screen.getByTestId('project-gemeente-warning').textContent).toBe('Eemnes heeft geen bouwprogramma: dit project telt in geen enkele uitkomst mee. Bewaren kan wel.');
  });
});
