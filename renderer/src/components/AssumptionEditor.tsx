import { ASSUMPTIONS, assumptionWords, optionLabel, readParam, sectionTitle, type Assumption, type AssumptionKind } from '../../../shared/scenario/assumptions';
import { SECTIONS } from '../../../shared/scenario/assumptionMeta';
import { texts } from '../../../shared/i18n/catalogue';
import { defaultAt, setParamAt, type EditResult } from '../../../shared/scenario/editParams';
import { sharesOver100, sharesOver100Of, sharesOver100Text } from '../../../shared/scenario/newBuildShares';
import { HOUSING_TYPES, type ScenarioParams } from '../../../shared/scenario/schema';
import { formatNumber, formatPercent, type Locale } from '../../../shared/format/nl';
import { membersDuring } from '../../../shared/dataset/query';
import { useId, useState } from 'react';
import { useBundle, useDraft, useLocale, useNotify, useParams, useResult } from '../state/AppState';
import { PipelinePreview, pipelineCoverage } from './PipelinePreview';
import { FieldError, invalidProps, NumberField, type Refused } from './fields';
import { editedInRow, settingRefusal, type SettingRefusal } from './settingRefusal';
import { SolidarityAssumption } from './SolidarityAssumption';
import { DataOverridesEditor } from './DataOverridesEditor';
import { MethodLink } from './HelpLink';
import { refusalAt, type SetUncertainty } from './uncertainty/edit';
import { AlternativesToggle, AlternativesWeights, RangeControl, RangeHint } from './uncertainty/RangeControl';
import { UncertaintySection } from './uncertainty/UncertaintySection';
import { useFocusReturn } from '../hooks/useFocusReturn';

function describeDefault(a: Assumption, locale: Locale): string {
  const d = defaultAt(a.key);
  const t = texts(locale).editor;
  if (d === null || d === undefined) return t.fromDataset;
  // Per-gemeente records (eigen bouwtempo) are empty by default.
  if (typeof d === 'object' && !Array.isArray(d)) return t.noCustomPace;
  switch (a.kind.type) {
    case 'share':
      return formatPercent(d as number, 0, locale);
    case 'enum':
      return typeof d === 'string' ? optionLabel(a.kind, d, locale) : JSON.stringify(d);
    case 'gemeenteList':
    case 'placementList':
      return (d as string[]).length === 0 ? t.none : (d as string[]).join(', ');
    case 'year':
      return JSON.stringify(d);
    case 'number':
      return `${formatNumber(d as number, 2, locale)}${a.unit === 'none' ? '' : ` ${assumptionWords(a, locale).unit}`}`;
  }
}

/**
 * Why the scenario refuses an edit, in the window's language where the rule gives its facts
 * (shares of new build over 100 %); otherwise the schema's Dutch message. A value typed outside
 * its own range gets the range rule's sentence without the path, which would only name the
 * field the analyst is typing in.
 */
function refusalText(r: Extract<EditResult, { ok: false }>, locale: Locale, nameOf: (code: string) => string): string {
  const worded = r.issues.map((issue) => {
    const facts = sharesOver100Of(issue);
    if (facts) return sharesOver100Text(facts, locale, nameOf);
    return issue.path[0] === 'uncertainty' ? issue.message : null;
  });
  return worded.every((w) => w !== null) ? worded.join(' ') : r.message;
}

export function AssumptionEditor({ readOnly }: { readOnly: boolean }) {
  const params = useParams();
  const edit = useDraft((s) => s.edit);
  const locale = useLocale();
  const notify = useNotify();
  const bundle = useBundle();
  // A save the store refused for one setting's value: shown at that setting's input, not only in the save-state line.
  const refusal = settingRefusal(useDraft((s) => s.saveRefusal));
  const nameOf = (code: string) => bundle.gemeenten.find((g) => g.code === code)?.name ?? code;
  /** Applies an edit; a refusal is returned, so a number field shows it where it was typed. */
  const set = (path: string, value: unknown): string | null => {
    const r = setParamAt(params, path, value);
    if (r.ok) {
      edit(path, r.params);
      return null;
    }
    return refusalText(r, locale, nameOf);
  };
  /** The uncertainty block, replaced whole (its keys hold dots); a refusal about the field at `at` is shown there. */
  const setUncertainty: SetUncertainty = (undoKey, next, at) => {
    const r = setParamAt(params, 'uncertainty', next);
    if (r.ok) {
      edit(undoKey, r.params);
      return null;
    }
    return refusalAt(r, at);
  };
  // Choices and check boxes have no place for a message of their own.
  const setOrNotify = (path: string, value: unknown): void => {
    const refusal = set(path, value);
    if (refusal !== null) notify({ kind: 'error', text: refusal });
  };
  // A scenario saved before the shares rule opens as it was saved; say what to fix, at the shares.
  const storedInvalid = sharesOver100(params.elderly).map((facts) => sharesOver100Text(facts, locale, nameOf));
  return (
    <div className="assumptions" data-testid="assumption-editor">
      {SECTIONS.map((section) => (
        <section key={section} className="card">
          <h3>{sectionTitle(section, locale)}</h3>
          {section === 'ouderen' && storedInvalid.length > 0 && (
            <p className="error" role="alert" data-testid="shares-stored-invalid">
              {texts(locale).editor.storedInvalid} {storedInvalid.join(' ')}
            </p>
          )}
          {ASSUMPTIONS.filter((a) => a.section === section).map((a) =>
            a.key === 'dataOverrides' ? (
              <DataOverridesEditor key={a.key} assumption={a} readOnly={readOnly} set={set} />
            ) : !editedInRow(a) ? (
              <SolidarityAssumption key={a.key} a={a} params={params} />
            ) : (
              <AssumptionRow
                key={a.key}
                a={a}
                params={params}
                readOnly={readOnly}
                set={set}
                setOrNotify={setOrNotify}
                setUncertainty={setUncertainty}
                locale={locale}
                refused={refusal?.assumption.key === a.key ? refusal : null}
              />
            ),
          )}
        </section>
      ))}
      <UncertaintySection params={params} readOnly={readOnly} locale={locale} setUncertainty={setUncertainty} />
    </div>
  );
}

type Set = (path: string, value: unknown) => string | null;

function AssumptionRow({
  a,
  params,
  readOnly,
  set,
  setOrNotify,
  setUncertainty,
  locale,
  refused,
}: {
  a: Assumption;
  params: ScenarioParams;
  readOnly: boolean;
  set: Set;
  setOrNotify: (path: string, value: unknown) => void;
  setUncertainty: SetUncertainty;
  locale: Locale;
  /** The store's refusal of a value of this assumption (its own or a gemeente's), or null. */
  refused: SettingRefusal | null;
}) {
  const bundle = useBundle();
  const rowErrorId = useId();
  const { editor: t, terms } = texts(locale);
  const words = assumptionWords(a, locale);
  const value = readParam(params, a.key);
  // A per-gemeente-only assumption (customPace) stores its record at the same key.
  const recordOnly = a.perGemeente?.key === a.key;
  const changed = JSON.stringify(value) !== JSON.stringify(defaultAt(a.key));
  const perGemeente = a.perGemeente ? (readParam(params, a.perGemeente.key) as Record<string, unknown>) : {};
  const overrides = Object.keys(perGemeente).length;
  // Choosing the pipeline pace first shows what it changes per gemeente; it applies on "apply".
  const [pipelinePending, setPipelinePending] = useState(false);
  // Apply, cancel or Esc in that preview: the focus goes back to the pace choice that opened it.
  const rememberChoice = useFocusReturn(pipelinePending);
  const isPaceMode = a.key === 'programme.paceMode';
  const members = membersDuring(bundle.dataset, 2022, 2030);
  const at = refusedAt(a, refused, recordOnly, members, locale);
  const choose = (v: unknown) => {
    if (isPaceMode && v === 'pipeline' && value !== 'pipeline') {
      rememberChoice();
      setPipelinePending(true);
      return;
    }
    setPipelinePending(false);
    setOrNotify(a.key, v);
  };
  return (
    <div className={`assumption ${changed ? 'changed' : ''}`} data-key={a.key}>
      <div className="assumption-head">
        <label className="assumption-label" htmlFor={`f-${a.key}`}>
          {words.label}
          {words.unit && !recordOnly && a.kind.type === 'number' ? <span className="unit-label"> ({words.unit})</span> : null}
          {changed ? <span className="changed-mark"> • {t.changed}</span> : null}
        </label>
        {!recordOnly && (
          <div className="assumption-input" id={`f-${a.key}`}>
            <Input kind={a.kind} value={value} label={words.label} readOnly={readOnly} onChange={(v) => set(a.key, v)} onChoose={choose} locale={locale} testId={`param-${a.key}`} refused={at.input} />
          </div>
        )}
        {a.range && <RangeControl a={a} params={params} readOnly={readOnly} locale={locale} setUncertainty={setUncertainty} label={words.label} />}
        {a.alternatives && <AlternativesToggle a={a} params={params} readOnly={readOnly} locale={locale} setUncertainty={setUncertainty} />}
        <span className="default">
          {t.default}: {describeDefault(a, locale)}
          {changed && !readOnly && !recordOnly ? (
            <button className="link small" onClick={() => setOrNotify(a.key, defaultAt(a.key))} title={t.resetTitle}>
              {t.reset}
            </button>
          ) : null}
        </span>
      </div>
      <FieldError id={rowErrorId} message={at.row?.message ?? null} lang={at.row?.lang} />
      {a.range && <RangeHint a={a} params={params} locale={locale} />}
      {a.alternatives && <AlternativesWeights a={a} params={params} readOnly={readOnly} locale={locale} setUncertainty={setUncertainty} label={words.label} />}
      <p className="explanation">
        {words.explanation} <MethodLink reference={a.method} locale={locale} />
      </p>
      {isPaceMode && (pipelinePending || value === 'pipeline') && (
        <PaceModePipeline
          pending={pipelinePending}
          params={params}
          locale={locale}
          onApply={() => {
            setPipelinePending(false);
            setOrNotify(a.key, 'pipeline');
          }}
          onCancel={() => setPipelinePending(false)}
        />
      )}
      {a.perGemeente && (
        <details className="per-gemeente" open={(recordOnly && overrides > 0) || at.cell !== null}>
          <summary>
            {words.perGemeente}
            {overrides > 0 ? ` (${overrides})` : ''}
          </summary>
          <table className="results compact">
            <thead>
              <tr>
                <th>{t.gemeente}</th>
                {a.perGemeente.perType ? HOUSING_TYPES.map((ty) => <th key={ty}>{terms.housingType[ty]}</th>) : <th>{t.value}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((g) => {
                  const pg = a.perGemeente;
                  if (!pg) return null;
                  const kind = pg.kind;
                  const entry = perGemeente[g.code];
                  return (
                    <tr key={g.code}>
                      <th scope="row">{g.name}</th>
                      {pg.perType ? (
                        HOUSING_TYPES.map((ty) => (
                          <td key={ty}>
                            <Input
                              compact
                              kind={{ ...kind, nullable: true } as AssumptionKind}
                              value={(entry as Record<string, unknown> | undefined)?.[ty] ?? null}
                              label={`${g.name} ${terms.housingType[ty]}`}
                              readOnly={readOnly}
                              onChange={(v) => set(`${pg.key}.${g.code}.${ty}`, v ?? undefined)}
                              onChoose={(v) => setOrNotify(`${pg.key}.${g.code}.${ty}`, v ?? undefined)}
                              locale={locale}
                              testId={`param-${pg.key}.${g.code}.${ty}`}
                              refused={at.cell?.path === `${pg.key}.${g.code}.${ty}` ? at.cell : null}
                            />
                          </td>
                        ))
                      ) : (
                        <td>
                          <Input
                            compact
                            kind={{ ...kind, nullable: true } as AssumptionKind}
                            value={entry ?? null}
                            label={g.name}
                            readOnly={readOnly}
                            onChange={(v) => set(`${pg.key}.${g.code}`, v ?? undefined)}
                            onChoose={(v) => setOrNotify(`${pg.key}.${g.code}`, v ?? undefined)}
                            locale={locale}
                            testId={`param-${pg.key}.${g.code}`}
                            refused={at.cell?.path === `${pg.key}.${g.code}` ? at.cell : null}
                          />
                        </td>
                      )}
                    </tr>
                  );
                })}
            </tbody>
          </table>
          <p className="note">{t.emptyIsGeneral}</p>
        </details>
      )}
    </div>
  );
}

type RefusalPlace = { input: Refused | null; cell: (Refused & { path: string }) | null; row: Refused | null };

/**
 * Where a row shows the store's refusal of one of its values: at the assumption's input, at a
 * gemeente's cell, or, when no input holds the refused value, under the row's head. The message
 * is the Node side's, in Dutch.
 */
function refusedAt(a: Assumption, refused: SettingRefusal | null, recordOnly: boolean, members: readonly { code: string }[], locale: Locale): RefusalPlace {
  const none: RefusalPlace = { input: null, cell: null, row: null };
  if (refused === null) return none;
  const shown: Refused = locale === 'nl-NL' ? { message: refused.message } : { message: refused.message, lang: 'nl' };
  const pg = a.perGemeente;
  if (pg && refused.path.startsWith(`${pg.key}.`)) {
    const [code, type, ...rest] = refused.path.slice(pg.key.length + 1).split('.');
    const isCell = members.some((g) => g.code === code) && rest.length === 0 && (pg.perType ? HOUSING_TYPES.some((ty) => ty === type) : type === undefined);
    return isCell ? { ...none, cell: { ...shown, path: refused.path } } : { ...none, row: shown };
  }
  return recordOnly ? { ...none, row: shown } : { ...none, input: shown };
}

function PaceModePipeline({ pending, params, locale, onApply, onCancel }: { pending: boolean; params: ScenarioParams; locale: Locale; onApply: () => void; onCancel: () => void }) {
  const bundle = useBundle();
  const result = useResult();
  const coverage = pipelineCoverage(bundle.dataset, result, params);
  return pending ? <PipelinePreview coverage={coverage} locale={locale} onApply={onApply} onCancel={onCancel} /> : <PipelinePreview coverage={coverage} locale={locale} />;
}

/** `onChange` for number fields (which show a refusal themselves), `onChoose` for choices and check boxes. */
type InputProps = {
  kind: AssumptionKind;
  value: unknown;
  label: string;
  readOnly: boolean;
  onChange: (v: unknown) => string | null;
  onChoose: (v: unknown) => void;
  locale: Locale;
  testId: string;
  compact?: boolean;
  /** The store refused this value: its message at the input. */
  refused?: Refused | null;
};

function Input({ kind, value, label, readOnly, onChange, onChoose, locale, testId, compact, refused = null }: InputProps) {
  const bundle = useBundle();
  const errorId = useId();
  const invalid = invalidProps(errorId, refused?.message ?? null);
  const refusal = <FieldError id={errorId} message={refused?.message ?? null} lang={refused?.lang} />;
  if (readOnly) {
    return <span className="readonly-value">{readOnlyText(kind, value, locale)}</span>;
  }
  switch (kind.type) {
    case 'enum':
      return (
        <>
          <select aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChoose(e.target.value)} data-testid={testId} {...invalid}>
            {kind.options.map((o) => (
              <option key={o} value={o}>
                {optionLabel(kind, o, locale)}
              </option>
            ))}
          </select>
          {refusal}
        </>
      );
    case 'gemeenteList': {
      const list = (value as string[] | undefined) ?? [];
      return (
        <span className="checks" data-testid={testId} role="group" aria-label={label} aria-describedby={invalid['aria-describedby']}>
          {membersDuring(bundle.dataset, 2022, 2030).map((g) => (
              <label key={g.code} className="check">
                <input type="checkbox" checked={list.includes(g.code)} onChange={(e) => onChoose(e.target.checked ? [...list, g.code] : list.filter((c) => c !== g.code))} />
                {g.name}
              </label>
            ))}
          {refusal}
        </span>
      );
    }
    case 'share':
      return <NumberField compact={compact} label={label} value={(value as number | null | undefined) ?? null} percent min={0} max={1} nullable={kind.nullable === true} emptyText={texts(locale).editor.placeholder.historic} locale={locale} onChange={onChange} testId={testId} refused={refused} />;
    case 'number':
      return <NumberField compact={compact} label={label} value={(value as number | null | undefined) ?? null} min={kind.min} max={kind.max} nullable={kind.nullable === true} emptyText={texts(locale).editor.placeholder.dataset} locale={locale} onChange={onChange} testId={testId} refused={refused} />;
    case 'year':
      return <NumberField compact={compact} label={label} value={(value as number | null | undefined) ?? null} min={kind.min} max={kind.max} locale={locale} onChange={(v) => onChange(v === null ? v : Math.round(v))} testId={testId} refused={refused} />;
    case 'placementList':
      // Edited on the Solidariteit screen (SolidarityAssumption says so); never an input of its own.
      return <span className="readonly-value">{readOnlyText(kind, value, locale)}</span>;
  }
}

function readOnlyText(kind: AssumptionKind, value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '–';
  switch (kind.type) {
    case 'enum':
      return typeof value === 'string' ? optionLabel(kind, value, locale) : JSON.stringify(value);
    case 'share':
      return formatPercent(value as number, 1, locale);
    case 'gemeenteList':
      return (value as string[]).join(', ') || '–';
    case 'placementList':
      return String((value as unknown[]).length);
    case 'year':
      return JSON.stringify(value);
    default:
      return formatNumber(value as number, 2, locale);
  }
}
