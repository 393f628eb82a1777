import { formatNumber } from '../../../../shared/format/nl';
import type { Band } from '../../../../shared/result/uncertainty';
import { useLocale, useMessages } from '../../state/AppState';
import { OUTSIDE_MARKER, outsideBand, shownBand } from './bands';
import './bands.css';

/**
 * P10–P90 on a small line under the likely figure of a table cell, where it spreads (MODEL.md
 * §5.6), with the marker when the likely value lies outside it. Explained by the table's
 * BandLegend, and by its tooltip.
 */
export function BandLine({ band }: { band: Band | null | undefined }) {
  const locale = useLocale();
  const w = useMessages().uncertaintyResults.table;
  const shown = shownBand(band);
  if (!shown) return null;
  return (
    <span className="band-line">
      <span className="band-range" data-band="p10-p90" title={w.title}>
        {w.range(formatNumber(shown.p10, 0, locale), formatNumber(shown.p90, 0, locale))}
      </span>
      {outsideBand(shown) ? <OutsideMarker /> : null}
    </span>
  );
}

/** The marker beside a P10–P90 that does not hold its likely value, saying why in its tooltip. */
export function OutsideMarker() {
  const title = useMessages().uncertaintyResults.outside.title;
  return (
    <span className="band-outside" data-outside="true" role="img" aria-label={title} title={title}>
      {OUTSIDE_MARKER}
    </span>
  );
}

/**
 * The visible caption of a table with P10–P90 lines: what the small line is (the spread of the
 * ranges entered, not a forecast error) and, when one is marked, what the marker means.
 */
export function BandLegend({ draws, outside, id, testId }: { draws: number; outside: boolean; id?: string; testId: string }) {
  const locale = useLocale();
  const w = useMessages().uncertaintyResults;
  return (
    <p className="note band-legend" id={id} data-testid={testId}>
      <span>{w.table.legend(formatNumber(draws, 0, locale))}</span>
      {outside ? <span data-testid={`${testId}-outside`}>{w.outside.legend(OUTSIDE_MARKER)}</span> : null}
    </p>
  );
}
