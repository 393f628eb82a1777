import type { Dataset } from '../../dataset/schema';
import type { Locale } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import type { GemeenteResult, Result } from '../../result/schema';
import { CHART_SERIES, sourceLine } from '../sources';
import { choroplethSvg, type MapImage } from './choropleth';

/**
 * A per-gemeente figure the map can show. A screen offers a list of these; another screen adds its
 * own (the solidarity ledger's surplus per 10 000, a norm score) without touching the map.
 */
export type MapFigure = {
  /** Stable: names the image file and the selector's option. */
  id: string;
  /** In the figure selector. */
  label: string;
  /** Above the map; defaults to the label. */
  title?: string;
  /** Over the legend, e.g. "Woningen per jaar". */
  unit: string;
  /** null: the gemeente has no such figure (hatched, "geen gegeven"). */
  value: (g: GemeenteResult) => number | null;
  decimals?: number;
  /** `diverging` when the figure can be below zero (zero in the middle of the legend). */
  scale?: 'sequential' | 'diverging';
  /** The series the figure is calculated from, for the source line; or a ready "Bron: …" line. */
  source: { series: readonly string[] } | { line: string };
};

/** The figures Overzicht offers, in the window's language. */
export function defaultMapFigures(locale: Locale): MapFigure[] {
  const t = texts(locale).map.figures;
  return [
    { id: 'kaart-tekort-programma', ...t.programmeShortfall, value: (g) => g.programme?.shortfall2030 ?? null, source: { series: CHART_SERIES.programme } },
    { id: 'kaart-aandachtsgroepen', ...t.aandachtsgroepenTask, value: (g) => g.aandachtsgroepen.taskPerYear, decimals: 1, source: { series: CHART_SERIES.aandachtsgroepen } },
    { id: 'kaart-tekort-ouderen', ...t.elderlyShortfall, value: (g) => g.elderly?.total.shortfall ?? null, source: { series: CHART_SERIES.elderly } },
  ];
}

/** The map of one figure under a result, or null when the dataset has no boundaries. */
export function mapOfFigure(figure: MapFigure, result: Result, ds: Dataset, locale: Locale, width?: number): MapImage | null {
  if (!ds.boundaries) return null;
  return choroplethSvg({
    id: figure.id,
    boundaries: ds.boundaries,
    values: Object.fromEntries(result.gemeenten.map((g) => [g.code, figure.value(g)])),
    names: Object.fromEntries(result.gemeenten.map((g) => [g.code, g.name])),
    title: figure.title ?? figure.label,
    unit: figure.unit,
    decimals: figure.decimals ?? 0,
    scale: figure.scale ?? 'sequential',
    source: 'line' in figure.source ? figure.source.line : sourceLine(ds, figure.source.series, result.scenarioName, locale),
    locale,
    ...(width !== undefined ? { width } : {}),
  });
}
