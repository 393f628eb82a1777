import { useMemo } from 'react';
import { CHART_SERIES, sourceLine } from '../../../shared/charts/sources';
import { useLocale, useMessages, useOpenScenario, useServer } from '../state/AppState';

const ALL_SERIES = [...new Set(Object.values(CHART_SERIES).flat())];

/**
 * The header of a printed page (hidden on screen, shown by the print stylesheet): which screen,
 * which scenario, when, and the sources of the figures it shows, so a printout on a desk still
 * says what it is.
 */
export function PrintHeader({ screen }: { screen: string }) {
  const t = useMessages().app;
  const locale = useLocale();
  const open = useOpenScenario();
  const dataset = useServer((s) => s.bundle.dataset);
  const source = useMemo(() => sourceLine(dataset, ALL_SERIES, open.name, locale), [dataset, open.name, locale]);
  const date = new Date().toLocaleDateString(locale, { dateStyle: 'long' });
  return (
    <div className="print-header" data-testid="print-header">
      <p className="print-title">{t.printHeader(screen, open.name, date)}</p>
      <p className="print-source">{source}</p>
    </div>
  );
}
