import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { membersDuring } from '../../../shared/dataset/query';
import type { Catalogue } from '../../../shared/i18n/catalogue';
import { PROJECT_STATUSES, ProjectDraft, type Project } from '../../../shared/projects/schema';
import { parseNumberText } from '../../../shared/scenario/setParam';
import type { Result } from '../../../shared/result/schema';
import { useBundle, useLocale, useMessages, useResult } from '../state/AppState';
import { unsafeCharacterOf, unsafeCharacterText } from '../../../shared/validation/safeText';
import type { Locale } from '../../../shared/format/nl';
import { closeOnEscape } from '../hooks/useFocusReturn';

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

type FormText = Catalogue['projectScreen']['form'];

/**
 * A field's complaint, worded from the schema's check rather than its (Dutch) message; a check
 * this does not know keeps the schema's message.
 */
function issueText(issue: z.core.$ZodIssue, homes: Record<string, number>, t: FormText, locale: Locale): string {
  const key = String(issue.path.at(-1) ?? 'name');
  // The text rule's refusal in the window's language (its zod message is Dutch).
  const unsafe = unsafeCharacterOf(issue);
  if (unsafe) return unsafeCharacterText(unsafe, unsafe.field, locale);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? t.wholeNumber : t.enterNumber;
    case 'too_small':
      return key === 'name' ? t.nameRequired : t.atLeast(Number(issue.minimum));
    case 'too_big':
      return t.atMost(Number(issue.maximum));
    case 'custom':
      return key in homes && key !== 'total' ? t.moreThanTotal(homes[key] ?? 0, homes.total ?? 0) : issue.message;
    default:
      return issue.message;
  }
}

/**
 * What the form says, beside the schema's refusals, about a project that would be saved but not
 * counted: in a gemeente without a programme, or completing in or before the gemeente's last
 * realisation year (the engine's rule: those homes are in the realisation figures). The base
 * year comes from the result, which reads it from the data, per gemeente.
 */
function countingWarnings(f: Fields, result: Result, nameOf: (code: string) => string, t: FormText): Partial<Record<'gemeente' | 'completionYear', string>> {
  const g = result.gemeenten.find((x) => x.code === f.gemeente);
  if (!g) return {};
  if (!g.programme) return { gemeente: t.noProgramme(nameOf(f.gemeente)) };
  const year = parseNumberText(f.completionYear);
  if (year === null || !Number.isInteger(year) || year > g.programme.baseYear) return {};
  return { completionYear: t.inRealisation(year, g.programme.baseYear, nameOf(f.gemeente)) };
}

/**
 * Create or edit a project; every field is checked with the same schema as the store, a message per
 * field. The name field has the focus once the form opens; Esc closes it without saving (the
 * screen gives the focus back to what opened it).
 */
export function ProjectForm({ project, onSave, onCancel }: { project: Project | null; onSave: (draft: ProjectDraft) => Promise<string | null>; onCancel: () => void }) {
  const bundle = useBundle();
  const { projectScreen, terms } = useMessages();
  const locale = useLocale();
  const t = projectScreen.form;
  const gemeenten = membersDuring(bundle.dataset, 2022, 2030);
  const [f, setF] = useState<Fields>(() => fieldsOf(project, gemeenten[0]?.code ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const labels = t.fields;
  const result = useResult();
  const warnings = countingWarnings(f, result, (code) => gemeenten.find((g) => g.code === code)?.name ?? code, t);

  const submit = async () => {
    const num = (text: string) => (text.trim() === '' ? Number.NaN : (parseNumberText(text) ?? Number.NaN));
    const homes: Record<string, number> = { total: num(f.total), ...Object.fromEntries(CATEGORIES.map((c) => [c, f[c].trim() === '' ? 0 : num(f[c])])) };
    const draft = { name: f.name, gemeente: f.gemeente, completionYear: num(f.completionYear), status: f.status, homes, note: f.note };
    const parsed = ProjectDraft.safeParse(draft);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[issue.path.length - 1] ?? 'name');
        next[key] ??= issueText(issue, homes, t, locale);
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
      <input ref={k === 'name' ? first : undefined} type="text" inputMode={props.numeric ? 'numeric' : undefined} value={f[k]} onChange={set(k)} aria-invalid={errors[k] !== undefined} data-testid={`project-${k}`} maxLength={k === 'note' ? 2000 : 200} />
      {errors[k] && <span className="field-error" role="alert">{errors[k]}</span>}
      {!errors[k] && k === 'completionYear' && warnings.completionYear && (
        <span className="field-warning" role="status" data-testid="project-completionYear-warning">
          {warnings.completionYear}
        </span>
      )}
    </label>
  );

  return (
    <form
      className="card project-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={closeOnEscape(onCancel)}
      data-testid="project-form"
    >
      <h3>{project ? t.editHeading(project.name) : t.newHeading}</h3>
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
          {warnings.gemeente && (
            <span className="field-warning" role="status" data-testid="project-gemeente-warning">
              {warnings.gemeente}
            </span>
          )}
        </label>
        {input('completionYear', { numeric: true })}
        <label className="form-field">
          <span>{labels.status}</span>
          <select value={f.status} onChange={set('status')} data-testid="project-status">
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {terms.projectStatus[s]}
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
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <span className="note">{t.categoriesNote}</span>
      </div>
    </form>
  );
}
