import { baseLayout, type ChartSpec } from '../../charts/chartSpec';
import { REGION } from '../../explain/context';
import { figureName } from '../../explain/render';
import { formatSigned, type Locale } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import type { Result } from '../../result/schema';
import type { Band, GoalAnswer, Lever, Tornado, TornadoBar, UncertainInput, UncertaintyBlock } from '../../result/uncertainty';
import { assumptionWords } from '../../scenario/assumptions';
import { HOUSING_TYPES, type HousingType, type Scenario } from '../../scenario/schema';
import type { ColumnAbout } from '../../table/about';
import type { Cell } from '../../table/column';
import { goalSeek } from '../../uncertainty/goalSeek';
import { tornado } from '../../uncertainty/tornado';
import { assumptionLabel, assumptionOf, inputValue, optionsText } from './assumptionValue';
import { chart, paragraphs, table, type Block, type Section, type SectionEntry, type Slide } from '../section';
import type { Column, ReportTable } from '../table';
import { MEMO } from '../../charts/target';

/**
 * "Onzekerheid en wat er nodig is" (MODEL.md §5.6, issue 11), for the main scenario. Where the
 * scenario has ranges or open choices: the region's bands in a sentence (labelled as the spread
 * of the assumptions entered, never a forecast error), the ranges used, the bands of the
 * programme shortfall and the elderly total shortfall per gemeente and for the region, and the
 * tornado of both regional shortfalls (chart and numbers). Always: "what would it take", the
 * goal seek per gap and lever for the region and each gemeente. The bands come from
 * `result.uncertainty` (computed once per export, shared/export/report.ts); tornado and goal seek
 * are computed here. The workbook gets every band's percentiles and every goal-seek answer as
 * numbers.
 */
export const uncertainty: SectionEntry = {
  id: 'uncertainty',
  build: ({ main, scenarios, dataset, locale }) => {
    const scenario = scenarios[0];
    if (!scenario) return null;
    const w = texts(locale).uncertaintyReport;
    const u = main.uncertainty ?? null;
    const year = main.programmeEnd;
    const name = main.scenarioName;

    const bandBlocks: Block[] = [];
    const tornadoBlocks: Block[] = [];
    const slides: Slide[] = [];
    const introLines: string[] = [];
    const sheets: ReportTable[] = [];
    if (u) {
      const bands = bandIndex(u);
      // Each regional shortfall with a band, with its tornado: its bars say why a point value falls outside the band.
      const tornadoes = TORNADO_FIGURES.flatMap((f) => {
        if (!bands.has(key(REGION, f.path))) return [];
        const t = inEnteredOrder(tornado(dataset, scenario, { where: REGION, path: f.path }), scenario);
        const figure = f.path === 'programme.shortfall2030' ? w.figures.programme(year) : w.figures.elderly;
        return [{ t, figure, id: f.id, path: f.path }];
      });
      const findings = findingTexts(bands, tornadoes, year, locale);
      const label = [w.bandLabel(u.draws, u.seed), w.regionNotSum, ...u.warnings.map((x) => warningText(x, locale))];
      const inputs = inputsTable(u, name, locale);
      const programme = bandTable('uncertainty-programme', w.tables.programmeBands(year, name), 'programme.shortfall2030', bands, main, u, locale);
      const elderly = bandTable('uncertainty-elderly', w.tables.elderlyBands(name), 'elderly.total.shortfall', bands, main, u, locale);
      const shown = [programme, elderly].filter((t) => t.rows.some((r) => r.slice(1).some((c) => c !== null)));
      bandBlocks.push(paragraphs(...findings), { kind: 'remark', texts: label }, table(inputs), ...shown.map(table));

      const tornadoTexts = tornadoes.map(({ t, figure }) => tornadoText(t, figure, locale));
      const parts = tornadoes.map(({ t, figure, id }) => ({ chart: tornadoChart(t, id, figure, name, locale), table: tornadoTable(t, id, figure, name, locale) }));
      if (parts.length > 0) tornadoBlocks.push(paragraphs(...tornadoTexts), ...parts.flatMap((p) => [...(p.chart ? [chart(p.chart)] : []), table(p.table)]));

      slides.push({ title: w.title, blocks: [paragraphs(...findings), { kind: 'remark', texts: [w.bandLabel(u.draws, u.seed)] }] });
      slides.push({ title: inputs.title, blocks: [table(inputs)] });
      for (const t of shown) slides.push({ title: t.title, blocks: [table(t)] });
      if (parts.length > 0) slides.push({ title: w.parts.tornado, blocks: [paragraphs(...tornadoTexts)] });
      // The chart alone (beside its table both would be cramped), then its numbers.
      for (const p of parts) {
        if (p.chart) slides.push({ title: w.parts.tornado, blocks: [chart(p.chart)] });
        slides.push({ title: p.table.title, blocks: [table(p.table)] });
      }

      introLines.push(...findings, ...label, ...inputs.rows.map((r) => `${String(r[0])}: ${String(r[2])}`), ...tornadoTexts);
      sheets.push(percentilesTable(u, main, name, locale));
      if (tornadoes.length > 0) sheets.push(allTornadoTable(tornadoes, name, locale));
    } else {
      bandBlocks.push({ kind: 'remark', texts: [w.noRanges] });
      introLines.push(w.noRanges);
    }

    // What would it take: every gap of the region and each gemeente, one lever at a time.
    const gaps = gapRows(dataset, scenario, main, locale);
    const goalTexts = [w.goalIntro(year), ...regionGoalTexts(gaps, main, scenario, locale)];
    const goalTables = [goalProgrammeTable(gaps, year, name, locale), goalElderlyTable(gaps, name, locale)].filter((t) => t.rows.length > 0);
    const goalBlocks: Block[] = [paragraphs(...goalTexts), ...goalTables.map(table)];
    // Without ranges the deck opens the chapter here, the remark under the answers' text.
    slides.push({ title: u ? w.parts.goal : w.title, blocks: [paragraphs(...goalTexts), ...(u ? [] : [{ kind: 'remark' as const, texts: [w.noRanges] }])] });
    for (const t of goalTables) slides.push({ title: t.title, blocks: [table(t)] });
    introLines.push(...goalTexts);
    sheets.push(goalTable(gaps, name, locale));

    const blocks: Block[] = u
      ? [
          { kind: 'group', title: w.parts.bands, blocks: bandBlocks },
          ...(tornadoBlocks.length > 0 ? [{ kind: 'group' as const, title: w.parts.tornado, blocks: tornadoBlocks }] : []),
          { kind: 'group', title: w.parts.goal, blocks: goalBlocks },
        ]
      : [...bandBlocks, { kind: 'group', title: w.parts.goal, blocks: goalBlocks }];
    const section: Section = {
      id: 'uncertainty',
      title: w.title,
      blocks,
      slides,
      workbook: { intro: { heading: w.title, lines: introLines.map((t): [string, string] => ['', t]) }, sheets },
    };
    return section;
  },
};

/** The regional figures the tornado is drawn for. */
const TORNADO_FIGURES = [
  { id: 'tornado-programme', path: 'programme.shortfall2030' },
  { id: 'tornado-elderly', path: 'elderly.total.shortfall' },
] as const;

const key = (where: string, path: string) => `${where}|${path}`;
const bandIndex = (u: UncertaintyBlock): Map<string, Band> => new Map(u.bands.map((b) => [key(b.where, b.path), b]));

function placeName(result: Result, where: string, locale: Locale): string {
  return where === REGION ? texts(locale).tables.region : (result.gemeenten.find((g) => g.code === where)?.name ?? where);
}

/** Places in the report's order: the gemeenten as the result lists them, the region last. */
function placeOrder(result: Result): Map<string, number> {
  return new Map([...result.gemeenten.map((g, i): [string, number] => [g.code, i]), [REGION, result.gemeenten.length]]);
}

// ---------------------------------------------------------------------------------------------
// Words

/**
 * The region's bands in sentences. Where the scenario's point value lies outside its band, the
 * sentence says so and why, from the figure's tornado: an open choice that also weighs an option
 * giving a figure on the band's side, a range whose other values all lie on that side.
 */
function findingTexts(bands: ReadonlyMap<string, Band>, tornadoes: readonly { t: Tornado; path: string }[], year: number, locale: Locale): string[] {
  const w = texts(locale).uncertaintyReport;
  const out: string[] = [];
  const facts = (b: Band) => ({ year, p10: b.p10, p50: b.p50, p90: b.p90, likely: b.likely });
  const outside = (b: Band, path: string): string[] => {
    const above = Math.round(b.likely) > Math.round(b.p90);
    if (!above && Math.round(b.likely) >= Math.round(b.p10)) return [];
    const bars = tornadoes.find((x) => x.path === path)?.t.bars ?? [];
    const likely = Math.round(b.likely);
    // Towards the band: lower than the point value where it lies above P90, higher where below P10.
    const towards = (v: number) => (above ? Math.round(v) < likely : Math.round(v) > likely);
    const away = (v: number) => (above ? Math.round(v) > likely : Math.round(v) < likely);
    const choices = bars.flatMap((bar) => {
      if (bar.kind !== 'alternatives') return [];
      const end = [{ input: bar.lowInput, value: bar.atLow }, { input: bar.highInput, value: bar.atHigh }].find((e) => towards(e.value));
      return end ? [{ assumption: assumptionLabel(bar.key, locale), option: inputValue(bar.key, end.input, locale) }] : [];
    });
    const ranges = bars.filter((bar) => bar.kind === 'range' && (towards(bar.atLow) || towards(bar.atHigh)) && !away(bar.atLow) && !away(bar.atHigh)).map((bar) => assumptionLabel(bar.key, locale));
    return [w.outside({ above, choices, ranges })];
  };
  for (const path of ['programme.shortfall2030', 'elderly.total.shortfall'] as const) {
    const band = bands.get(key(REGION, path));
    if (band) out.push([(path === 'programme.shortfall2030' ? w.programmeFinding : w.elderlyFinding)(facts(band)), ...outside(band, path)].join(' '));
  }
  return out;
}

/**
 * A choice's two ends in the order its options were entered (the inputs table's order), not by
 * the figure they give: the tornado puts the option with the smaller figure first, so one choice
 * would swap columns between the programme's table and the elderly's (and on a tie the order is
 * arbitrary). A range keeps low before high.
 */
function inEnteredOrder(t: Tornado, scenario: Scenario): Tornado {
  const bars = t.bars.map((b): TornadoBar => {
    if (b.kind !== 'alternatives') return b;
    const options = Object.keys(scenario.params.uncertainty.alternatives[b.key] ?? {});
    if (options.indexOf(String(b.lowInput)) <= options.indexOf(String(b.highInput))) return b;
    return { ...b, lowInput: b.highInput, highInput: b.lowInput, atLow: b.atHigh, atHigh: b.atLow };
  });
  return { ...t, bars };
}


function warningText(x: UncertaintyBlock['warnings'][number], locale: Locale): string {
  const w = texts(locale).uncertaintyReport.warnings;
  const p = x.params;
  if (x.code === 'drawsCapped') return w.drawsCapped(Number(p.asked), Number(p.made));
  if (x.code === 'likelyOutsideRange') {
    const k = String(p.key);
    return w.likelyOutsideRange(assumptionLabel(k, locale), inputValue(k, Number(p.likely), locale), inputValue(k, Number(p.low), locale), inputValue(k, Number(p.high), locale));
  }
  return w.other(x.code);
}

function tornadoText(t: Tornado, figure: string, locale: Locale): string {
  const w = texts(locale).uncertaintyReport;
  const moving = t.bars.filter((b) => Math.round(b.swing) > 0);
  const none = t.bars.filter((b) => Math.round(b.swing) === 0).map((b) => assumptionLabel(b.key, locale));
  const top = moving[0];
  return w.tornadoText(
    figure,
    top
      ? {
          assumption: assumptionLabel(top.key, locale),
          choice: top.kind === 'alternatives',
          low: { input: inputValue(top.key, top.lowInput, locale), value: top.atLow },
          high: { input: inputValue(top.key, top.highInput, locale), value: top.atHigh },
        }
      : null,
    none,
  );
}

// ---------------------------------------------------------------------------------------------
// Bands

/** What each column holds, for the workbook's column notes (shared/table/about.ts): by its header's key. */
const ABOUT = {
  place: 'place',
  code: 'code',
  assumption: 'aanname',
  kind: 'rangeKind',
  entered: 'rangeEntered',
  figure: 'uncertainFigure',
  path: 'figurePath',
  likely: 'likely',
  p10: 'p10p90',
  p50: 'p50',
  p90: 'p10p90',
  type: 'housingType',
  shortfall: 'goalShortfall',
  lowInput: 'lowInput',
  atLow: 'atLow',
  highInput: 'highInput',
  atHigh: 'atHigh',
  swing: 'swing',
  paceNow: 'paceNow',
  paceNeeded: 'paceNeeded',
  factorNow: 'factorNow',
  factorNeeded: 'factorNeeded',
  shareNow: 'shareNow',
  shareNeeded: 'shareNeeded',
  stockNow: 'stockNow',
  stockNeeded: 'stockNeeded',
  catchUp: 'catchUpNeeded',
} as const satisfies Partial<Record<keyof ReturnType<typeof texts>['uncertaintyReport']['headers'] | 'p10' | 'p50' | 'p90', ColumnAbout>>;

/** The ranges and open choices the draws used, in words, with the seed and the number of draws in the title. */
function inputsTable(u: UncertaintyBlock, scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  const h = w.headers;
  const entered = (input: UncertainInput): string => {
    if (input.kind === 'range') {
      const a = assumptionOf(input.key);
      const unit = a ? assumptionWords(a, locale).unit : '';
      const text = w.rangeText(inputValue(input.key, input.low, locale), inputValue(input.key, input.likely, locale), inputValue(input.key, input.high, locale));
      // A share says "%" in each value, a factor in its name; other units follow the values.
      return unit === '' || unit === '%' || unit === '×' ? text : `${text} ${unit}`;
    }
    return optionsText(input.key, input.options, locale);
  };
  return {
    id: 'uncertainty-inputs',
    title: w.tables.inputs(scenarioName, u.draws),
    columns: [
      { header: h.assumption, kind: 'text', about: ABOUT.assumption },
      { header: h.kind, kind: 'text', about: ABOUT.kind },
      { header: h.entered, kind: 'text', about: ABOUT.entered },
    ],
    rows: u.inputs.map((input) => [assumptionLabel(input.key, locale), w.inputKind[input.kind], entered(input)]),
    totalRow: false,
    source: w.sources.bands(scenarioName, u.draws, u.seed),
  };
}

/** One figure per gemeente and for the region: likely, P10, P50, P90. */
function bandTable(id: string, title: string, path: string, bands: ReadonlyMap<string, Band>, result: Result, u: UncertaintyBlock, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  const row = (where: string): Cell[] => {
    const b = bands.get(key(where, path));
    return [placeName(result, where, locale), b?.likely ?? null, b?.p10 ?? null, b?.p50 ?? null, b?.p90 ?? null];
  };
  return {
    id,
    title,
    columns: [
      { header: w.headers.place, kind: 'text', about: ABOUT.place },
      { header: w.headers.likely, kind: 'homes', about: ABOUT.likely },
      { header: 'P10', kind: 'homes', about: ABOUT.p10 },
      { header: 'P50', kind: 'homes', about: ABOUT.p50 },
      { header: 'P90', kind: 'homes', about: ABOUT.p90 },
    ],
    rows: [...result.gemeenten.map((g) => row(g.code)), row(REGION)],
    totalRow: true,
    source: `${w.sources.bands(result.scenarioName, u.draws, u.seed)} ${w.regionNotSum}`,
  };
}

/** The workbook: every band (every gap, shortfall, need and the projected path per year), one row each, as numbers. */
function percentilesTable(u: UncertaintyBlock, result: Result, scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  const h = w.headers;
  const order = placeOrder(result);
  // Stable: the engine's order of figures within a place.
  const bands = u.bands.map((b, i) => ({ b, i })).sort((x, y) => (order.get(x.b.where) ?? 0) - (order.get(y.b.where) ?? 0) || x.i - y.i);
  return {
    id: 'uncertainty-percentiles',
    title: w.tables.percentiles(scenarioName),
    sheet: w.sheets.percentiles,
    columns: [
      { header: h.code, kind: 'text', about: ABOUT.code },
      { header: h.place, kind: 'text', about: ABOUT.place },
      { header: h.figure, kind: 'text', about: ABOUT.figure },
      { header: h.path, kind: 'text', about: ABOUT.path },
      { header: h.likely, kind: 'homes', about: ABOUT.likely },
      { header: 'P10', kind: 'homes', about: ABOUT.p10 },
      { header: 'P50', kind: 'homes', about: ABOUT.p50 },
      { header: 'P90', kind: 'homes', about: ABOUT.p90 },
    ],
    rows: bands.map(({ b }) => [b.where, placeName(result, b.where, locale), figureName(b.path, locale), b.path, b.likely, b.p10, b.p50, b.p90]),
    totalRow: false,
    source: w.sources.bands(scenarioName, u.draws, u.seed),
  };
}

// ---------------------------------------------------------------------------------------------
// Tornado

/** Bars that move the figure by at least half a home; the others are named in the text. */
const moves = (b: TornadoBar) => Math.round(b.swing) > 0;

/**
 * The tornado as horizontal bars of the difference from the likely figure: the end that gives a
 * smaller shortfall to the left, the end that gives a larger one to the right, the largest swing
 * on top. Differences (not bars from a base) so that the deck can draw it as a native chart. Its
 * font is the memo's (shared/charts/target.ts: 13 px at 643 px printed 17 cm wide, 9,7 pt); a
 * slide's drawing raises it to the slide's minimum. Its alt text is the chapter's own sentence
 * about it; its hover text the labels' signed figures, with a real minus sign.
 */
function tornadoChart(t: Tornado, id: string, figure: string, scenarioName: string, locale: Locale): ChartSpec | null {
  const w = texts(locale).uncertaintyReport;
  // Plotly and PowerPoint put the first category at the bottom: the smallest swing first.
  const bars = t.bars.filter(moves).reverse();
  if (bars.length === 0) return null;
  const labels = bars.map((b) => assumptionLabel(b.key, locale));
  const lower = bars.map((b) => Math.min(b.atLow, b.atHigh) - t.likely);
  const higher = bars.map((b) => Math.max(b.atLow, b.atHigh) - t.likely);
  // Each bar straddles the likely value (it lies between the ends): the two sides can be stacked.
  const straddles = lower.every((v) => v <= 1e-9) && higher.every((v) => v >= -1e-9);
  // An end that does not move the figure has no bar (and no "0" label in the deck's native chart).
  const bar = (v: number): number | null => (Math.round(v) === 0 ? null : v);
  const trace = (traceName: string, values: number[], colour: string) => ({
    type: 'bar',
    orientation: 'h',
    name: traceName,
    y: labels,
    x: values.map(bar),
    marker: { color: colour },
    text: values.map((v) => (bar(v) === null ? '' : formatSigned(v, 0, locale))),
    customdata: values.map((v) => formatSigned(v, 0, locale)),
    textposition: 'outside',
    cliponaxis: false,
    hovertemplate: `%{y}: %{customdata}<extra>${traceName}</extra>`,
  });
  const size = MEMO.fontPx;
  // A symmetric value axis with room for the labels outside the bars; at least four bar slots, so one bar is no block.
  const reach = Math.max(1, ...lower.map(Math.abs), ...higher.map(Math.abs)) * 1.3;
  const pad = (Math.max(4, bars.length) - bars.length) / 2;
  return {
    id,
    title: w.chart.title(figure),
    source: w.sources.tornado(scenarioName),
    alt: tornadoText(t, figure, locale),
    data: [trace(w.chart.lower, lower, '#2E75B6'), trace(w.chart.higher, higher, '#C55A11')],
    layout: baseLayout(locale, {
      font: { family: 'Segoe UI, Calibri, Arial, sans-serif', size, color: '#222222' },
      barmode: straddles ? 'relative' : 'group',
      bargap: 0.35,
      margin: { l: 20, r: 40, t: 20, b: 40 },
      legend: { orientation: 'h', y: -0.3, font: { size } },
      xaxis: { title: { text: w.chart.axis(t.likely), font: { size } }, range: [-reach, reach], tickformat: ',.0f', zeroline: true, zerolinecolor: '#444444', zerolinewidth: 1.5, automargin: true, tickfont: { size } },
      yaxis: { automargin: true, tickfont: { size }, range: [-0.5 - pad, bars.length - 0.5 + pad], ticksuffix: '  ' },
    }),
  };
}

/** A tornado's numbers: each assumption at its low and its high (a choice: the options giving the lowest and highest figure). */
function tornadoTable(t: Tornado, id: string, figure: string, scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  return {
    id: `${id}-table`,
    title: w.tables.tornado(figure, scenarioName),
    columns: tornadoColumns(locale),
    rows: t.bars.map((b) => tornadoRow(b, locale)),
    totalRow: false,
    source: w.sources.tornado(scenarioName),
  };
}

function tornadoColumns(locale: Locale): Column[] {
  const h = texts(locale).uncertaintyReport.headers;
  return [
    { header: h.assumption, kind: 'text', about: ABOUT.assumption },
    { header: h.lowInput, kind: 'text', about: ABOUT.lowInput },
    { header: h.atLow, kind: 'homes', about: ABOUT.atLow },
    { header: h.highInput, kind: 'text', about: ABOUT.highInput },
    { header: h.atHigh, kind: 'homes', about: ABOUT.atHigh },
    { header: h.swing, kind: 'homes', about: ABOUT.swing },
  ];
}

const tornadoRow = (b: TornadoBar, locale: Locale): Cell[] => [assumptionLabel(b.key, locale), inputValue(b.key, b.lowInput, locale), b.atLow, inputValue(b.key, b.highInput, locale), b.atHigh, b.swing];

/** The workbook: both tornadoes on one sheet, the figure named in the first column. */
function allTornadoTable(tornadoes: readonly { t: Tornado; figure: string }[], scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  return {
    id: 'uncertainty-tornado',
    title: w.tables.tornadoAll(scenarioName),
    sheet: w.sheets.tornado,
    columns: [{ header: w.headers.figure, kind: 'text', about: ABOUT.figure }, ...tornadoColumns(locale)],
    rows: tornadoes.flatMap(({ t, figure }) => t.bars.map((b) => [figure, ...tornadoRow(b, locale)])),
    totalRow: false,
    source: w.sources.tornado(scenarioName),
  };
}

// ---------------------------------------------------------------------------------------------
// What would it take

/** One gap of one place with the answers of each lever that acts on it. */
type GapRow = { where: string; place: string; path: string; type: HousingType | null; shortfall: number; answers: Partial<Record<Lever, GoalAnswer>> };

/** Gemeenten first (programme, then the elderly types), the region last. */
function gapRows(ds: Parameters<typeof goalSeek>[0], scenario: Scenario, result: Result, locale: Locale): GapRow[] {
  const places = [...result.gemeenten.map((g) => g.code), REGION];
  return places.flatMap((where) => {
    const seek = goalSeek(ds, scenario, where, result);
    if (!seek) return [];
    const rows = new Map<string, GapRow>();
    for (const a of seek.answers) {
      const row = rows.get(a.gap.path) ?? { where, place: placeName(result, where, locale), path: a.gap.path, type: a.type, shortfall: a.shortfall, answers: {} };
      row.answers[a.lever] = a;
      rows.set(a.gap.path, row);
    }
    return [...rows.values()];
  });
}

/** The value that closes the gap, or what a reader reads instead ("niet haalbaar binnen de grenzen", "geen tekort"). */
function needed(r: GapRow, a: GoalAnswer | undefined, locale: Locale): Cell {
  const s = texts(locale).uncertaintyReport.status;
  if (!a && closedGap(r)) return s.closed;
  // A lever that does not act on this gap (a share on clustered homes): left empty.
  if (!a) return '';
  if (a.status === 'notApplicable') return s.notApplicable;
  if (a.lever === 'catchUpYear') return a.value ?? s.after(a.bounds[1]);
  if (a.status === 'closed') return s.closed;
  if (a.status === 'infeasible' || a.value === null) return s.infeasible;
  return a.value;
}

/** A gap with nothing to close: a lever the goal seek then skips has no value to show. */
const closedGap = (r: GapRow) => Object.values(r.answers).every((a) => a.status === 'closed');

const now = (r: GapRow, a: GoalAnswer | undefined): Cell => (a ? a.current : closedGap(r) ? null : '');

type GapColumn = Column & { cell: (r: GapRow) => Cell };

const GAP_COLUMNS = ['code', 'place', 'figure', 'type', 'shortfall', 'paceNow', 'paceNeeded', 'factorNow', 'factorNeeded', 'catchUp', 'shareNow', 'shareNeeded', 'stockNow', 'stockNeeded'] as const;

function gapColumns(locale: Locale): Record<(typeof GAP_COLUMNS)[number], GapColumn> {
  const w = texts(locale).uncertaintyReport;
  const h = w.headers;
  return {
    code: { header: h.code, kind: 'text', about: ABOUT.code, cell: (r) => r.where },
    place: { header: h.place, kind: 'text', about: ABOUT.place, cell: (r) => r.place },
    figure: { header: h.figure, kind: 'text', about: ABOUT.figure, cell: (r) => figureName(r.path, locale) },
    type: { header: h.type, kind: 'text', about: ABOUT.type, cell: (r) => (r.type ? w.housingType[r.type] : '') },
    shortfall: { header: h.shortfall, kind: 'homes', about: ABOUT.shortfall, cell: (r) => r.shortfall },
    paceNow: { header: h.paceNow, kind: 'pace', about: ABOUT.paceNow, cell: (r) => now(r, r.answers.pace) },
    paceNeeded: { header: h.paceNeeded, kind: 'pace', about: ABOUT.paceNeeded, cell: (r) => needed(r, r.answers.pace, locale) },
    factorNow: { header: h.factorNow, kind: 'decimal', about: ABOUT.factorNow, cell: (r) => now(r, r.answers.paceMultiplier) },
    factorNeeded: { header: h.factorNeeded, kind: 'decimal', about: ABOUT.factorNeeded, cell: (r) => needed(r, r.answers.paceMultiplier, locale) },
    catchUp: { header: h.catchUp, kind: 'year', about: ABOUT.catchUp, cell: (r) => needed(r, r.answers.catchUpYear, locale) },
    shareNow: { header: h.shareNow, kind: 'percent', about: ABOUT.shareNow, cell: (r) => now(r, r.answers.nultredenShare) },
    shareNeeded: { header: h.shareNeeded, kind: 'percent', about: ABOUT.shareNeeded, cell: (r) => needed(r, r.answers.nultredenShare, locale) },
    stockNow: { header: h.stockNow, kind: 'pace', about: ABOUT.stockNow, cell: (r) => now(r, r.answers.existingStock) },
    stockNeeded: { header: h.stockNeeded, kind: 'pace', about: ABOUT.stockNeeded, cell: (r) => needed(r, r.answers.existingStock, locale) },
  };
}

function gapTable(about: Omit<ReportTable, 'columns' | 'rows'>, columns: readonly GapColumn[], rows: readonly GapRow[]): ReportTable {
  return { ...about, columns: columns.map(({ header, kind, about: holds }) => ({ header, kind, ...(holds === undefined ? {} : { about: holds }) })), rows: rows.map((r) => columns.map((c) => c.cell(r))) };
}

const isProgramme = (r: GapRow) => r.path === 'programme.shortfall2030';
const isElderly = (r: GapRow) => r.type !== null;

function goalProgrammeTable(gaps: readonly GapRow[], year: number, scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  const c = gapColumns(locale);
  const rows = gaps.filter(isProgramme);
  return gapTable(
    { id: 'uncertainty-goal-programme', title: w.tables.goalProgramme(year, scenarioName), totalRow: rows.at(-1)?.where === REGION, source: w.sources.goal(scenarioName) },
    [c.place, { ...c.shortfall, header: w.headers.shortfall2030(year) }, c.paceNow, c.paceNeeded, c.factorNow, c.factorNeeded, c.catchUp],
    rows,
  );
}

function goalElderlyTable(gaps: readonly GapRow[], scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  const c = gapColumns(locale);
  const rows = gaps.filter(isElderly);
  // By place as listed (gemeenten, then the region), the types in their order within a place.
  const order = new Map(gaps.map((g, i) => [g.where, i]));
  rows.sort((a, b) => (order.get(a.where) ?? 0) - (order.get(b.where) ?? 0) || HOUSING_TYPES.indexOf(a.type as HousingType) - HOUSING_TYPES.indexOf(b.type as HousingType));
  return gapTable(
    { id: 'uncertainty-goal-elderly', title: w.tables.goalElderly(scenarioName), totalRow: false, source: w.sources.goal(scenarioName) },
    [c.place, c.type, c.shortfall, c.shareNow, c.shareNeeded, c.stockNow, c.stockNeeded],
    rows,
  );
}

/** The workbook: every gap of every place with every lever's value now and the value that closes it, as numbers. */
function goalTable(gaps: readonly GapRow[], scenarioName: string, locale: Locale): ReportTable {
  const w = texts(locale).uncertaintyReport;
  const c = gapColumns(locale);
  return gapTable(
    { id: 'uncertainty-goal', title: w.tables.goal(scenarioName), sheet: w.sheets.goal, totalRow: false, source: w.sources.goal(scenarioName) },
    GAP_COLUMNS.map((k) => c[k]),
    gaps,
  );
}

/** The region's answers in sentences. */
function regionGoalTexts(gaps: readonly GapRow[], result: Result, scenario: Scenario, locale: Locale): string[] {
  const w = texts(locale).uncertaintyReport;
  const out: string[] = [];
  const programme = gaps.find((g) => g.where === REGION && isProgramme(g));
  if (programme) {
    const pace = programme.answers.pace;
    const factor = programme.answers.paceMultiplier;
    out.push(
      w.goalRegion({
        year: result.programmeEnd,
        shortfall: programme.shortfall,
        pace: { current: pace?.current ?? result.region.programme?.scenarioPace ?? 0, needed: pace?.status === 'closes' ? pace.value : null },
        factor: factor?.status === 'closes' ? factor.value : null,
        trend: scenario.params.programme.paceMode === 'trend',
        catchUpYear: programme.answers.catchUpYear?.value ?? null,
      }),
    );
  }
  const share = gaps.find((g) => g.where === REGION && g.path === 'elderly.nultreden.shortfall')?.answers.nultredenShare;
  if (share) out.push(w.goalRegionShare({ shortfall: share.shortfall, status: share.status, current: share.current, needed: share.value }));
  return out;
}
