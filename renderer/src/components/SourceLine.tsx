import { useMemo } from 'react';
import { firstPart } from '../../../shared/charts/sources';
import { useBundle, useScenarios } from '../state/AppState';
import { Quoting } from './Quoting';

/**
 * A chart's or table's source line: the places it names in the Dutch documents ("Bijlage 2") and
 * the built-in scenarios' names are Dutch source text in either language, and marked so; `quotes`
 * adds places the figures do not name (a relation's, such as a norm's).
 */
const NONE: readonly string[] = [];

export function SourceLine({ text, quotes: extra = NONE }: { text: string; quotes?: readonly string[] }) {
  const figures = useBundle().dataset.figures;
  const scenarios = useScenarios();
  // A source line names a place whole ("Bijlage 2, tabel '…', kolom …") or its first part (up to a
  // comma outside quotes and brackets, as shared/charts/sources.ts cuts it); both are the document's words.
  const quotes = useMemo(
    () => [...figures.flatMap((f) => [f.source.place.trim(), firstPart(f.source.place).trim()]), ...scenarios.filter((s) => s.builtin).map((s) => s.name), ...extra],
    [figures, scenarios, extra],
  );
  return (
    <p className="chart-source">
      <Quoting text={text} quotes={quotes} />
    </p>
  );
}
