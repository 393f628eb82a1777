import { useMemo, useState } from 'react';
import { compareGapChart } from '../../../shared/charts/compareChart';
import { formatSigned } from '../../../shared/format/nl';
import type { Result } from '../../../shared/result/schema';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes, pace, pct } from '../components/format';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { useBundle, useLocale, useMessages, useOpenScenario, useResultOf, useScenarios } from '../state/AppState';
import { ExportMenu } from '../components/ExportMenu';

const MAX = 4;
const STORAGE_KEY = 'woonzorgverkenner.compare';

/** `id`: a handle for tests (data-row). */
type Row = { id?: string; label: string; value: (r: Result) => number | null; format: (v: number | null) => string; deltaDecimals: number };

export function Vergelijken() {
  const scenarios = useScenarios();
  const open = useOpenScenario();
  const resultOf = useResultOf();
  const bundle = useBundle();
  const locale = useLocale();
  const { compareScreen: w, tables, exporting, terms } = useMessages();
  const c = tables.comparison;
  const [picked, setPicked] = useState<string[]>(() => {
    const stored = (localStorage.getItem(STORAGE_KEY) ?? '').split(',').filter((id) => scenarios.some((s) => s.id === id));
    return stored.length >= 2 ? stored : [...new Set([open.id, ...scenarios.map((s) => s.id)])].slice(0, 2);
  });
  const toggle = (id: string) => {
    const next = picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id].slice(0, MAX);
    setPicked(next);
    localStorage.setItem(STORAGE_KEY, next.join(','));
  };
  const chosen = picked.flatMap((id) => scenarios.filter((s) => s.id === id));
  const results = chosen.map((s) => resultOf(s));
  const chart = useMemo(() => (results.length >= 2 ? compareGapChart(results, bundle.dataset, locale) : null), [results, bundle.dataset, locale]);

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
          <ExportMenu scenarioIds={chosen.map((s) => s.id)} label={exporting.menu.compareLabel} />
          <div className="table-wrap">
            <table className="results" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">{c.metric}</th>
                  {results.map((r, i) => (
                    <th scope="col" key={r.scenarioId}>
                      {r.scenarioName}
                      {i > 0 ? <span className="delta-head">{w.versus(results[0]?.scenarioName ?? '')}</span> : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const first = results[0] ? row.value(results[0]) : null;
                  return (
                    <tr key={row.label} data-row={row.id}>
                      <th scope="row">{row.label}</th>
                      {results.map((r, i) => {
                        const v = row.value(r);
                        const delta = i > 0 && v !== null && first !== null ? v - first : null;
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
          {chart && <PlotlyChart spec={chart} />}
        </>
      )}
    </div>
  );
}
