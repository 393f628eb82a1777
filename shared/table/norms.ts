import { formatNumber, formatPercent, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { NORM_MEASURES, type Norm, type NormCell, type NormMeasure, type NormRow, type NormVerdict } from '../result/norms';
import type { TableColumn, TablesText } from './column';

/**
 * The norms monitor's table (issue 10 part 5), its columns defined once: the screen
 * (NormsTable), the command line's text and CSV (`norms`) and any export take them from here.
 * Per norm a group of columns, one per measure (programme, scenario, realised), each holding the
 * share; the CSV adds the kind of figure (bound) and the verdict beside every share.
 */
export type NormColumn = TableColumn<NormRow> & { csv: string; norm: string; measure: NormMeasure; part: 'share' | 'bound' | 'verdict' };

/** The mark beside a share: a symbol, never colour alone (the words are in the catalogue's `verdict`). */
export const VERDICT_MARK: Record<NormVerdict, string> = { meets: '✓', below: '▼', above: '▲', unknown: '?' };

/** "≥ 45,5 %" for a lower bound, "≤ 66,0 %" for an upper bound: the reader sees which way the real share can lie. */
export function shownShare(cell: NormCell, locale: Locale): string {
  if (cell.share === null) return '–';
  const prefix = cell.bound === 'lowerBound' ? '≥ ' : cell.bound === 'upperBound' ? '≤ ' : cell.bound === 'none' ? '~ ' : '';
  return `${prefix}${formatPercent(cell.share, 1, locale)}`;
}

/** A share with its mark, as the terminal and a document show it: "≥ 45,5 % ?"; "–" where there is no figure. */
export function shownCellWithMark(cell: NormCell, locale: Locale): string {
  return cell.share === null ? '–' : `${shownShare(cell, locale)} ${VERDICT_MARK[cell.verdict]}`;
}

/** The norm as a reader sees it in a header: "norm ≥ 66,67 %". */
export function normValueText(norm: Norm, locale: Locale): string {
  const value = `${formatNumber(norm.value, 2, locale)}${locale === 'nl-NL' ? ' %' : '%'}`;
  return texts(locale).tables.norms.norm(norm.comparator, value);
}

/** The region's row is named by the catalogue, the gemeenten by the data. */
export function rowName(row: NormRow, t: TablesText): string {
  return row.code === 'regio' ? t.region : row.name;
}

export const NAME_COLUMNS: readonly (TableColumn<NormRow> & { csv: string })[] = [
  { id: 'code', csv: 'code', kind: 'text', header: (t) => t.result.code, value: (r) => r.code },
  { id: 'gemeente', csv: 'gemeente', kind: 'text', header: (t) => t.norms.gemeente, value: (r) => r.name, shown: (r, t) => rowName(r, t) },
];

const CSV_MEASURE: Record<NormMeasure, string> = { programme: 'programma', scenario: 'scenario', realised: 'gerealiseerd' };

/**
 * One norm's columns. `locale` is the language of the norm's label in the headers (the label is
 * data, not catalogue). The share column's `shown` is the share with its mark.
 */
export function normColumns(norm: Norm, locale: Locale): NormColumn[] {
  const label = locale === 'nl-NL' ? norm.label : norm.labelEn;
  return NORM_MEASURES.flatMap((measure): NormColumn[] => {
    const key = `${norm.id}_${CSV_MEASURE[measure]}`;
    const base = { norm: norm.id, measure };
    return [
      {
        ...base,
        id: `${norm.id}.${measure}`,
        csv: `${key}_aandeel`,
        part: 'share',
        kind: 'percent',
        header: (t) => `${label}: ${t.norms.measure[measure]}`,
        short: (t) => t.norms.measure[measure],
        value: (r) => r[measure].share,
        shown: (r) => shownCellWithMark(r[measure], locale),
      },
      { ...base, id: `${norm.id}.${measure}.bound`, csv: `${key}_soort`, part: 'bound', kind: 'text', header: (t) => `${label}: ${t.norms.measure[measure]} (${t.norms.boundHeader})`, value: (r) => r[measure].bound },
      { ...base, id: `${norm.id}.${measure}.verdict`, csv: `${key}_oordeel`, part: 'verdict', kind: 'text', header: (t) => `${label}: ${t.norms.measure[measure]} (${t.norms.verdictHeader})`, value: (r) => r[measure].verdict },
    ];
  });
}

/** The share columns of a norm: what the screen and the terminal show. */
export const shareColumns = (norm: Norm, locale: Locale): NormColumn[] => normColumns(norm, locale).filter((c) => c.part === 'share');

/**
 * The CSV: one row per gemeente and the region, per norm and measure its share (a fraction,
 * unrounded), the kind of figure and the verdict as codes (exact/lowerBound/upperBound/none,
 * meets/below/above/unknown), so a spreadsheet can filter on them.
 */
export function normsCsvTable(norms: readonly Norm[], locale: Locale = 'nl-NL'): { header: string[]; rows: (string | number | null)[][] } {
  const columns = [...NAME_COLUMNS, ...norms.flatMap((n) => normColumns(n, locale))];
  const t = texts(locale).tables;
  const rows = norms[0]?.rows ?? [];
  const cellsOf = (code: string) => norms.map((n) => n.rows.find((r) => r.code === code));
  return {
    header: columns.map((c) => c.csv),
    rows: rows.map((row) => {
      const perNorm = cellsOf(row.code);
      return [
        // The CSV names the region in full, as the result's CSV does.
        ...NAME_COLUMNS.map((c) => (c.id === 'gemeente' && row.code === 'regio' ? t.regionFull : c.value(row))),
        ...norms.flatMap((n, i) => normColumns(n, locale).map((c) => { const r = perNorm[i]; return r ? c.value(r) : null; })),
      ];
    }),
  };
}
