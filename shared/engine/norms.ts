import { readNorm, type NormRelation, type NormTable } from '../checks/norms';
import { seriesLabels } from '../checks/labels';
import { gemeenteName, groupBy } from '../dataset/query';
import type { Dataset, Figure } from '../dataset/schema';
import type { Norm, NormBasis, NormBound, NormCell, NormMeasure, NormMeasureSource, NormRow, Norms, NormVerdict } from '../result/norms';
import type { Project } from '../projects/schema';
import type { GemeenteResult } from '../result/schema';
import type { ScenarioParams } from '../scenario/schema';
import { applyDataOverrides } from './dataOverrides';
import { withSeriesOnly } from './figureIndex';
import { SERIES } from './inputs';
import { weightedHomesBetween } from './pipeline';
import type { Warning } from './warnings';

/** What the norms monitor takes from the scenario's result: per gemeente, its programme and affordable blocks. */
export type NormsBasis = { programmeEnd: number; gemeenten: readonly Pick<GemeenteResult, 'code' | 'name' | 'programme' | 'affordable'>[] };

/**
 * How the scenario speaks about a norm's quantity, by the norm's series (the norms are data; the
 * scenario's parameters are code, so this is the one place that links them). A norm not named here
 * is monitored against the programme and realisation only.
 * `realised`: a reading of completions beside the relation's own (S+M app is affordable, but only
 * apartments: a lower bound of affordable completions, MODEL §5.1).
 */
const SCENARIO_QUANTITY: Record<string, { scenario: 'nultredenShare' | 'affordableShare'; assumption: string; realised?: Omit<NormMeasureSource, 'document' | 'place'> }> = {
  'beleidsnormen.nultredenAandeelNieuwbouw': { scenario: 'nultredenShare', assumption: 'elderly.newBuildShare.nultreden' },
  'beleidsnormen.betaalbaarAandeel': {
    scenario: 'affordableShare',
    assumption: 'programme.paceMode',
    realised: { numerator: SERIES.smApp, denominator: SERIES.realised, bound: 'lowerBound' },
  },
};

const REGION = 'regio';

/**
 * Issue 10 part 5, the norms monitor: each norm relation of the dataset (its norm figure with its
 * source, and the rows it governs) per gemeente and for the region, against the Woondeal programme,
 * the scenario and realisation. A pure function of the dataset, the scenario's parameters and its
 * result (`basis`: the programme and affordable blocks per gemeente).
 *
 * - A relation reads the programme when its denominator is the build programme, realisation when
 *   it is the completions (`realisatie.opleveringen`); read as the norm check reads it (readNorm).
 * - The scenario's share is of its new build after the base year up to the programme's end
 *   (projected2030 − realised): the nultreden share it sets (per gemeente, else regional; left open
 *   it is the historic S+M app / completions, a lower bound) or its affordable homes over all.
 * - The region is the sum of the gemeenten that have the figures (as everywhere in the result),
 *   not the printed region row: 004's 'Regio G&V' row of laag en midden (4 561) differs from its
 *   rows' sum (4 551), which the data checks report.
 */
export function computeNorms(dataset: Dataset, params: ScenarioParams, basis: NormsBasis): Norms {
  const warnings: Warning[] = [];
  // The scenario's own reading of contested figures; the engine already warns about each override.
  const ds = Object.keys(params.dataOverrides).length > 0 ? applyDataOverrides(dataset, params.dataOverrides, () => undefined) : dataset;
  const norms = ds.relations.flatMap((r): Norm[] => {
    if (r.kind !== 'norm') return [];
    const norm = computeNorm(ds, params, basis, r, warnings);
    return norm ? [norm] : [];
  });
  return { norms, warnings };
}

function computeNorm(ds: Dataset, params: ScenarioParams, basis: NormsBasis, r: NormRelation, warnings: Warning[]): Norm | null {
  const readings = readingsOf(ds, r);
  // The latest norm figure where the sources give more than one (a norm can be renewed).
  const latest = readings.reduce<(typeof readings)[number] | undefined>((best, x) => (best === undefined || x.norm.periodTo >= best.norm.periodTo ? x : best), undefined);
  if (!latest || latest.norm.value === null) return null;
  const figure = latest.norm;
  const target = { share: (figure.value ?? 0) / 100, comparator: r.comparator };
  const labels = seriesLabels(ds, r.norm);
  const warn = (code: string | null, measure: NormMeasure) =>
    warnings.push({
      code: 'normZeroDenominator',
      params: { gemeente: gemeenteName(ds, code), normLabel: labels.nl, normLabelEn: labels.en, measure },
      ...(code === null ? {} : { gemeente: code }),
    });

  const own: NormMeasure = r.denominator === SERIES.realised ? 'realised' : 'programme';
  const extra = SCENARIO_QUANTITY[r.norm];
  const readers: Partial<Record<NormMeasure, { tables: NormTable[]; source: NormMeasureSource; tolerance: number }>> = {
    [own]: { tables: latest.tables, source: sourceOf(latest.tables, r, r.numeratorBound), tolerance: r.tolerance },
  };
  if (extra?.realised && own !== 'realised') {
    const reading = readingsOf(ds, { norm: r.norm, numerator: extra.realised.numerator, denominator: extra.realised.denominator }).find((x) => x.norm.id === figure.id);
    if (reading) readers.realised = { tables: reading.tables, source: sourceOf(reading.tables, extra.realised, extra.realised.bound), tolerance: r.tolerance };
  }

  const dataCells = (measure: NormMeasure): { perGemeente: Map<string, NormCell>; region: NormCell } => {
    const reader = readers[measure];
    const perGemeente = new Map<string, NormCell>();
    if (!reader) return { perGemeente, region: missing('noData') };
    const counted: Counts[] = [];
    const rowsOf = rowsByGemeente(reader.tables);
    for (const g of basis.gemeenten) {
      const counts = countsOf(rowsOf.get(g.code) ?? []);
      if (counts) counted.push(counts);
      perGemeente.set(g.code, counts ? ratioCell(counts, reader.source.bound, target, reader.tolerance, () => warn(g.code, measure)) : missing('noData'));
    }
    const region = counted.length === 0 ? missing('noData') : ratioCell(sum(counted), reader.source.bound, target, reader.tolerance * counted.length, () => warn(null, measure));
    return { perGemeente, region };
  };
  const programme = dataCells('programme');
  const realised = dataCells('realised');
  const scenario = scenarioCells(ds, params, basis, extra?.scenario ?? null, target, (code) => warn(code, 'scenario'));

  const rows: NormRow[] = [
    ...basis.gemeenten.map((g) => ({
      code: g.code,
      name: g.name,
      programme: programme.perGemeente.get(g.code) ?? missing('noData'),
      scenario: scenario.perGemeente.get(g.code) ?? missing('notInScenario'),
      realised: realised.perGemeente.get(g.code) ?? missing('noData'),
    })),
    { code: REGION, name: gemeenteName(ds, null), programme: programme.region, scenario: scenario.region, realised: realised.region },
  ];
  return {
    id: r.id,
    series: r.norm,
    figureId: figure.id,
    label: labels.nl,
    labelEn: labels.en,
    value: figure.value ?? 0,
    share: target.share,
    comparator: r.comparator,
    periodFrom: figure.periodFrom,
    periodTo: figure.periodTo,
    source: { ...figure.source },
    note: r.note ?? null,
    sources: { programme: readers.programme?.source ?? null, realised: readers.realised?.source ?? null },
    scenarioAssumption: extra?.assumption ?? null,
    rows,
  };
}

type Readings = ReturnType<typeof readNorm>;
const readingsCache = new WeakMap<readonly Figure[], Map<string, Readings>>();

/**
 * readNorm's readings of a relation, read from the figures of its three series only (the same
 * readings, without a scan of every figure) and kept per figure list, as the figure index is
 * (figureIndex.ts: datasets are never changed in place). Nothing here changes them.
 */
function readingsOf(ds: Dataset, r: Pick<NormRelation, 'norm' | 'numerator' | 'denominator'>): Readings {
  let byRelation = readingsCache.get(ds.figures);
  if (!byRelation) readingsCache.set(ds.figures, (byRelation = new Map<string, Readings>()));
  const key = `${r.norm}\n${r.numerator}\n${r.denominator}`;
  let readings = byRelation.get(key);
  if (!readings) byRelation.set(key, (readings = readNorm(withSeriesOnly(ds, [r.norm, r.numerator, r.denominator]), r)));
  return readings;
}

type Target = { share: number; comparator: 'atLeast' | 'atMost' };
type Counts = { num: number; den: number };

const sum = (counts: readonly Counts[]): Counts => counts.reduce((a, c) => ({ num: a.num + c.num, den: a.den + c.den }), { num: 0, den: 0 });

function missing(basis: NormBasis): NormCell {
  return { share: null, numerator: null, denominator: null, bound: 'exact', basis, verdict: 'unknown' };
}

/** The source line of a measure: the governed table's (its first numerator row). */
function sourceOf(tables: readonly NormTable[], r: { numerator: string; denominator: string }, bound: NormBound): NormMeasureSource {
  const first = tables[0]?.rows[0]?.num;
  return { numerator: r.numerator, denominator: r.denominator, bound, document: first?.source.document ?? '', place: first?.source.place ?? '' };
}

const span = (f: Figure) => f.periodTo - f.periodFrom;
const overlap = (a: Figure, b: Figure) => a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;

type Pair = { num: Figure; den: Figure };

/** The governed rows with a denominator that has a value, per gemeente, in the tables' order. */
function rowsByGemeente(tables: readonly NormTable[]): Map<string | null, Pair[]> {
  const out = new Map<string | null, Pair[]>();
  for (const t of tables) {
    for (const p of t.rows) {
      if (p.den === undefined || p.den.value === null) continue;
      const pair = { num: p.num, den: p.den };
      const list = out.get(p.num.gemeente);
      if (list) list.push(pair);
      else out.set(p.num.gemeente, [pair]);
    }
  }
  return out;
}

/**
 * A gemeente's numerator and denominator over the governed periods (`rows`: its rows, from
 * rowsByGemeente). Periods add up (2022–2023, then an imported 2024), but a period is never
 * counted twice: where yearly figures and a multi-year total cover the same years, the yearly
 * ones count (as the engine's realisation does).
 */
function countsOf(rows: readonly Pair[]): Counts | null {
  const pairs = [...rows].sort((a, b) => span(a.num) - span(b.num) || a.num.periodFrom - b.num.periodFrom);
  const taken: Pair[] = [];
  for (const p of pairs) if (!taken.some((q) => overlap(q.num, p.num))) taken.push(p);
  return taken.length === 0 ? null : sum(taken.map((p) => ({ num: p.num.value ?? 0, den: p.den.value ?? 0 })));
}

/** A share of two counts; `tolerance` homes of slack (the sources round to whole homes, as the norm check allows). */
function ratioCell(c: Counts, bound: NormBound, target: Target, tolerance: number, zero: () => void): NormCell {
  if (c.den <= 0) {
    zero();
    return { share: null, numerator: c.num, denominator: c.den, bound, basis: 'zeroDenominator', verdict: 'unknown' };
  }
  const share = c.num / c.den;
  return { share, numerator: c.num, denominator: c.den, bound, basis: 'data', verdict: verdictOf(share, bound, target.share, target.comparator, tolerance / c.den) };
}

/**
 * The verdict a figure of this kind allows. An exact figure decides; a lower bound that already
 * meets an at-least norm meets (the real share is higher still), below it says nothing; an upper
 * bound below an at-least norm is below, above it says nothing. Mirrored for an at-most norm.
 * `slack`: allowed difference in share (rounding in the sources).
 */
export function verdictOf(share: number | null, bound: NormBound, norm: number, comparator: 'atLeast' | 'atMost', slack = 0): NormVerdict {
  if (share === null || bound === 'none') return 'unknown';
  if (comparator === 'atLeast') {
    const ok = share >= norm - slack;
    if (bound === 'exact') return ok ? 'meets' : 'below';
    if (bound === 'lowerBound') return ok ? 'meets' : 'unknown';
    return ok ? 'unknown' : 'below';
  }
  const ok = share <= norm + slack;
  if (bound === 'exact') return ok ? 'meets' : 'above';
  if (bound === 'upperBound') return ok ? 'meets' : 'unknown';
  return ok ? 'unknown' : 'above';
}

/** The kind of a sum of figures: exact and lower bounds give a lower bound; lower and upper bounds together, neither. */
export function combineBounds(bounds: readonly NormBound[]): NormBound {
  const kinds = new Set(bounds.filter((b) => b !== 'exact'));
  if (kinds.has('none') || (kinds.has('lowerBound') && kinds.has('upperBound'))) return 'none';
  return kinds.has('lowerBound') ? 'lowerBound' : kinds.has('upperBound') ? 'upperBound' : 'exact';
}

type ScenarioShare = { share: number; bound: NormBound; basis: NormBasis; newBuild: number } | { basis: NormBasis };

/**
 * The scenario's share per gemeente, of its new build after the base year up to the programme's end,
 * and the region's as the homes over the homes (each gemeente weighted by its new build).
 */
function scenarioCells(
  ds: Dataset,
  params: ScenarioParams,
  basis: NormsBasis,
  quantity: 'nultredenShare' | 'affordableShare' | null,
  target: Target,
  zero: (code: string | null) => void,
): { perGemeente: Map<string, NormCell>; region: NormCell } {
  const perGemeente = new Map<string, NormCell>();
  if (quantity === null) return { perGemeente, region: missing('notInScenario') };
  const parts: { num: number; den: number; bound: NormBound; basis: NormBasis }[] = [];
  let zeroes = 0;
  const projects = groupBy(ds.projects, (x) => x.gemeente);
  const projectsOf = (code: string): readonly Project[] => projects.get(code) ?? [];
  for (const g of basis.gemeenten) {
    const s = quantity === 'nultredenShare' ? nultredenShare(projectsOf, params, g, basis.programmeEnd) : affordableShare(g);
    if (!('share' in s)) {
      if (s.basis === 'zeroDenominator') {
        zero(g.code);
        zeroes += 1;
      }
      perGemeente.set(g.code, missing(s.basis));
      continue;
    }
    parts.push({ num: s.share * s.newBuild, den: s.newBuild, bound: s.bound, basis: s.basis });
    perGemeente.set(g.code, {
      share: s.share,
      numerator: s.share * s.newBuild,
      denominator: s.newBuild,
      bound: s.bound,
      basis: s.basis,
      verdict: verdictOf(s.share, s.bound, target.share, target.comparator),
    });
  }
  // Gemeenten that build nothing add 0 homes to the region's new build: all of them, and it has none either.
  if (parts.length === 0 && zeroes === 0) return { perGemeente, region: missing('noData') };
  const total = sum(parts);
  const bound = combineBounds(parts.map((p) => p.bound));
  if (total.den <= 0) {
    zero(null);
    return { perGemeente, region: { share: null, numerator: total.num, denominator: total.den, bound, basis: 'zeroDenominator', verdict: 'unknown' } };
  }
  const share = total.num / total.den;
  // One basis where every gemeente's share has it; a mix is the scenario's as a whole.
  const bases = new Set(parts.map((p) => p.basis));
  const regionBasis = bases.size === 1 ? (parts[0]?.basis ?? 'scenario') : 'scenario';
  return {
    perGemeente,
    region: { share, numerator: total.num, denominator: total.den, bound, basis: regionBasis, verdict: verdictOf(share, bound, target.share, target.comparator) },
  };
}

type Blocks = NormsBasis['gemeenten'][number];

/** New build after the base year up to the programme's end in this scenario. */
const newBuildOf = (p: NonNullable<Blocks['programme']>) => p.projected2030 - p.realised;

/**
 * MODEL §5.2: the share of new build that is nultreden. Pipeline: the projects' own nultreden homes
 * (as the engine counts them); otherwise the gemeente's own share, else the regional one, else
 * (null) the historic share S+M app / completions, a lower bound since S+M app counts apartments only.
 */
function nultredenShare(projectsOf: (code: string) => readonly Project[], params: ScenarioParams, g: Blocks, end: number): ScenarioShare {
  const p = g.programme;
  if (!p) return { basis: 'noData' };
  const newBuild = newBuildOf(p);
  if (p.paceSource === 'pipeline') {
    const projects = projectsOf(g.code);
    const total = weightedHomesBetween(projects, params, p.baseYear, end);
    if (total <= 0) return { basis: 'zeroDenominator' };
    return { share: weightedHomesBetween(projects, params, p.baseYear, end, 'nultreden') / total, bound: 'exact', basis: 'projects', newBuild };
  }
  const set = params.elderly.newBuildShareByGemeente[g.code]?.nultreden ?? params.elderly.newBuildShare.nultreden;
  if (set !== null) return { share: set, bound: 'exact', basis: 'scenario', newBuild };
  // The engine's historic share (elderly.ts): S+M app realised over all realised, at most 1.
  if (!g.affordable) return { basis: 'noData' };
  if (p.realised <= 0) return { basis: 'zeroDenominator' };
  return { share: Math.min(1, g.affordable.realised / p.realised), bound: 'lowerBound', basis: 'historic', newBuild };
}

/**
 * The affordable share of the scenario's new build: its affordable homes over all (MODEL §5.1).
 * On trend or a custom pace they follow the historic S+M app share, a lower bound; on programme
 * pace and in the pipeline they are the scenario's own figure.
 */
function affordableShare(g: Blocks): ScenarioShare {
  const p = g.programme;
  const a = g.affordable;
  if (!p || !a) return { basis: 'noData' };
  const newBuild = newBuildOf(p);
  if (newBuild <= 0) return { basis: 'zeroDenominator' };
  const affordable = a.projected2030 - a.realised;
  const historic = p.paceSource === 'trend' || p.paceSource === 'custom';
  return { share: affordable / newBuild, bound: historic ? 'lowerBound' : 'exact', basis: historic ? 'historic' : p.paceSource === 'pipeline' ? 'projects' : 'pace', newBuild };
}
