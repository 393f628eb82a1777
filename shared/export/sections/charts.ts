import { REGION } from '../../explain/context';
import type { ChartSpec } from '../../charts/chartSpec';
import { compareGapChart } from '../../charts/compareChart';
import { elderlyGapChart } from '../../charts/elderlyChart';
import { gapChart } from '../../charts/gapChart';
import { pathChart } from '../../charts/pathChart';
import { pipelineCapacityChart } from '../../charts/pipelineChart';
import { texts } from '../../i18n/catalogue';
import { chart, type SectionEntry } from '../section';

/**
 * The regional charts, the same ChartSpecs the screens draw. On the deck each has a slide of its
 * own, except the gap chart (on the summary's slide) and the comparison (beside its table).
 */
export const charts: SectionEntry = {
  id: 'charts',
  build: ({ main, results, scenarios, dataset, locale, words }) => {
    // The bands where the scenario has ranges (MODEL.md §5.6), as on the screens.
    const block = main.uncertainty ?? null;
    const specs: ChartSpec[] = [gapChart(main, dataset, locale, block)];
    if (main.region.programme) specs.push({ ...pathChart(texts(locale).terms.region, main.region.programme, main.scenarioName, dataset, locale, block ? { block, where: REGION } : null), id: 'path-regio' });
    specs.push(elderlyGapChart(main, dataset, locale));
    if (results.length > 1) specs.push(compareGapChart(results, dataset, locale));
    const mainScenario = scenarios[0];
    if (dataset.projects.length > 0 && mainScenario) specs.push(pipelineCapacityChart(dataset.projects, main, mainScenario.params, dataset, locale));
    return {
      id: 'charts',
      title: words.charts.title,
      blocks: specs.map(chart),
      slides: specs.filter((c) => c.id !== 'gap' && c.id !== 'compare').map((c) => ({ title: words.charts.deckTitle, blocks: [chart(c)] })),
      // The memo shows these charts in its theme chapters (./themes.ts).
      memo: [],
    };
  },
};
