import { useMemo } from 'react';
import { pathChart } from '../../../shared/charts/pathChart';
import { elderlyNeedSupplyChart } from '../../../shared/charts/elderlyChart';
import { CHART_SERIES, sourceLine } from '../../../shared/charts/sources';
import { pipelineCapacityChart } from '../../../shared/charts/pipelineChart';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes, pace, pct } from '../components/format';
import { Quoting } from '../components/Quoting';
import { SourceLine } from '../components/SourceLine';
import { Warnings } from '../components/Warnings';
import { useBundle, useLocale, useMessages, useParams, useResult } from '../state/AppState';

export function Gemeente({ code, onSelect }: { code: string | null; onSelect: (code: string) => void }) {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const t = useMessages();
  const params = useParams();
  const g = result.gemeenten.find((x) => x.code === code) ?? result.gemeenten.find((x) => x.programme !== null) ?? result.gemeenten[0];
  const path = useMemo(() => (g?.programme ? pathChart(g.name, g.programme, result.scenarioName, bundle.dataset, locale) : null), [g, result.scenarioName, bundle.dataset, locale]);
  const elderly = useMemo(() => (g?.elderly ? elderlyNeedSupplyChart(g.name, g.elderly, result.scenarioName, bundle.dataset, locale) : null), [g, result.scenarioName, bundle.dataset, locale]);
  const hasProjects = g !== undefined && bundle.dataset.projects.some((p) => p.gemeente === g.code);
  const pipeline = useMemo(
    () => (g && hasProjects ? pipelineCapacityChart(bundle.dataset.projects, result, params, bundle.dataset, locale, g.code) : null),
    [g, hasProjects, bundle.dataset, result, params, locale],
  );
  if (!g) return null;
  const { gemeenteScreen: w, charts, tables } = t;
  const types = charts.types;
  return (
    <div className="screen" data-testid="screen-gemeente">
      <div className="toolbar">
        <label>
          {tables.result.gemeente}{' '}
          <select value={g.code} onChange={(e) => onSelect(e.target.value)} data-testid="gemeente-select">
            {result.gemeenten.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2>{g.name}</h2>
      {g.programme ? (
        <>
          <p className="lead" data-testid="gemeente-summary">
            {w.summary({
              target: homes(g.programme.target, locale),
              realised: homes(g.programme.realised, locale),
              baseYear: g.programme.baseYear,
              scenarioPace: pace(g.programme.scenarioPace, locale),
              requiredPace: pace(g.programme.requiredPace, locale),
              projected: homes(g.programme.projected2030, locale),
              gap: homes(g.programme.gap2030, locale),
              outcome: g.programme.catchUpYear !== null ? charts.path.catchUp(g.programme.catchUpYear) : charts.path.noCatchUp,
            })}
          </p>
          {path && <PlotlyChart spec={path} />}
          {pipeline && <PlotlyChart spec={pipeline} />}
        </>
      ) : (
        <p className="lead nodata-note">
          <Quoting text={w.noProgramme(g.name)} quotes={['Woondeal MRA', 'Bijlage 2']} />
        </p>
      )}
      <div className="grid-2">
        {elderly && g.elderly ? (
          <div>
            <PlotlyChart spec={elderly} />
            <table className="results compact" data-testid="elderly-table">
              <thead>
                <tr>
                  <th />
                  <th>{w.elderly.need}</th>
                  <th>{w.elderly.supply}</th>
                  <th>{w.elderly.gap}</th>
                </tr>
              </thead>
              <tbody>
                {HOUSING_TYPES.map((ty) => (
                  <tr key={ty}>
                    <th scope="row">{types[ty]}</th>
                    <td>{homes(g.elderly?.[ty].need, locale)}</td>
                    <td>{homes(g.elderly?.[ty].supply, locale)}</td>
                    <td>{homes(g.elderly?.[ty].gap, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="note">
              {w.elderly.requiredShare} <strong>{pct(g.elderly.requiredShare, locale)}</strong>
              {g.elderly.requiredShareAbove100 ? w.elderly.beyondProgramme : ''}
            </p>
          </div>
        ) : (
          <p className="nodata-note">{w.elderly.noNeedRow}</p>
        )}
        <section className="card" data-testid="aandachtsgroepen">
          <h3>{w.aandachtsgroepen.heading}</h3>
          <dl className="facts">
            <dt>{w.aandachtsgroepen.share}</dt>
            <dd>{pct(g.aandachtsgroepen.weight, locale)}</dd>
            <dt>{w.aandachtsgroepen.perYear(result.horizon)}</dt>
            <dd>{pace(g.aandachtsgroepen.taskPerYear, locale)}</dd>
            <dt>{w.aandachtsgroepen.cumulative(result.horizon)}</dt>
            <dd>{homes(g.aandachtsgroepen.taskCumulative, locale)}</dd>
          </dl>
          <SourceLine text={sourceLine(bundle.dataset, CHART_SERIES.aandachtsgroepen, result.scenarioName, locale)} />
        </section>
      </div>
      <Warnings result={result} gemeente={g.code} />
    </div>
  );
}
