import { useMemo } from 'react';
import { useBundle, useScenarios } from '../state/AppState';
import { Quoting } from './Quoting';

/**
 * A chart's or table's source line: the places it names in the Dutch documents ("Bijlage 2") and
 * the built-in scenarios' names are Dutch source text in either language, and marked so.
 */
export function SourceLine({ text }: { text: string }) {
  const figures = useBundle().dataset.figures;
  const scenarios = useScenarios();
  const quotes = useMemo(
    () => [...figures.map((f) => f.source.place.split(',')[0]?.trim() ?? ''), ...scenarios.filter((s) => s.builtin).map((s) => s.name)],
    [figures, scenarios],
  );
  return (
    <p className="chart-source">
      <Quoting text={text} quotes={quotes} />
    </p>
  );
}
