import { gapChart } from '../../charts/gapChart';
import type { Result } from '../../result/schema';
import { chart, paragraphs, type SectionEntry, type SectionInput } from '../section';
import { elderlyFacts, programmeGapFacts, requiredShareFacts } from '../shortfall';

/**
 * The summary, written from the results (never canned): pace, the 2030 position, the shortfall
 * of the gemeenten behind with the surplus of those ahead named apart (never netted), elderly
 * housing per type the same way, the required share of new build, aandachtsgroepen, and what a
 * compared scenario changes. On the deck it shares the first slide with the regional gap chart.
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
      slides: [{ title: w.deckTitle, blocks: [paragraphs(...texts), chart(gapChart(input.main, input.dataset, input.locale, input.main.uncertainty ?? null))] }],
    };
  },
};

function summaryParagraphs(result: Result, words: SectionInput['words']): string[] {
  const w = words.summary;
  const out: string[] = [];
  const p = result.region.programme;
  const gap = programmeGapFacts(result);
  if (p && gap) {
    out.push(
      `${w.programme({
        scenario: result.scenarioName,
        baseYear: result.baseYear,
        pace: p.scenarioPace,
        currentPace: p.currentPace,
        requiredPace: p.requiredPace,
        projected: p.projected2030,
        target: p.target,
      })} ${w.programmeGap(gap)}`,
    );
  }
  const e = elderlyFacts(result);
  const share = requiredShareFacts(result);
  if (e && share) out.push([w.elderly(e), w.requiredShare(share)].filter((t) => t !== '').join(' '));
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

/** For a comparison: the programme shortfall (sum of the gemeenten behind) against the first scenario's. */
function comparisonParagraph(results: readonly Result[], words: SectionInput['words']): string | null {
  const [first, ...others] = results;
  if (!first || others.length === 0) return null;
  const a = first.region.programme?.shortfall2030 ?? 0;
  return words.summary.comparison({
    first: first.scenarioName,
    others: others.map((r) => {
      const b = r.region.programme?.shortfall2030 ?? 0;
      return { name: r.scenarioName, shortfall: b, diff: b - a };
    }),
  });
}
