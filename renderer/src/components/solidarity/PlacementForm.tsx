import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { z } from 'zod';
import type { Catalogue } from '../../../../shared/i18n/catalogue';
import { PLACEMENT_STATUSES, Placement, type PlacementInput } from '../../../../shared/scenario/schema';
import { parseNumberText } from '../../../../shared/scenario/setParam';
import { useMessages } from '../../state/AppState';

type Fields = { type: string; action: Placement['action']; units: string; gemeente: string; from: string; year: string; status: Placement['status']; label: string };
type FieldKey = keyof Fields;
type FormText = Catalogue['solidarity']['form'];
const ACTIONS = ['add', 'remove', 'move'] as const;

/** What a field's refusal says, from the schema's check, in the window's language. */
export function placementIssueText(issue: z.core.$ZodIssue, t: FormText): string {
  const field = String(issue.path.at(-1) ?? '');
  if (field === 'units') {
    if (issue.code === 'too_small') return t.unitsAtLeast;
    if (issue.code === 'too_big') return t.unitsAtMost;
    return issue.code === 'invalid_type' && issue.expected === 'int' ? t.wholeUnits : t.enterNumber;
  }
  if (field === 'year') {
    if (issue.code === 'too_small' || issue.code === 'too_big') return t.yearRange;
    return issue.code === 'invalid_type' && issue.expected === 'int' ? t.wholeYear : t.enterNumber;
  }
  if (field === 'from') return issue.message.includes('andere gemeente') ? t.moveSameGemeente : t.moveNeedsFrom;
  return issue.message;
}

/** The field a refusal belongs to: the schema's `from` is shown at the form's "Van gemeente". */
const fieldOf = (issue: z.core.$ZodIssue): FieldKey | 'form' => {
  const key = String(issue.path.at(-1) ?? '');
  return ['type', 'action', 'units', 'gemeente', 'from', 'year', 'status', 'label'].includes(key) ? (key as FieldKey) : 'form';
};

type Props = {
  placement: Placement | null;
  types: readonly { type: string; label: string }[];
  gemeenten: readonly { code: string; name: string }[];
  defaultYear: number;
  newId: string;
  /** Saves in the scenario; the scenario's refusals come back to be shown at their fields. */
  onSave: (placement: PlacementInput) => readonly z.core.$ZodIssue[] | null;
  onCancel: () => void;
};

/**
 * Add or change one planned placement of the scenario. Every field is checked with the scenario's
 * own schema (whole units ≥ 1, a year 2020–2040, a move from another gemeente) and a refusal is
 * said at its field; nothing is stored until all is well. Esc closes the form without saving.
 */
export function PlacementForm({ placement: p, types, gemeenten, defaultYear, newId, onSave, onCancel }: Props) {
  const { solidarity } = useMessages();
  const t = solidarity.form;
  const first = useRef<HTMLSelectElement>(null);
  const [f, setF] = useState<Fields>(() => ({
    type: p?.type ?? types[0]?.type ?? '',
    action: p?.action ?? 'add',
    units: p ? String(p.units) : '',
    gemeente: p?.gemeente ?? gemeenten[0]?.code ?? '',
    from: p?.from ?? '',
    year: String(p?.year ?? defaultYear),
    status: p?.status ?? 'voornemen',
    label: p?.label ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<FieldKey | 'form', string>>>({});
  useEffect(() => first.current?.focus(), []);
  const set = (k: FieldKey) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));

  const show = (issues: readonly z.core.$ZodIssue[]) => {
    const next: Partial<Record<FieldKey | 'form', string>> = {};
    for (const issue of issues) next[fieldOf(issue)] ??= placementIssueText(issue, t);
    // The schema checks the move's origin only once the other fields pass; say it at once.
    if (f.action === 'move' && f.from === '') next.from ??= t.moveNeedsFrom;
    if (f.action === 'move' && f.from === f.gemeente) next.from ??= t.moveSameGemeente;
    setErrors(next);
  };
  const submit = () => {
    const num = (text: string) => (text.trim() === '' ? Number.NaN : (parseNumberText(text) ?? Number.NaN));
    const draft: PlacementInput = {
      id: p?.id ?? newId,
      action: f.action,
      type: f.type,
      units: num(f.units),
      gemeente: f.gemeente,
      from: f.action === 'move' ? f.from || null : null,
      year: num(f.year),
      status: f.status,
      label: f.label.trim(),
      source: p?.source ?? null,
      active: p?.active ?? true,
    };
    const parsed = Placement.safeParse(draft);
    if (!parsed.success) {
      show(parsed.error.issues);
      return;
    }
    const refused = onSave(parsed.data);
    if (refused) show(refused);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };

  const error = (k: FieldKey) =>
    errors[k] ? (
      <span className="field-error" role="alert" id={`placement-${k}-error`}>
        {errors[k]}
      </span>
    ) : null;
  const described = (k: FieldKey) => ({ 'aria-invalid': errors[k] !== undefined, 'aria-describedby': errors[k] ? `placement-${k}-error` : undefined });
  const gemeenteOptions = gemeenten.map((g) => (
    <option key={g.code} value={g.code}>
      {g.name}
    </option>
  ));
  return (
    <form
      className="card placement-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={onKeyDown}
      aria-labelledby="placement-form-heading"
      data-testid="placement-form"
    >
      <h4 id="placement-form-heading">{p ? t.editHeading(p.label || p.id) : t.newHeading}</h4>
      <div className="form-grid">
        <label className="form-field">
          <span>{t.fields.type}</span>
          <select ref={first} value={f.type} onChange={set('type')} data-testid="placement-type">
            {types.map((x) => (
              <option key={x.type} value={x.type}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{t.fields.action}</span>
          <select value={f.action} onChange={set('action')} data-testid="placement-action">
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {solidarity.placements.action[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{t.fields.units}</span>
          <input type="text" inputMode="numeric" value={f.units} onChange={set('units')} {...described('units')} data-testid="placement-units" />
          {error('units')}
        </label>
        {f.action === 'move' && (
          <label className="form-field">
            <span>{t.fields.from}</span>
            <select value={f.from} onChange={set('from')} {...described('from')} data-testid="placement-from">
              <option value="">–</option>
              {gemeenteOptions}
            </select>
            {error('from')}
          </label>
        )}
        <label className="form-field">
          <span>{f.action === 'move' ? t.fields.to : t.fields.gemeente}</span>
          <select value={f.gemeente} onChange={set('gemeente')} data-testid="placement-gemeente">
            {gemeenteOptions}
          </select>
        </label>
        <label className="form-field">
          <span>{t.fields.year}</span>
          <input type="text" inputMode="numeric" value={f.year} onChange={set('year')} {...described('year')} data-testid="placement-year" />
          {error('year')}
        </label>
        <label className="form-field">
          <span>{t.fields.status}</span>
          <select value={f.status} onChange={set('status')} data-testid="placement-status">
            {PLACEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {solidarity.status[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field wide">
          <span>{t.fields.label}</span>
          <input type="text" value={f.label} onChange={set('label')} maxLength={200} data-testid="placement-label" />
        </label>
      </div>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" data-testid="placement-save">
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <span className="note">{t.escHint}</span>
      </div>
    </form>
  );
}
