import { gapChart } from '../../charts/gapChart';
import type { Result } from '../../result/schema';
import { chart, paragraphs, type SectionEntry, type SectionInput } from '../section';
import { elderlyFacts, programmeGapFacts, requiredShareFacts } from '../shortfall';
import { compareResults } from '../../compare/model';
import { differencesInBrief, differencesThatMatter } from './comparison';
import { REGION } from '../../explain/context';
import { SERIES } from '../../engine/inputs';
import { needSourceOf, type HousingType } from '../../scenario/schema';

/**
 * The summary, written from the results (never canned): pace, the 2030 position, the shortfall
 * of the gemeenten behind with the surplus of those ahead named apart (never netted), elderly
 * housing per type the same way, the required share of new build, aandachtsgroepen, and what a
 * compared scenario changes. On the deck its key findings share a slide with the regional gap chart.
 */
export const summary: SectionEntry = {
  id: 'summary',
  build: (input) => {
    const w = input.words.summary;
    const texts = summaryParagraphs(input.main, input.words);
    const compared = comparisonParagraph(input);
    if (compared) texts.push(compared);
    return {
      id: 'summary',
      title: w.title,
      blocks: [paragraphs(...texts)],
      // The slide says the key findings, one per theme: the whole summary does not fit beside the
      // chart at 12 pt; the speaker notes carry it (the comparison has its own slides up front).
      slides: [{ title: w.deckTitle, blocks: [paragraphs(...slideFindings(input)), chart(gapChart(input.main, input.dataset, input.locale, input.main.uncertainty ?? null))], talk: texts }],
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
  const programme = regionBand(result, 'programme.shortfall2030');
  const elderly = regionBand(result, 'elderly.total.shortfall');
  if (programme || elderly) out.push(w.bands({ programme, elderly }));
  out.push(aandachtsSentence(result, words));
  return out;
}

function aandachtsSentence(result: Result, words: SectionInput['words']): string {
  return words.summary.aandachtsgroepen(aandachtsFacts(result));
}

function aandachtsFacts(result: Result): { perYear: number; cumulative: number; horizon: number; largest: { name: string; perYear: number } | null } {
  const a = result.region.aandachtsgroepen;
  const largest = [...result.gemeenten].sort((x, y) => y.aandachtsgroepen.taskPerYear - x.aandachtsgroepen.taskPerYear)[0];
  return { perYear: a.taskPerYear, cumulative: a.taskCumulative, horizon: result.horizon, largest: largest ? { name: largest.name, perYear: largest.aandachtsgroepen.taskPerYear } : null };
}

/** For a comparison: the differences that matter against the reference, the comparison chapter's own sentences. */
function comparisonParagraph(input: SectionInput): string | null {
  if (input.results.length < 2) return null;
  const { intro, items } = differencesThatMatter(compareResults(input.results, input.reference), input.locale);
  return [intro, ...items].join(' ');
}

/**
 * The region's P10–P90 band of a shortfall where the result carries bands (the export computes
 * them for a scenario with ranges, shared/export/report.ts; the Overzicht's verdict has none), so
 * the key findings and the summary never give a point value of an uncertain scenario alone.
 */
function regionBand(result: Result, path: string): { p10: number; p90: number; outside: boolean } | null {
  const b = result.uncertainty?.bands.find((x) => x.where === REGION && x.path === path);
  if (!b) return null;
  // As worded: the rounded figures decide, so "5.571 … P90 5.531" is outside and "2.028 … 2.028" is not.
  const outside = Math.round(b.likely) > Math.round(b.p90) || Math.round(b.likely) < Math.round(b.p10);
  return { p10: b.p10, p90: b.p90, outside };
}

/**
 * The key findings, one sentence per theme, from the same facts as the summary (./shortfall.ts):
 * the memo's key-message box and the opening sentence of each theme chapter (./themes.ts).
 */
export type KeyFindings = { programme: string | null; affordable: string | null; elderly: string | null; aandachtsgroepen: string };

export function keyFindings(input: SectionInput): KeyFindings {
  const { main: result, words } = input;
  const w = words.policy;
  const p = result.region.programme;
  const gap = programmeGapFacts(result);
  const a = result.region.affordable;
  const withTarget = result.gemeenten.filter((g) => g.affordable !== null);
  const e = elderlyFacts(result);
  const share = requiredShareFacts(result);
  const largestType = e ? (['nultreden', 'geclusterd', 'zorggeschikt'] as const).map((type) => ({ type, homes: e[type] })).sort((x, y) => y.homes - x.homes)[0] : undefined;
  return {
    programme:
      p && gap ? w.keyProgramme({ projected: p.projected2030, target: p.target, behind: gap.behind, shortfall: gap.shortfall, ahead: gap.ahead, surplus: gap.surplus, band: regionBand(result, 'programme.shortfall2030') }) : null,
    affordable: a
      ? w.keyAffordable({ target: a.target, projected: a.projected2030, shortfall: a.shortfall2030, behind: withTarget.filter((g) => (g.affordable?.shortfall2030 ?? 0) >= 0.5).length, members: withTarget.length })
      : null,
    elderly: e
      ? w.keyElderly({
          total: e.total,
          largest: largestType && largestType.homes >= 0.5 ? largestType : null,
          tooSmall: share?.tooSmall?.names.length ?? 0,
          members: result.gemeenten.filter((g) => g.elderly !== null).length,
          band: regionBand(result, 'elderly.total.shortfall'),
          disputed: largestType && largestType.homes >= 0.5 ? disputedNeed(input, largestType.type) : null,
        })
      : null,
    aandachtsgroepen: w.keyAandachts(aandachtsFacts(result)),
  };
}

/** The summary slide's text: each theme's key finding. */
function slideFindings(input: SectionInput): string[] {
  const k = keyFindings(input);
  return [k.programme, k.affordable, k.elderly, k.aandachtsgroepen].filter((t): t is string => t !== null);
}

/**
 * Where the largest elderly shortfall rests on a need the source contradicts itself on (004's
 * gemeentetabel adds up to 3.168 zorggeschikt, its text says 819 for the region), the key message
 * says so on page 1, not only in the chapter on contradictions: the two figures and which one
 * the scenario uses. Null when the scenario takes the text, sets its own need, or the two agree
 * within a quarter.
 */
function disputedNeed({ scenarios, main, dataset }: SectionInput, type: HousingType): { type: HousingType; table: number; text: number } | null {
  const params = scenarios[0]?.params;
  const table = main.region.elderly?.[type].need ?? null;
  const text = dataset.figures.find((f) => f.series === SERIES.need[type] && f.gemeente === null && f.variant === 'tekst')?.value ?? null;
  if (!params || table === null || text === null || table <= 0) return null;
  const ownNeed = Object.values(params.elderly.needOverrides).some((o) => o[type] !== undefined);
  if (needSourceOf(params.elderly, type) !== 'gemeenteTabel' || ownNeed) return null;
  return Math.abs(table - text) / table > 0.25 ? { type, table, text } : null;
}

/** A key message: the theme in bold, then its finding. */
export type KeyMessage = { label: string; text: string };

/** The three or four findings that matter, for the memo's key-message box: programme, affordable, elderly, and the comparison (else aandachtsgroepen). */
export function keyMessages(input: SectionInput): KeyMessage[] {
  const k = keyFindings(input);
  const w = input.words.policy;
  const all: [string, string | null][] = [
    [w.themes.programme, k.programme],
    [w.themes.affordable, k.affordable],
    [w.themes.elderly, k.elderly],
    // The comparison in brief (per scenario, from → to): the summary and its chapter give the detail.
    input.results.length > 1 ? [w.compareLabel, differencesInBrief(compareResults(input.results, input.reference), input.locale)] : [w.themes.aandachtsgroepen, k.aandachtsgroepen],
  ];
  return all.flatMap(([label, text]) => (text ? [{ label, text }] : []));
}
