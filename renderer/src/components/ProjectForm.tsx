import { useState } from 'react';
import { membersDuring } from '../../../shared/dataset/query';
import { PROJECT_STATUSES, ProjectDraft, type Project } from '../../../shared/projects/schema';
import { statusLabel } from '../../../shared/charts/pipelineChart';
import { parseNumberText } from '../../../shared/scenario/setParam';
import { useBundle, useLocale } from '../state/AppState';

type Fields = { name: string; gemeente: string; completionYear: string; status: string; total: string; affordable: string; socialRent: string; nultreden: string; geclusterd: string; zorggeschikt: string; note: string };
const CATEGORIES = ['affordable', 'socialRent', 'nultreden', 'geclusterd', 'zorggeschikt'] as const;

function fieldsOf(p: Project | null, gemeente: string): Fields {
  const n = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    name: p?.name ?? '',
    gemeente: p?.gemeente ?? gemeente,
    completionYear: n(p?.completionYear ?? new Date().getFullYear() + 2),
    status: p?.status ?? 'planvorming',
    total: n(p?.homes.total),
    affordable: n(p?.homes.affordable ?? 0),
    socialRent: n(p?.homes.socialRent ?? 0),
    nultreden: n(p?.homes.nultreden ?? 0),
    geclusterd: n(p?.homes.geclusterd ?? 0),
    zorggeschikt: n(p?.homes.zorggeschikt ?? 0),
    note: p?.note ?? '',
  };
}

/** Create or edit a project; every field is checked with the same schema as the store, messages per field in Dutch. */
export function ProjectForm({ project, onSave, onCancel }: { project: Project | null; onSave: (draft: ProjectDraft) => Promise<string | null>; onCancel: () => void }) {
  const bundle = useBundle();
  const locale = useLocale();
  const nl = locale === 'nl-NL';
  const gemeenten = membersDuring(bundle.dataset, 2022, 2030);
  const [f, setF] = useState<Fields>(() => fieldsOf(project, gemeenten[0]?.code ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const labels: Record<string, string> = nl
    ? { name: 'Naam', gemeente: 'Gemeente', completionYear: 'Opleverjaar', status: 'Status', total: 'Woningen totaal', affordable: 'Betaalbaar', socialRent: 'Sociale huur', nultreden: 'Nultreden', geclusterd: 'Geclusterd', zorggeschikt: 'Zorggeschikt', note: 'Toelichting' }
    : { name: 'Name', gemeente: 'Municipality', completionYear: 'Completion year', status: 'Status', total: 'Homes in total', affordable: 'Affordable', socialRent: 'Social rent', nultreden: 'Zero-step', geclusterd: 'Clustered', zorggeschikt: 'Care-suitable', note: 'Note' };

  const submit = async () => {
    const num = (text: string) => (text.trim() === '' ? Number.NaN : (parseNumberText(text) ?? Number.NaN));
    const draft = {
      name: f.name,
      gemeente: f.gemeente,
      completionYear: num(f.completionYear),
      status: f.status,
      homes: { total: num(f.total), ...Object.fromEntries(CATEGORIES.map((c) => [c, f[c].trim() === '' ? 0 : num(f[c])])) },
      note: f.note,
    };
    const parsed = ProjectDraft.safeParse(draft);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[issue.path.length - 1] ?? 'name');
        next[key] ??= /expected number|NaN|Invalid input/i.test(issue.message) ? (nl ? 'Vul een getal in.' : 'Enter a number.') : issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    const problem = await onSave(parsed.data);
    setBusy(false);
    if (problem) setErrors({ form: problem });
  };

  const input = (k: keyof Fields, props: { numeric?: boolean; wide?: boolean } = {}) => (
    <label className={`form-field ${props.wide ? 'wide' : ''}`}>
      <span>{labels[k]}</span>
      <input type="text" inputMode={props.numeric ? 'numeric' : undefined} value={f[k]} onChange={set(k)} aria-invalid={errors[k] !== undefined} data-testid={`project-${k}`} maxLength={k === 'note' ? 2000 : 200} />
      {errors[k] && <span className="field-error" role="alert">{errors[k]}</span>}
    </label>
  );

  return (
    <form
      className="card project-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="project-form"
    >
      <h3>{project ? (nl ? `Project bewerken: ${project.name}` : `Edit project: ${project.name}`) : nl ? 'Nieuw project' : 'New project'}</h3>
      <div className="form-grid">
        {input('name', { wide: true })}
        <label className="form-field">
          <span>{labels.gemeente}</span>
          <select value={f.gemeente} onChange={set('gemeente')} data-testid="project-gemeente">
            {gemeenten.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        {input('completionYear', { numeric: true })}
        <label className="form-field">
          <span>{labels.status}</span>
          <select value={f.status} onChange={set('status')} data-testid="project-status">
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, locale)}
              </option>
            ))}
          </select>
        </label>
        {input('total', { numeric: true })}
        {CATEGORIES.map((c) => <span key={c}>{input(c, { numeric: true })}</span>)}
        {input('note', { wide: true })}
      </div>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" disabled={busy} data-testid="project-save">
          {nl ? 'Bewaar project' : 'Save project'}
        </button>
        <button type="button" onClick={onCancel}>
          {nl ? 'Annuleer' : 'Cancel'}
        </button>
        <span className="note">{nl ? 'Categorieën tellen woningen van het totaal (een woning kan betaalbaar én nultreden zijn).' : 'Categories count homes of the total.'}</span>
      </div>
    </form>
  );
}
