import { useMemo, type ReactNode } from 'react';
import { formatNumber, formatPercent, type Locale } from '../../../../shared/format/nl';
import { texts } from '../../../../shared/i18n/catalogue';
import type { GoalAnswer } from '../../../../shared/result/uncertainty';
import { ASSUMPTIONS, readParam } from '../../../../shared/scenario/assumptions';
import { setParamAt } from '../../../../shared/scenario/editParams';
import { goalSeek } from '../../../../shared/uncertainty/goalSeek';
import { answerWords, gapName, gapsOf, leverName, leverValue, methodNote } from '../../../../shared/i18n/goalSeekWords';
import { useBundle, useDraft, useDraftNow, useLocale, useNotify, useOpenScenario, useParams, useResult } from '../../state/AppState';
import { useCopyFirst, type EditTarget } from '../../state/useCopyFirst';
import { movedRange, withRange } from './edit';

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

/** An answer's words on the screen: the bounds of "not feasible" stay on one line (a narrow card broke "(0–100 %)" after its dash). */
function AnswerText({ answer, locale }: { answer: GoalAnswer; locale: Locale }): ReactNode {
  const words = answerWords(answer, locale);
  if ('text' in words) return words.text;
  return (
    <>
      {words.before}
      <span style={{ whiteSpace: 'nowrap' }}>{words.bounds}</span>
      {words.after}
    </>
  );
}

/**
 * "Wat is er nodig" (MODEL.md §5.6): per gap of `where` (`regio` or a CBS code) the value of each
 * lever that closes it, all else as in the scenario, and a button that puts the answer into the
 * scenario through the editor's own edit path (one undo step, saved like any edit). A built-in
 * scenario is not edited: as in the editor, a copy is made and opened, and the answer applied there.
 */
export function GoalSeekPanel({ where }: { where: string }) {
  const bundle = useBundle();
  const locale = useLocale();
  const t = texts(locale);
  const w = t.uncertaintyPanels.goalSeek;
  const open = useOpenScenario();
  const params = useParams();
  const result = useResult();
  const edit = useDraft((s) => s.edit);
  const undo = useDraft((s) => s.undo);
  const now = useDraftNow();
  const notify = useNotify();

  const seek = useMemo(
    () => goalSeek(bundle.dataset, { id: open.id, name: open.name, description: open.description, params }, where, result),
    [bundle.dataset, open.id, open.name, open.description, params, where, result],
  );

  const take = (a: GoalAnswer, { params: base, id: scenarioId, name: scenarioName, copiedFrom }: EditTarget) => {
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
    const applied = w.applied(leverName(a, locale), a.value === null ? '' : leverValue(a, a.value, locale), scenarioName);
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

  const { run: apply, busy } = useCopyFirst(take);

  if (!seek) return null;
  const gaps = gapsOf(seek.answers);
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
            const heading = w.gap(gapName(g.path, result.programmeEnd, locale), formatNumber(g.shortfall, 0, locale));
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
                  g.answers.map((a) => {
                    const method = methodNote(a, locale);
                    return (
                      <tr key={`${a.lever}:${a.type ?? ''}`} data-lever={a.lever} data-status={a.status}>
                        <th scope="row">{leverName(a, locale)}</th>
                        <td data-col="answer">
                          <AnswerText answer={a} locale={locale} />
                          {method ? (
                            <>
                              {' '}
                              <span className="note" title={method.title} data-col="method">
                                {method.text}
                              </span>
                            </>
                          ) : null}
                        </td>
                        <td data-col="apply" style={{ whiteSpace: 'nowrap' }}>
                          {a.apply && a.status === 'closes' && a.value !== null ? (
                            <button
                              type="button"
                              className="small"
                              disabled={busy}
                              aria-label={w.applyLabel(leverName(a, locale), leverValue(a, a.value, locale))}
                              onClick={() => void apply(a)}
                              data-testid={`goal-seek-apply-${a.lever}${a.type ? `-${a.type}` : ''}`}
                            >
                              {w.apply}
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })
                )}
              </tbody>
            );
          })}
        </table>
      ) : null}
    </section>
  );
}
