import { formatNumber, formatPercent, type Locale } from '../../format/nl';
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

function assumptionsTable({ scenarios, locale, words }: SectionInput): ReportTable {
  const t = texts(locale).tables.assumptions;
  const rows: Cell[][] = [];
  for (const s of scenarios) {
    const changed = changedPaths(s.params);
    if (changed.length === 0) rows.push([s.name, t.allDefault, '', '']);
    for (const path of changed.filter((p) => !p.startsWith('uncertainty.'))) {
      const solidarity = solidarityRow(s, path, locale, words);
      if (solidarity) {
        rows.push(solidarity);
        continue;
      }
      const a = assumptionAt(path);
      const label = a ? `${assumptionWords(a, locale).label}${path !== a.key ? ` (${path.slice((path.startsWith(a.perGemeente?.key ?? '\0') ? (a.perGemeente?.key.length ?? 0) : a.key.length) + 1)})` : ''}` : path;
      const kind = path === a?.key ? a.kind : (a?.perGemeente?.kind ?? a?.kind);
      rows.push([s.name, label, show(readParam(s.params, path) ?? readDotted(s.params, path), kind, locale), show(defaultAt(path), kind, locale)]);
    }
    rows.push(...uncertaintyRows(s, locale));
  }
  return {
    id: 'assumptions',
    title: words.assumptions.table,
    sheet: words.assumptions.sheet,
    columns: [
      { header: t.scenario, kind: 'text' },
      { header: t.assumption, kind: 'text' },
      { header: t.value, kind: 'text' },
      { header: t.standard, kind: 'text' },
    ],
    rows,
    totalRow: false,
    source: words.assumptions.source,
  };
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
 * one row beside the assumption it is about, and the seed and the number of draws when they differ
 * from their default (the uncertainty chapter has the percentiles).
 */
function uncertaintyRows(s: Scenario, locale: Locale): Cell[][] {
  const t = texts(locale).tables.assumptions;
  const section = texts(locale).uncertaintyEditor.section;
  const u = s.params.uncertainty;
  const rows: Cell[][] = [];
  for (const [key, r] of Object.entries(u.ranges)) {
    rows.push([s.name, t.rangeOf(assumptionLabel(key, locale)), t.rangeValue(inputValue(key, r.low, locale), inputValue(key, r.high, locale)), t.noUncertainty]);
  }
  for (const [key, weights] of Object.entries(u.alternatives)) {
    const options = Object.entries(weights).map(([option, weight]) => ({ option, weight }));
    rows.push([s.name, t.openChoiceOf(assumptionLabel(key, locale)), optionsText(key, options, locale), t.noUncertainty]);
  }
  const standard = defaultAt('uncertainty.seed');
  if (u.seed !== standard) rows.push([s.name, section.seed, String(u.seed), String(standard)]);
  const draws = defaultAt('uncertainty.draws');
  if (typeof draws === 'number' && u.draws !== draws) rows.push([s.name, section.draws, formatNumber(u.draws, 0, locale), formatNumber(draws, 0, locale)]);
  return rows;
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
