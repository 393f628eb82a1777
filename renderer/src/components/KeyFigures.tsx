import type { Result } from '../../../shared/result/schema';
import { HOUSING_TYPES } from '../../../shared/scenario/schema';
import { chartText } from '../../../shared/charts/labels';
import { useLocale, useMessages } from '../state/AppState';
import { homes, pace, pct } from './format';

/** The regional key figures of a result (Overzicht, Scenario's). */
export function KeyFigures({ result }: { result: Result }) {
  const t = useMessages();
  const locale = useLocale();
  const p = result.region.programme;
  const e = result.region.elderly;
  const types = chartText(locale).types;
  return (
    <section className="kpis" aria-label={t.region} data-testid="kpis">
      <Kpi label={t.kpi.realisedPct} value={p ? pct(p.realised / p.target, locale) : '–'} sub={p ? `${homes(p.realised, locale)} / ${homes(p.target, locale)} (t/m ${p.baseYear})` : ''} testId="kpi-realised" />
      <Kpi label={t.kpi.projectedPct} value={p ? pct(p.projected2030 / p.target, locale) : '–'} sub={p ? `${homes(p.projected2030, locale)} · ${pace(p.scenarioPace, locale)} / jr` : ''} testId="kpi-projected" />
      <Kpi label={t.kpi.gap2030} value={p ? homes(p.gap2030, locale) : '–'} sub={p ? (p.catchUpYear !== null ? `${t.kpi.catchUp} ${p.catchUpYear}` : t.kpi.notReached) : ''} testId="kpi-gap" tone={p && p.gap2030 > 0 ? 'bad' : 'good'} />
      <Kpi
        label={t.kpi.elderlyGap}
        value={e ? homes(e.total.gap, locale) : '–'}
        sub={e ? HOUSING_TYPES.map((ty) => `${types[ty].split(/\s/)[0] ?? ty} ${homes(e[ty].gap, locale)}`).join(' · ') : ''}
        testId="kpi-elderly"
        tone={e && e.total.gap > 0 ? 'bad' : 'good'}
      />
      <Kpi label={t.kpi.aandachtsgroepen} value={homes(result.region.aandachtsgroepen.taskPerYear, locale)} sub={`${homes(result.region.aandachtsgroepen.taskCumulative, locale)} t/m ${result.horizon}`} testId="kpi-aandacht" />
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
