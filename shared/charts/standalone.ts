import type { ChartSpec } from './chartSpec';

/**
 * A chart that travels alone (PNG, SVG, clipboard) carries its title above and its source line
 * below inside the image, so a chart pasted into a slide still says where it comes from.
 */
export function withTitleAndSource(spec: ChartSpec): ChartSpec {
  const layout = spec.layout as { margin?: Record<string, number>; annotations?: unknown[] } & Record<string, unknown>;
  const margin = layout.margin ?? {};
  return {
    ...spec,
    layout: {
      ...layout,
      title: { text: spec.title, x: 0.01, xanchor: 'left', y: 0.98, yanchor: 'top', font: { size: 16 } },
      // The legend moves above the plot, so the bottom margin is free for the source line.
      legend: { orientation: 'h', x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom' },
      margin: { ...margin, t: Math.max(margin.t ?? 0, 90), b: (margin.b ?? 60) + 40 },
      annotations: [
        ...(layout.annotations ?? []),
        { xref: 'paper', yref: 'paper', x: 0, y: 0, yanchor: 'top', yshift: -((margin.b ?? 60) + 10), xanchor: 'left', align: 'left', showarrow: false, text: spec.source, font: { size: 10, color: '#555555' } },
      ],
    },
  };
}
