import { useMemo, useState } from 'react';
import { compareChartsOf } from '../../../shared/charts/compareChart';
import { scenarioColours } from '../../../shared/charts/scenarioColours';
import { compareResults } from '../../../shared/compare/model';
import { formatSigned } from '../../../shared/format/nl';
import type { Result } from '../../../shared/result/schema';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes, pace, pct } from '../components/format';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { useBundle, useLocale, useMessages, useOpenScenario, useResultOf, useScenarios } from '../state/AppState';
import { ExportMenu } from '../components/ExportMenu';
import { GemeenteDiffTable } from '../components/compare/GemeenteDiffTable';

const MAX = 4;
const STORAGE_KEY = 'woonzorgverkenner.compare';
const REFERENCE_KEY = 'woonzorgverkenner.compareReference';

/** `id`: a handle for tests (data-row). */
type Row = { id?: string; label: string; value: (r: Result) => number | null; format: (v: number | null) => string; deltaDecimals: number };

export function Vergelijken() {
  const scenarios = useScenarios();
  const open = useOpenScenario();
  const resultOf = useResultOf();
  const bundle = useBundle();
  const locale = useLocale();
  const { compareScreen: w, tables, exporting, terms, comparison: cw } = useMessages();
  const c = tables.comparison;
  const [picked, setPicked] = useState<string[]>(() => {
    const stored = (localStorage.getItem(STORAGE_KEY) ?? '').split(',').filter((id) => scenarios.some((s) => s.id === id));
    // The first scenario in the list (Basis) first, then the open one: Basis is the usual reference.
    return stored.length >= 2 ? stored : [...new Set([...scenarios.slice(0, 1).map((s) => s.id), open.id, ...scenarios.map((s) => s.id)])].slice(0, 2);
  });
  const [referenceId, setReferenceId] = useState<string | null>(() => localStorage.getItem(REFERENCE_KEY));
  const chooseReference = (id: string) => {
    setReferenceId(id);
    localStorage.setItem(REFERENCE_KEY, id);
  };
  const toggle = (id: string) => {
    const next = picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id].slice(0, MAX);
    setPicked(next);
    localStorage.setItem(STORAGE_KEY, next.join(','));
  };
  const chosen = picked.flatMap((id) => scenarios.filter((s) => s.id === id));
  const results = chosen.map((s) => resultOf(s));
  // The analyst's reference where it is among the chosen, else the first chosen (never silently the open scenario).
  const reference = chosen.find((s) => s.id === referenceId) ?? chosen[0];
  const refIndex = Math.max(0, chosen.findIndex((s) => s.id === reference?.id));
  const refResult = results[refIndex];
  const comparison = useMemo(() => (results.length >= 2 ? compareResults(results, reference?.id) : null), [results, reference?.id]);
  const charts = useMemo(() => (comparison ? compareChartsOf(results, bundle.dataset, locale, reference?.id, comparison) : []), [comparison, results, bundle.dataset, locale, reference?.id]);
  const colours = useMemo(() => scenarioColours(chosen.map((s) => s.id)), [chosen]);

  // The region's shortfall and surplus are sums over the gemeenten (never netted); the net is a
  // row of its own, labelled so and in words, so no cell reads as a negative shortfall.
  const rows: Row[] = [
    { label: c.scenarioPace, value: (r) => r.region.programme?.scenarioPace ?? null, format: (v) => pace(v, locale), deltaDecimals: 1 },
    { label: c.projected2030, value: (r) => r.region.programme?.projected2030 ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    { label: w.rows.programmeShare, value: (r) => (r.region.programme ? r.region.programme.projected2030 / r.region.programme.target : null), format: (v) => pct(v, locale), deltaDecimals: 3 },
    { id: 'shortfall2030', label: c.shortfall2030, value: (r) => r.region.programme?.shortfall2030 ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    { id: 'surplus2030', label: c.surplus2030, value: (r) => r.region.programme?.surplus2030 ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    { id: 'gap2030', label: c.gap2030, value: (r) => r.region.programme?.gap2030 ?? null, format: (v) => (v === null ? homes(v, locale) : terms.balance.programme(v)), deltaDecimals: 0 },
    { label: c.catchUpYear, value: (r) => r.region.programme?.catchUpYear ?? null, format: (v) => (v === null ? tables.afterHorizon : String(v)), deltaDecimals: 0 },
    { id: 'affordableShortfall2030', label: c.affordableShortfall2030, value: (r) => r.region.affordable?.shortfall2030 ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    { id: 'affordableSurplus2030', label: c.affordableSurplus2030, value: (r) => r.region.affordable?.surplus2030 ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    ...HOUSING_TYPES.map((ty): Row => ({ id: `${ty}Shortfall`, label: w.rows.typeShortfall[ty], value: (r) => r.region.elderly?.[ty].shortfall ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 })),
    { id: 'elderlyShortfall', label: c.elderlyShortfall, value: (r) => r.region.elderly?.total.shortfall ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    { id: 'elderlySurplus', label: c.elderlySurplus, value: (r) => r.region.elderly?.total.surplus ?? null, format: (v) => homes(v, locale), deltaDecimals: 0 },
    { id: 'elderlyGap', label: c.elderlyGap, value: (r) => r.region.elderly?.total.gap ?? null, format: (v) => (v === null ? homes(v, locale) : terms.balance.elderly(v)), deltaDecimals: 0 },
    { label: c.aandachtsPerYear, value: (r) => r.region.aandachtsgroepen.taskPerYear, format: (v) => homes(v, locale), deltaDecimals: 0 },
  ];

  return (
    <div className="screen" data-testid="screen-vergelijken">
      <fieldset className="picker">
        <legend>{w.choose(MAX)}</legend>
        {scenarios.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={picked.includes(s.id)} disabled={!picked.includes(s.id) && picked.length >= MAX} onChange={() => toggle(s.id)} data-testid={`compare-${s.id}`} />
            {s.name}
          </label>
        ))}
      </fieldset>
      {results.length < 2 ? (
        <p className="lead">{w.chooseAtLeastTwo}</p>
      ) : (
        <>
          <label className="compare-reference">
            {cw.screen.reference}{' '}
            <select value={reference?.id ?? ''} onChange={(e) => chooseReference(e.target.value)} data-testid="compare-reference" aria-describedby="compare-reference-help">
              {chosen.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <span id="compare-reference-help" className="note">
              {cw.screen.referenceHelp}
            </span>
          </label>
          <ExportMenu scenarioIds={chosen.map((s) => s.id)} label={exporting.menu.compareLabel} {...(reference ? { reference: reference.id } : {})} />
          <div className="table-wrap">
            <table className="results" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">{c.metric}</th>
                  {results.map((r, i) => (
                    <th scope="col" key={r.scenarioId}>
                      <span className="swatch" style={{ background: colours.get(r.scenarioId) }} aria-hidden="true" />
                      {r.scenarioName}
                      <span className="delta-head">{i === refIndex ? cw.section.referenceMark : w.versus(refResult?.scenarioName ?? '')}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const first = refResult ? row.value(refResult) : null;
                  return (
                    <tr key={row.label} data-row={row.id}>
                      <th scope="row">{row.label}</th>
                      {results.map((r, i) => {
                        const v = row.value(r);
                        // From the unrounded figures; rounded only when shown.
                        const delta = i !== refIndex && v !== null && first !== null ? v - first : null;
                        return (
                          <td key={r.scenarioId}>
                            {row.format(v)}
                            {delta !== null && Math.abs(delta) > 1e-9 ? <span className="delta"> ({formatSigned(row.deltaDecimals === 3 ? delta * 100 : delta, row.deltaDecimals === 3 ? 1 : row.deltaDecimals, locale)}{row.deltaDecimals === 3 ? w.percentPoint : ''})</span> : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {charts.map((tc) =>
            tc.spec ? (
              <div key={tc.id} className="compare-chart">
                <PlotlyChart spec={tc.spec} />
                {tc.note ? (
                  <p className="note" data-testid={`note-${tc.id}`}>
                    {tc.note}
                  </p>
                ) : null}
              </div>
            ) : (
              <p key={tc.id} className="note" data-testid={`note-${tc.id}`}>
                {tc.same ? cw.section.sameEverywhere(tc.title) : tc.note}
              </p>
            ),
          )}
          {comparison && <GemeenteDiffTable comparison={comparison} colours={colours} locale={locale} />}
        </>
      )}
    </div>
  );
}
