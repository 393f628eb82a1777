import type { Finding } from '../../../shared/checks/finding';
import { findingText } from '../../../shared/checks/findingText';
import { formatNumber, type Locale } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { alternativesOf, dropEdit, inForce, takeEdit, type Alternative, type ParamEdit } from '../../../shared/scenario/alternatives';
import { setParamAt } from '../../../shared/scenario/editParams';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import type { DatasetBundle } from '../../../shared/api/contract';
import { useBundle, useDraft, useDraftNow, useLocale, useNotify, useOpenScenario, useParams } from '../state/AppState';
import { useCopyFirst, type EditTarget } from '../state/useCopyFirst';

/**
 * The other reading a finding offers (a corrected figure, or the text's need figure for one
 * housing type), as one click that applies it to the open scenario: an edit of its parameters
 * through the same path as the scenario editor's, so it is one undo step, saved like any other
 * edit. The button says what it does and what it resolves; once taken it says it is in force and
 * can be removed. A built-in scenario is not edited: as in the editor, a copy is made and opened,
 * and the choice is made there.
 */
export function FindingAlternatives({ finding }: { finding: Finding }) {
  const alternatives = alternativesOf(finding);
  if (alternatives.length === 0) return null;
  return (
    <>
      {alternatives.map((a) => (
        <AlternativeChoice key={a.kind === 'dataOverride' ? a.figureId : a.type} alternative={a} />
      ))}
    </>
  );
}

/** The alternative as a phrase ("rekenen met 330 (Wijdemeren · laag en midden)"), in the window's language. */
function actionText(a: Alternative, bundle: DatasetBundle, locale: Locale): string {
  const t = texts(locale);
  const words = t.dataScreen.alternative;
  if (a.kind === 'needSource') return words.needAction(t.terms.housingType[a.type], formatNumber(a.text, 2, locale));
  const figure = bundle.dataset.figures.find((f) => f.id === a.figureId);
  const series = bundle.series.find((s) => s.id === figure?.series);
  const where = figure?.gemeente ? (bundle.gemeenten.find((g) => g.code === figure.gemeente)?.name ?? figure.gemeente) : t.dataScreen.region;
  const label = (locale === 'nl-NL' ? series?.label : series?.labelEn) ?? a.figureId;
  return words.overrideAction(formatNumber(a.value, 2, locale), `${where} · ${label}`);
}

function AlternativeChoice({ alternative: a }: { alternative: Alternative }) {
  const bundle = useBundle();
  const locale = useLocale();
  const t = texts(locale);
  const words = t.dataScreen.alternative;
  const params = useParams();
  const open = useOpenScenario();
  const edit = useDraft((s) => s.edit);
  const undo = useDraft((s) => s.undo);
  const now = useDraftNow();
  const notify = useNotify();

  const action = actionText(a, bundle, locale);
  const active = inForce(a, params);
  const current = a.kind === 'dataOverride' ? params.dataOverrides[a.figureId] : undefined;

  /** One edit of the open scenario, as the editor makes it; the parameters after it, or null when refused. */
  const apply = (change: ParamEdit, base: ScenarioParams): ScenarioParams | null => {
    const r = setParamAt(base, change.path, change.value);
    if (!r.ok) {
      notify({ kind: 'error', text: r.message });
      return null;
    }
    edit(change.path, r.params);
    return r.params;
  };

  /** Back to the printed reading: the undo step when nothing came after it, else an edit that removes it. */
  const undoChoice = (scenarioId: string, scenarioName: string, after: ScenarioParams) => {
    if (now.openId() !== scenarioId) {
      notify({ kind: 'info', text: words.notOpen(scenarioName) });
      return;
    }
    const present = now.history().present;
    if (present === after) undo();
    else if (inForce(a, present)) apply(dropEdit(a, present), present);
  };

  const take = (_: undefined, { params: base, id: scenarioId, name: scenarioName, copiedFrom }: EditTarget) => {
    const after = apply(takeEdit(a), base);
    if (!after) return;
    const text = words.applied(action, scenarioName);
    notify({
      kind: 'info',
      text: copiedFrom === null ? text : `${words.copied(scenarioName, copiedFrom)} ${text}`,
      action: { label: t.dataScreen.undo, run: () => undoChoice(scenarioId, scenarioName, after) },
    });
  };

  const drop = () => {
    const after = apply(dropEdit(a, params), params);
    if (!after) return;
    notify({ kind: 'info', text: words.dropped(action, open.name), action: { label: t.dataScreen.undo, run: () => undoChoice(open.id, open.name, after) } });
  };

  const { run: takeChoice, busy } = useCopyFirst(take);

  const resolved =
    a.kind === 'dataOverride'
      ? a.resolves.map((id) => bundle.findings.find((f) => f.id === id)).flatMap((f) => (f ? [findingText(locale, f).title] : []))
      : [];

  return (
    <div className={`alternative ${active ? 'in-force' : ''}`} role="group" aria-label={words.heading} data-alternative={a.kind === 'dataOverride' ? a.figureId : a.type}>
      {active ? (
        <p>
          <span className="badge in-force" aria-hidden="true">
            ✓
          </span>{' '}
          <span data-testid="alternative-in-force">{words.inForce(action, open.name)}</span>{' '}
          {!open.builtin && (
            <button className="small" onClick={drop} data-testid="alternative-drop">
              {words.drop}
            </button>
          )}
        </p>
      ) : (
        <p>
          <button onClick={() => void takeChoice(undefined)} disabled={busy} data-testid="alternative-take">
            {open.builtin ? words.inCopy(action, open.name) : words.inScenario(action, open.name)}
          </button>
          {current !== undefined && <span className="note"> {words.otherValue(formatNumber(current, 2, locale))}</span>}
        </p>
      )}
      {resolved.length > 0 && <p className="note">{words.resolves(resolved)}</p>}
      {a.kind === 'needSource' && <p className="note">{words.needEffect(t.terms.housingType[a.type], formatNumber(a.tableSum, 2, locale), formatNumber(a.text, 2, locale))}</p>}
    </div>
  );
}
