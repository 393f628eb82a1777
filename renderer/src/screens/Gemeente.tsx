import { useMemo } from 'react';
import { pathChart } from '../../../shared/charts/pathChart';
import { elderlyNeedSupplyChart } from '../../../shared/charts/elderlyChart';
import { chartText } from '../../../shared/charts/labels';
import { CHART_SERIES, sourceLine } from '../../../shared/charts/sources';
import { pipelineCapacityChart } from '../../../shared/charts/pipelineChart';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes, pace, pct } from '../components/format';
import { Warnings } from '../components/Warnings';
import { useBundle, useLocale, useMessages, useParams, useResult } from '../state/AppState';

export function Gemeente({ code, onSelect }: { code: string | null; onSelect: (code: string) => void }) {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const t = useMessages();
  const params = useParams();
  const g = result.gemeenten.find((x) => x.code === code) ?? result.gemeenten.find((x) => x.programme !== null) ?? result.gemeenten[0];
  const nl = locale === 'nl-NL';
  const path = useMemo(() => (g?.programme ? pathChart(g.name, g.programme, result.scenarioName, bundle.dataset, locale) : null), [g, result.scenarioName, bundle.dataset, locale]);
  const elderly = useMemo(() => (g?.elderly ? elderlyNeedSupplyChart(g.name, g.elderly, result.scenarioName, bundle.dataset, locale) : null), [g, result.scenarioName, bundle.dataset, locale]);
  const hasProjects = g !== undefined && bundle.dataset.projects.some((p) => p.gemeente === g.code);
  const pipeline = useMemo(
    () => (g && hasProjects ? pipelineCapacityChart(bundle.dataset.projects, result, params, bundle.dataset, locale, g.code) : null),
    [g, hasProjects, bundle.dataset, result, params, locale],
  );
  if (!g) return null;
  const types = chartText(locale).types;
  return (
    <div className="screen" data-testid="screen-gemeente">
      <div className="toolbar">
        <label>
          {t.table.gemeente}{' '}
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
            {nl
              ? `Programma ${homes(g.programme.target, locale)} woningen 2022–2030; gerealiseerd ${homes(g.programme.realised, locale)} t/m ${g.programme.baseYear}. In dit scenario ${pace(g.programme.scenarioPace, locale)} per jaar, nodig ${pace(g.programme.requiredPace, locale)}: prognose 2030 ${homes(g.programme.projected2030, locale)}, tekort ${homes(g.programme.gap2030, locale)}; ${g.programme.catchUpYear !== null ? `doel gehaald in ${g.programme.catchUpYear}` : 'doel niet gehaald vóór 2041'}.`
              : `Programme ${homes(g.programme.target, locale)} homes 2022–2030; realised ${homes(g.programme.realised, locale)} up to ${g.programme.baseYear}. In this scenario ${pace(g.programme.scenarioPace, locale)} per year, required ${pace(g.programme.requiredPace, locale)}: projected 2030 ${homes(g.programme.projected2030, locale)}, shortfall ${homes(g.programme.gap2030, locale)}; ${g.programme.catchUpYear !== null ? `target reached in ${g.programme.catchUpYear}` : 'target not reached before 2041'}.`}
          </p>
          {path && <PlotlyChart spec={path} />}
          {pipeline && <PlotlyChart spec={pipeline} />}
        </>
      ) : (
        <p className="lead nodata-note">{nl ? `${g.name} heeft geen bouwprogramma in de Woondeal MRA (en geen behoefterij in 004 Bijlage 2).` : `${g.name} has no Woondeal MRA build programme.`}</p>
      )}
      <div className="grid-2">
        {elderly && g.elderly ? (
          <div>
            <PlotlyChart spec={elderly} />
            <table className="results compact" data-testid="elderly-table">
              <thead>
                <tr>
                  <th />
                  <th>{nl ? 'Behoefte' : 'Need'}</th>
                  <th>{nl ? 'Aanbod' : 'Supply'}</th>
                  <th>{nl ? 'Tekort' : 'Shortfall'}</th>
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
              {nl ? 'Benodigd aandeel ouderengeschikt in het resterende programma: ' : 'Required elderly-suitable share of the remaining programme: '}
              <strong>{pct(g.elderly.requiredShare, locale)}</strong>
              {g.elderly.requiredShareAbove100 ? (nl ? ' — het programma alleen dekt de behoefte niet.' : ' — the programme alone cannot meet the need.') : ''}
            </p>
          </div>
        ) : (
          <p className="nodata-note">{nl ? 'Geen behoefterij ouderen voor deze gemeente.' : 'No elderly need row for this municipality.'}</p>
        )}
        <section className="card" data-testid="aandachtsgroepen">
          <h3>{nl ? 'Aandachtsgroepen' : 'Vulnerable groups'}</h3>
          <dl className="facts">
            <dt>{nl ? 'Aandeel in de regionale opgave' : 'Share of the regional task'}</dt>
            <dd>{pct(g.aandachtsgroepen.weight, locale)}</dd>
            <dt>{nl ? `Woningen per jaar (${result.horizon})` : `Homes per year (${result.horizon})`}</dt>
            <dd>{pace(g.aandachtsgroepen.taskPerYear, locale)}</dd>
            <dt>{nl ? `Cumulatief t/m ${result.horizon}` : `Cumulative to ${result.horizon}`}</dt>
            <dd>{homes(g.aandachtsgroepen.taskCumulative, locale)}</dd>
          </dl>
          <p className="chart-source">{sourceLine(bundle.dataset, CHART_SERIES.aandachtsgroepen, result.scenarioName, locale)}</p>
        </section>
      </div>
      <Warnings result={result} gemeente={g.code} />
    </div>
  );
}
