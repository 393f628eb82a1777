import type { Result } from '../../../shared/result/schema';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { useLocale, useMessages } from '../state/AppState';
import { homes, pace, pct } from './format';

/** The regional key figures of a result (Overzicht, Scenario's). */
export function KeyFigures({ result }: { result: Result }) {
  const { overview, terms, tables } = useMessages();
  const t = overview.kpi;
  const locale = useLocale();
  const p = result.region.programme;
  const e = result.region.elderly;
  return (
    <section className="kpis" aria-label={tables.regionFull} data-testid="kpis">
      <Kpi label={t.realisedPct} value={p ? pct(p.realised / p.target, locale) : '–'} sub={p ? t.realisedSub(homes(p.realised, locale), homes(p.target, locale), p.baseYear) : ''} testId="kpi-realised" />
      <Kpi label={t.projectedPct} value={p ? pct(p.projected2030 / p.target, locale) : '–'} sub={p ? t.projectedSub(homes(p.projected2030, locale), pace(p.scenarioPace, locale)) : ''} testId="kpi-projected" />
      <Kpi label={t.gap2030} value={p ? homes(p.gap2030, locale) : '–'} sub={p ? (p.catchUpYear !== null ? t.catchUp(p.catchUpYear) : t.notReached) : ''} testId="kpi-gap" tone={p && p.gap2030 > 0 ? 'bad' : 'good'} />
      <Kpi
        label={t.elderlyGap}
        value={e ? homes(e.total.gap, locale) : '–'}
        sub={e ? HOUSING_TYPES.map((ty) => `${terms.housingType[ty]} ${homes(e[ty].gap, locale)}`).join(' · ') : ''}
        testId="kpi-elderly"
        tone={e && e.total.gap > 0 ? 'bad' : 'good'}
      />
      <Kpi label={t.aandachtsgroepen} value={homes(result.region.aandachtsgroepen.taskPerYear, locale)} sub={t.aandachtsSub(homes(result.region.aandachtsgroepen.taskCumulative, locale), result.horizon)} testId="kpi-aandacht" />
    </section>
  );
}

function Kpi({ label, value, sub, testId, tone }: { label: string; value: string; sub: string; testId: string; tone?: 'good' | 'bad' }) {
  return (
    <div className={`kpi ${tone ?? ''}`} data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      <div className="kpi-sub">{sub}</div>
    </div>
  );
}
