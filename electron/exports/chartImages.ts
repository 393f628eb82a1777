import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chartAlt, type ChartSpec } from '../../shared/charts/chartSpec';
import { pngWithResolution, svgWithTitle } from '../../shared/charts/imageMeta';
import { forTarget, imageSize, MEMO, pixelsPerMetre, type ChartTarget } from '../../shared/charts/target';
import type { Locale } from '../../shared/format/nl';
import { findBrowser } from './browserPath';
import type { ChartImage } from './types';
import { xmlSafe } from './xmlText';

/** Print size: the memo's (17 cm across, 1.929 px, 288 dpi; shared/charts/target.ts). */
export const PRINT = { width: MEMO.width, height: MEMO.height, scale: MEMO.scale } as const;

export type RenderedChart = ChartImage & { svg: string };

const require = createRequire(import.meta.url);

/**
 * Renders charts to PNG and SVG with Plotly in a headless browser on this machine, for the
 * command line (the app renders in its own window). One browser for all charts. The same Plotly
 * as the window's (the basic bundle), with its Dutch number and date formats for a Dutch export.
 * Each chart is laid out for its `target` (the memo unless told: the deck's slides want larger
 * text), so its text prints at the target's minimum size; the PNG carries the resolution at
 * which it has that printed size, the SVG the chart's title and alt text.
 */
export async function renderChartImages(
  specs: readonly ChartSpec[],
  options: { target?: ChartTarget; width?: number; height?: number; scale?: number; locale?: Locale; onProgress?: (done: number, total: number) => void } = {},
): Promise<Map<string, RenderedChart>> {
  const target = options.target ?? MEMO;
  const width = options.width ?? target.width;
  const height = options.height ?? target.height;
  const scale = options.scale ?? target.scale;
  // Only at the target's own size does the PNG print at the target's width.
  const ppm = width === target.width ? pixelsPerMetre({ ...target, scale }) : null;
  const locale = (options.locale ?? 'nl-NL') === 'nl-NL' ? 'nl' : 'en';
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('plotly.js-basic-dist-min') });
    // A CommonJS object ({ moduleType: 'locale', name: 'nl', … }): read here, registered in the page.
    await page.evaluate((nl) => {
      (globalThis as unknown as { Plotly: { register: (module: unknown) => void } }).Plotly.register(nl);
    }, require('plotly.js-locales/nl.js') as unknown);
    const out = new Map<string, RenderedChart>();
    let done = 0;
    for (const original of specs) {
      const spec = forTarget(original, target);
      // A picture with its own shape (the map) keeps it, at the target's width; a size asked for wins.
      const own = imageSize(spec, target);
      const [w, h] = options.width === undefined && options.height === undefined ? [own.width, own.height] : [width, height];
      const { png, svg } = await page.evaluate(
        async ({ data, layout, w, h, s, l }) => {
          // Runs in the page, where plotly-basic.min.js has set globalThis.Plotly.
          const plotly = (globalThis as unknown as { Plotly: { toImage: (fig: unknown, opts: unknown) => Promise<string> } }).Plotly;
          const figure = { data, layout: { ...layout, width: w, height: h }, config: { locale: l } };
          const pngUrl = await plotly.toImage(figure, { format: 'png', width: w, height: h, scale: s });
          const svgUrl = await plotly.toImage(figure, { format: 'svg', width: w, height: h });
          return { png: pngUrl.slice(pngUrl.indexOf(',') + 1), svg: decodeURIComponent(svgUrl.slice(svgUrl.indexOf(',') + 1)) };
        },
        // Plotly draws SVG and loads it as an image for the PNG: a character XML cannot carry (a
        // stored name with a control character) fails that load, and the page rejects with a bare Event.
        { data: xmlSafe(spec.data), layout: xmlSafe(spec.layout), w, h, s: scale, l: locale },
      );
      const raw = Buffer.from(png, 'base64');
      out.set(spec.id, {
        png: ppm === null ? raw : Buffer.from(pngWithResolution(raw, ppm)),
        svg: svgWithTitle(svg, xmlSafe(spec.title), xmlSafe(chartAlt(spec))),
        width: w,
        height: h,
      });
      options.onProgress?.(++done, specs.length);
    }
    return out;
  } finally {
    await browser.close();
  }
}
