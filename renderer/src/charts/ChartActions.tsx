import { useState } from 'react';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { withTitleAndSource } from '../../../shared/charts/standalone';
import { chartPng, chartSvg, PRINT } from '../exports/renderCharts';
import { dataUrlToBlob, saveBlob } from '../exports/download';
import { useMessages } from '../state/AppState';

const fileName = (spec: ChartSpec, ext: string) => `woonzorgverkenner-${spec.id}.${ext}`;

/**
 * Copy a chart (as an image that pastes into Word and PowerPoint), or save it as PNG at print
 * resolution or as SVG. The image carries the title and the source line.
 */
export function ChartActions({ spec }: { spec: ChartSpec }) {
  const t = useMessages().exporting.chart;
  const [state, setState] = useState<string | null>(null);
  const flash = (text: string) => {
    setState(text);
    window.setTimeout(() => setState(null), 2500);
  };
  const standalone = () => withTitleAndSource(spec);

  const copy = async () => {
    try {
      const blob = dataUrlToBlob(await chartPng(standalone(), PRINT));
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      flash(t.copied);
    } catch (e) {
      flash(`${t.copyFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const png = async () => saveBlob(dataUrlToBlob(await chartPng(standalone(), PRINT)), fileName(spec, 'png'));
  const svg = async () => saveBlob(new Blob([await chartSvg(standalone())], { type: 'image/svg+xml' }), fileName(spec, 'svg'));

  return (
    <span className="chart-actions">
      <button className="small" onClick={() => void copy()} title={t.copyTitle} data-testid={`copy-${spec.id}`}>
        {t.copy}
      </button>
      <button className="small" onClick={() => void png()} title={t.pngTitle} data-testid={`png-${spec.id}`}>
        PNG
      </button>
      <button className="small" onClick={() => void svg()} title={t.svgTitle} data-testid={`svg-${spec.id}`}>
        SVG
      </button>
      {state && (
        <span className="note" role="status">
          {state}
        </span>
      )}
    </span>
  );
}
