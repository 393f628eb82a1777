import { useMemo, useState } from 'react';
import { pipelineCapacityChart, pipelineElderlyChart, statusLabel } from '../../../shared/charts/pipelineChart';
import type { Project, ProjectDraft } from '../../../shared/projects/schema';
import { setParamAt } from '../../../shared/scenario/editParams';
import { unwrap } from '../api/client';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes } from '../components/format';
import { ProjectForm } from '../components/ProjectForm';
import { useApi, useBundle, useDraft, useLocale, useNotify, useOpenScenario, useParams, useResult, useServer } from '../state/AppState';

/** The project register (MODEL §5.5): add, edit, delete (with undo), and the pipeline against the programme and the need. */
export function Projecten() {
  const api = useApi();
  const bundle = useBundle();
  const setBundle = useServer((s) => s.setBundle);
  const result = useResult();
  const params = useParams();
  const open = useOpenScenario();
  const edit = useDraft((s) => s.edit);
  const locale = useLocale();
  const notify = useNotify();
  const nl = locale === 'nl-NL';
  const projects = bundle.dataset.projects;
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  const capacity = useMemo(() => pipelineCapacityChart(projects, result, params, bundle.dataset, locale), [projects, result, params, bundle.dataset, locale]);
  const elderly = useMemo(() => pipelineElderlyChart(projects, result, params, bundle.dataset, locale), [projects, result, params, bundle.dataset, locale]);
  const nameOf = (code: string) => bundle.gemeenten.find((g) => g.code === code)?.name ?? code;
  const reload = async () => setBundle(await unwrap(api['dataset.get']({})));

  const save = async (draft: ProjectDraft): Promise<string | null> => {
    const answer = editing && editing !== 'new' ? await api['projects.update']({ id: editing.id, project: draft }) : await api['projects.create']({ project: draft });
    if (!answer.ok) return answer.error.message;
    await reload();
    setEditing(null);
    notify({ kind: 'info', text: nl ? `Project "${draft.name}" bewaard.` : `Project "${draft.name}" saved.` });
    return null;
  };

  const remove = async (p: Project) => {
    try {
      await unwrap(api['projects.delete']({ id: p.id }));
      await reload();
      const history = await unwrap(api['history.list']({}));
      const change = history.changes.find((c) => c.target === 'project' && c.targetId === p.id && c.action === 'delete' && c.revertedBy === null);
      notify({
        kind: 'info',
        text: nl ? `Project "${p.name}" verwijderd.` : `Project "${p.name}" deleted.`,
        ...(change ? { action: { label: nl ? 'Ongedaan maken' : 'Undo', run: () => void unwrap(api['history.revertChange']({ id: change.id })).then(reload) } } : {}),
      });
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const toPipeline = () => {
    const r = setParamAt(params, 'programme.paceMode', 'pipeline');
    if (r.ok) edit('programme.paceMode', r.params);
  };

  return (
    <div className="screen" data-testid="screen-projecten">
      <div className="toolbar">
        <h2>{nl ? 'Projecten' : 'Projects'}</h2>
        <button onClick={() => setEditing('new')} data-testid="new-project">
          {nl ? 'Nieuw project' : 'New project'}
        </button>
        <span className="note" data-testid="pace-mode-note">
          {params.programme.paceMode === 'pipeline'
            ? nl
              ? `Scenario '${open.name}' rekent met de pijplijn.`
              : `Scenario '${open.name}' uses the pipeline.`
            : nl
              ? `Scenario '${open.name}' rekent niet met de projecten (bouwtempo: ${params.programme.paceMode}).`
              : `Scenario '${open.name}' does not use the projects.`}
        </span>
        {params.programme.paceMode !== 'pipeline' && !open.builtin && (
          <button onClick={toPipeline} data-testid="use-pipeline">
            {nl ? 'Reken met de pijplijn' : 'Use the pipeline'}
          </button>
        )}
      </div>
      {editing && <ProjectForm key={editing === 'new' ? 'new' : editing.id} project={editing === 'new' ? null : editing} onSave={save} onCancel={() => setEditing(null)} />}
      <div className="grid-2">
        <PlotlyChart spec={capacity} />
        <PlotlyChart spec={elderly} />
      </div>
      <div className="table-wrap">
        <table className="results" data-testid="project-table">
          <thead>
            <tr>
              <th>{nl ? 'Project' : 'Project'}</th>
              <th>{nl ? 'Gemeente' : 'Municipality'}</th>
              <th>{nl ? 'Oplevering' : 'Completion'}</th>
              <th>Status</th>
              <th>{nl ? 'Kans' : 'Probability'}</th>
              <th>{nl ? 'Woningen' : 'Homes'}</th>
              <th>{nl ? 'Betaalbaar' : 'Affordable'}</th>
              <th>{nl ? 'Soc. huur' : 'Social rent'}</th>
              <th>{nl ? 'Nultreden' : 'Zero-step'}</th>
              <th>{nl ? 'Geclusterd' : 'Clustered'}</th>
              <th>{nl ? 'Zorggeschikt' : 'Care'}</th>
              <th>{nl ? 'Bron' : 'Source'}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {projects.length === 0 && (
              <tr>
                <td colSpan={13} className="nodata-note">
                  {nl ? 'Nog geen projecten. Voeg er een toe of lees een bestand in (Data & bronnen → Inlezen).' : 'No projects yet.'}
                </td>
              </tr>
            )}
            {projects.map((p) => (
              <tr key={p.id} data-project={p.name}>
                <td title={p.note}>{p.name}</td>
                <td>{nameOf(p.gemeente)}</td>
                <td>{p.completionYear}</td>
                <td>{statusLabel(p.status, locale)}</td>
                <td>{Math.round(params.pipeline.probability[p.status] * 100)} %</td>
                <td>{homes(p.homes.total, locale)}</td>
                <td>{homes(p.homes.affordable, locale)}</td>
                <td>{homes(p.homes.socialRent, locale)}</td>
                <td>{homes(p.homes.nultreden, locale)}</td>
                <td>{homes(p.homes.geclusterd, locale)}</td>
                <td>{homes(p.homes.zorggeschikt, locale)}</td>
                <td>{p.source}</td>
                <td className="actions">
                  <button className="small" onClick={() => setEditing(p)}>
                    {nl ? 'Bewerk' : 'Edit'}
                  </button>
                  <button className="small danger" onClick={() => void remove(p)} data-testid={`delete-project-${p.name}`}>
                    {nl ? 'Verwijder' : 'Delete'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">
        {nl
          ? 'De kans op realisatie per status is een aanname van het scenario (Scenario’s → Pijplijn). Projecten met een opleverjaar tot en met het laatste realisatiejaar zitten al in de realisatiecijfers en tellen niet opnieuw mee.'
          : 'The completion probability per status is a scenario assumption. Projects up to the last realisation year are already in the realisation figures.'}
      </p>
    </div>
  );
}
