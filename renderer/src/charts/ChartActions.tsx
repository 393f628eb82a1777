import { useState } from 'react';
import { chartAlt, type ChartSpec } from '../../../shared/charts/chartSpec';
import { pngWithResolution, svgWithTitle } from '../../../shared/charts/imageMeta';
import { withTitleAndSource } from '../../../shared/charts/standalone';
import { forTarget, MEMO, pixelsPerMetre } from '../../../shared/charts/target';
import { chartPng, chartSvg } from '../exports/renderCharts';
import { dataUrlToBlob, saveBlob } from '../exports/download';
import { useMessages } from '../state/AppState';

/**
 * Copy a chart (as an image that pastes into Word and PowerPoint), or save it as PNG at print
 * resolution or as SVG. The image carries the title and the source line; it is laid out for a
 * page's text width (shared/charts/target.ts: no text below 9 pt there), the PNG says its
 * resolution so it pastes at that width, the SVG carries the title and the alt text.
 */
export function ChartActions({ spec }: { spec: ChartSpec }) {
  const standalone = () => forTarget(withTitleAndSource(spec), MEMO);
  const png = async () => {
    const bytes = new Uint8Array(await dataUrlToBlob(await chartPng(standalone(), MEMO)).arrayBuffer());
    return new Blob([pngWithResolution(bytes, pixelsPerMetre(MEMO))], { type: 'image/png' });
  };
  return <ImageActions id={spec.id} png={png} svg={async () => svgWithTitle(await chartSvg(standalone()), spec.title, chartAlt(spec))} />;
}

/**
 * The same three actions for any image that can make a PNG and an SVG of itself (a Plotly chart,
 * the map): one place for the buttons, the file names and the clipboard.
 */
export function ImageActions({ id, png, svg }: { id: string; png: () => Promise<Blob>; svg: () => Promise<string> }) {
  const t = useMessages().exporting.chart;
  const [state, setState] = useState<string | null>(null);
  const flash = (text: string) => {
    setState(text);
    window.setTimeout(() => setState(null), 2500);
  };
  const fileName = (ext: string) => `woonzorgverkenner-${id}.${ext}`;

  const copy = async () => {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': await png() })]);
      flash(t.copied);
    } catch (e) {
      flash(`${t.copyFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const savePng = async () => saveBlob(await png(), fileName('png'));
  const saveSvg = async () => saveBlob(new Blob([await svg()], { type: 'image/svg+xml' }), fileName('svg'));

  return (
    <span className="chart-actions">
      <button className="small" onClick={() => void copy()} title={t.copyTitle} data-testid={`copy-${id}`}>
        {t.copy}
      </button>
      <button className="small" onClick={() => void savePng()} title={t.pngTitle} data-testid={`png-${id}`}>
        PNG
      </button>
      <button className="small" onClick={() => void saveSvg()} title={t.svgTitle} data-testid={`svg-${id}`}>
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
