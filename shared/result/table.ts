import type { Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { HOUSING_TYPES } from '../scenario/schema';
import { isColumnAbout } from '../table/about';
import type { TableColumn } from '../table/column';
import type { GemeenteResult, RegionResult, Result } from './schema';

/**
 * The per-gemeente result table, every column defined once: the CSV (`run --csv` and the CSV
 * export), the terminal's table, the screen's table (Overzicht) and the report's tables per
 * gemeente all pick their columns from RESULT_COLUMNS.
 */
export type ResultRow = { code: string; name: string } & Pick<GemeenteResult, 'programme' | 'affordable' | 'elderly' | 'aandachtsgroepen'>;

/**
 * Shortfall, surplus and net (issue 9): each block has a column for its shortfall ("Tekort", never
 * negative; the region's is the sum of the gemeenten's), its surplus ("Voor op schema" against a
 * programme target, "Overschot" against a need) and its net gap ("Saldo (netto)"). The `…Gap` ids
 * are the net, as `gap` is in the result schema; `tekort` in a CSV key is always the shortfall.
 */

/**
 * `csv`: the column's key in the CSV; a column without one is not in the CSV. `figure`: the path
 * of the result figure the column holds (its value is read from there), so a cell can show how
 * that figure is computed (shared/explain).
 */
export type ResultColumn = TableColumn<ResultRow> & { csv?: string; figure?: string };

/** A column holding one figure of the result: its path, and the value read from it. */
function at(figure: string): { figure: string; value: (r: ResultRow) => number | null } {
  const [block, ...rest] = figure.split('.');
  return {
    figure,
    value: (r) => {
      let cur: unknown = r[block as keyof ResultRow];
      for (const key of rest) cur = cur === null || cur === undefined ? undefined : (cur as Record<string, unknown>)[key];
      return typeof cur === 'number' ? cur : null;
    },
  };
}

/**
 * A column, its id kept as a literal so that views can name columns by id. What it holds (the
 * workbook's column notes) is the definition of its id; a housing type's column ("nultredenNeed")
 * has the definition of its measure ("need").
 */
const column = <const I extends string>(c: ResultColumn & { id: I }): ResultColumn & { id: I } => {
  const about = c.id.replace(/^(nultreden|geclusterd|zorggeschikt)(.)/, (_m, _type: string, first: string) => first.toLowerCase());
  return isColumnAbout(about) ? { about, ...c } : c;
};

export const RESULT_COLUMNS = [
  column({ id: 'code', csv: 'code', kind: 'text', header: (t) => t.result.code, value: (r) => r.code }),
  column({ id: 'gemeente', csv: 'gemeente', kind: 'text', header: (t) => t.result.gemeente, value: (r) => r.name }),
  column({ id: 'target', csv: 'programma_doel', kind: 'homes', header: (t, y) => t.result.target(y), short: (t) => t.short.target, ...at('programme.target') }),
  column({ id: 'realised', csv: 'gerealiseerd', kind: 'homes', header: (t, y) => t.result.realised(y), short: (t) => t.short.realised, ...at('programme.realised') }),
  column({ id: 'baseYear', csv: 'basisjaar', kind: 'year', header: (t) => t.result.baseYear, ...at('programme.baseYear') }),
  column({ id: 'currentPace', csv: 'tempo_huidig', kind: 'pace', header: (t) => t.result.currentPace, short: (t) => t.short.currentPace, ...at('programme.currentPace') }),
  column({ id: 'scenarioPace', csv: 'tempo_scenario', kind: 'pace', header: (t) => t.result.scenarioPace, short: (t) => t.short.scenarioPace, ...at('programme.scenarioPace') }),
  column({ id: 'projected2030', csv: 'prognose_2030', kind: 'homes', header: (t) => t.result.projected2030, ...at('programme.projected2030') }),
  column({ id: 'shortfall2030', csv: 'tekort_2030', kind: 'homes', header: (t) => t.result.shortfall2030, ...at('programme.shortfall2030') }),
  column({ id: 'surplus2030', csv: 'voor_op_schema_2030', kind: 'homes', header: (t) => t.result.surplus2030, short: (t) => t.short.surplus2030, ...at('programme.surplus2030') }),
  column({ id: 'gap2030', csv: 'saldo_2030_netto', kind: 'homes', header: (t) => t.result.gap2030, ...at('programme.gap2030') }),
  column({ id: 'requiredPace', csv: 'tempo_nodig', kind: 'pace', header: (t) => t.result.requiredPace, short: (t) => t.short.requiredPace, ...at('programme.requiredPace') }),
  column({
    id: 'catchUpYear',
    csv: 'inhaaljaar',
    kind: 'year',
    header: (t) => t.result.catchUpYear,
    ...at('programme.catchUpYear'),
    shown: (r, t) => (r.programme ? (r.programme.catchUpYear ?? t.afterHorizon) : null),
  }),
  column({ id: 'affordableTarget', csv: 'betaalbaar_doel', kind: 'homes', header: (t) => t.result.affordableTarget, ...at('affordable.target') }),
  column({ id: 'affordableRealised', csv: 'betaalbaar_gerealiseerd_ondergrens', kind: 'homes', header: (t) => t.result.affordableRealised, ...at('affordable.realised') }),
  column({ id: 'affordableScenarioPace', kind: 'pace', header: (t) => t.result.affordableScenarioPace, ...at('affordable.scenarioPace') }),
  column({ id: 'affordableProjected2030', csv: 'betaalbaar_prognose_2030', kind: 'homes', header: (t) => t.result.affordableProjected2030, ...at('affordable.projected2030') }),
  column({ id: 'affordableShortfall2030', csv: 'betaalbaar_tekort_2030', kind: 'homes', header: (t) => t.result.affordableShortfall2030, ...at('affordable.shortfall2030') }),
  column({ id: 'affordableSurplus2030', csv: 'betaalbaar_voor_op_schema_2030', kind: 'homes', header: (t) => t.result.affordableSurplus2030, ...at('affordable.surplus2030') }),
  column({ id: 'affordableGap2030', csv: 'betaalbaar_saldo_2030_netto', kind: 'homes', header: (t) => t.result.affordableGap2030, ...at('affordable.gap2030') }),
  ...HOUSING_TYPES.flatMap((ty) => [
    column({ id: `${ty}Need`, csv: `${ty}_behoefte`, kind: 'homes', header: (t) => t.result[`${ty}Need`], ...at(`elderly.${ty}.need`) }),
    column({ id: `${ty}Supply`, csv: `${ty}_aanbod`, kind: 'homes', header: (t) => t.result[`${ty}Supply`], ...at(`elderly.${ty}.supply`) }),
    column({ id: `${ty}Shortfall`, csv: `${ty}_tekort`, kind: 'homes', header: (t) => t.result[`${ty}Shortfall`], ...at(`elderly.${ty}.shortfall`) }),
    column({ id: `${ty}Surplus`, csv: `${ty}_overschot`, kind: 'homes', header: (t) => t.result[`${ty}Surplus`], ...at(`elderly.${ty}.surplus`) }),
    column({ id: `${ty}Gap`, csv: `${ty}_saldo_netto`, kind: 'homes', header: (t) => t.result[`${ty}Gap`], ...at(`elderly.${ty}.gap`) }),
  ]),
  // A gemeente's total is the sum of its types' shortfalls: a surplus of one type never fills another.
  column({ id: 'elderlyShortfall', csv: 'ouderen_tekort_totaal', kind: 'homes', header: (t) => t.result.elderlyShortfall, ...at('elderly.total.shortfall') }),
  column({ id: 'elderlySurplus', csv: 'ouderen_overschot_totaal', kind: 'homes', header: (t) => t.result.elderlySurplus, short: (t) => t.short.elderlySurplus, ...at('elderly.total.surplus') }),
  column({ id: 'elderlyGap', csv: 'ouderen_saldo_netto_totaal', kind: 'homes', header: (t) => t.result.elderlyGap, ...at('elderly.total.gap') }),
  // With these two a reader sees why a required share stops at 100 %: new build smaller than what it must supply.
  column({ id: 'elderlyNewBuild', csv: 'ouderen_nieuwbouw', kind: 'homes', header: (t) => t.result.elderlyNewBuild, ...at('elderly.newBuild') }),
  column({ id: 'elderlyNewBuildNeed', csv: 'ouderen_nodig_uit_nieuwbouw', kind: 'homes', header: (t) => t.result.elderlyNewBuildNeed, ...at('elderly.newBuildNeed') }),
  column({ id: 'requiredShare', csv: 'benodigd_aandeel_ouderen', kind: 'percent', header: (t) => t.result.requiredShare, ...at('elderly.requiredShare') }),
  column({ id: 'aandachtsWeight', csv: 'aandachtsgroepen_gewicht', kind: 'percent', header: (t) => t.result.aandachtsWeight, ...at('aandachtsgroepen.weight') }),
  column({
    id: 'aandachtsPerYear',
    csv: 'aandachtsgroepen_per_jaar',
    kind: 'pace',
    header: (t, y) => t.result.aandachtsPerYear(y),
    short: (t) => t.short.aandachtsPerYear,
    ...at('aandachtsgroepen.taskPerYear'),
  }),
  column({ id: 'aandachtsCumulative', csv: 'aandachtsgroepen_cumulatief', kind: 'homes', header: (t, y) => t.result.aandachtsCumulative(y), ...at('aandachtsgroepen.taskCumulative') }),
] as const;

export type ResultColumnId = (typeof RESULT_COLUMNS)[number]['id'];

/** The columns with these ids, in this order. */
export function resultColumns(...ids: readonly ResultColumnId[]): ResultColumn[] {
  return ids.map((id) => {
    const column = RESULT_COLUMNS.find((c) => c.id === id);
    if (!column) throw new Error(`geen resultaatkolom ${id}`);
    return column;
  });
}

/**
 * The CSV's column order: the columns it had before issue 9 in their old places (a reader that
 * counts columns still finds them; `tekort` now holds the shortfall, never negative), the
 * columns added since at the end.
 */
const CSV_ORDER: readonly ResultColumnId[] = [
  'code',
  'gemeente',
  'target',
  'realised',
  'baseYear',
  'currentPace',
  'scenarioPace',
  'projected2030',
  'shortfall2030',
  'requiredPace',
  'catchUpYear',
  'affordableTarget',
  'affordableRealised',
  'affordableProjected2030',
  'affordableShortfall2030',
  ...HOUSING_TYPES.flatMap((ty) => [`${ty}Need`, `${ty}Supply`, `${ty}Shortfall`] as const),
  'elderlyShortfall',
  'requiredShare',
  'aandachtsWeight',
  'aandachtsPerYear',
  'aandachtsCumulative',
  // Added with issue 9.
  'surplus2030',
  'gap2030',
  'affordableSurplus2030',
  'affordableGap2030',
  ...HOUSING_TYPES.flatMap((ty) => [`${ty}Surplus`, `${ty}Gap`] as const),
  'elderlySurplus',
  'elderlyGap',
  'elderlyNewBuild',
  'elderlyNewBuildNeed',
];

/** The CSV's columns: every column with a CSV key, in CSV_ORDER. */
export const CSV_COLUMNS: readonly (ResultColumn & { csv: string })[] = resultColumns(...CSV_ORDER).map((c) => {
  if (c.csv === undefined) throw new Error(`resultaatkolom ${c.id} heeft geen CSV-sleutel`);
  return { ...c, csv: c.csv };
});

/** The overview per gemeente: the screen's table (Overzicht) and the terminal's (`run`). */
export const OVERVIEW_COLUMNS: readonly ResultColumn[] = resultColumns(
  'gemeente',
  'target',
  'realised',
  'currentPace',
  'scenarioPace',
  'projected2030',
  'shortfall2030',
  'surplus2030',
  'requiredPace',
  'catchUpYear',
  'elderlyShortfall',
  'elderlySurplus',
  'aandachtsPerYear',
);

export function regionRow(region: RegionResult, name: string): ResultRow {
  return { code: 'regio', name, ...region };
}

/**
 * Gemeenten in result order, then the region as total row. `region`: its name, "Regio" on the
 * screen and in the documents, "Regio Gooi en Vechtstreek" in the CSV and the terminal.
 */
export function resultRows(result: Result, locale: Locale = 'nl-NL', region: 'region' | 'regionFull' = 'regionFull'): ResultRow[] {
  return [...result.gemeenten, regionRow(result.region, texts(locale).tables[region])];
}
