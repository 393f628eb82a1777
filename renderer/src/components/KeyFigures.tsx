import type { Result } from '../../../shared/result/schema';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { useExplain, useLocale, useMessages } from '../state/AppState';
import { homes, pace, pct } from './format';

/**
 * The regional key figures of a result (Overzicht, Scenario's). A shortfall card shows the
 * region's shortfall, the sum of the gemeenten's (issue 9): what still has to be built somewhere.
 * What is ahead or left over elsewhere stands beside it, never subtracted, and the net figure only
 * as "netto", in words, so no card reads as a negative shortfall.
 */
export function KeyFigures({ result }: { result: Result }) {
  const { overview, terms, tables } = useMessages();
  const t = overview.kpi;
  const locale = useLocale();
  const p = result.region.programme;
  const e = result.region.elderly;
  return (
    <section className="kpis" aria-label={tables.regionFull} data-testid="kpis">
      <Kpi label={t.realisedPct} value={p ? pct(p.realised / p.target, locale) : '–'} sub={p ? [t.realisedSub(homes(p.realised, locale), homes(p.target, locale), p.baseYear)] : []} testId="kpi-realised" figure={p ? 'programme.realised' : undefined} />
      <Kpi label={t.projectedPct} value={p ? pct(p.projected2030 / p.target, locale) : '–'} sub={p ? [t.projectedSub(homes(p.projected2030, locale), pace(p.scenarioPace, locale))] : []} testId="kpi-projected" figure={p ? 'programme.projected2030' : undefined} />
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
        figure={p ? 'programme.shortfall2030' : undefined}
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
        figure={e ? 'elderly.total.shortfall' : undefined}
        tone={e && Math.round(e.total.shortfall) > 0 ? 'bad' : 'good'}
      />
      <Kpi label={t.aandachtsgroepen} value={homes(result.region.aandachtsgroepen.taskPerYear, locale)} sub={[t.aandachtsSub(homes(result.region.aandachtsgroepen.taskCumulative, locale), result.horizon)]} testId="kpi-aandacht" figure="aandachtsgroepen.taskPerYear" />
    </section>
  );
}

/** A card; its value opens the derivation of the region's figure it rests on (`figure`, a path in the result). */
function Kpi({ label, value, sub, testId, tone, figure }: { label: string; value: string; sub: string[]; testId: string; tone?: 'good' | 'bad'; figure?: string }) {
  const explain = useExplain((s) => s.open);
  const words = useMessages().explain.window;
  return (
    <div className={`kpi ${tone ?? ''}`} data-testid={testId}>
      <div className="kpi-label">{label}</div>
      {figure ? (
        <button type="button" className="kpi-value" onClick={() => explain({ where: 'regio', path: figure })} title={words.title} aria-label={`${words.open(label)}: ${value}`}>
          {value}
        </button>
      ) : (
        <div className="kpi-value">{value}</div>
      )}
      {sub.map((line) => (
        <div className="kpi-sub" key={line}>
          {line}
        </div>
      ))}
    </div>
  );
}
