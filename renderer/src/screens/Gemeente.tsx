import { useMemo } from 'react';
import { pathChart } from '../../../shared/charts/pathChart';
import { elderlyNeedSupplyChart } from '../../../shared/charts/elderlyChart';
import { CHART_SERIES, sourceLine } from '../../../shared/charts/sources';
import { pipelineCapacityChart } from '../../../shared/charts/pipelineChart';
import type { ElderlyBlock, Result } from '../../../shared/result/schema';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { remainsAsShown } from '../../../shared/i18n/format';
import { PlotlyChart } from '../charts/PlotlyChart';
import { homes, pace, pct } from '../components/format';
import { Quoting } from '../components/Quoting';
import { SourceLine } from '../components/SourceLine';
import { Warnings } from '../components/Warnings';
import { BandLegend, BandLine } from '../components/uncertainty/BandLine';
import { bandIndex, outsideBand, shownBand } from '../components/uncertainty/bands';
import { GoalSeekPanel } from '../components/uncertainty/GoalSeekPanel';
import { TornadoPanel } from '../components/uncertainty/TornadoPanel';
import { useBundle, useExplain, useLocale, useMessages, useParams, useResult } from '../state/AppState';
import { UncertaintyStatus } from '../uncertainty/UncertaintyStatus';
import { useUncertainty } from '../uncertainty/useUncertainty';

export function Gemeente({ code, onSelect }: { code: string | null; onSelect: (code: string) => void }) {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const t = useMessages();
  const params = useParams();
  const explain = useExplain((s) => s.open);
  const g = result.gemeenten.find((x) => x.code === code) ?? result.gemeenten.find((x) => x.programme !== null) ?? result.gemeenten[0];
  // The bands of the scenario's ranges (MODEL.md §5.6), null until the worker has them or without ranges.
  const uncertainty = useUncertainty();
  const block = uncertainty.block;
  const path = useMemo(
    () => (g?.programme ? pathChart(g.name, g.programme, result.scenarioName, bundle.dataset, locale, block ? { block, where: g.code } : null) : null),
    [g, result.scenarioName, bundle.dataset, locale, block],
  );
  const elderly = useMemo(() => (g?.elderly ? elderlyNeedSupplyChart(g.name, g.elderly, result.scenarioName, bundle.dataset, locale) : null), [g, result.scenarioName, bundle.dataset, locale]);
  const hasProjects = g !== undefined && bundle.dataset.projects.some((p) => p.gemeente === g.code);
  const pipeline = useMemo(
    () => (g && hasProjects ? pipelineCapacityChart(bundle.dataset.projects, result, params, bundle.dataset, locale, g.code) : null),
    [g, hasProjects, bundle.dataset, result, params, locale],
  );
  if (!g) return null;
  const { gemeenteScreen: w, charts, tables, terms } = t;
  const types = charts.types;
  // P10–P90 under each elderly shortfall that spreads, as in the result table (MODEL.md §5.6).
  const bandOf = bandIndex(block);
  const elderlyBands = new Map([...HOUSING_TYPES, 'total' as const].map((ty) => [ty, g.elderly ? shownBand(bandOf(g.code, `elderly.${ty}.shortfall`)) : null]));
  const elderlyBanded = [...elderlyBands.values()].filter((b) => b !== null);
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
      <div className="heading-row">
        <h2>{g.name}</h2>
        <button type="button" className="small" onClick={() => explain({ where: g.code })} data-testid="explain-gemeente">
          {t.explain.window.allFigures(g.name)}
        </button>
      </div>
      <UncertaintyStatus u={uncertainty} />
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
              balance: terms.balance.programme(g.programme.gap2030),
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
            <table className="results compact" data-testid="elderly-table" aria-describedby={block && elderlyBanded.length > 0 ? 'elderly-table-bands' : undefined}>
              <thead>
                <tr>
                  <th />
                  <th>{w.elderly.need}</th>
                  <th>{w.elderly.supply}</th>
                  <th>{w.elderly.gap}</th>
                  <th>{w.elderly.surplus}</th>
                </tr>
              </thead>
              <tbody>
                {[...HOUSING_TYPES, 'total' as const].map((ty) => {
                  const b = g.elderly?.[ty];
                  return (
                    <tr key={ty} data-type={ty} className={ty === 'total' ? 'total' : undefined}>
                      <th scope="row">{ty === 'total' ? w.elderly.total : types[ty]}</th>
                      {/* A click on a figure shows how it is computed (the button above lists them all for the keyboard). */}
                      <td className="explainable" title={t.explain.window.title} onClick={() => explain({ where: g.code, path: `elderly.${ty}.need` })}>
                        {homes(b?.need, locale)}
                      </td>
                      <td className="explainable" title={t.explain.window.title} onClick={() => explain({ where: g.code, path: `elderly.${ty}.supply` })}>
                        {homes(b?.supply, locale)}
                      </td>
                      <td data-col="shortfall" className={`explainable${b && Math.round(b.shortfall) > 0 ? ' bad' : ''}`} title={t.explain.window.title} onClick={() => explain({ where: g.code, path: `elderly.${ty}.shortfall` })}>
                        {homes(b?.shortfall, locale)}
                        <BandLine band={elderlyBands.get(ty)} />
                      </td>
                      <td data-col="surplus" className={`explainable${b && Math.round(b.surplus) > 0 ? ' good' : ''}`} title={t.explain.window.title} onClick={() => explain({ where: g.code, path: `elderly.${ty}.surplus` })}>
                        {homes(b?.surplus, locale)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {block && elderlyBanded.length > 0 ? <BandLegend draws={block.draws} outside={elderlyBanded.some(outsideBand)} id="elderly-table-bands" testId="elderly-table-bands" /> : null}
            {Math.round(g.elderly.total.surplus) > 0 && Math.round(g.elderly.total.shortfall) > 0 ? (
              <p className="note" data-testid="elderly-not-netted">
                {w.elderly.notNetted(homes(g.elderly.total.surplus, locale))}
              </p>
            ) : null}
            <RequiredShare elderly={g.elderly} year={needYear(result, g.code)} />
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
      <div className="grid-2">
        <GoalSeekPanel where={g.code} />
        <TornadoPanel where={g.code} placeName={g.name} />
      </div>
      <Warnings result={result} gemeente={g.code} />
    </div>
  );
}

/**
 * The year the need is for: the engine names it in the warning about a share above 100 %; else the
 * programme's end, the year of the need figures of 004 Bijlage 2.
 */
function needYear(result: Result, code: string): number {
  for (const w of result.warnings) {
    if (w.code !== 'requiredShareAbove100' || w.gemeente !== code) continue;
    const year = w.params.year;
    if (typeof year === 'number') return year;
  }
  return result.programmeEnd;
}

/**
 * The share of the scenario's new build that must be elderly-suitable, capped at 100 %; above that
 * the numbers say why it cannot be met (new build smaller than what it must supply).
 */
function RequiredShare({ elderly, year }: { elderly: ElderlyBlock; year: number }) {
  const { gemeenteScreen: w } = useMessages();
  const locale = useLocale();
  const short = remainsAsShown(elderly.newBuildNeed, elderly.newBuild);
  return (
    <>
      <p className="note" data-testid="required-share">
        {elderly.requiredShare === null ? (
          w.elderly.noNewBuild(year)
        ) : (
          <>
            {w.elderly.requiredShare(year)} <strong>{pct(elderly.requiredShare, locale)}</strong>
          </>
        )}
      </p>
      {elderly.requiredShareAbove100 && elderly.newBuild > 0 ? (
        <p className="note" data-testid="required-share-above-100">
          {w.elderly.beyondNewBuild({ newBuild: homes(elderly.newBuild, locale), needed: homes(elderly.newBuildNeed, locale), short: homes(short, locale), year })}
        </p>
      ) : null}
    </>
  );
}
