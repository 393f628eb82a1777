import { toCsv, type CsvCell } from '../format/csv';
import { COLUMNS } from './headers';
import type { ImportContext, ImportKind } from './types';

/**
 * A CSV to start an import from, in the Dutch spreadsheet profile (`;`, decimal comma, UTF-8 with BOM, CRLF),
 * with the canonical Dutch column names. Realisation, projects and placements carry example rows that the analyst
 * replaces; figures list every current figure with its value, to be edited in place.
 */
export function importTemplate(kind: ImportKind, context: ImportContext): string {
  const header = COLUMNS[kind].map((c) => c.name);
  return toCsv(header, templateRows(kind, context));
}

function templateRows(kind: ImportKind, context: ImportContext): CsvCell[][] {
  switch (kind) {
    case 'realisation': {
      // Example numbers for the first two gemeenten: gemeente, jaar, opleveringen, sm_app.
      const examples: [number, number][] = [
        [120, 35],
        [45, 10],
      ];
      return context.gemeenten.slice(0, 2).map((g, i) => [g.name, 2024, ...(examples[i] ?? [0, 0])]);
    }
    case 'projects': {
      const gemeente = context.gemeenten[0];
      if (!gemeente) return [];
      // naam, gemeente, opleverjaar, status, woningen, betaalbaar, sociale_huur, nultreden, geclusterd, zorggeschikt, toelichting
      return [['Voorbeeldproject', gemeente.name, 2027, 'vergund', 48, 30, 20, 24, 0, 8, 'Voorbeeldrij: vervang of verwijder deze rij.']];
    }
    case 'figures':
      return context.figures.map((f) => [f.id, f.value, '']);
    case 'plaatsingen': {
      // Example households placed for the first two gemeenten: gemeente, jaar, plaatsingen.
      const examples = [12, 4];
      return context.gemeenten.slice(0, 2).map((g, i) => [g.name, 2025, examples[i] ?? 0]);
    }
  }
}
