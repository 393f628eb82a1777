import { useEffect, useRef, useState } from 'react';
import Plotly from 'plotly.js-dist-min';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { ChartActions } from './ChartActions';

type Props = { spec: ChartSpec; height?: number };

/**
 * One Plotly chart with its title above and its source line below. `Plotly.react` updates in
 * place, so a recalculation redraws without flicker. `data-rendered` counts redraws, which the
 * end-to-end tests and the browser benchmark wait for.
 */
export function PlotlyChart({ spec, height = 380 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [renders, setRenders] = useState(0);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    void Plotly.react(el, spec.data as Plotly.Data[], { ...spec.layout, height, autosize: true }, {
      displaylogo: false,
      responsive: true,
      modeBarButtonsToRemove: ['select2d', 'lasso2d'],
      toImageButtonOptions: { format: 'png', filename: spec.id, scale: 3 },
    }).then(() => {
      if (cancelled) return;
      // A named mark for the browser benchmark (first render of each chart after page load).
      if (performance.getEntriesByName(`wzv:chart:${spec.id}`).length === 0) performance.mark(`wzv:chart:${spec.id}`);
      setRenders((n) => n + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [spec, height]);

  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el) Plotly.purge(el);
    };
  }, []);

  return (
    <figure className="chart" data-testid={`chart-${spec.id}`} data-rendered={renders}>
      <figcaption className="chart-head">
        <span className="chart-title">{spec.title}</span>
        <ChartActions spec={spec} />
      </figcaption>
      <div ref={ref} className="chart-plot" role="img" aria-label={spec.title} />
      <p className="chart-source">{spec.source}</p>
    </figure>
  );
}
