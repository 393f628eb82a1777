import type { ChartSpec } from '../charts/chartSpec';
import { nativeChart } from './nativeChart';
import type { Report } from './report';
import { slidesOf, type Block } from './section';

/**
 * The charts the deck places as pictures, once each, in slide order: only those PowerPoint cannot
 * draw natively (a P10–P90 band, the map). The deck needs no image of any other chart, so neither
 * the command line nor the window renders one (it used to draw every chart of the report).
 */
export function deckImageCharts(report: Report): ChartSpec[] {
  const byId = new Map<string, ChartSpec>();
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'chart' && !byId.has(b.chart.id) && nativeChart(b.chart) === null) byId.set(b.chart.id, b.chart);
      else if (b.kind === 'group') walk(b.blocks);
    }
  };
  for (const section of report.sections) for (const slide of slidesOf(section)) walk(slide.blocks);
  return [...byId.values()];
}
