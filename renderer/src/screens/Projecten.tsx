import { useMemo, useRef, useState } from 'react';
import { pipelineCapacityChart, pipelineElderlyChart } from '../../../shared/charts/pipelineChart';
import { formatPercent } from '../../../shared/format/nl';
import type { Project, ProjectDraft } from '../../../shared/projects/schema';
import { setParamAt } from '../../../shared/scenario/editParams';
import { unwrap } from '../api/client';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes } from '../components/format';
import { PipelinePreview, pipelineCoverage } from '../components/PipelinePreview';
import { ProjectForm } from '../components/ProjectForm';
import { useFocusReturn } from '../hooks/useFocusReturn';
import { useApi, useBundle, useDraft, useLocale, useMessages, useNotify, useOpenScenario, useParams, useResult, useServer } from '../state/AppState';

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
  const { projectScreen: t, terms, screens } = useMessages();
  const projects = bundle.dataset.projects;
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  // Closing the form (Esc, cancel, save) gives the focus back to the button that opened it.
  const newButton = useRef<HTMLButtonElement>(null);
  const rememberOpener = useFocusReturn(editing !== null, newButton);
  const startEditing = (what: Project | 'new') => {
    rememberOpener();
    setEditing(what);
  };
  const capacity = useMemo(() => pipelineCapacityChart(projects, result, params, bundle.dataset, locale), [projects, result, params, bundle.dataset, locale]);
  const elderly = useMemo(() => pipelineElderlyChart(projects, result, params, bundle.dataset, locale), [projects, result, params, bundle.dataset, locale]);
  const nameOf = (code: string) => bundle.gemeenten.find((g) => g.code === code)?.name ?? code;
  const reload = async () => setBundle(await unwrap(api['dataset.get']({})));

  const save = async (draft: ProjectDraft): Promise<string | null> => {
    const answer = editing && editing !== 'new' ? await api['projects.update']({ id: editing.id, project: draft }) : await api['projects.create']({ project: draft });
    if (!answer.ok) return answer.error.message;
    await reload();
    setEditing(null);
    notify({ kind: 'info', text: t.saved(draft.name) });
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
        text: t.deleted(p.name),
        ...(change ? { action: { label: t.undo, run: () => void unwrap(api['history.revertChange']({ id: change.id })).then(reload) } } : {}),
      });
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  // The switch shows what it changes per gemeente before it applies (as in the scenario editor).
  const [pipelinePending, setPipelinePending] = useState(false);
  const pipelineButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(pipelinePending, pipelineButton);
  const toPipeline = () => {
    setPipelinePending(false);
    const r = setParamAt(params, 'programme.paceMode', 'pipeline');
    if (r.ok) edit('programme.paceMode', r.params);
    // A scenario saved before a newer rule refuses every edit until fixed: say why, not nothing.
    else notify({ kind: 'error', text: r.message });
  };

  return (
    <div className="screen" data-testid="screen-projecten">
      <div className="toolbar">
        <h2>{screens.projecten}</h2>
        <button ref={newButton} onClick={() => startEditing('new')} data-testid="new-project">
          {t.newProject}
        </button>
        <span className="note" data-testid="pace-mode-note">
          {params.programme.paceMode === 'pipeline' ? t.usesPipeline(open.name) : t.usesOther(open.name, terms.paceMode[params.programme.paceMode])}
        </span>
        {params.programme.paceMode !== 'pipeline' && !open.builtin && (
          <button ref={pipelineButton} onClick={() => setPipelinePending(true)} data-testid="use-pipeline" aria-expanded={pipelinePending}>
            {t.usePipeline}
          </button>
        )}
      </div>
      {pipelinePending && params.programme.paceMode !== 'pipeline' && (
        <PipelinePreview coverage={pipelineCoverage(bundle.dataset, result, params)} locale={locale} onApply={toPipeline} onCancel={() => setPipelinePending(false)} />
      )}
      {editing && <ProjectForm key={editing === 'new' ? 'new' : editing.id} project={editing === 'new' ? null : editing} onSave={save} onCancel={() => setEditing(null)} />}
      <div className="grid-2">
        <PlotlyChart spec={capacity} />
        <PlotlyChart spec={elderly} />
      </div>
      <div className="table-wrap">
        <table className="results" data-testid="project-table">
          <thead>
            <tr>
              {Object.entries(t.columns).map(([key, header]) => (
                <th key={key}>{header}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {projects.length === 0 && (
              <tr>
                <td colSpan={Object.keys(t.columns).length + 1} className="nodata-note">
                  {t.none}
                </td>
              </tr>
            )}
            {projects.map((p) => (
              <tr key={p.id} data-project={p.name}>
                <td title={p.note}>{p.name}</td>
                <td>{nameOf(p.gemeente)}</td>
                <td>{p.completionYear}</td>
                <td>{terms.projectStatus[p.status]}</td>
                <td>{formatPercent(params.pipeline.probability[p.status], 0, locale)}</td>
                <td>{homes(p.homes.total, locale)}</td>
                <td>{homes(p.homes.affordable, locale)}</td>
                <td>{homes(p.homes.socialRent, locale)}</td>
                <td>{homes(p.homes.nultreden, locale)}</td>
                <td>{homes(p.homes.geclusterd, locale)}</td>
                <td>{homes(p.homes.zorggeschikt, locale)}</td>
                <td>{p.source === 'invoer' ? t.entered : p.source}</td>
                <td className="actions">
                  <button className="small" onClick={() => startEditing(p)}>
                    {t.edit}
                  </button>
                  <button className="small danger" onClick={() => void remove(p)} data-testid={`delete-project-${p.name}`}>
                    {t.delete}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">
        {t.note}
      </p>
    </div>
  );
}
