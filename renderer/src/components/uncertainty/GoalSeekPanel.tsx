import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatNumber, formatPercent, type Locale } from '../../../../shared/format/nl';
import { texts, type Catalogue } from '../../../../shared/i18n/catalogue';
import type { GoalAnswer } from '../../../../shared/result/uncertainty';
import { ASSUMPTIONS, readParam } from '../../../../shared/scenario/assumptions';
import { setParamAt } from '../../../../shared/scenario/editParams';
import type { ScenarioParams } from '../../../../shared/scenario/schema';
import { goalSeek } from '../../../../shared/uncertainty/goalSeek';
import { unwrap } from '../../api/client';
import { useApi, useBundle, useDraft, useDraftNow, useLocale, useNotify, useOpenAction, useOpenScenario, useParams, useResult, useScenarios, useServer, useUndo } from '../../state/AppState';
import { freeName } from '../../state/freeName';
import { movedRange, withRange } from './edit';

type Words = Catalogue['uncertaintyPanels']['goalSeek'];

/** A lever's value in its unit: homes a year, a factor, a share, a year. */
function leverValue(a: GoalAnswer, v: number, w: Words, locale: Locale): string {
  switch (a.lever) {
    case 'pace':
    case 'existingStock':
      return w.perYear(formatNumber(v, 1, locale));
    case 'paceMultiplier':
      return w.times(formatNumber(v, 2, locale));
    case 'nultredenShare':
      return formatPercent(v, 1, locale);
    case 'catchUpYear':
      return String(v);
  }
}

/** The lever's value without its unit, for "now → needed" where the unit follows the second. */
function bareValue(a: GoalAnswer, v: number, locale: Locale): string {
  if (a.lever === 'pace' || a.lever === 'existingStock') return formatNumber(v, 1, locale);
  if (a.lever === 'paceMultiplier') return formatNumber(v, 2, locale);
  return leverValue(a, v, texts(locale).uncertaintyPanels.goalSeek, locale);
}

function boundsText(a: GoalAnswer, w: Words, locale: Locale): string {
  const [lo, hi] = a.bounds;
  if (a.lever === 'nultredenShare') return `${formatNumber(lo * 100, 0, locale)}–${formatPercent(hi, 0, locale)}`;
  if (a.lever === 'paceMultiplier') return `${formatNumber(lo, 0, locale)}–${formatNumber(hi, 0, locale)}`;
  if (a.lever === 'catchUpYear') return `${lo}–${hi}`;
  return `${formatNumber(lo, 0, locale)}–${w.perYear(formatNumber(hi, 0, locale))}`;
}

/** The bounds of the field at `key` (a range stays inside them). */
function fieldBounds(key: string): { min: number; max: number } {
  const kind = ASSUMPTIONS.find((x) => x.key === key)?.kind;
  if (kind?.type === 'number' || kind?.type === 'year') return { min: kind.min, max: kind.max };
  return kind?.type === 'share' ? { min: 0, max: 1 } : { min: 0, max: Infinity };
}

/** A bound of a moved range as the editor shows it: a share in %, a number with up to two decimals. */
function boundText(key: string, v: number, locale: Locale): string {
  return ASSUMPTIONS.find((x) => x.key === key)?.kind.type === 'share' ? formatPercent(v, 1, locale) : formatNumber(v, 2, locale);
}

function leverName(a: GoalAnswer, t: Catalogue): string {
  const w = t.uncertaintyPanels.goalSeek.lever;
  return a.lever === 'existingStock' ? w.existingStock(t.terms.housingType[a.type ?? 'nultreden']) : w[a.lever];
}

function gapName(path: string, t: Catalogue, programmeEnd: number): string {
  const w = t.uncertaintyPanels.goalSeek.gapName;
  const elderly = /^elderly\.(nultreden|geclusterd|zorggeschikt)\.shortfall$/.exec(path);
  if (elderly) return w.elderly(t.terms.housingType[elderly[1] as 'nultreden']);
  return w.programme(String(programmeEnd));
}

/** Where the bounds go in the catalogue's sentence. */
const BOUNDS = '\u0000';

/** What a row says: the change that closes the gap, or why there is none. */
function answerText(a: GoalAnswer, w: Words, locale: Locale, fromHistory: string): ReactNode {
  if (a.status === 'closed') return w.closed;
  if (a.status === 'notApplicable') return w.notApplicable;
  if (a.lever === 'catchUpYear') return a.value !== null && a.status === 'closes' ? w.catchUp.reached(String(a.value)) : w.catchUp.notBefore(String(a.bounds[1] + 1));
  if (a.status === 'infeasible' || a.value === null) {
    // The bounds stay on one line: a narrow card broke "(0–100 %)" after its dash.
    const [before = '', after = ''] = w.infeasible(BOUNDS).split(BOUNDS);
    return (
      <>
        {before}
        <span style={{ whiteSpace: 'nowrap' }}>{boundsText(a, w, locale)}</span>
        {after}
      </>
    );
  }
  const now = a.current === null ? fromHistory : bareValue(a, a.current, locale);
  return `${now} → ${leverValue(a, a.value, w, locale)}`;
}

/**
 * "Wat is er nodig" (MODEL.md §5.6): per gap of `where` (`regio` or a CBS code) the value of each
 * lever that closes it, all else as in the scenario, and a button that puts the answer into the
 * scenario through the editor's own edit path (one undo step, saved like any edit). A built-in
 * scenario is not edited: as in the editor, a copy is made and opened, and the answer applied there.
 */
export function GoalSeekPanel({ where }: { where: string }) {
  const api = useApi();
  const bundle = useBundle();
  const locale = useLocale();
  const t = texts(locale);
  const w = t.uncertaintyPanels.goalSeek;
  const open = useOpenScenario();
  const params = useParams();
  const result = useResult();
  const scenarios = useScenarios();
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const openScenario = useOpenAction();
  const edit = useDraft((s) => s.edit);
  const undo = useDraft((s) => s.undo);
  const history = useUndo((s) => s.history);
  const now = useDraftNow();
  const notify = useNotify();
  const [pending, setPending] = useState<{ id: string; history: unknown; builtin: string; answer: GoalAnswer } | null>(null);
  const [busy, setBusy] = useState(false);

  const seek = useMemo(
    () => goalSeek(bundle.dataset, { id: open.id, name: open.name, description: open.description, params }, where, result),
    [bundle.dataset, open.id, open.name, open.description, params, where, result],
  );

  const take = (a: GoalAnswer, base: ScenarioParams, scenarioId: string, scenarioName: string, copiedFrom: string | null) => {
    if (!a.apply) return;
    const { key, value } = a.apply;
    // A value with a range that the answer leaves (a pace factor of 3 against 0,75–1,25): the
    // range moves along, in the same edit, and the notice says where to.
    const range = base.uncertainty.ranges[key];
    const was = readParam(base, key);
    const { min, max } = fieldBounds(key);
    const moved = range && typeof value === 'number' ? movedRange(range, typeof was === 'number' ? was : null, value, min, max) : null;
    const r = setParamAt(moved ? { ...base, uncertainty: withRange(base.uncertainty, key, moved) } : base, key, value);
    if (!r.ok) {
      // The schema's own sentences (Dutch, like the editor's field errors), without the paths.
      notify({ kind: 'error', text: [...new Set(r.issues.map((i) => i.message))].join(' ') || r.message });
      return;
    }
    edit(key, r.params);
    const after = r.params;
    const applied = w.applied(leverName(a, t), a.value === null ? '' : leverValue(a, a.value, w, locale), scenarioName);
    const text = moved ? `${applied} ${t.uncertaintyEditor.range.readOnly(boundText(key, moved.low, locale), boundText(key, moved.high, locale))}.` : applied;
    notify({
      kind: 'info',
      text: copiedFrom === null ? text : `${w.copied(scenarioName, copiedFrom)} ${text}`,
      action: {
        label: w.undo,
        run: () => {
          // Only the very step this made, in the scenario it was made in.
          if (now.openId() === scenarioId && now.history().present === after) undo();
          else notify({ kind: 'info', text: w.notOpen(scenarioName) });
        },
      },
    });
  };

  const apply = async (a: GoalAnswer) => {
    if (!open.builtin) {
      take(a, params, open.id, open.name, null);
      return;
    }
    setBusy(true);
    try {
      const copy = await unwrap(api['scenarios.clone']({ id: open.id, name: freeName(t.scenarioScreen.list.copyOf(open.name), scenarios) }));
      await refreshScenarios();
      // The copy's parameters load when it opens (a fresh undo history); the answer waits for that.
      setPending({ id: copy.id, history: now.history(), builtin: open.name, answer: a });
      openScenario(copy.id);
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!pending || open.id !== pending.id || history === pending.history) return;
    setPending(null);
    take(pending.answer, params, open.id, open.name, pending.builtin);
    // Only once the copy is open and its history loaded.
  }, [pending, open.id, history]);

  if (!seek) return null;
  const gaps: { key: string; path: string; shortfall: number; answers: GoalAnswer[] }[] = [];
  for (const a of seek.answers) {
    const key = `${a.gap.where}:${a.gap.path}`;
    const group = gaps.find((g) => g.key === key);
    if (group) group.answers.push(a);
    else gaps.push({ key, path: a.gap.path, shortfall: a.shortfall, answers: [a] });
  }
  const offersApply = seek.answers.some((a) => a.apply !== null && a.status === 'closes');
  return (
    <section className="card uncertainty-panel" data-testid={`goal-seek-${where}`} aria-labelledby={`goal-seek-${where}-heading`}>
      <h3 id={`goal-seek-${where}-heading`}>{w.heading}</h3>
      <p className="note">{w.intro}</p>
      {open.builtin && offersApply ? (
        <p className="note" data-testid="goal-seek-builtin">
          {w.builtinNote(open.name)}
        </p>
      ) : null}
      {gaps.length === 0 ? <p className="note">{w.noGaps}</p> : null}
      {gaps.length > 0 ? (
        <table className="results compact wrap goal-seek">
          {gaps.map((g) => {
            const allClosed = g.answers.every((a) => a.status === 'closed');
            const heading = w.gap(gapName(g.path, t, result.programmeEnd), formatNumber(g.shortfall, 0, locale));
            return (
              <tbody key={g.key} data-gap={g.path}>
                <tr>
                  <th colSpan={3} scope="rowgroup" className="goal-seek-gap" style={{ paddingTop: '0.7rem' }}>
                    {heading}
                  </th>
                </tr>
                {allClosed ? (
                  <tr>
                    <td colSpan={3} data-status="closed">
                      {w.closed}
                    </td>
                  </tr>
                ) : (
                  g.answers.map((a) => (
                    <tr key={`${a.lever}:${a.type ?? ''}`} data-lever={a.lever} data-status={a.status}>
                      <th scope="row">{leverName(a, t)}</th>
                      <td data-col="answer">
                        {answerText(a, w, locale, w.fromHistory)}
                        {a.method !== 'result' && (a.status === 'closes' || a.status === 'infeasible') ? (
                          <>
                            {' '}
                            <span className="note" title={w.methodTitle[a.method]} data-col="method">
                              ({w.method[a.method]})
                            </span>
                          </>
                        ) : null}
                      </td>
                      <td data-col="apply" style={{ whiteSpace: 'nowrap' }}>
                        {a.apply && a.status === 'closes' && a.value !== null ? (
                          <button
                            type="button"
                            className="small"
                            disabled={busy || pending !== null}
                            aria-label={w.applyLabel(leverName(a, t), leverValue(a, a.value, w, locale))}
                            onClick={() => void apply(a)}
                            data-testid={`goal-seek-apply-${a.lever}${a.type ? `-${a.type}` : ''}`}
                          >
                            {w.apply}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            );
          })}
        </table>
      ) : null}
    </section>
  );
}
