import { CHART_SERIES, sourceLine } from '../../charts/sources';
import { resultColumns, resultRows, type ResultColumnId } from '../../result/table';
import { table, type SectionEntry, type SectionInput } from '../section';
import { tableOf, type ReportTable } from '../table';

/** The report's tables per gemeente, region as total row; their columns come from the result table (shared/result/table.ts). */
const TABLES = {
  programme: { series: CHART_SERIES.programme, columns: ['gemeente', 'target', 'realised', 'currentPace', 'scenarioPace', 'projected2030', 'gap2030', 'requiredPace', 'catchUpYear'] },
  affordable: { series: CHART_SERIES.affordable, columns: ['gemeente', 'affordableTarget', 'affordableRealised', 'affordableScenarioPace', 'affordableProjected2030', 'affordableGap2030'] },
  elderly: {
    series: CHART_SERIES.elderly,
    columns: ['gemeente', 'nultredenNeed', 'nultredenGap', 'geclusterdNeed', 'geclusterdGap', 'zorggeschiktNeed', 'zorggeschiktGap', 'elderlyGap', 'requiredShare'],
  },
  aandachtsgroepen: { series: CHART_SERIES.aandachtsgroepen, columns: ['gemeente', 'aandachtsWeight', 'aandachtsPerYear', 'aandachtsCumulative'] },
} satisfies Record<string, { series: readonly string[]; columns: ResultColumnId[] }>;

/** Build programme (MODEL §5.1), the affordable segment, elderly housing (§5.2) and aandachtsgroepen (§5.3). Not on the deck: too wide for a slide. */
export const tables: SectionEntry = {
  id: 'tables',
  build: (input) => {
    const t = Object.entries(TABLES).map(([id, def]) => perGemeente(id as keyof typeof TABLES, def.columns, def.series, input));
    return { id: 'tables', title: input.words.tables.title, blocks: t.map(table), slides: [] };
  },
};

function perGemeente(id: keyof typeof TABLES, columns: readonly ResultColumnId[], series: readonly string[], { main, dataset, locale, words }: SectionInput): ReportTable {
  const w = words.tables[id];
  return tableOf(
    { id, title: w.title(main.scenarioName), sheet: w.sheet, totalRow: true, source: sourceLine(dataset, series, main.scenarioName, locale) },
    resultColumns(...columns),
    resultRows(main, locale, 'region'),
    locale,
    main,
  );
}
