import type { Dataset } from '../dataset/schema';
import { extractInputs, type EngineInputs, type GemeenteInputs } from '../engine/inputs';
import { applyDataOverrides } from '../engine/dataOverrides';
import { historicNultredenShare, needFor } from '../engine/elderly';
import { computeAffordable, computeProgramme, hasProgramme, LAST_YEAR, realisedToDate, scenarioPaceFor } from '../engine/programme';
import { fairShareWeights } from '../engine/fairShare';
import { PROJECT_STATUSES, type Project, type ProjectHomes } from '../projects/schema';
import { HOUSING_TYPES, needSourceOf, type HousingType, type NeedSource, type ScenarioParams } from '../scenario/schema';
import type { FigureRef } from '../result/uncertainty';

/**
 * The lean path of the Monte Carlo (MODEL §5.6): only the figures the bands need, from facts
 * prepared once per scenario. What a draw cannot change (realisation to date, base years, the
 * fair-share weights, the need tables, which gemeenten have a programme, their projects per year)
 * is read once into numbers and typed arrays; a draw only redoes the arithmetic its assumptions
 * enter, without Map lookups, strings or objects. Each step mirrors the engine's own formula in
 * the engine's order of operations, so a draw gives the engine's figures to the last bit; the
 * tests check every figure against `runScenario` on many draws.
 *
 * A draw is a `ScenarioParams` (a private copy, changed in place between draws). Only the
 * assumptions in DRAWN may differ from the scenario's: `evaluate` reads those from the params
 * every time, everything else once, in prepareLean.
 */
export const DRAWN: readonly string[] = [
  'programme.paceMultiplier',
  ...PROJECT_STATUSES.map((s) => `pipeline.probability.${s}`),
  'elderly.needSource',
  ...HOUSING_TYPES.map((t) => `elderly.needSourceByType.${t}`),
  ...HOUSING_TYPES.map((t) => `elderly.newBuildShare.${t}`),
  'aandachtsgroepen.perYear',
];

export type LeanModel = {
  /** The figures, in the order `evaluate` writes them. */
  figures: FigureRef[];
  /** A private copy of the scenario's params: set a draw's values in it (only those in DRAWN), then evaluate. */
  params: ScenarioParams;
  /** The figures of the draw set in `params`, in the order of `figures`: the model's own array, rewritten by the next call. */
  evaluate(): Float64Array;
};

/** Projects of one category, as weightedHomesBetween adds them: status index and homes, in register order. */
type Weighted = { status: Uint8Array; homes: Float64Array };

type Facts = {
  code: string;
  weight: number;
  programme: ProgrammeFacts | null;
  affordable: AffordableFacts | null;
  elderly: ElderlyFacts | null;
};

type ProgrammeFacts = {
  target: number;
  start: number;
  end: number;
  baseYear: number;
  /** The gemeente's path runs start..pathEnd; the bands take baseYear..pathEnd. */
  pathEnd: number;
  realisedTotal: number;
  /** Cumulative realised by year, start (index 0)..baseYear. */
  cumulativeRealised: Float64Array;
  remainingYears: number;
  /** 0: a pace no draw changes (`pace`); 1: the current pace × the drawn multiplier; 2: the projects (pipeline). */
  paceKind: 0 | 1 | 2;
  /** Programme pace: the affordable homes are on track for their own target (computeAffordable). */
  onTrack: boolean;
  currentPace: number;
  /** Per draw: the constant pace (kinds 0, 1), else 0. */
  pace: number;
  /** Pipeline: projects completing in each year baseYear + 1 (index 0)..LAST_YEAR; per draw, their cumulative weighted homes. */
  projectsByYear: Weighted[];
  cumulativePipeline: Float64Array;
  /** Pipeline: projects completing in (baseYear, end], total and affordable homes. */
  untilEnd: Weighted;
  affordableUntilEnd: Weighted;
};

type AffordableFacts = { target: number; realised: number; requiredPace: number; historicShare: number };

type ElderlyFacts = {
  /** Need per type (HOUSING_TYPES order) under each need source, overrides applied, null as 0. */
  needTable: Float64Array;
  needText: Float64Array;
  needYear: number;
  baseYear: number;
  /** Per type: (existing stock per year) × years. */
  fromStock: Float64Array;
  /** Per type: the gemeente's own share of new build (1), or the regional one (0). */
  hasOwnShare: Uint8Array;
  ownShare: Float64Array;
  historicNultreden: number;
  /** Pipeline: projects completing in (baseYear, needYear], in total and per type. */
  untilNeedYear: Weighted;
  typeUntilNeedYear: Weighted[];
};

const noWarn = () => undefined;
const T = HOUSING_TYPES.length;

function weighted(projects: readonly Project[], from: number, to: number, category: keyof ProjectHomes): Weighted {
  const picked = projects.filter((x) => x.completionYear > from && x.completionYear <= to);
  return { status: Uint8Array.from(picked, (x) => PROJECT_STATUSES.indexOf(x.status)), homes: Float64Array.from(picked, (x) => x.homes[category]) };
}

/** weightedHomesBetween with the draw's probabilities (same sum, same order). */
function sumWeighted(w: Weighted, probability: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < w.homes.length; k++) sum += (probability[w.status[k] as number] as number) * (w.homes[k] as number);
  return sum;
}

function programmeFacts(g: GemeenteInputs, params: ScenarioParams): { facts: ProgrammeFacts; affordable: AffordableFacts | null; state: ReturnType<typeof computeProgramme> } | null {
  if (!hasProgramme(g)) return null;
  const state = computeProgramme(g, params, noWarn);
  const { start, end, target } = g.programme;
  const realised = realisedToDate(g.realisation, start, end, noWarn);
  const b = state.block;
  const cumulativeRealised = new Float64Array(Math.max(0, b.baseYear - start + 1));
  let running = 0;
  for (let y = start; y <= b.baseYear; y++) cumulativeRealised[y - start] = running += realised.perYear.get(y)?.value ?? 0;
  const pipeline = b.paceSource === 'pipeline';
  const multiplied = b.paceSource === 'trend' && params.programme.paceMultiplierByGemeente[g.code] === undefined;
  const projectsByYear: Weighted[] = [];
  if (pipeline) for (let y = b.baseYear + 1; y <= LAST_YEAR; y++) projectsByYear.push(weighted(g.projects, y - 1, y, 'total'));
  const facts: ProgrammeFacts = {
    target,
    start,
    end,
    baseYear: b.baseYear,
    pathEnd: Math.max(params.horizon, end),
    realisedTotal: realised.total,
    cumulativeRealised,
    remainingYears: state.remainingYears,
    paceKind: pipeline ? 2 : multiplied ? 1 : 0,
    onTrack: b.paceSource === 'programme',
    currentPace: b.currentPace,
    pace: pipeline ? 0 : (scenarioPaceFor(params.programme, b.paceSource, g.code, b.currentPace, b.requiredPace) ?? 0),
    projectsByYear,
    cumulativePipeline: new Float64Array(projectsByYear.length),
    untilEnd: weighted(g.projects, b.baseYear, end, 'total'),
    affordableUntilEnd: weighted(g.projects, b.baseYear, end, 'affordable'),
  };
  const affordableBlock = computeAffordable(g, state, params, noWarn);
  let affordable: AffordableFacts | null = null;
  if (affordableBlock) {
    const smApp = realisedToDate(g.smApp, start, end, noWarn).total;
    affordable = { target: affordableBlock.target, realised: smApp, requiredPace: affordableBlock.requiredPace, historicShare: b.realised > 0 ? smApp / b.realised : 0 };
  }
  return { facts, affordable, state };
}

/** The engine's projectedAt for a gemeente under the current draw (its pace and pipeline set). */
function projectedAt(f: ProgrammeFacts, year: number): number {
  if (year <= f.baseYear) return f.cumulativeRealised[year - f.start] ?? 0;
  if (f.paceKind !== 2) return f.realisedTotal + f.pace * (year - f.baseYear);
  return f.realisedTotal + (f.cumulativePipeline[Math.min(year, LAST_YEAR) - f.baseYear - 1] ?? 0);
}

export function prepareLean(ds: Dataset, scenarioParams: ScenarioParams): LeanModel {
  for (const key of [...Object.keys(scenarioParams.uncertainty.ranges), ...Object.keys(scenarioParams.uncertainty.alternatives)]) {
    if (!DRAWN.includes(key)) throw new Error(`De Monte Carlo kan '${key}' niet trekken (shared/uncertainty/lean.ts, DRAWN).`);
  }
  const hasOverrides = Object.keys(scenarioParams.dataOverrides).length > 0;
  const inputs: EngineInputs = extractInputs(hasOverrides ? applyDataOverrides(ds, scenarioParams.dataOverrides, noWarn) : ds);
  // Params are plain JSON: a deep copy the draws can change in place.
  const params = JSON.parse(JSON.stringify(scenarioParams)) as ScenarioParams;
  const aw = params.aandachtsgroepen;
  const weights = fairShareWeights(inputs.gemeenten, aw.fairShareKey, aw.customWeights, aw.excluded, noWarn);

  const facts: Facts[] = inputs.gemeenten.map((g): Facts => {
    const prog = programmeFacts(g, params);
    const needBy = (source: NeedSource) =>
      needFor(g, inputs, { ...params, elderly: { ...params.elderly, needSource: source, needSourceByType: { nultreden: 'algemeen', geclusterd: 'algemeen', zorggeschikt: 'algemeen' } } });
    const table = needBy('gemeenteTabel');
    const text = needBy('regioTekst');
    const hasNeed = HOUSING_TYPES.some((t) => table[t] !== null);
    const baseYear = prog?.facts.baseYear ?? inputs.programmeStart - 1;
    const needYear = g.needYear ?? inputs.programmeEnd;
    const years = Math.max(0, needYear - baseYear);
    const existing = params.elderly.existingStockPerYear[g.code] ?? {};
    const own = params.elderly.newBuildShareByGemeente[g.code] ?? {};
    return {
      code: g.code,
      weight: weights.get(g.code) ?? 0,
      programme: prog?.facts ?? null,
      affordable: prog?.affordable ?? null,
      elderly: hasNeed
        ? {
            needTable: Float64Array.from(HOUSING_TYPES, (t) => table[t] ?? 0),
            needText: Float64Array.from(HOUSING_TYPES, (t) => text[t] ?? 0),
            needYear,
            baseYear,
            fromStock: Float64Array.from(HOUSING_TYPES, (t) => (existing[t] ?? 0) * years),
            hasOwnShare: Uint8Array.from(HOUSING_TYPES, (t) => (own[t] !== undefined ? 1 : 0)),
            ownShare: Float64Array.from(HOUSING_TYPES, (t) => own[t] ?? 0),
            historicNultreden: historicNultredenShare(g, prog?.state ?? null),
            untilNeedYear: weighted(g.projects, baseYear, needYear, 'total'),
            typeUntilNeedYear: HOUSING_TYPES.map((t) => weighted(g.projects, baseYear, needYear, t)),
          }
        : null,
    };
  });

  const withProgramme = facts.flatMap((f) => (f.programme ? [f.programme] : []));
  // The projects' probabilities enter only where a pace comes from the projects.
  const usesProjects = withProgramme.some((f) => f.paceKind === 2);
  let regionBaseYear = Infinity;
  for (const f of withProgramme) regionBaseYear = Math.min(regionBaseYear, f.baseYear);
  // The region's path has the years of its first gemeente's (regionProgramme).
  const regionPath = withProgramme[0] ?? null;

  // Aandachtsgroepen demand D(y) (regionalDemand): what a draw's level does not change, once.
  const outflow = inputs.region.outflow;
  const rampEnd = inputs.programmeEnd;
  const demandYears: { year: number; ramp: boolean }[] = [];
  for (let y = aw.startYear; y <= params.horizon; y++) demandYears.push({ year: y, ramp: aw.demandMode === 'ramp' && outflow !== null && y < rampEnd && rampEnd > outflow.year });
  const demandLevelFromData = inputs.region.aandachtsgroepenPerYear;

  // The figures' paths, built once: a draw must not build strings.
  const years = new Set<number>();
  for (const f of withProgramme) for (let y = f.baseYear; y <= f.pathEnd; y++) years.add(y);
  const firstYear = Math.min(...years);
  const yearPath = Array.from({ length: years.size === 0 ? 0 : Math.max(...years) - firstYear + 1 }, (_, i) => `programme.path.${firstYear + i}.projected`);
  const pathOf = (y: number) => yearPath[y - firstYear] ?? '';
  const typePath = HOUSING_TYPES.map((t) => ({ need: `elderly.${t}.need`, supply: `elderly.${t}.supply`, gap: `elderly.${t}.gap`, shortfall: `elderly.${t}.shortfall` }));
  const totalPath = { need: 'elderly.total.need', supply: 'elderly.total.supply', gap: 'elderly.total.gap', shortfall: 'elderly.total.shortfall' };

  // Per draw, reused.
  const probability = new Float64Array(PROJECT_STATUSES.length);
  const useText = new Uint8Array(T);
  const newBuildShare = new Float64Array(T);
  const regionalShareSet = new Uint8Array(T);
  const rNeed = new Float64Array(T);
  const rSupply = new Float64Array(T);
  const rGap = new Float64Array(T);
  const rShortfall = new Float64Array(T);

  // A draw's figures, as `run` writes them: each one at k, its name only while describing.
  const figures: FigureRef[] = [];
  let row = new Float64Array(0);
  let describing = true;
  const put = (k: number, where: string, path: string, value: number): number => {
    if (describing) figures.push({ where, path });
    else row[k] = value;
    return k + 1;
  };

  const run = () => {
    let k = 0;
    const p = params;
    // The draw's assumptions (DRAWN), read once.
    const multiplier = p.programme.paceMultiplier;
    if (usesProjects) for (let s = 0; s < PROJECT_STATUSES.length; s++) probability[s] = p.pipeline.probability[PROJECT_STATUSES[s] as (typeof PROJECT_STATUSES)[number]];
    for (let t = 0; t < T; t++) {
      const type = HOUSING_TYPES[t] as HousingType;
      useText[t] = needSourceOf(p.elderly, type) === 'regioTekst' ? 1 : 0;
      const regional = p.elderly.newBuildShare[type];
      regionalShareSet[t] = regional === null ? 0 : 1;
      newBuildShare[t] = regional ?? 0;
    }
    const level = p.aandachtsgroepen.perYear ?? demandLevelFromData ?? 0;
    let atHorizon = 0;
    let cumulative = 0;
    for (const { year: y, ramp } of demandYears) {
      let homes = level;
      if (ramp && outflow !== null) {
        homes = y <= outflow.year ? outflow.value : outflow.value + ((level - outflow.value) * (y - outflow.year)) / (rampEnd - outflow.year);
      }
      if (y === p.horizon) atHorizon = homes;
      cumulative += homes;
    }

    // Region sums, in the engine's order (gemeenten in dataset order).
    let rTarget = 0;
    let rProjected = 0;
    let rProgrammeShortfall = 0;
    let aTarget = 0;
    let aProjected = 0;
    let aShortfall = 0;
    rNeed.fill(0);
    rSupply.fill(0);
    rGap.fill(0);
    rShortfall.fill(0);
    let rTotalNeed = 0;
    let rTotalSupply = 0;
    let rTotalGap = 0;
    let rTotalShortfall = 0;
    let hasElderly = false;
    let hasAffordable = false;
    let rTaskPerYear = 0;
    let rTaskCumulative = 0;

    for (const { code, weight, programme: f, affordable: af, elderly: el } of facts) {
      let scenarioPace = 0;
      if (f) {
        if (f.paceKind === 2) {
          let built = 0;
          for (let k = 0; k < f.projectsByYear.length; k++) f.cumulativePipeline[k] = built += sumWeighted(f.projectsByYear[k] as Weighted, probability);
          scenarioPace = f.remainingYears > 0 ? sumWeighted(f.untilEnd, probability) / f.remainingYears : 0;
        } else {
          if (f.paceKind === 1) f.pace = f.currentPace * multiplier;
          scenarioPace = f.pace;
        }
        const projected = projectedAt(f, f.end);
        const gap = f.target - projected;
        k = put(k, code, 'programme.projected2030', projected);
        k = put(k, code, 'programme.gap2030', gap);
        k = put(k, code, 'programme.shortfall2030', Math.max(0, gap));
        for (let y = f.baseYear; y <= f.pathEnd; y++) k = put(k, code, pathOf(y), projectedAt(f, y));
        rTarget += f.target;
        rProjected += projected;
        rProgrammeShortfall += Math.max(0, gap);
        if (af) {
          hasAffordable = true;
          const aPace = f.onTrack
            ? Math.min(af.requiredPace, scenarioPace)
            : f.paceKind === 2
              ? f.remainingYears > 0
                ? sumWeighted(f.affordableUntilEnd, probability) / f.remainingYears
                : 0
              : scenarioPace * af.historicShare;
          const aProj = af.realised + aPace * f.remainingYears;
          const aGap = af.target - aProj;
          k = put(k, code, 'affordable.gap2030', aGap);
          k = put(k, code, 'affordable.shortfall2030', Math.max(0, aGap));
          aTarget += af.target;
          aProjected += aProj;
          aShortfall += Math.max(0, aGap);
        }
      }
      if (el) {
        hasElderly = true;
        const pipeline = f?.paceKind === 2;
        const newBuild = !f ? 0 : pipeline ? sumWeighted(el.untilNeedYear, probability) : scenarioPace * Math.max(0, el.needYear - el.baseYear);
        let tNeed = 0;
        let tSupply = 0;
        let tGap = 0;
        let tShortfall = 0;
        for (let t = 0; t < T; t++) {
          const n = useText[t] === 1 ? (el.needText[t] as number) : (el.needTable[t] as number);
          const fromStock = el.fromStock[t] as number;
          const fromProjects = pipeline ? sumWeighted(el.typeUntilNeedYear[t] as Weighted, probability) : 0;
          const share = el.hasOwnShare[t] === 1 ? (el.ownShare[t] as number) : regionalShareSet[t] === 1 ? (newBuildShare[t] as number) : el.historicNultreden;
          const fromNewBuild = pipeline ? 0 : newBuild * share;
          const supply = fromNewBuild + fromStock + fromProjects;
          const gap = n - supply;
          const shortfall = Math.max(0, gap);
          const names = typePath[t] as (typeof typePath)[number];
          k = put(k, code, names.need, n);
          k = put(k, code, names.supply, supply);
          k = put(k, code, names.gap, gap);
          k = put(k, code, names.shortfall, shortfall);
          tNeed += n;
          tSupply += supply;
          tGap += gap;
          tShortfall += shortfall;
          rNeed[t] = (rNeed[t] as number) + n;
          rSupply[t] = (rSupply[t] as number) + supply;
          rGap[t] = (rGap[t] as number) + gap;
          rShortfall[t] = (rShortfall[t] as number) + shortfall;
        }
        k = put(k, code, totalPath.need, tNeed);
        k = put(k, code, totalPath.supply, tSupply);
        k = put(k, code, totalPath.gap, tGap);
        k = put(k, code, totalPath.shortfall, tShortfall);
        rTotalNeed += tNeed;
        rTotalSupply += tSupply;
        rTotalGap += tGap;
        rTotalShortfall += tShortfall;
      }
      const taskPerYear = atHorizon * weight;
      const taskCumulative = cumulative * weight;
      k = put(k, code, 'aandachtsgroepen.taskPerYear', taskPerYear);
      k = put(k, code, 'aandachtsgroepen.taskCumulative', taskCumulative);
      rTaskPerYear += taskPerYear;
      rTaskCumulative += taskCumulative;
    }

    const R = 'regio';
    if (regionPath) {
      k = put(k, R, 'programme.projected2030', rProjected);
      k = put(k, R, 'programme.gap2030', rTarget - rProjected);
      k = put(k, R, 'programme.shortfall2030', rProgrammeShortfall);
      for (let y = Math.max(regionBaseYear, regionPath.start); y <= regionPath.pathEnd; y++) {
        let sum = 0;
        for (const f of withProgramme) sum += projectedAt(f, y);
        k = put(k, R, pathOf(y), sum);
      }
    }
    if (hasAffordable) {
      k = put(k, R, 'affordable.gap2030', aTarget - aProjected);
      k = put(k, R, 'affordable.shortfall2030', aShortfall);
    }
    if (hasElderly) {
      for (let t = 0; t < T; t++) {
        const names = typePath[t] as (typeof typePath)[number];
        k = put(k, R, names.need, rNeed[t] as number);
        k = put(k, R, names.supply, rSupply[t] as number);
        k = put(k, R, names.gap, rGap[t] as number);
        k = put(k, R, names.shortfall, rShortfall[t] as number);
      }
      k = put(k, R, totalPath.need, rTotalNeed);
      k = put(k, R, totalPath.supply, rTotalSupply);
      k = put(k, R, totalPath.gap, rTotalGap);
      k = put(k, R, totalPath.shortfall, rTotalShortfall);
    }
    k = put(k, R, 'aandachtsgroepen.taskPerYear', rTaskPerYear);
    put(k, R, 'aandachtsgroepen.taskCumulative', rTaskCumulative);
  };

  run();
  describing = false;
  row = new Float64Array(figures.length);
  return {
    figures,
    params,
    evaluate() {
      run();
      return row;
    },
  };
}
