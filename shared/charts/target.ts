import type { ChartSpec } from './chartSpec';

/**
 * Where a chart image ends up, and so how it is drawn: Plotly lays the chart out at `width` ×
 * `height` CSS pixels (its fonts are in those pixels) and the PNG has `scale` × as many pixels;
 * the document then prints the image `printedWidthPt` wide. A font of f px is therefore printed at
 * f × printedWidthPt / width pt. Drawing at the printed size (instead of at a screen size and
 * shrinking the picture, or scaling text in the writers) keeps every text at least `minPt`.
 */
export type ChartTarget = {
  id: 'memo' | 'slide';
  width: number;
  height: number;
  scale: number;
  /** The width at which the writer places the image, in points (1/72 inch). */
  printedWidthPt: number;
  /** The smallest text a reader must get there. */
  minPt: number;
  /** The chart's base font (ticks, legend, bar labels), px. */
  fontPx: number;
};

const CM = 72 / 2.54;

/**
 * The memo: the text width of an A4 page with 2 cm margins, 17 cm (electron/exports/docx.ts places
 * every chart image at that width). 643 px is 17 cm at 96 px per inch, so 1 px prints as 0,75 pt;
 * 3 × gives 1.929 pixels across, 288 dpi.
 */
export const MEMO: ChartTarget = { id: 'memo', width: 643, height: 420, scale: 3, printedWidthPt: 17 * CM, minPt: 9, fontPx: 13 };

/**
 * The deck (16:9, 13,33 × 7,5 inch): the smallest place electron/exports/pptx.ts gives a chart
 * image is about 6,0 × 3,6 inch (two charts side by side above the facts); beside text and alone
 * on a slide the box is larger and the image is fitted up, never down. So the image is drawn for
 * 6,0 inch at 96 px per inch: 1 px is 0,75 pt and 12 pt needs 16 px.
 */
export const SLIDE: ChartTarget = { id: 'slide', width: 576, height: 346, scale: 3, printedWidthPt: 6 * 72, minPt: 12, fontPx: 16 };

export const CHART_TARGETS = { memo: MEMO, slide: SLIDE } as const;

/** A font of `px` CSS pixels as printed on the target, in points. */
export function printedPt(px: number, target: ChartTarget): number {
  return (px * target.printedWidthPt) / target.width;
}

/** The smallest font (px, to half a pixel) that prints at the target's minimum. */
export function minFontPx(target: ChartTarget): number {
  return Math.ceil(((target.minPt * target.width) / target.printedWidthPt) * 2 - 1e-9) / 2;
}

/** The PNG's resolution in pixels per metre (its pHYs chunk), so it has its printed size. */
export function pixelsPerMetre(target: ChartTarget): number {
  return Math.round((target.width * target.scale) / ((target.printedWidthPt / 72) * 0.0254));
}

type Rec = Record<string, unknown>;

/**
 * The size a chart's image is drawn at for a target: the target's, or for a picture that has a
 * shape of its own (the map: layout.meta.aspect, height over width) the target's width at that shape.
 */
export function imageSize(spec: ChartSpec, target: ChartTarget): { width: number; height: number } {
  const meta = spec.layout.meta;
  const aspect = typeof meta === 'object' && meta !== null && 'aspect' in meta ? meta.aspect : undefined;
  return typeof aspect === 'number' && Number.isFinite(aspect) && aspect > 0 ? { width: target.width, height: Math.round(target.width * aspect) } : { width: target.width, height: target.height };
}
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A font record with its size raised to at least `min` (a missing size inherits the base font). */
function font(f: unknown, min: number): Rec | undefined {
  if (!isRec(f)) return undefined;
  const size = f.size;
  return typeof size === 'number' && size < min ? { ...f, size: min } : f;
}

/** Every `font`, `tickfont`, `textfont`, `title.font` in a layout or trace, raised to `min`. */
function raiseFonts(v: unknown, min: number): unknown {
  if (Array.isArray(v)) return v.map((x) => raiseFonts(x, min));
  if (!isRec(v)) return v;
  const out: Rec = {};
  for (const [k, x] of Object.entries(v)) {
    if ((k === 'font' || k === 'tickfont' || k === 'textfont' || k === 'insidetextfont' || k === 'outsidetextfont') && isRec(x)) out[k] = font(x, min);
    else out[k] = raiseFonts(x, min);
  }
  return out;
}

/**
 * The spec laid out for a target: the base font at the target's size, every explicit font at
 * least its minimum, the legend under the plot with the room it needs, and bar labels never shrunk
 * to fit a narrow bar (Plotly's default shrinks them below any minimum). The chart's figures and
 * words are untouched.
 */
export function forTarget(spec: ChartSpec, target: ChartTarget): ChartSpec {
  const min = minFontPx(target);
  const layout = raiseFonts(spec.layout, min) as Rec;
  const base = isRec(layout.font) ? layout.font : {};
  const legend = isRec(layout.legend) ? layout.legend : {};
  return {
    ...spec,
    data: spec.data.map((trace) => {
      const t = raiseFonts(trace, min) as Rec;
      return t.type === 'bar' && t.text !== undefined ? { ...t, constraintext: 'none' } : t;
    }),
    layout: {
      ...layout,
      font: { ...base, size: Math.max(target.fontPx, min) },
      // Above the plot, left-aligned: under it (the screen's place, at a fixed fraction of the
      // plot's height) it ran into the tick labels once a narrow image tilted them.
      legend: { ...legend, orientation: 'h', x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom', font: { size: Math.max(target.fontPx, min) } },
    },
  };
}
