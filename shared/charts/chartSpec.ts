import type { Locale } from '../format/nl';

/**
 * A chart as plain data: Plotly traces and layout, plus the title and source line that go
 * with it everywhere (screen, image, Word, PowerPoint). Built by pure functions from a result,
 * so every place shows the same chart. Kept as JSON-like records so shared/ does not depend on
 * Plotly's types.
 */
export type ChartSpec = {
  id: string;
  title: string;
  /** "Bron: …" line shown under the chart and in every export. */
  source: string;
  /**
   * The chart's alt text: one sentence that says what the figures show ("Hilversum heeft in 2030
   * het grootste tekort: 1.558 woningen; …"), written from the figures in the chart's language.
   * For the screen's aria-label and figcaption, the memo's and the deck's image description and
   * the SVG's <desc>. Optional only so that a chart built elsewhere still type-checks; every
   * builder in shared/charts sets it (tested). Read it with `chartAlt`, which falls back to the title.
   */
  alt?: string;
  /**
   * A credit the figure's data requires wherever the figure is shown (the map's boundaries, by their
   * licence), already at the end of `source`. Named apart so that a writer which shortens the source
   * line (the deck's slides) shortens the rest and keeps this.
   */
  credit?: string;
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
};

/** The chart's alt text, or its title when a builder gave none. */
export function chartAlt(spec: ChartSpec): string {
  return spec.alt !== undefined && spec.alt.trim() !== '' ? spec.alt : spec.title;
}

/** Plotly's number separators: decimal then thousands. */
export function separators(locale: Locale): string {
  return locale === 'nl-NL' ? ',.' : '.,';
}

export function baseLayout(locale: Locale, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    separators: separators(locale),
    font: { family: 'Segoe UI, Calibri, Arial, sans-serif', size: 13, color: '#222222' },
    margin: { l: 70, r: 20, t: 20, b: 80 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    legend: { orientation: 'h', y: -0.25 },
    hoverlabel: { namelength: -1 },
    ...extra,
  };
}
