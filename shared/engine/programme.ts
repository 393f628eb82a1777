import type { ScenarioParams } from '../scenario/schema';
import type { AffordableBlock, PaceSource, PathPoint, ProgrammeBlock } from '../result/schema';
import type { GemeenteWarning } from './warnings';
import type { GemeenteInputs, YearValue } from './inputs';
import { weightedHomes, weightedHomesBetween } from './pipeline';

/** MODEL.md §5.1: catch-up is searched up to this year, and the horizon can reach it. */
export const LAST_YEAR = 2040;
const EPS = 1e-9;

export type RealisedToDate = {
  total: number;
  /** Last year covered by realisation data; start − 1 when there is none. */
  baseYear: number;
  /** Realised homes per year, multi-year totals split evenly (estimated). */
  perYear: Map<number, { value: number; estimated: boolean }>;
};

/**
 * Realised to date from the realisation figures within the programme. Yearly figures count as
 * given; a multi-year total (the seed's 2022+2023) fills the years no yearly figure covers with
 * what is left of it, split evenly and marked as estimated. So adding a 2023 figure beside the
 * 2022–2023 total refines the split instead of counting homes twice.
 */
export function realisedToDate(records: YearValue[], start: number, end: number, warn: (w: GemeenteWarning) => void): RealisedToDate {
  const perYear = new Map<number, { value: number; estimated: boolean; fromTotal: boolean }>();
  // Yearly figures first, then the multi-year totals, each in the records' order.
  for (const r of records) {
    if (r.to < start || r.from > end || r.from !== r.to) continue;
    if (perYear.has(r.from)) {
      warn({ code: 'realisationDuplicate', params: { year: r.from } });
      continue;
    }
    perYear.set(r.from, { value: r.value, estimated: false, fromTotal: false });
  }
  for (const r of records) {
    if (r.to < start || r.from > end || r.from === r.to) continue;
    // The total's years within the programme.
    const first = Math.max(r.from, start);
    const last = Math.min(r.to, end);
    let overlaps = false;
    for (let y = first; y <= last && !overlaps; y++) overlaps = perYear.get(y)?.fromTotal ?? false;
    if (overlaps) {
      warn({ code: 'realisationOverlap', params: { from: r.from, to: r.to } });
      continue;
    }
    const share = (r.value * Math.max(0, last - first + 1)) / (r.to - r.from + 1);
    let covered = 0;
    let open = 0;
    for (let y = first; y <= last; y++) {
      const known = perYear.get(y);
      covered += known?.value ?? 0;
      if (!known) open++;
    }
    const remainder = share - covered;
    if (open === 0 ? Math.abs(remainder) > 0.5 : remainder < 0) {
      warn({ code: 'realisationInconsistent', params: { from: r.from, to: r.to, total: r.value, yearly: covered } });
    }
    for (let y = first; y <= last; y++) if (!perYear.has(y)) perYear.set(y, { value: Math.max(0, remainder) / open, estimated: open > 1, fromTotal: true });
  }
  let baseYear = start - 1;
  if (perYear.size > 0) {
    baseYear = -Infinity;
    for (const y of perYear.keys()) baseYear = Math.max(baseYear, y);
  }
  for (let y = start; y <= baseYear; y++) {
    if (!perYear.has(y)) warn({ code: 'realisationGap', params: { year: y } });
  }
  let total = 0;
  for (const v of perYear.values()) total += v.value;
  return { total, baseYear, perYear };
}

/** What a gemeente's cumulative projection is made of. */
type Projection = {
  start: number;
  baseYear: number;
  total: number;
  /** The scenario's constant pace; null in the pipeline. */
  constantPace: number | null;
  /** Cumulative realised, start (index 0)..baseYear. */
  cumulativeRealised: readonly number[];
  /** Cumulative weighted projects, baseYear + 1 (index 0)..LAST_YEAR. */
  cumulativePipeline: readonly number[];
};

/** Cumulative homes by a year: realised up to the base year, then the scenario's pace or projects. */
function projectedAt(p: Projection, year: number): number {
  if (year <= p.baseYear) return p.cumulativeRealised[year - p.start] ?? 0;
  if (p.constantPace !== null) return p.total + p.constantPace * (year - p.baseYear);
  return p.total + (p.cumulativePipeline[Math.min(year, LAST_YEAR) - p.baseYear - 1] ?? 0);
}

/** projectedAt of one projection, as a function of the year. */
function projector(p: Projection): (year: number) => number {
  return (year) => projectedAt(p, year);
}

export type ProgrammeState = {
  block: ProgrammeBlock;
  /** Remaining years of the programme after baseYear. */
  remainingYears: number;
  /** Cumulative projection at any year up to LAST_YEAR (realised up to baseYear). */
  projectedAt: (year: number) => number;
};

/**
 * Which rule sets a gemeente's pace. The scenario's pace mode, except in pipeline mode for a
 * gemeente without projects in the register: the register then says nothing about it, so it
 * keeps its own custom pace if the scenario sets one, otherwise its trend. (Projects completing in
 * or before the base year do not count: they are in the realisation figures.) Without this rule a
 * register that covers two gemeenten would have the other four build nothing at all.
 */
export function paceSourceFor(mode: ScenarioParams['programme'], code: string, hasProjects: boolean): PaceSource {
  if (mode.paceMode !== 'pipeline' || hasProjects) return mode.paceMode;
  return mode.customPace[code] !== undefined ? 'custom' : 'trend';
}

/** A constant yearly pace for trend, programme and custom; null for pipeline, whose new build varies per year. */
export function scenarioPaceFor(
  mode: ScenarioParams['programme'],
  source: PaceSource,
  code: string,
  currentPace: number,
  requiredPace: number,
): number | null {
  switch (source) {
    case 'trend':
      return currentPace * (mode.paceMultiplierByGemeente[code] ?? mode.paceMultiplier);
    case 'programme':
      return requiredPace;
    case 'custom':
      return mode.customPace[code] ?? currentPace;
    case 'pipeline':
      return null;
  }
}

export function targetPathAt(target: number, start: number, end: number, year: number): number {
  if (year < start) return 0;
  if (year >= end) return target;
  return (target * (year - start + 1)) / (end - start + 1);
}

export function firstYearAtOrAbove(target: number, from: number, valueAt: (y: number) => number): number | null {
  for (let y = from; y <= LAST_YEAR; y++) if (valueAt(y) >= target - EPS) return y;
  return null;
}

/** A gemeente with a build programme. */
export type WithProgramme = GemeenteInputs & { programme: NonNullable<GemeenteInputs['programme']> };

export function hasProgramme(g: GemeenteInputs): g is WithProgramme {
  return g.programme !== null;
}

export function computeProgramme(g: WithProgramme, params: ScenarioParams, warn: (w: GemeenteWarning) => void): ProgrammeState {
  const { target, start, end } = g.programme;
  const realised = realisedToDate(g.realisation, start, end, warn);
  const baseYear = realised.baseYear;
  const yearsDone = baseYear - start + 1;
  const remainingYears = Math.max(0, end - baseYear);
  const currentPace = yearsDone > 0 ? realised.total / yearsDone : 0;
  // Already at or past the target: nothing more is required (never a negative pace).
  const requiredPace = remainingYears > 0 ? Math.max(0, (target - realised.total) / remainingYears) : 0;
  // Projects completing in or before the base year are in the realisation figures already.
  const paceSource = paceSourceFor(params.programme, g.code, g.projects.some((p) => p.completionYear > baseYear));
  const constantPace = scenarioPaceFor(params.programme, paceSource, g.code, currentPace, requiredPace);
  if (params.programme.customPace[g.code] !== undefined && paceSource === 'pipeline') {
    warn({ code: 'customPaceOverriddenByProjects', params: { pace: params.programme.customPace[g.code] ?? 0, projects: g.projects.length } });
  }
  if (params.programme.paceMode === 'pipeline') {
    for (const p of g.projects.filter((x) => x.completionYear <= baseYear)) {
      warn({ code: 'projectBeforeBaseYear', params: { project: p.name, year: p.completionYear, baseYear } });
    }
  }
  // Pipeline: the weighted projects per year, added up from baseYear + 1 (at index 0) to LAST_YEAR;
  // reported pace = their average over the remaining programme years.
  const cumulativePipeline: number[] = [];
  if (constantPace === null) {
    let built = 0;
    for (let y = baseYear + 1; y <= LAST_YEAR; y++) cumulativePipeline.push((built += weightedHomes(g.projects, params, y)));
  }
  const scenarioPace = constantPace ?? (remainingYears > 0 ? weightedHomesBetween(g.projects, params, baseYear, end) / remainingYears : 0);

  // Cumulative realised from start (at index 0) to baseYear.
  const cumulativeRealised: number[] = [];
  let running = 0;
  for (let y = start; y <= baseYear; y++) cumulativeRealised.push((running += realised.perYear.get(y)?.value ?? 0));
  const projection: Projection = { start, baseYear, total: realised.total, constantPace, cumulativeRealised, cumulativePipeline };

  const pathEnd = Math.max(params.horizon, end);
  const path: PathPoint[] = [];
  for (let y = start; y <= pathEnd; y++) {
    const done = y <= baseYear;
    path.push({
      year: y,
      target: targetPathAt(target, start, end, y),
      realised: done ? (cumulativeRealised[y - start] ?? 0) : null,
      realisedEstimated: done && (realised.perYear.get(y)?.estimated ?? false),
      projected: y >= baseYear ? projectedAt(projection, y) : null,
    });
  }
  const projected2030 = projectedAt(projection, end);
  // firstYearAtOrAbove(target, start, projectedAt), without a function per gemeente.
  let catchUpYear: number | null = null;
  for (let y = start; y <= LAST_YEAR && catchUpYear === null; y++) if (projectedAt(projection, y) >= target - EPS) catchUpYear = y;
  const gap2030 = target - projected2030;
  return {
    remainingYears,
    projectedAt: projector(projection),
    block: {
      target,
      realised: realised.total,
      baseYear,
      currentPace,
      paceSource,
      scenarioPace,
      projected2030,
      gap2030,
      shortfall2030: Math.max(0, gap2030),
      surplus2030: Math.max(0, -gap2030),
      requiredPace,
      catchUpYear,
      path,
    },
  };
}

/**
 * The affordable segment (laag en midden) against S+M app as realised: a lower bound, since
 * S+M app counts apartments only. Its pace follows the total pace at the historic S+M share,
 * except in programme mode, where it is on track for its own target.
 */
export function computeAffordable(
  g: GemeenteInputs,
  programme: ProgrammeState,
  params: ScenarioParams,
  warn: (w: GemeenteWarning) => void,
): AffordableBlock | null {
  if (g.affordableTarget === null || g.smApp.length === 0 || !g.programme) return null;
  const { start, end } = g.programme;
  const realised = realisedToDate(g.smApp, start, end, warn).total;
  const { remainingYears } = programme;
  const total = programme.block;
  const requiredPace = remainingYears > 0 ? Math.max(0, (g.affordableTarget - realised) / remainingYears) : 0;
  const historicShare = total.realised > 0 ? realised / total.realised : 0;
  // On track for its own target, but never more affordable homes than homes in total (Laren).
  // Pipeline: the projects' own affordable homes.
  const onTrack = total.paceSource === 'programme';
  const pipeline = total.paceSource === 'pipeline';
  const scenarioPace = onTrack
    ? Math.min(requiredPace, total.scenarioPace)
    : pipeline
      ? remainingYears > 0
        ? weightedHomesBetween(g.projects, params, total.baseYear, end, 'affordable') / remainingYears
        : 0
      : total.scenarioPace * historicShare;
  if (onTrack && requiredPace > total.scenarioPace + EPS) {
    warn({ code: 'affordableCappedByTotal', params: { required: requiredPace, total: total.scenarioPace } });
  }
  const projected2030 = realised + scenarioPace * remainingYears;
  const gap2030 = g.affordableTarget - projected2030;
  return {
    target: g.affordableTarget,
    realised,
    realisedIsLowerBound: true,
    scenarioPace,
    projected2030,
    gap2030,
    shortfall2030: Math.max(0, gap2030),
    surplus2030: Math.max(0, -gap2030),
    requiredPace,
  };
}
