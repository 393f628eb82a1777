import { CHART_SERIES, sourceLine } from '../../charts/sources';
import { resultColumns, resultRows, type ResultColumn, type ResultColumnId, type ResultRow } from '../../result/table';
import { table, type SectionEntry, type SectionInput } from '../section';
import { tableOf, type ReportTable } from '../table';

/**
 * Columns shown only where a row has something in them: a surplus column of zeros would only
 * crowd the page, and where a surplus exists it must be seen beside the shortfall (issue 9).
 */
const ONLY_IF_ANY = new Set<ResultColumnId>(['affordableSurplus2030', 'nultredenSurplus', 'geclusterdSurplus', 'zorggeschiktSurplus', 'elderlySurplus']);

/**
 * The report's tables per gemeente, region as total row; their columns come from the result table
 * (shared/result/table.ts). Shortfall and surplus each have a column, never a net "tekort": the
 * region's shortfall is the sum of the gemeenten's, a surplus fills nobody else's. Elderly housing
 * is two tables, the types and what new build must supply, as one would not fit a page.
 */
const TABLES = {
  programme: {
    series: CHART_SERIES.programme,
    columns: ['gemeente', 'target', 'realised', 'currentPace', 'scenarioPace', 'projected2030', 'shortfall2030', 'surplus2030', 'requiredPace', 'catchUpYear'],
  },
  affordable: {
    series: CHART_SERIES.affordable,
    columns: ['gemeente', 'affordableTarget', 'affordableRealised', 'affordableScenarioPace', 'affordableProjected2030', 'affordableShortfall2030', 'affordableSurplus2030'],
  },
  elderly: {
    series: CHART_SERIES.elderly,
    columns: ['gemeente', 'nultredenNeed', 'nultredenShortfall', 'nultredenSurplus', 'geclusterdNeed', 'geclusterdShortfall', 'geclusterdSurplus', 'zorggeschiktNeed', 'zorggeschiktShortfall', 'zorggeschiktSurplus'],
  },
  elderlyNewBuild: {
    series: CHART_SERIES.elderly,
    columns: ['gemeente', 'elderlyShortfall', 'elderlySurplus', 'elderlyNewBuild', 'elderlyNewBuildNeed', 'requiredShare'],
  },
  aandachtsgroepen: { series: CHART_SERIES.aandachtsgroepen, columns: ['gemeente', 'aandachtsWeight', 'aandachtsPerYear', 'aandachtsCumulative'] },
} satisfies Record<string, { series: readonly string[]; columns: ResultColumnId[] }>;

/** Build programme (MODEL §5.1), the affordable segment, elderly housing (§5.2) and aandachtsgroepen (§5.3). Not on the deck: too wide for a slide. */
export const tables: SectionEntry = {
  id: 'tables',
  build: (input) => {
    const t = (Object.keys(TABLES) as (keyof typeof TABLES)[]).map((id) => perGemeenteTable(id, input));
    // The memo shows these tables in its theme chapters (./themes.ts).
    return { id: 'tables', title: input.words.tables.title, blocks: t.map(table), slides: [], memo: [] };
  },
};

/** One of the per-gemeente tables, by id: the tables section and the memo's theme chapters show the same. */
export function perGemeenteTable(id: keyof typeof TABLES, input: SectionInput): ReportTable {
  const def = TABLES[id];
  return perGemeente(id, def.columns, def.series, input);
}

function perGemeente(id: keyof typeof TABLES, ids: readonly ResultColumnId[], series: readonly string[], { main, dataset, locale, words }: SectionInput): ReportTable {
  const w = words.tables[id];
  const rows = resultRows(main, locale, 'region');
  const columns = resultColumns(...ids).filter((c) => !ONLY_IF_ANY.has(c.id as ResultColumnId) || rows.some((r) => hasSome(c, r)));
  return tableOf({ id, title: w.title(main.scenarioName), sheet: w.sheet, totalRow: true, source: sourceLine(dataset, series, main.scenarioName, locale) }, columns, rows, locale, main);
}

/** At least one home: what shows as 1 or more. */
function hasSome(column: ResultColumn, row: ResultRow): boolean {
  const v = column.value(row);
  return typeof v === 'number' && v >= 0.5;
}
