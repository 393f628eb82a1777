import type { Dataset } from '../dataset/schema';
import type { Locale } from '../format/nl';
import { SERIES } from '../engine/inputs';
import { chartText } from './labels';

/** The series each kind of chart is calculated from. */
export const CHART_SERIES = {
  programme: [SERIES.target, SERIES.realised],
  affordable: [SERIES.affordableTarget, SERIES.smApp],
  elderly: [SERIES.need.nultreden, SERIES.need.geclusterd, SERIES.need.zorggeschikt, SERIES.realised, SERIES.smApp],
  aandachtsgroepen: [SERIES.aandachtsgroepenPerYear, SERIES.population],
  placements: [SERIES.placements, SERIES.aandachtsgroepenPerYear, SERIES.population],
} as const;

/**
 * "004 · Bijlage 2; 000 · … — bewerking Woonzorgverkenner, scenario 'Basis'". Read from the
 * figures actually in the dataset, so an imported or edited figure names its own source.
 */
export function figureSources(ds: Dataset, seriesIds: readonly string[], scenarioName: string, locale: Locale = 'nl-NL'): string {
  const t = chartText(locale).source;
  const places = new Set<string>();
  for (const f of ds.figures) {
    if (!seriesIds.includes(f.series) || f.value === null) continue;
    // The place up to its first comma: "Bijlage 2", "§1.3 kader 'Wooncijfers'".
    const place = f.source.place.split(',')[0]?.trim() ?? '';
    places.add(f.source.document === 'analist' ? t.analyst : `${f.source.document} · ${place}`);
  }
  return t.figures([...places].sort().join('; '), scenarioName);
}

/** The source line under a chart or table: "Bron: " and the figures' sources. */
export function sourceLine(ds: Dataset, seriesIds: readonly string[], scenarioName: string, locale: Locale = 'nl-NL'): string {
  return chartText(locale).source.line(figureSources(ds, seriesIds, scenarioName, locale));
}
