import type { Data, Layout } from 'plotly.js-basic-dist-min';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { forTarget, imageSize, MEMO, type ChartTarget } from '../../../shared/charts/target';
import { loadPlotly } from '../charts/plotly';

/** Print size, as for the command line: 960 × 540 at 2× = 1920 px across (300 dpi over 16 cm). */
export const PRINT = { width: 960, height: 540, scale: 2 } as const;

function figure(spec: ChartSpec, width: number, height: number) {
  return { data: spec.data as Data[], layout: { ...spec.layout, width, height } as Partial<Layout> };
}

/** A chart as a PNG data URL at print resolution. */
export async function chartPng(spec: ChartSpec, size: { width: number; height: number; scale: number } = PRINT): Promise<string> {
  const Plotly = await loadPlotly();
  return Plotly.toImage(figure(spec, size.width, size.height), { format: 'png', width: size.width, height: size.height, scale: size.scale });
}

export async function chartSvg(spec: ChartSpec): Promise<string> {
  const Plotly = await loadPlotly();
  const url = await Plotly.toImage(figure(spec, PRINT.width, PRINT.height), { format: 'svg', width: PRINT.width, height: PRINT.height });
  return decodeURIComponent(url.slice(url.indexOf(',') + 1));
}

/**
 * Every chart a document needs, rendered here in the window, with progress; laid out for the
 * document's target (shared/charts/target.ts: the memo's page width unless told, SLIDE for a deck)
 * so the text prints at 9 pt (12 pt on a slide) or more.
 */
export async function renderForDocument(
  specs: readonly ChartSpec[],
  onProgress: (done: number, total: number) => void,
  target: ChartTarget = MEMO,
): Promise<Record<string, { png: string; width: number; height: number }>> {
  const out: Record<string, { png: string; width: number; height: number }> = {};
  let done = 0;
  for (const original of specs) {
    const spec = forTarget(original, target);
    const size = imageSize(spec, target);
    const url = await chartPng(spec, { ...size, scale: target.scale });
    out[spec.id] = { png: url.slice(url.indexOf(',') + 1), width: size.width, height: size.height };
    onProgress(++done, specs.length);
  }
  return out;
}
