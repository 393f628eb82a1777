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
    // The place up to its first comma outside quotes and brackets: "Bijlage 2", "§1.3 kader 'Wooncijfers'",
    // "'Inwonersaantallen per gemeente (peildatum: 1 januari 2024, bron: CBS)'" whole (cut inside, it lost its closing quote and bracket).
    const place = firstPart(f.source.place);
    places.add(f.source.document === 'analist' ? t.analyst : `${f.source.document} · ${place}`);
  }
  return t.figures([...places].sort().join('; '), scenarioName);
}

/** The source line under a chart or table: "Bron: " and the figures' sources. */
export function sourceLine(ds: Dataset, seriesIds: readonly string[], scenarioName: string, locale: Locale = 'nl-NL'): string {
  return chartText(locale).source.line(figureSources(ds, seriesIds, scenarioName, locale));
}

/** A source place up to its first comma at the top level: not inside '…', ‘…’, "…" or (…). */
export function firstPart(place: string): string {
  let depth = 0;
  let quote: string | null = null;
  const closing: Record<string, string> = { "'": "'", '‘': '’', '"': '"' };
  for (let i = 0; i < place.length; i++) {
    const c = place.charAt(i);
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c in closing && (i === 0 || /[\s(]/.test(place.charAt(i - 1)))) quote = closing[c] ?? null;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return place.slice(0, i).trim();
  }
  return place.trim();
}
