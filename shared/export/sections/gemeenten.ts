import type { ChartSpec } from '../../charts/chartSpec';
import { elderlyNeedSupplyChart } from '../../charts/elderlyChart';
import { pathChart } from '../../charts/pathChart';
import { compareResults, measure, type MeasureId } from '../../compare/model';
import { texts } from '../../i18n/catalogue';
import type { GemeenteResult } from '../../result/schema';
import { chart, type Block, type SectionEntry, type SectionInput } from '../section';
import { gemeenteElderlyFacts } from '../shortfall';

/**
 * Per gemeente: its facts, its realisation path and its elderly need and supply. The deck gives
 * each gemeente a slide and says there which chart is missing and why. When scenarios are
 * compared, the memo's list also names the gemeente's figures in the other scenarios against the
 * reference (the slide has no room for them; the deck's comparison shows them per gemeente).
 */
export const gemeenten: SectionEntry = {
  id: 'gemeenten',
  build: (input) => {
    const w = input.words.gemeenten;
    const parts = input.main.gemeenten.map((g) => ({ g, facts: factsOf(g, input), charts: chartsOf(g, input) }));
    const compared = comparedFacts(input);
    return {
      id: 'gemeenten',
      title: w.title,
      // One list, so the docx keeps it with the gemeente's chart.
      blocks: parts.map(({ g, facts, charts }): Block => ({ kind: 'group', title: g.name, blocks: [{ kind: 'facts', items: [...facts, ...compared(g.code)] }, ...charts.map(chart)] })),
      slides: parts.map(({ g, facts, charts }) => {
        const missing = [...(g.programme ? [] : [w.noPathChart(g.name)]), ...(g.elderly ? [] : [w.noElderlyChart(g.name)])];
        return { title: g.name, blocks: [...charts.map(chart), { kind: 'facts', items: facts }, ...(missing.length > 0 ? [{ kind: 'remark', texts: missing } as const] : [])] };
      }),
      // The workbook has the figures behind these facts in its tables.
      workbook: { intro: null, sheets: [] },
    };
  },
};

function chartsOf(g: GemeenteResult, { main, dataset, locale }: SectionInput): ChartSpec[] {
  const out: ChartSpec[] = [];
  const block = main.uncertainty ?? null;
  if (g.programme) out.push({ ...pathChart(g.name, g.programme, main.scenarioName, dataset, locale, block ? { block, where: g.code } : null), id: `path-${g.code}` });
  if (g.elderly) out.push({ ...elderlyNeedSupplyChart(g.name, g.elderly, main.scenarioName, dataset, locale), id: `elderly-${g.code}` });
  return out;
}

function factsOf(g: GemeenteResult, { words }: SectionInput): string[] {
  const w = words.gemeenten;
  const p = g.programme;
  // The shortfall or, for a gemeente ahead, how far ahead: never a negative shortfall.
  const facts = p ? [w.programme(p.target, p.realised, p.baseYear), w.pace(p.scenarioPace, p.requiredPace), w.gap(p.shortfall2030, p.surplus2030, p.catchUpYear)] : [w.noProgramme];
  const e = g.elderly;
  if (e) {
    facts.push(w.elderly(gemeenteElderlyFacts(e)));
    // Only where the need needs new build at all: nothing to say about a share of nothing.
    if (e.newBuildNeed > 0) facts.push(w.requiredShare({ share: e.requiredShare, above100: e.requiredShareAbove100, newBuild: e.newBuild, needed: e.newBuildNeed }));
  }
  facts.push(w.aandachtsgroepen(g.aandachtsgroepen.taskPerYear, g.aandachtsgroepen.weight));
  return facts;
}

/** The measures a gemeente's part names per compared scenario: the shortfalls the comparison is about. */
const COMPARED: readonly MeasureId[] = ['programme.shortfall2030', 'elderly.total.shortfall'];

/**
 * Per gemeente, a line for each compared scenario other than the main one (whose figures the
 * list already has) with its figures and their differences with the reference; the main one too
 * where another scenario is the reference. Nothing without a comparison.
 */
function comparedFacts({ results, reference, locale }: SectionInput): (code: string) => string[] {
  if (results.length < 2) return () => [];
  const c = compareResults(results, reference);
  const all = texts(locale).comparison;
  const ref = c.scenarios[c.reference]?.name ?? '';
  const shown = c.scenarios.flatMap((s, i) => (i === 0 && c.reference === 0 ? [] : [{ s, i }]));
  return (code) =>
    shown.flatMap(({ s, i }) => {
      const figures = COMPARED.flatMap((id) => {
        const row = measure(c, id)?.rows.find((r) => r.code === code);
        const value = row?.values[i] ?? null;
        return row && value !== null ? [{ measure: all.measure[id], value, diff: row.diffs[i] ?? null }] : [];
      });
      return figures.length > 0 ? [all.section.gemeenteScenario({ scenario: s.name, reference: ref, isReference: i === c.reference, figures })] : [];
    });
}
