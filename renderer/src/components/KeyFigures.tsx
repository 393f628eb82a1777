import { formatNumber } from '../../../shared/format/nl';
import type { Result } from '../../../shared/result/schema';
import type { Band } from '../../../shared/result/uncertainty';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import type { GlossaryTermId } from '../../../shared/help/help';
import { useExplain, useLocale, useMessages } from '../state/AppState';
import { InfoTip } from './InfoTip';
import { useUncertainty } from '../uncertainty/useUncertainty';
import { homes, pace, pct } from './format';
import { OutsideMarker } from './uncertainty/BandLine';
import { bandIndex, OUTSIDE_MARKER, outsideBand, shownBand } from './uncertainty/bands';

/**
 * The regional key figures of a result (Overzicht, Scenario's). A shortfall card shows the
 * region's shortfall, the sum of the gemeenten's (issue 9): what still has to be built somewhere.
 * What is ahead or left over elsewhere stands beside it, never subtracted, and the net figure only
 * as "netto", in words, so no card reads as a negative shortfall.
 * With the open scenario's bands (MODEL.md §5.6; `result` is the open scenario's), the two shortfall
 * cards show their P10–P90 under the figure, marked when the likely value lies outside it, and a
 * note under the cards says what the marker means.
 */
export function KeyFigures({ result }: { result: Result }) {
  const { overview, terms, tables, uncertaintyResults } = useMessages();
  const t = overview.kpi;
  const locale = useLocale();
  const p = result.region.programme;
  const e = result.region.elderly;
  // The same run as the screen's charts and table: one job per (dataset, parameters).
  const bandOf = bandIndex(useUncertainty().block);
  const programmeBand = p ? shownBand(bandOf('regio', 'programme.shortfall2030')) : null;
  const elderlyBand = e ? shownBand(bandOf('regio', 'elderly.total.shortfall')) : null;
  const outside = [programmeBand, elderlyBand].some((b) => b !== null && outsideBand(b));
  return (
    <>
      <section className="kpis" aria-label={tables.regionFull} data-testid="kpis">
        <Kpi label={t.realisedPct} value={p ? pct(p.realised / p.target, locale) : '–'} sub={p ? [t.realisedSub(homes(p.realised, locale), homes(p.target, locale), p.baseYear)] : []} testId="kpi-realised" figure={p ? 'programme.realised' : undefined} term="realisatie" />
        <Kpi label={t.projectedPct} value={p ? pct(p.projected2030 / p.target, locale) : '–'} sub={p ? [t.projectedSub(homes(p.projected2030, locale), pace(p.scenarioPace, locale))] : []} testId="kpi-projected" figure={p ? 'programme.projected2030' : undefined} term="scenarioTempo" />
        <Kpi
          label={t.gap2030}
          value={p ? homes(p.shortfall2030, locale) : '–'}
          sub={
            p
              ? [
                  ...(Math.round(p.surplus2030) > 0 ? [`${t.aheadElsewhere(homes(p.surplus2030, locale))} · ${t.net(terms.balance.programme(p.gap2030))}`] : []),
                  p.catchUpYear !== null ? t.catchUp(p.catchUpYear) : t.notReached,
                ]
              : []
          }
          testId="kpi-gap"
          term="tekort"
          figure={p ? 'programme.shortfall2030' : undefined}
          band={programmeBand}
          tone={p && Math.round(p.shortfall2030) > 0 ? 'bad' : 'good'}
        />
        <Kpi
          label={t.elderlyGap}
          value={e ? homes(e.total.shortfall, locale) : '–'}
          sub={
            e
              ? [
                  HOUSING_TYPES.map((ty) => `${terms.housingType[ty]} ${homes(e[ty].shortfall, locale)}`).join(' · '),
                  ...(Math.round(e.total.surplus) > 0 ? [`${t.surplusElsewhere(homes(e.total.surplus, locale))} · ${t.net(terms.balance.elderly(e.total.gap))}`] : []),
                ]
              : []
          }
          testId="kpi-elderly"
          term="behoefteOuderen"
          figure={e ? 'elderly.total.shortfall' : undefined}
          band={elderlyBand}
          tone={e && Math.round(e.total.shortfall) > 0 ? 'bad' : 'good'}
        />
        <Kpi label={t.aandachtsgroepen} value={homes(result.region.aandachtsgroepen.taskPerYear, locale)} sub={[t.aandachtsSub(homes(result.region.aandachtsgroepen.taskCumulative, locale), result.horizon)]} testId="kpi-aandacht" figure="aandachtsgroepen.taskPerYear" term="aandachtsgroepen" />
      </section>
      {outside ? (
        <p className="note band-legend" data-testid="kpis-outside">
          {uncertaintyResults.outside.legend(OUTSIDE_MARKER)}
        </p>
      ) : null}
    </>
  );
}

/** A card; its value opens the derivation of the region's figure it rests on (`figure`, a path in the result); `band`, its P10–P90; `term`, the glossary term its "?" explains. */
function Kpi({ label, value, sub, testId, tone, figure, band, term }: { label: string; value: string; sub: string[]; testId: string; tone?: 'good' | 'bad'; figure?: string; band?: Band | null; term: GlossaryTermId }) {
  const explain = useExplain((s) => s.open);
  const { explain: ex, uncertaintyResults: u } = useMessages();
  const words = ex.window;
  const locale = useLocale();
  return (
    <div className={`kpi ${tone ?? ''}`} data-testid={testId}>
      <div className="kpi-label">
        {label} <InfoTip term={term} label={label} />
      </div>
      {figure ? (
        <button type="button" className="kpi-value" onClick={() => explain({ where: 'regio', path: figure })} title={words.title} aria-label={`${words.open(label)}: ${value}`}>
          {value}
        </button>
      ) : (
        <div className="kpi-value">{value}</div>
      )}
      {band ? (
        <div className="kpi-sub kpi-band">
          <span data-band="p10-p90" title={u.table.title}>
            {u.card(formatNumber(band.p10, 0, locale), formatNumber(band.p90, 0, locale))}
          </span>
          {outsideBand(band) ? <OutsideMarker /> : null}
        </div>
      ) : null}
      {sub.map((line) => (
        <div className="kpi-sub" key={line}>
          {line}
        </div>
      ))}
    </div>
  );
}
