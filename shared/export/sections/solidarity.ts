import type { ChartSpec } from '../../charts/chartSpec';
import { facilityTypeName } from '../../i18n/facilityType';
import { ledgerChart } from '../../charts/ledgerChart';
import { choroplethSvg } from '../../charts/map/choropleth';
import { mapImageSpec } from '../../charts/mapImageSpec';
import { latestFigure } from '../../dataset/query';
import type { Dataset } from '../../dataset/schema';
import { advise } from '../../engine/advise';
import { applyDataOverrides } from '../../engine/dataOverrides';
import { SERIES } from '../../engine/inputs';
import { formatLongDate, type Locale } from '../../format/nl';
import { say } from '../../i18n/coded';
import { texts } from '../../i18n/catalogue';
import type { Advice } from '../../result/advice';
import type { Ledger, LedgerRow, LedgerType } from '../../result/ledger';
import type { Placement, Scenario } from '../../scenario/schema';
import type { ColumnAbout } from '../../table/about';
import type { Cell } from '../../table/column';
import { chart, paragraphs, table, type Block, type Section, type SectionEntry, type SectionInput, type Slide } from '../section';
import type { Column, ReportTable } from '../table';

/**
 * The Solidariteit chapter (issue 10, MODEL §5.4): who carries which facilities now, under which
 * key (an assumption of the scenario), what the scenario's planned placements change, and for each
 * new facility it plans the advisor's ranking computed without it ("where would it fit best?").
 * The text is written from the ledger, never canned. The memo shows the text, the chart of the
 * differences per 10 000, the ledger of all types together and a gemeenten × types table per
 * 10 000; the deck a slide each; the workbook the whole ledger with every field as numbers, the
 * placements and the advice.
 */
export const solidarity: SectionEntry = {
  id: 'solidarity',
  build: (input) => {
    const { main, scenarios, dataset, locale, words } = input;
    const ledger = main.ledger;
    const combined = ledger.combined;
    const scenario = scenarios[0];
    if (!combined || !scenario) return null;
    const w = words.solidarity;
    const facts = chapterFacts(ledger, combined, scenario, input);
    const source = ledgerSource(dataset, ledger, main.scenarioName, locale, false);
    const fullSource = ledgerSource(dataset, ledger, main.scenarioName, locale, true);

    const differenceChart = ledgerChart(combined, source, locale);
    const map = ledgerMap(combined, dataset, source, locale);
    const combinedTable = combinedLedgerTable(combined, facts.after, main.scenarioName, source, locale);
    const perTypeTable = perTypeLedgerTable(ledger, combined, source, locale);
    const placementsTable = facts.placements.length > 0 ? placementTable(scenario, ledger, main.gemeenten, locale) : null;
    const adviceTables = facts.advice.map((a) => adviceTable(a.name, a.advice, a.chosen, w.adviceSource(source), locale));
    const warningTexts = ledger.warnings.map((x) => say(texts(locale).warnings, x));

    const placementBlocks: Block[] = placementsTable
      ? [
          paragraphs(...facts.change),
          table(placementsTable),
          ...(facts.adviceTexts.length > 0 ? [paragraphs(...facts.adviceTexts, w.measure)] : []),
          ...adviceTables.map(table),
          { kind: 'remark', texts: [words.advice.advisesOnly] },
        ]
      : [];
    const blocks: Block[] = [
      paragraphs(...facts.now, ...(placementsTable ? [] : facts.change)),
      chart(differenceChart),
      ...(map ? [chart(map)] : []),
      table(combinedTable),
      table(perTypeTable),
      ...(placementBlocks.length > 0 ? [{ kind: 'group' as const, title: w.plannedTitle, blocks: placementBlocks }] : []),
      ...(warningTexts.length > 0 ? [{ kind: 'remark' as const, texts: warningTexts }] : []),
    ];

    // The deck in the memo's order: now (text, chart, map, tables), then what the placements change and the advice.
    const slides: Slide[] = [{ title: w.deckTitle, blocks: [paragraphs(...facts.nowShort)] }];
    slides.push({ title: w.deckTitle, blocks: [chart(differenceChart)] });
    if (map) slides.push({ title: w.deckTitle, blocks: [chart(map)] });
    slides.push({ title: combinedTable.title, blocks: [table(combinedTable)] });
    slides.push({ title: perTypeTable.title, blocks: [table(perTypeTable)] });
    if (placementsTable) {
      slides.push({ title: w.plannedTitle, blocks: [paragraphs(...facts.change, ...facts.adviceTexts, ...(facts.adviceTexts.length > 0 ? [w.measure] : []), words.advice.advisesOnly)] });
      slides.push({ title: placementsTable.title, blocks: [table(placementsTable)] });
    }
    for (const t of adviceTables) slides.push({ title: t.title, blocks: [table(t)] });

    const section: Section = {
      id: 'solidarity',
      title: w.title,
      blocks,
      slides,
      workbook: {
        intro: { heading: w.title, lines: [...facts.now, ...facts.change, ...facts.adviceTexts, ...(facts.adviceTexts.length > 0 ? [w.measure, words.advice.advisesOnly] : []), ...warningTexts].map((t): [string, string] => ['', t]) },
        sheets: [
          fullLedgerTable(ledger, combined, main.scenarioName, fullSource, locale),
          ...(placementsTable ? [placementsTable] : []),
          ...(facts.advice.length > 0 ? [allAdviceTable(facts.advice, main.scenarioName, w.adviceSource(source), locale)] : []),
        ],
      },
    };
    return section;
  },
};

type AdviceFor = { name: string; placement: Placement; advice: Advice; chosen: string };

/** The chapter's sentences from the ledger, and the advice for each planned new facility. */
function chapterFacts(ledger: Ledger, combined: LedgerType, scenario: Scenario, { main, dataset, locale, words }: SectionInput) {
  const w = words.solidarity;
  const t = texts(locale);
  const name = (type: LedgerType) => facilityTypeName(type.type, locale, 'name', type);
  const unit = (type: LedgerType) => w.unit(type.unit);
  const weighted = ledger.types.some((x) => x.typeWeight !== 1);
  const gemeenteName = (code: string | null) => main.gemeenten.find((g) => g.code === code)?.name ?? code ?? '';
  const distance = (rows: readonly LedgerRow[], after: boolean) => rows.reduce((sum, r) => sum + Math.abs((after ? r.surplusAfterPer10k : r.surplusPer10k) ?? 0), 0);

  // Now: who hosts what, per 10 000 inhabitants (all together) and in places (per type).
  const hosts = combined.rows.filter((r) => r.actual > 0).sort((a, b) => (b.actualPer10k ?? -1) - (a.actualPer10k ?? -1));
  const hostsText = w.now({
      total: combined.total,
      units: w.unitsTogether(weighted),
      year: combined.year,
      hosts: hosts.map((r) => ({ name: r.name, actual: r.actual, per10k: r.actualPer10k })),
      without: combined.rows.filter((r) => r.actual <= 0).map((r) => r.name),
      members: combined.rows.length,
    });
  const perTypeText = w.perType(ledger.types.map((x) => ({ name: name(x), unit: unit(x), total: x.total, hosts: x.rows.filter((r) => r.actual > 0).sort((a, b) => b.actual - a.actual) })));
  let earlierText: string | null = null;
  const withEarlier = ledger.types.filter((x) => x.rows.some((r) => r.earlier));
  if (withEarlier.length > 0) {
    const earlierDocs = new Set<string>();
    const items = withEarlier.map((x) => {
      const year = x.rows.find((r) => r.earlier)?.earlier?.year ?? x.year;
      for (const f of dataset.figures) if (f.series === x.series && f.periodTo === year && f.value !== null) earlierDocs.add(f.source.document);
      return {
        name: name(x),
        unit: unit(x),
        year,
        total: x.rows.reduce((s, r) => s + (r.earlier?.actual ?? 0), 0),
        hosts: x.rows.filter((r) => (r.earlier?.actual ?? 0) > 0).length,
        nowTotal: x.total,
        nowHosts: x.rows.filter((r) => r.actual > 0).length,
      };
    });
    earlierText = w.earlier(items, [...earlierDocs].sort().join(', '));
  }
  const fairs = combined.rows.flatMap((r) => (r.fairPer10k === null ? [] : [{ name: r.name, value: r.fairPer10k }])).sort((a, b) => a.value - b.value);
  const [lowest] = fairs;
  const highest = fairs.at(-1);
  const keyLabels = t.terms.fairShareKey;
  const keyText =
    `${w.key({ key: ledger.key, label: keyLabels[ledger.key], others: (Object.keys(keyLabels) as (keyof typeof keyLabels)[]).filter((k) => k !== ledger.key).map((k) => keyLabels[k]), fair: lowest && highest ? { min: lowest, max: highest } : null })} ` +
    w.weights(ledger.types.filter((x) => x.typeWeight !== 1).map((x) => ({ name: name(x), value: x.typeWeight })));
  const rounded = (r: LedgerRow) => Math.round(r.surplus);
  const carryText = w.carry(
    combined.rows.filter((r) => rounded(r) > 0).sort((a, b) => b.surplus - a.surplus).map((r) => ({ name: r.name, value: r.surplus })),
    combined.rows.filter((r) => rounded(r) < 0).sort((a, b) => a.surplus - b.surplus).map((r) => ({ name: r.name, value: r.surplus })),
    w.unitsTogether(weighted),
  );
  const now = [hostsText, perTypeText, ...(earlierText ? [earlierText] : []), keyText, carryText];
  // The deck's short version: who hosts, the key, who carries more or less.
  const nowShort = [hostsText, keyText, carryText];

  // The planned placements: what they are, what they change per type and for all together.
  const planned = scenario.params.solidarity.placements;
  const status = new Map(ledger.placements.map((p) => [p.id, p]));
  const th = t.tables.solidarity;
  const typeOf = (type: string) => ledger.types.find((x) => x.type === type);
  const counted = planned.filter((p) => status.get(p.id)?.counted);
  const change: string[] = [];
  if (planned.length === 0) change.push(w.noPlacements);
  else {
    change.push(
      w.placements(
        counted.map((p) => {
          const type = typeOf(p.type);
          return {
            name: status.get(p.id)?.name ?? p.id,
            action: p.action,
            units: p.units,
            unit: type ? unit(type) : '',
            type: type ? name(type) : p.type,
            gemeente: gemeenteName(p.gemeente),
            from: p.from === null ? null : gemeenteName(p.from),
            year: p.year,
            status: th.statuses[p.status] ?? p.status,
          };
        }),
        planned.filter((p) => !status.get(p.id)?.counted).map((p) => ({ name: status.get(p.id)?.name ?? p.id, reason: words.ledger.notCounted[status.get(p.id)?.reason ?? 'inactive'] })),
      ),
    );
    for (const type of ledger.types.filter((x) => x.rows.some((r) => r.placed !== 0))) {
      const present = type.rows.filter((r) => r.actualAfter > 0).sort((a, b) => b.actualAfter - a.actualAfter);
      const shown = present.length <= 4 ? present : present.filter((r) => r.placed !== 0);
      change.push(
        w.afterType({
          name: name(type),
          unit: unit(type),
          total: type.total,
          totalAfter: type.totalAfter,
          hosts: shown.map((r) => ({ name: r.name, actual: r.actualAfter, fair: r.fairAfter, surplus: r.surplusAfter })),
          before: distance(type.rows, false),
          after: distance(type.rows, true),
        }),
      );
    }
    const moved = combined.rows.filter((r) => r.placed !== 0 && r.surplusPer10k !== null && r.surplusAfterPer10k !== null);
    if (moved.length > 0) {
      change.push(w.afterAll({ changed: moved.map((r) => ({ name: r.name, before: r.surplusPer10k ?? 0, after: r.surplusAfterPer10k ?? 0 })), before: distance(combined.rows, false), after: distance(combined.rows, true) }));
    }
  }

  // The advisor for each new facility the scenario counts, computed without that placement itself.
  const params = scenario.params;
  const ds: Dataset = Object.keys(params.dataOverrides).length > 0 ? applyDataOverrides(dataset, params.dataOverrides, () => undefined) : dataset;
  const advice: AdviceFor[] = counted
    .filter((p) => p.action === 'add')
    .flatMap((p) => {
      const without = { ...params, solidarity: { ...params.solidarity, placements: params.solidarity.placements.filter((x) => x.id !== p.id) } };
      const a = advise(ds, without, p.type, p.units);
      return a ? [{ name: status.get(p.id)?.name ?? p.id, placement: p, advice: a, chosen: p.gemeente }] : [];
    });
  const adviceTexts = advice.map(({ name: placementName, placement, advice: a, chosen }) => {
    const type = typeOf(placement.type);
    const picked = a.options.find((o) => o.code === chosen);
    return w.advice({
      placement: placementName,
      units: a.units,
      unit: type ? unit(type) : a.unit,
      type: type ? name(type) : placement.type,
      before: a.before,
      top: a.options.slice(0, 3).map((o) => ({ name: o.name, rank: o.rank, measure: o.measure })),
      chosen: picked ? { name: picked.name, rank: picked.rank } : null,
      members: a.options.length,
      allWorse: a.options.every((o) => o.change > 0),
    });
  });
  const notAdvised = counted.filter((p) => p.action !== 'add').map((p) => status.get(p.id)?.name ?? p.id);
  if (notAdvised.length > 0) adviceTexts.push(w.adviceNotForMove(notAdvised));

  return { now, nowShort, change, placements: planned, after: counted.length > 0, advice, adviceTexts };
}

/**
 * The map of the differences per 10 000, all types together: the choropleth of shared/charts/map
 * as a picture for the memo and the deck. Its title and source (with the boundaries' credit, a
 * licence condition) go with the figure, under it in every format, so the drawing carries neither.
 * Null when the dataset has no boundaries.
 */
function ledgerMap(combined: LedgerType, ds: Dataset, source: string, locale: Locale): ChartSpec | null {
  if (!ds.boundaries) return null;
  const w = texts(locale).report.solidarity;
  const image = choroplethSvg({
    id: 'kaart-solidariteit',
    boundaries: { ...ds.boundaries, credit: '' },
    values: Object.fromEntries(combined.rows.map((r) => [r.code, r.surplusPer10k])),
    names: Object.fromEntries(combined.rows.map((r) => [r.code, r.name])),
    title: '',
    unit: w.mapUnit,
    decimals: 1,
    scale: 'diverging',
    source: '',
    locale,
  });
  return mapImageSpec(image, w.mapTitle(combined.year), source, ds.boundaries.credit);
}

// ---------------------------------------------------------------------------------------------
// Tables

/** What each column holds, for the workbook's column notes (shared/table/about.ts): by its header's key. */
const ABOUT = {
  type: 'facilityType',
  typeId: 'facilityTypeId',
  unit: 'facilityUnit',
  year: 'countYear',
  when: 'placementYear',
  typeWeight: 'typeWeight',
  code: 'code',
  gemeente: 'gemeente',
  actual: 'facilities',
  weight: 'verdeelsleutel',
  fair: 'eerlijkAandeel',
  surplus: 'fairDifference',
  inhabitants: 'inhabitants',
  actualPer10k: { of: 'facilities', per10k: true },
  fairPer10k: { of: 'eerlijkAandeel', per10k: true },
  surplusPer10k: { of: 'fairDifference', per10k: true },
  earlierYear: 'earlierYear',
  earlierActual: 'earlierCount',
  placed: 'placed',
  actualAfter: { of: 'facilities', after: true },
  fairAfter: { of: 'eerlijkAandeel', after: true },
  surplusAfter: { of: 'fairDifference', after: true },
  actualAfterPer10k: { of: 'facilities', per10k: true, after: true },
  surplusAfterPer10k: { of: 'fairDifference', per10k: true, after: true },
  placement: 'plaatsing',
  action: 'placementAction',
  units: 'placementUnits',
  status: 'placementStatus',
  counted: 'placementCounted',
  rank: 'adviceRank',
  measure: 'adviceMeasure',
  change: 'adviceChange',
  hostAfter: 'hostAfter',
  hostFair: 'hostFair',
  hostSurplusPer10k: { of: 'fairDifference', per10k: true, after: true },
  chosen: 'adviceChosen',
} as const satisfies Partial<Record<keyof ReturnType<typeof texts>['tables']['solidarity'], ColumnAbout>>;

function regionInhabitants(type: LedgerType): number | null {
  const known = type.rows.filter((r) => r.inhabitants !== null);
  return known.length === type.rows.length ? known.reduce((s, r) => s + (r.inhabitants ?? 0), 0) : null;
}

const per10kOf = (value: number, inhabitants: number | null): number | null => (inhabitants !== null && inhabitants > 0 ? (value / inhabitants) * 10_000 : null);

/** All types together: now, fair share and difference, in units and per 10 000; after the placements beside them. */
function combinedLedgerTable(combined: LedgerType, after: boolean, scenarioName: string, source: string, locale: Locale): ReportTable {
  const t = texts(locale).tables;
  const s = t.solidarity;
  const w = texts(locale).report.solidarity;
  const columns: Column[] = [
    { header: s.gemeente, kind: 'text', about: ABOUT.gemeente },
    { header: s.actual, kind: 'pace', about: ABOUT.actual },
    { header: s.fair, kind: 'decimal', about: ABOUT.fair },
    { header: s.surplus, kind: 'difference', about: ABOUT.surplus },
    { header: s.actualPer10k, kind: 'decimal', about: ABOUT.actualPer10k },
    { header: s.fairPer10k, kind: 'decimal', about: ABOUT.fairPer10k },
    { header: s.surplusPer10k, kind: 'difference', about: ABOUT.surplusPer10k },
    ...(after
      ? [
          { header: s.placed, kind: 'pace' as const, about: ABOUT.placed },
          { header: s.surplusAfter, kind: 'difference' as const, about: ABOUT.surplusAfter },
          { header: s.surplusAfterPer10k, kind: 'difference' as const, about: ABOUT.surplusAfterPer10k },
        ]
      : []),
  ];
  const rows: Cell[][] = combined.rows.map((r) => [r.name, r.actual, r.fair, r.surplus, r.actualPer10k, r.fairPer10k, r.surplusPer10k, ...(after ? [r.placed, r.surplusAfter, r.surplusAfterPer10k] : [])]);
  // The region is its own fair share: its differences stay empty (the gemeenten's add up to 0).
  const inhabitants = regionInhabitants(combined);
  rows.push([t.region, combined.total, combined.total, null, per10kOf(combined.total, inhabitants), per10kOf(combined.total, inhabitants), null, ...(after ? [combined.placed, null, null] : [])]);
  return { id: 'solidarity-combined', title: w.tables.combined(combined.year, after, scenarioName), columns, rows, totalRow: true, source };
}

/** Per 10 000 inhabitants, gemeenten × types (and all together); the region's row is the regional average, under the population key every gemeente's fair share. */
function perTypeLedgerTable(ledger: Ledger, combined: LedgerType, source: string, locale: Locale): ReportTable {
  const t = texts(locale).tables;
  const s = t.solidarity;
  const types = [...ledger.types, combined];
  const header = (x: LedgerType) => facilityTypeName(x.type, locale, 'header', x);
  const rows: Cell[][] = combined.rows.map((r, i) => [r.name, ...types.map((x) => x.rows[i]?.actualPer10k ?? null)]);
  rows.push([t.region, ...types.map((x) => per10kOf(x.total, regionInhabitants(x)))]);
  return {
    id: 'solidarity-per-type',
    title: texts(locale).report.solidarity.tables.perType(combined.year),
    columns: [{ header: s.gemeente, kind: 'text', about: ABOUT.gemeente }, ...types.map((x) => ({ header: header(x), kind: 'decimal' as const, about: ABOUT.actualPer10k }))],
    rows,
    totalRow: true,
    source,
  };
}

/** The scenario's planned placements as entered, with whether each counts and why not. */
function placementTable(scenario: Scenario, ledger: Ledger, gemeenten: readonly { code: string; name: string }[], locale: Locale): ReportTable {
  const t = texts(locale);
  const s = t.tables.solidarity;
  const gemeente = (code: string | null) => gemeenten.find((g) => g.code === code)?.name ?? code ?? '';
  const status = new Map(ledger.placements.map((p) => [p.id, p]));
  const typeName = (type: string) => {
    return facilityTypeName(type, locale, 'header', ledger.types.find((y) => y.type === type));
  };
  return {
    id: 'solidarity-placements',
    title: t.report.solidarity.tables.placements(scenario.name),
    sheet: t.report.solidarity.sheets.placements,
    columns: [
      { header: s.placement, kind: 'text', about: ABOUT.placement },
      { header: s.type, kind: 'text', about: ABOUT.type },
      { header: s.action, kind: 'text', about: ABOUT.action },
      { header: s.units, kind: 'homes', about: ABOUT.units },
      { header: s.gemeente, kind: 'text', about: ABOUT.gemeente },
      { header: s.when, kind: 'year', about: ABOUT.when },
      { header: s.status, kind: 'text', about: ABOUT.status },
      { header: s.counted, kind: 'text', about: ABOUT.counted },
    ],
    rows: scenario.params.solidarity.placements.map((p) => {
      const st = status.get(p.id);
      return [
        st?.name ?? p.id,
        typeName(p.type),
        s.actions[p.action] ?? p.action,
        p.units,
        p.action === 'move' ? s.moveWhere(gemeente(p.from), gemeente(p.gemeente)) : gemeente(p.gemeente),
        p.year,
        s.statuses[p.status] ?? p.status,
        st?.counted ? s.yes : t.report.ledger.notCounted[st?.reason ?? 'inactive'],
      ];
    }),
    totalRow: false,
    source: t.report.solidarity.placementsSource(scenario.name),
  };
}

const adviceColumns = (locale: Locale): Column[] => {
  const s = texts(locale).tables.solidarity;
  return [
    { header: s.rank, kind: 'homes', about: ABOUT.rank },
    { header: s.gemeente, kind: 'text', about: ABOUT.gemeente },
    { header: s.measure, kind: 'decimal', about: ABOUT.measure },
    { header: s.change, kind: 'difference', about: ABOUT.change },
    { header: s.hostAfter, kind: 'homes', about: ABOUT.hostAfter },
    { header: s.hostFair, kind: 'decimal', about: ABOUT.hostFair },
    { header: s.hostSurplusPer10k, kind: 'difference', about: ABOUT.hostSurplusPer10k },
    { header: s.chosen, kind: 'text', about: ABOUT.chosen },
  ];
};

const adviceRow = (o: Advice['options'][number], chosen: string, yes: string): Cell[] => [o.rank, o.name, o.measure, o.change, o.actualAfter, o.fairAfter, o.surplusAfterPer10k, o.code === chosen ? yes : ''];

/** The advisor's ranking for one planned facility, computed without it. */
function adviceTable(name: string, advice: Advice, chosen: string, source: string, locale: Locale): ReportTable {
  const t = texts(locale);
  return {
    id: `solidarity-advice-${advice.type}-${chosen}`,
    title: t.report.solidarity.tables.advice(name),
    columns: adviceColumns(locale),
    rows: advice.options.map((o) => adviceRow(o, chosen, t.tables.solidarity.yes)),
    totalRow: false,
    source,
  };
}

/** The workbook's advice: every planned facility's ranking on one sheet. */
function allAdviceTable(advice: readonly AdviceFor[], scenarioName: string, source: string, locale: Locale): ReportTable {
  const t = texts(locale);
  return {
    id: 'solidarity-advice',
    title: t.report.solidarity.tables.adviceAll(scenarioName),
    sheet: t.report.solidarity.sheets.advice,
    columns: [{ header: t.tables.solidarity.placement, kind: 'text', about: ABOUT.placement }, ...adviceColumns(locale)],
    rows: advice.flatMap((a) => a.advice.options.map((o) => [a.name, ...adviceRow(o, a.chosen, t.tables.solidarity.yes)])),
    totalRow: false,
    source,
  };
}

/** The workbook's ledger: every type (and all together) × gemeente with every field, as numbers. */
function fullLedgerTable(ledger: Ledger, combined: LedgerType, scenarioName: string, source: string, locale: Locale): ReportTable {
  const t = texts(locale);
  const s = t.tables.solidarity;
  const columns: Column[] = [
    { header: s.type, kind: 'text', about: ABOUT.type },
    { header: s.typeId, kind: 'text', about: ABOUT.typeId },
    { header: s.unit, kind: 'text', about: ABOUT.unit },
    { header: s.year, kind: 'year', about: ABOUT.year },
    { header: s.typeWeight, kind: 'pace', about: ABOUT.typeWeight },
    { header: s.code, kind: 'text', about: ABOUT.code },
    { header: s.gemeente, kind: 'text', about: ABOUT.gemeente },
    { header: s.actual, kind: 'pace', about: ABOUT.actual },
    { header: s.weight, kind: 'percent', about: ABOUT.weight },
    { header: s.fair, kind: 'decimal', about: ABOUT.fair },
    { header: s.surplus, kind: 'difference', about: ABOUT.surplus },
    { header: s.inhabitants, kind: 'homes', about: ABOUT.inhabitants },
    { header: s.actualPer10k, kind: 'decimal', about: ABOUT.actualPer10k },
    { header: s.fairPer10k, kind: 'decimal', about: ABOUT.fairPer10k },
    { header: s.surplusPer10k, kind: 'difference', about: ABOUT.surplusPer10k },
    { header: s.earlierYear, kind: 'year', about: ABOUT.earlierYear },
    { header: s.earlierActual, kind: 'homes', about: ABOUT.earlierActual },
    { header: s.placed, kind: 'pace', about: ABOUT.placed },
    { header: s.actualAfter, kind: 'pace', about: ABOUT.actualAfter },
    { header: s.fairAfter, kind: 'decimal', about: ABOUT.fairAfter },
    { header: s.surplusAfter, kind: 'difference', about: ABOUT.surplusAfter },
    { header: s.actualAfterPer10k, kind: 'decimal', about: ABOUT.actualAfterPer10k },
    { header: s.surplusAfterPer10k, kind: 'difference', about: ABOUT.surplusAfterPer10k },
  ];
  const rows = [...ledger.types, combined].flatMap((x) =>
    x.rows.map((r): Cell[] => [
      locale === 'nl-NL' ? x.label : x.labelEn,
      x.type,
      t.report.solidarity.unit(x.unit),
      x.year,
      x.typeWeight,
      r.code,
      r.name,
      r.actual,
      r.weight,
      r.fair,
      r.surplus,
      r.inhabitants,
      r.actualPer10k,
      r.fairPer10k,
      r.surplusPer10k,
      r.earlier?.year ?? null,
      r.earlier?.actual ?? null,
      r.placed,
      r.actualAfter,
      r.fairAfter,
      r.surplusAfter,
      r.actualAfterPer10k,
      r.surplusAfterPer10k,
    ]),
  );
  return { id: 'solidarity-ledger', title: t.report.solidarity.tables.ledger(scenarioName), sheet: t.report.solidarity.sheets.ledger, columns, rows, totalRow: false, source };
}

// ---------------------------------------------------------------------------------------------
// Source line

/**
 * "Bron: telling 000 · tabel … (2025); eerdere telling 003 (2017 en 2019); inwoners 000 (1 januari
 * 2024); eerlijk deel naar inwoners (aanname van het scenario) — …": read from the figures the
 * ledger counts, so an imported count names its own source.
 */
function ledgerSource(ds: Dataset, ledger: Ledger, scenarioName: string, locale: Locale, withEarlier: boolean): string {
  const w = texts(locale).report.solidarity;
  const members = new Set(ledger.combined?.rows.map((r) => r.code) ?? []);
  const counted = (wanted: (series: string, year: number) => boolean): string | null => {
    const byDoc = new Map<string, { years: Set<number>; places: string[] }>();
    for (const f of ds.figures) {
      if (f.value === null || f.gemeente === null || !members.has(f.gemeente) || !wanted(f.series, f.periodTo)) continue;
      const doc = byDoc.get(f.source.document) ?? { years: new Set<number>(), places: [] };
      doc.years.add(f.periodTo);
      doc.places.push(f.source.place);
      byDoc.set(f.source.document, doc);
    }
    if (byDoc.size === 0) return null;
    return [...byDoc.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([doc, { years, places }]) => w.counted(doc === 'analist' ? texts(locale).charts.source.analyst : doc, commonPlace(places, w.table), [...years].sort()))
      .join('; ');
  };
  const current = counted((series, year) => ledger.types.some((t) => t.series === series && t.year === year)) ?? '–';
  const earlier = withEarlier
    ? counted((series, year) => ledger.types.some((t) => t.series === series && t.rows.some((r) => r.earlier?.year === year)))
    : null;
  const firstMember = ledger.combined?.rows[0]?.code ?? null;
  const population = firstMember ? latestFigure(ds, SERIES.population, firstMember) : undefined;
  return w.source({
    current,
    earlier,
    population: population ? `${population.source.document} (${population.peildatum ? formatLongDate(population.peildatum, locale) : population.periodTo})` : null,
    key: texts(locale).terms.fairShareKey[ledger.key],
    scenario: scenarioName,
  });
}

/** The part all places share, up to a closed quotation ("Tabel 'Huidige stand van zaken, per gemeente'"), or null. */
function commonPlace(places: readonly string[], tableWord: string): string | null {
  const [first, ...rest] = places;
  if (first === undefined) return null;
  let common = first;
  for (const p of rest) {
    let i = 0;
    while (i < common.length && i < p.length && common[i] === p[i]) i++;
    common = common.slice(0, i);
  }
  if (common === first && rest.every((p) => p === first)) return first.length <= 80 ? first : null;
  const quotes = [...common.matchAll(/['‘’]/g)].map((m) => m.index);
  const end = quotes.length >= 2 && quotes.length % 2 === 0 ? (quotes.at(-1) ?? -1) + 1 : -1;
  // Inside a running source line a table is "tabel".
  return end > 0 ? common.slice(0, end).replace(/^Tabel /, `${tableWord} `) : null;
}
