import type { ChartSpec } from '../../charts/chartSpec';
import { elderlyNeedSupplyChart } from '../../charts/elderlyChart';
import { pathChart } from '../../charts/pathChart';
import type { GemeenteResult } from '../../result/schema';
import { chart, type Block, type SectionEntry, type SectionInput } from '../section';

/**
 * Per gemeente: its facts, its realisation path and its elderly need and supply. The deck gives
 * each gemeente a slide and says there which chart is missing and why.
 */
export const gemeenten: SectionEntry = {
  id: 'gemeenten',
  build: (input) => {
    const w = input.words.gemeenten;
    const parts = input.main.gemeenten.map((g) => ({ g, facts: factsOf(g, input), charts: chartsOf(g, input) }));
    return {
      id: 'gemeenten',
      title: w.title,
      blocks: parts.map(({ g, facts, charts }): Block => ({ kind: 'group', title: g.name, blocks: [{ kind: 'facts', items: facts }, ...charts.map(chart)] })),
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
  if (g.programme) out.push({ ...pathChart(g.name, g.programme, main.scenarioName, dataset, locale), id: `path-${g.code}` });
  if (g.elderly) out.push({ ...elderlyNeedSupplyChart(g.name, g.elderly, main.scenarioName, dataset, locale), id: `elderly-${g.code}` });
  return out;
}

function factsOf(g: GemeenteResult, { words }: SectionInput): string[] {
  const w = words.gemeenten;
  const p = g.programme;
  const facts = p ? [w.programme(p.target, p.realised, p.baseYear), w.pace(p.scenarioPace, p.requiredPace), w.gap(p.gap2030, p.catchUpYear)] : [w.noProgramme];
  if (g.elderly) facts.push(w.elderly(g.elderly.total.gap));
  facts.push(w.aandachtsgroepen(g.aandachtsgroepen.taskPerYear, g.aandachtsgroepen.weight));
  return facts;
}
