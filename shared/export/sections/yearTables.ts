import { CHART_SERIES, sourceLine } from '../../charts/sources';
import type { ProgrammeBlock, Result } from '../../result/schema';
import type { TableColumn } from '../../table/column';
import { texts } from '../../i18n/catalogue';
import { table, type SectionEntry, type SectionInput } from '../section';
import { tableOf, type ReportTable } from '../table';

type PathRow = { name: string; point: ProgrammeBlock['path'][number] };
type DemandRow = Result['aandachtsgroepenDemand'][number];

/** The realisation paths behind the charts: per gemeente and year, cumulative. */
const PATH_COLUMNS: TableColumn<PathRow>[] = [
  { id: 'gemeente', kind: 'text', about: 'gemeente', header: (t) => t.result.gemeente, value: (r) => r.name },
  { id: 'year', kind: 'year', about: 'pathYear', header: (t) => t.paths.year, value: (r) => r.point.year },
  { id: 'target', kind: 'homes', about: 'streefpad', header: (t) => t.paths.target, value: (r) => r.point.target },
  { id: 'realised', kind: 'homes', about: 'pathRealised', header: (t) => t.paths.realised, value: (r) => r.point.realised },
  { id: 'projected', kind: 'homes', about: 'pathProjected', header: (t) => t.paths.projected, value: (r) => r.point.projected },
  { id: 'note', kind: 'text', about: 'pathNote', header: (t) => t.paths.note, value: () => null, shown: (r, t) => (r.point.realisedEstimated ? t.paths.estimated : '') },
];

/** Regional demand for aandachtsgroepen per year. */
const DEMAND_COLUMNS: TableColumn<DemandRow>[] = [
  { id: 'year', kind: 'year', about: 'demandYear', header: (t) => t.demand.year, value: (r) => r.year },
  { id: 'homes', kind: 'pace', about: 'demandHomes', header: (t) => t.demand.homes, value: (r) => r.homes },
];

/** Year by year, per scenario: too long for the memo and the deck, so only the workbook has them. */
export const yearTables: SectionEntry = {
  id: 'yearTables',
  build: (input) => ({
    id: 'yearTables',
    title: input.words.yearTables.title,
    blocks: input.results.flatMap((r) => [pathsTable(r, input), demandTable(r, input)]).map(table),
    memo: [],
    slides: [],
  }),
};

function pathsTable(result: Result, { dataset, locale, words }: SectionInput): ReportTable {
  const w = words.yearTables.paths;
  const places = [...result.gemeenten, { name: texts(locale).tables.region, programme: result.region.programme }];
  const rows = places.flatMap((g) => (g.programme?.path ?? []).map((point) => ({ name: g.name, point })));
  return tableOf({ id: 'paths', title: w.title(result.scenarioName), sheet: w.sheet, totalRow: false, source: sourceLine(dataset, CHART_SERIES.programme, result.scenarioName, locale) }, PATH_COLUMNS, rows, locale, result);
}

function demandTable(result: Result, { dataset, locale, words }: SectionInput): ReportTable {
  const w = words.yearTables.demand;
  return tableOf(
    { id: 'demand', title: w.title(result.scenarioName), sheet: w.sheet, totalRow: false, source: sourceLine(dataset, CHART_SERIES.aandachtsgroepen, result.scenarioName, locale) },
    DEMAND_COLUMNS,
    result.aandachtsgroepenDemand,
    locale,
    result,
  );
}
