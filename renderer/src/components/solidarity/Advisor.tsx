import { useId, useMemo, useState } from 'react';
import { advise } from '../../../../shared/engine/advise';
import { formatNumber, formatSigned } from '../../../../shared/format/nl';
import type { LedgerType } from '../../../../shared/result/ledger';
import { freePlacementId } from '../../../../shared/scenario/plannedPlacements';
import { parseNumberText } from '../../../../shared/scenario/setParam';
import { useBundle, useLocale, useMessages, useNotify, useParams } from '../../state/AppState';
import { usePlacements } from './usePlacements';

/**
 * The placement advisor (MODEL §5.4): for a new facility of a type and size, every gemeente as its
 * host, ranked by the stated measure (the sum of |difference per 10 000|), with the numbers behind
 * each rank. It advises; "Plaats hier" puts that placement in the scenario, where it counts like any.
 */
export function Advisor({ types, initialType, onPlaced }: { types: readonly LedgerType[]; initialType: string; onPlaced: (type: string) => void }) {
  const locale = useLocale();
  const { solidarity, report } = useMessages();
  const words = solidarity.advice;
  const columns = report.advice;
  const bundle = useBundle();
  const params = useParams();
  const notify = useNotify();
  const id = useId();
  const { editable, list, put } = usePlacements();
  const [type, setType] = useState(initialType);
  const [unitsText, setUnitsText] = useState('6');
  const parsed = unitsText.trim() === '' ? null : parseNumberText(unitsText);
  const unitsError = parsed === null ? solidarity.form.enterNumber : !Number.isInteger(parsed) ? solidarity.form.wholeUnits : parsed < 1 ? solidarity.form.unitsAtLeast : parsed > 10_000 ? solidarity.form.unitsAtMost : null;
  const units = unitsError === null ? parsed : null;
  const advice = useMemo(() => (units === null ? null : advise(bundle.dataset, params, type, units)), [bundle.dataset, params, type, units]);
  const label = (t: { label: string; labelEn: string }) => (locale === 'nl-NL' ? t.label : t.labelEn);
  const n1 = (v: number | null) => formatNumber(v, 1, locale, 1);
  // The measure with two decimals: neighbouring ranks often differ by less than one.
  const n2 = (v: number) => formatNumber(v, 2, locale, 2);

  const place = (code: string, name: string) => {
    if (!advice || units === null) return;
    const issues = put({ id: freePlacementId(list), action: 'add', type, units, gemeente: code, from: null, year: params.horizon, status: 'idee', label: words.placedLabel(label(advice), name), source: null, active: true });
    if (issues) notify({ kind: 'error', text: issues.map((i) => i.message).join(' ') });
    else {
      notify({ kind: 'info', text: solidarity.placements.added(words.placedLabel(label(advice), name)) });
      onPlaced(type);
    }
  };

  return (
    <section className="card advisor" aria-labelledby="advisor-heading" data-testid="advisor">
      <h3 id="advisor-heading">{words.heading}</h3>
      <p className="note">{words.intro}</p>
      <div className="toolbar">
        <label className="inline-label">
          <span>{words.type}</span>{' '}
          <select value={type} onChange={(e) => setType(e.target.value)} data-testid="advice-type">
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {label(t)}
              </option>
            ))}
          </select>
        </label>
        <span className={`field ${unitsError ? 'invalid' : ''}`}>
          <label htmlFor={`${id}-units`}>{words.units}</label>
          <input id={`${id}-units`} type="text" inputMode="numeric" value={unitsText} onChange={(e) => setUnitsText(e.target.value)} aria-invalid={unitsError !== null} aria-describedby={unitsError ? `${id}-err` : undefined} data-testid="advice-units" />
          {unitsError && (
            <span id={`${id}-err`} className="field-error" role="alert">
              {unitsError}
            </span>
          )}
        </span>
      </div>
      {advice === null && units !== null && <p className="note">{words.noType}</p>}
      {advice && (
        <>
          <p className="measure" data-testid="advice-measure">
            {columns.measureExplained(n2(advice.before))}
          </p>
          <div className="table-wrap">
            <table className="results" data-testid="advice-table">
              <thead>
                <tr>
                  <th scope="col">{columns.rank}</th>
                  <th scope="col">{columns.gemeente}</th>
                  <th scope="col">{columns.measure}</th>
                  <th scope="col">{columns.change}</th>
                  <th scope="col">{columns.actualAfter}</th>
                  <th scope="col">{columns.fairAfter}</th>
                  <th scope="col">{columns.surplusAfterPer10k}</th>
                  {editable && (
                    <th scope="col">
                      <span className="sr-only">{words.placeHere}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {advice.options.map((o) => (
                  <tr key={o.code} data-gemeente={o.code}>
                    <td>{o.rank}</td>
                    <th scope="row">{o.name}</th>
                    <td data-col="measure">{n2(o.measure)}</td>
                    <td data-col="change">{formatSigned(o.change, 2, locale, 2)}</td>
                    <td>{n1(o.actualAfter)}</td>
                    <td>{n1(o.fairAfter)}</td>
                    <td>{o.surplusAfterPer10k === null ? '–' : formatSigned(o.surplusAfterPer10k, 1, locale, 1)}</td>
                    {editable && (
                      <td>
                        <button type="button" className="small" onClick={() => place(o.code, o.name)} aria-label={words.placeHereOf(o.name)} data-testid={`advice-place-${o.code}`}>
                          {words.placeHere}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="note" data-testid="advice-only">
            {columns.advisesOnly}
          </p>
        </>
      )}
    </section>
  );
}
