import { latestFigure } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { SERIES } from '../../engine/inputs';
import { formatNumber, formatPercent, type Locale } from '../../format/nl';
import type { Result } from '../../result/schema';
import { facilityTypeName } from '../../i18n/facilityType';
import { texts } from '../../i18n/catalogue';
import { assumptionAt, assumptionWords, optionLabel, readParam, type AssumptionKind } from '../../scenario/assumptions';
import { changedPaths, defaultAt } from '../../scenario/editParams';
import type { Scenario } from '../../scenario/schema';
import type { Cell } from '../../table/column';
import { table, type SectionEntry, type SectionInput } from '../section';
import type { ReportTable } from '../table';
import { assumptionLabel, inputValue, optionsText } from './assumptionValue';

/** Per scenario, every assumption that differs from its default. */
export const assumptions: SectionEntry = {
  id: 'assumptions',
  build: (input) => ({ id: 'assumptions', title: input.words.assumptions.title, blocks: [table(assumptionsTable(input))] }),
};

function assumptionsTable(input: SectionInput): ReportTable {
  const { scenarios, locale, words } = input;
  const t = texts(locale).tables.assumptions;
  const rows: Cell[][] = [];
  for (const s of scenarios) {
    const changed = changedPaths(s.params);
    // A scenario that changes nothing still fills every cell: "Alle aannames | standaard | standaard".
    if (changed.length === 0) rows.push([s.name, t.allDefault, t.atDefault, t.atDefault]);
    rows.push(...assumptionChanges(s, input).map((c): Cell[] => [s.name, c.label, c.value, c.standard]));
    rows.push(...uncertaintyRows(s, input));
  }
  return {
    id: 'assumptions',
    title: words.assumptions.table,
    sheet: words.assumptions.sheet,
    columns: [
      { header: t.scenario, kind: 'text', about: 'assumptionScenario' },
      { header: t.assumption, kind: 'text', about: 'aanname' },
      { header: t.value, kind: 'text', about: 'assumptionValue' },
      { header: t.standard, kind: 'text', about: 'assumptionStandard' },
    ],
    rows,
    totalRow: false,
    source: words.assumptions.source,
  };
}

/** One assumption a scenario sets away from its default, as a reader reads it (the assumptions table, the colophon). */
export type AssumptionChange = { label: string; value: string; standard: string };

/**
 * Every assumption the scenario changes (the uncertainty block apart): its label with the gemeente's
 * name where it is set per gemeente ("Eigen bouwtempo (Hilversum)", not the CBS code), its value and
 * its default; a default read from the data says which figure (the dataset's 245, the historic share).
 */
export function assumptionChanges(s: Scenario, { locale, words, dataset, main }: SectionInput): AssumptionChange[] {
  const out: AssumptionChange[] = [];
  for (const path of changedPaths(s.params).filter((p) => !p.startsWith('uncertainty.'))) {
    const solidarity = solidarityRow(s, path, locale, words);
    if (solidarity) {
      const [, label, value, standard] = solidarity.map((c) => (c === null ? '' : String(c)));
      out.push({ label: label ?? '', value: value ?? '', standard: standard ?? '' });
      continue;
    }
    const a = assumptionAt(path);
    const suffix = a && path !== a.key ? path.slice((path.startsWith(a.perGemeente?.key ?? '\0') ? (a.perGemeente?.key.length ?? 0) : a.key.length) + 1) : null;
    const label = a ? `${assumptionWords(a, locale).label}${suffix ? ` (${namesFor(suffix, dataset)})` : ''}` : path;
    const kind = path === a?.key ? a.kind : (a?.perGemeente?.kind ?? a?.kind);
    const value = readParam(s.params, path) ?? readDotted(s.params, path);
    out.push({ label, value: value === null || value === undefined ? fromData(path, dataset, main, locale) : show(value, kind, locale), standard: showDefault(path, kind, dataset, main, locale) });
  }
  return out;
}

/** "GM0402.nultreden" as "Hilversum, nultreden": a CBS code read as the gemeente's name. */
function namesFor(suffix: string, ds: Dataset): string {
  return suffix
    .split('.')
    .map((part) => ds.gemeenten.find((g) => g.code === part)?.name ?? part)
    .join(', ');
}

function showDefault(path: string, kind: AssumptionKind | undefined, ds: Dataset, main: Result, locale: Locale): string {
  const standard = defaultAt(path);
  return standard === null || standard === undefined ? fromData(path, ds, main, locale) : show(standard, kind, locale);
}

/** What a default of null stands for, in figures: the dataset's figure, or the historic share per gemeente. */
function fromData(path: string, ds: Dataset, main: Result, locale: Locale): string {
  const t = texts(locale).tables.assumptions;
  if (path === 'aandachtsgroepen.perYear') {
    const f = latestFigure(ds, SERIES.aandachtsgroepenPerYear, null);
    return f?.value === null || f?.value === undefined ? t.fromDataset : t.datasetValue(formatNumber(f.value, 0, locale));
  }
  if (path === 'elderly.newBuildShare.nultreden') {
    // The engine's historic share (shared/engine/elderly.ts): S+M app realised over all realised, at most 1.
    const shares = main.gemeenten.flatMap((g) => (g.programme && g.affordable && g.programme.realised > 0 ? [Math.min(1, g.affordable.realised / g.programme.realised)] : []));
    if (shares.length > 0) return t.historicShare(formatPercent(Math.min(...shares), 1, locale), formatPercent(Math.max(...shares), 1, locale));
  }
  return t.fromDataset;
}

/**
 * The solidarity assumptions that are no single figure: the planned placements as their number
 * (the chapter Solidariteit lists them), a type's weight by the type's name.
 */
function solidarityRow(s: Scenario, path: string, locale: Locale, words: SectionInput['words']): Cell[] | null {
  const w = words.assumptions;
  if (path === 'solidarity.placements') return [s.name, w.placements, w.placementsValue(s.params.solidarity.placements.length), w.noPlacements];
  const prefix = 'solidarity.typeWeights.';
  if (!path.startsWith(prefix)) return null;
  const type = path.slice(prefix.length);
  const weight = s.params.solidarity.typeWeights[type];
  return [s.name, w.typeWeight(facilityTypeName(type, locale)), weight === undefined ? w.typeWeightDefault : formatNumber(weight, 2, locale), w.typeWeightDefault];
}

/**
 * The uncertainty block (MODEL §5.6) as a reader thinks of it: each range and each open choice on
 * one row beside the assumption it is about, its default the single value the assumption has
 * without it (a range is no default, but the assumption has one); and the seed and the number of
 * draws when they differ from their default (the uncertainty chapter has the percentiles).
 */
function uncertaintyRows(s: Scenario, input: SectionInput): Cell[][] {
  const { locale, dataset, main } = input;
  const t = texts(locale).tables.assumptions;
  const section = texts(locale).uncertaintyEditor.section;
  const u = s.params.uncertainty;
  const rows: Cell[][] = [];
  for (const [key, r] of Object.entries(u.ranges)) {
    rows.push([s.name, t.rangeOf(assumptionLabel(key, locale)), t.rangeValue(inputValue(key, r.low, locale), inputValue(key, r.high, locale)), t.withoutRange(singleDefault(key, dataset, main, locale))]);
  }
  for (const [key, weights] of Object.entries(u.alternatives)) {
    const options = Object.entries(weights).map(([option, weight]) => ({ option, weight }));
    rows.push([s.name, t.openChoiceOf(assumptionLabel(key, locale)), optionsText(key, options, locale), t.withoutChoice(singleDefault(key, dataset, main, locale))]);
  }
  const standard = defaultAt('uncertainty.seed');
  if (u.seed !== standard) rows.push([s.name, section.seed, String(u.seed), String(standard)]);
  const draws = defaultAt('uncertainty.draws');
  if (typeof draws === 'number' && u.draws !== draws) rows.push([s.name, section.draws, formatNumber(u.draws, 0, locale), formatNumber(draws, 0, locale)]);
  return rows;
}

/**
 * The default of an assumption that carries a range or an open choice, worded as its range is
 * ("1", "0 %", "245 (uit de dataset)"). A type's need source defaults to "as the general choice",
 * which by default is the gemeente table: the reader is shown that table, the source actually used.
 */
function singleDefault(key: string, ds: Dataset, main: Result, locale: Locale): string {
  const own = defaultAt(key);
  const standard = own === 'algemeen' && key.startsWith('elderly.needSourceByType.') ? defaultAt('elderly.needSource') : own;
  if (typeof standard === 'number' || typeof standard === 'string') return inputValue(standard === own ? key : 'elderly.needSource', standard, locale);
  return fromData(key, ds, main, locale);
}

/** `dataOverrides.<figure id>` holds dots inside the id. */
function readDotted(params: Scenario['params'], path: string): unknown {
  return path.startsWith('dataOverrides.') ? params.dataOverrides[path.slice('dataOverrides.'.length)] : undefined;
}

function show(value: unknown, kind: AssumptionKind | undefined, locale: Locale): string {
  if (value === null || value === undefined) return texts(locale).tables.assumptions.fromDataset;
  if (kind?.type === 'enum' && typeof value === 'string') return optionLabel(kind, value, locale);
  if (typeof value === 'number') return kind?.type === 'share' ? formatPercent(value, 1, locale) : kind?.type === 'year' ? String(value) : formatNumber(value, 2, locale);
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.join(', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
