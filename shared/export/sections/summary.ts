import { gapChart } from '../../charts/gapChart';
import type { Result } from '../../result/schema';
import { chart, paragraphs, type SectionEntry, type SectionInput } from '../section';

/**
 * The summary, written from the results (never canned): pace, the 2030 position, the largest
 * gaps, elderly housing and aandachtsgroepen, and what a compared scenario changes. On the deck
 * it shares the first slide with the regional gap chart.
 */
export const summary: SectionEntry = {
  id: 'summary',
  build: (input) => {
    const w = input.words.summary;
    const texts = summaryParagraphs(input.main, input.words);
    const compared = comparisonParagraph(input.results, input.words);
    if (compared) texts.push(compared);
    return {
      id: 'summary',
      title: w.title,
      blocks: [paragraphs(...texts)],
      slides: [{ title: w.deckTitle, blocks: [paragraphs(...texts), chart(gapChart(input.main, input.dataset, input.locale))] }],
    };
  },
};

function summaryParagraphs(result: Result, words: SectionInput['words']): string[] {
  const w = words.summary;
  const out: string[] = [];
  const p = result.region.programme;
  if (p) {
    out.push(
      w.programme({
        scenario: result.scenarioName,
        baseYear: result.baseYear,
        pace: p.scenarioPace,
        currentPace: p.currentPace,
        requiredPace: p.requiredPace,
        projected: p.projected2030,
        target: p.target,
        gap: p.gap2030,
        catchUpYear: p.catchUpYear,
      }),
    );
    const behind = result.gemeenten.flatMap((g) => (g.programme && g.programme.gap2030 > 0.5 ? [{ name: g.name, gap: g.programme.gap2030 }] : [])).sort((a, b) => b.gap - a.gap);
    const ahead = result.gemeenten.filter((g) => g.programme && g.programme.gap2030 < -0.5).map((g) => g.name);
    if (behind.length > 0 || ahead.length > 0) out.push(w.behindAhead({ behind, ahead }));
  }
  const e = result.region.elderly;
  if (e) {
    out.push(
      w.elderly({ nultreden: e.nultreden.gap, geclusterd: e.geclusterd.gap, zorggeschikt: e.zorggeschikt.gap, total: e.total.gap, requiredShare: e.requiredShare, above100: e.requiredShareAbove100 }),
    );
  }
  const a = result.region.aandachtsgroepen;
  const largest = [...result.gemeenten].sort((x, y) => y.aandachtsgroepen.taskPerYear - x.aandachtsgroepen.taskPerYear)[0];
  out.push(
    w.aandachtsgroepen({
      perYear: a.taskPerYear,
      cumulative: a.taskCumulative,
      horizon: result.horizon,
      largest: largest ? { name: largest.name, perYear: largest.aandachtsgroepen.taskPerYear } : null,
    }),
  );
  return out;
}

/** For a comparison: what changes against the first scenario. */
function comparisonParagraph(results: readonly Result[], words: SectionInput['words']): string | null {
  const [first, ...others] = results;
  if (!first || others.length === 0) return null;
  const a = first.region.programme?.gap2030 ?? 0;
  return words.summary.comparison({
    first: first.scenarioName,
    others: others.map((r) => {
      const b = r.region.programme?.gap2030 ?? 0;
      return { name: r.scenarioName, gap: b, diff: b - a };
    }),
  });
}
