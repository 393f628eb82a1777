import type { ChartSpec } from '../charts/chartSpec';
import { formatNumber, formatPercent, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { referenceIndex } from '../compare/model';
import type { Result } from '../result/schema';
import { nativeChart } from './nativeChart';
import type { Block, Slide } from './section';

/**
 * The deck's slide titles that state the conclusion ("Hilversum mist in 2030 1.558 woningen"),
 * written from the results, never canned: a slide whose section offers a finding gets it as its
 * title; any other keeps the section's title. Also a chart's one-sentence data summary where its
 * builder gave no alt text.
 */
export type Headline = (sectionId: string, slide: Slide) => string | null;

const chartIds = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart.id] : b.kind === 'group' ? chartIds(b.blocks) : []));
const tableIds = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table.id] : b.kind === 'group' ? tableIds(b.blocks) : []));

/** `reference`: the id of the scenario the others are compared with (the analyst's choice); the first where absent or unknown. */
export function deckHeadlines(results: readonly Result[], locale: Locale, reference: string | null = null): Headline {
  const w = texts(locale).headlines;
  const main = results[0];
  if (!main) return () => null;
  const year = main.programmeEnd;
  const region = main.region.programme;

  const gemeente = (name: string): string | null => {
    const g = main.gemeenten.find((x) => x.name === name);
    if (!g) return null;
    const p = g.programme;
    if (!p) return g.elderly && g.elderly.total.shortfall > 0 ? w.gemeenteNoProgrammeElderly(g.name, g.elderly.total.shortfall) : w.gemeenteNoProgramme(g.name);
    if (p.shortfall2030 >= 0.5) return w.gemeenteShortfall(g.name, year, p.shortfall2030);
    if (p.surplus2030 >= 0.5) return w.gemeenteSurplus(g.name, year, p.surplus2030);
    return w.gemeenteOnTarget(g.name, year);
  };

  // Against the analyst's reference, as the comparison's tables and charts are (shared/compare/model.ts);
  // `same` where every scenario has the reference's shortfall, in whole homes as the reader sees them.
  const refIndex = referenceIndex(results, reference);
  const comparison = (what: keyof typeof w.comparisonWhat, shortfall: (r: Result) => number | null): { text: string; same: boolean } | null => {
    const shortfalls = results.flatMap((r, i) => {
      const homes = shortfall(r);
      return homes === null ? [] : [{ name: r.scenarioName, homes, isReference: i === refIndex }];
    });
    const ref = shortfalls.find((s) => s.isReference);
    if (!ref || shortfalls.length < 2) return null;
    const words = w.comparisonWhat[what];
    const whole = (s: { homes: number }) => Math.round(s.homes);
    if (shortfalls.every((s) => whole(s) === whole(ref))) return { text: w.comparisonSame(words, year, ref.homes), same: true };
    const others = shortfalls.filter((s) => !s.isReference);
    const best = others.reduce((a, b) => (whole(b) < whole(a) ? b : a));
    if (whole(best) < whole(ref)) return { text: w.comparisonDiffers(words, year, best.name, best.homes, ref.name, ref.homes), same: false };
    // The reference itself has the smallest shortfall: named against the scenario furthest from it.
    const worst = others.reduce((a, b) => (whole(b) > whole(a) ? b : a));
    return { text: w.comparisonReferenceBest(words, year, ref.name, ref.homes, worst.name, worst.homes), same: false };
  };
  const programme = (r: Result) => r.region.programme?.shortfall2030 ?? null;
  const elderly = (r: Result) => r.region.elderly?.total.shortfall ?? null;

  return (sectionId, slide) => {
    const charts = chartIds(slide.blocks);
    if (sectionId === 'gemeenten') return gemeente(slide.title);
    if (sectionId === 'comparison') {
      if (charts.includes('compare')) return comparison('programme', programme)?.text ?? null;
      if (charts.includes('compare-elderly-types') || charts.includes('compare-elderly')) return comparison('elderly', elderly)?.text ?? null;
      // The region's table: its own title, unless no chart said the programme's conclusion (the same in every scenario, so not drawn).
      if (tableIds(slide.blocks).includes('comparison')) {
        const c = comparison('programme', programme);
        return c?.same ? c.text : null;
      }
    }
    if (charts.includes('gap') && region) {
      const behind = main.gemeenten.filter((g) => g.programme && g.programme.shortfall2030 >= 0.5).length;
      return w.regionShortfall(year, region.shortfall2030, behind);
    }
    if (charts.includes('path-regio') && region) return w.regionProgramme(year, region.projected2030, region.target);
    if (charts.includes('elderlyGap') && main.region.elderly) return w.elderly(main.region.elderly.total.shortfall);
    return null;
  };
}

/**
 * A chart's alt text: its builder's (`alt`) where it has one, else one sentence from its data (the
 * largest bar, or each line from its first to its last point), else its title.
 */
export function chartDescription(spec: ChartSpec, locale: Locale): string {
  const own = 'alt' in spec && typeof spec.alt === 'string' ? spec.alt.trim() : '';
  if (own !== '') return own;
  const w = texts(locale).headlines.alt;
  const native = nativeChart(spec);
  if (!native) return w.plain(spec.title);
  const percent = native.numberFormat.includes('%');
  const shown = (v: number) => (percent ? formatPercent(v, 1, locale) : formatNumber(v, Math.abs(v) < 10 && !Number.isInteger(v) ? 1 : 0, locale));
  if (native.kind === 'bar') {
    let top: { label: string; value: number } | null = null;
    let count = 0;
    for (const s of native.series) {
      for (const [i, v] of s.values.entries()) {
        if (v === null) continue;
        count++;
        const label = native.series.length > 1 ? `${s.labels[i] ?? ''} (${s.name})` : (s.labels[i] ?? '');
        if (!top || Math.abs(v) > Math.abs(top.value)) top = { label, value: v };
      }
    }
    return top ? w.bars(spec.title, top.label, shown(top.value), count) : w.plain(spec.title);
  }
  const parts = native.series.flatMap((s) => {
    const points = s.values.flatMap((v, i) => (v === null ? [] : [{ label: s.labels[i] ?? '', value: v }]));
    const first = points[0];
    const last = points.at(-1);
    return first && last ? [w.line(s.name, first.label, shown(first.value), last.label, shown(last.value))] : [];
  });
  return parts.length > 0 ? w.lines(spec.title, parts) : w.plain(spec.title);
}
