import { useEffect, useId, useRef, useState } from 'react';
import { chartAlt, type ChartSpec } from '../../../shared/charts/chartSpec';
import { useLocale, useMessages } from '../state/AppState';
import { SourceLine } from '../components/SourceLine';
import { ChartActions } from './ChartActions';
import { chartConfig, loadPlotly } from './plotly';

type Props = { spec: ChartSpec; height?: number };

/**
 * One Plotly chart with its title above and its source line below. `Plotly.react` updates in
 * place, so a recalculation redraws without flicker. `data-rendered` counts redraws, which the
 * end-to-end tests and the browser benchmark wait for.
 */
export function PlotlyChart({ spec, height = 380 }: Props) {
  const locale = useLocale();
  const t = useMessages().exporting.chart;
  const ref = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const [renders, setRenders] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    loadPlotly()
      .then((Plotly) => {
        if (cancelled) return;
        return Plotly.react(el, spec.data, { ...spec.layout, height, autosize: true }, chartConfig(locale, spec.id)).then(() => {
          if (cancelled) return;
          // A named mark for the browser benchmark (first render of each chart after page load).
          if (performance.getEntriesByName(`wzv:chart:${spec.id}`).length === 0) performance.mark(`wzv:chart:${spec.id}`);
          setRenders((n) => n + 1);
        });
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
    };
  }, [spec, height, locale]);

  useEffect(() => {
    const el = ref.current;
    return () => {
      // A failed load is shown by the effect above; there is then nothing to purge.
      if (el) void loadPlotly().then((Plotly) => Plotly.purge(el), () => undefined);
    };
  }, []);

  return (
    <figure className="chart" data-testid={`chart-${spec.id}`} data-rendered={renders}>
      <figcaption className="chart-head">
        <span className="chart-title">{spec.title}</span>
        <ChartActions spec={spec} />
      </figcaption>
      {failure && (
        <p className="error" role="alert">
          {t.cannotDraw}: {failure}
        </p>
      )}
      {/* Its own height: Plotly's responsive resize measures the box, which would otherwise be only
          as tall as the plot it is redrawing (two resizes in a row left it at 0). A group, not an
          img: Plotly puts its mode bar's buttons inside, and an image may hold no controls (axe). */}
      <div ref={ref} className="chart-plot" style={{ height }} role="group" aria-label={spec.title} aria-describedby={summaryId} />
      {/* The figures in one sentence, for a screen reader (the plot itself is only shapes to it). */}
      <p id={summaryId} className="sr-only" data-testid={`alt-${spec.id}`}>
        {chartAlt(spec)}
      </p>
      <SourceLine text={spec.source} />
    </figure>
  );
}
