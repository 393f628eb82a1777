import type PlotlyApi from 'plotly.js-basic-dist-min';
import type { Config } from 'plotly.js-basic-dist-min';
import type { Locale } from '../../../shared/format/nl';
import { PLOTLY_NL } from './plotlyNl';

export type Plotly = typeof PlotlyApi;

let loading: Promise<Plotly> | null = null;

/**
 * Plotly's basic bundle (bar, scatter and pie: all this app draws, a quarter of the full bundle)
 * in a chunk of its own, with its Dutch registered. The app shell and the data fetch do not wait
 * for it to be parsed; a chart waits for it here.
 */
export function loadPlotly(): Promise<Plotly> {
  loading ??= import('plotly.js-basic-dist-min').then(({ default: plotly }) => {
    plotly.register(PLOTLY_NL);
    return plotly;
  });
  return loading;
}

/** Starts loading Plotly at boot, beside the data fetch. A failure shows where a chart is drawn. */
export function preloadPlotly(): void {
  loadPlotly().catch(() => undefined);
}

/**
 * The mode bar holds what an analyst uses (download the image, reset the zoom) and nothing that
 * sends a chart off this machine. Plotly 4 has no Chart Studio link any more; its cloud upload
 * button is left out by the list, and switched off should the list ever go.
 */
export function chartConfig(locale: Locale, fileName: string): Partial<Config> {
  return {
    locale: locale === 'nl-NL' ? 'nl' : 'en',
    displaylogo: false,
    responsive: true,
    modeBarButtons: [['toImage', 'resetScale2d']],
    showSendToCloud: false,
    toImageButtonOptions: { format: 'png', filename: fileName, scale: 3 },
  };
}
