import type { Dataset } from '../dataset/schema';
import { extractInputs, type EngineInputs, type GemeenteInputs } from '../engine/inputs';
import { applyDataOverrides } from '../engine/dataOverrides';
import { regionalDemand } from '../engine/aandachtsgroepen';
import { historicNultredenShare, needFor } from '../engine/elderly';
import { computeAffordable, computeProgramme, LAST_YEAR, paceSourceFor, realisedToDate, scenarioPaceFor, type ProgrammeState } from '../engine/programme';
import { fairShareWeights } from '../engine/fairShare';
import type { Project } from '../projects/schema';
import { HOUSING_TYPES, needSourceOf, type HousingType, type NeedSource, type ScenarioParams } from '../scenario/schema';
import type { FigureRef } from '../result/uncertainty';

/**
 * The lean path of the Monte Carlo (MODEL §5.6): only the figures the bands need, from facts
 * prepared once per scenario. What a draw cannot change (realisation to date, base years, the
 * fair-share weights, the need tables, which gemeenten have a programme) is read once; a draw
 * only redoes the arithmetic its assumptions enter. Each step mirrors the engine's own formula in
 * the engine's order of operations, so a draw gives the engine's figures to the last bit; the
 * tests check every figure against `runScenario` on many draws.
 *
 * A draw is a `ScenarioParams` (a private copy, changed in place between draws); only the
 * assumptions that can carry a range or be left open may differ from the scenario's.
 */
type ProgrammeFacts = {
  target: number;
  start: number;
  end: number;
  baseYear: number;
  realisedTotal: number;
  /** Cumulative realised by year, start..baseYear. */
  cumulativeRealised: Map<number, number>;
  remainingYears: number;
  currentPace: number;
  requiredPace: number;
  /** Which rule sets the pace: fixed by the pace mode, which no draw changes. */
  source: ReturnType<typeof paceSourceFor>;
  /** Projects completing after the base year (pipeline). */
  projects: Project[];
};

type AffordableFacts = { target: number; realised: number; requiredPace: number; historicShare: number };

type ElderlyFacts = {
  /** Need per type under each need source (overrides applied). */
  need: Record<NeedSource, Record<HousingType, number | null>>;
  needYear: number;
  baseYear: number;
  years: number;
  historicNultreden: number;
};

type GemeenteFacts = {
  g: GemeenteInputs;
  programme: ProgrammeFacts | null;
  affordable: AffordableFacts | null;
  elderly: ElderlyFacts | null;
  weight: number;
};

export type LeanModel = {
  /** The figures, in the order `evaluate` writes them. */
  figures: FigureRef[];
  /** A private copy of the scenario's params: set a draw's values in it, then evaluate. */
  params: ScenarioParams;
  /** Writes the figures of the draw set in `params` into `into`, from `at` on. */
  evaluate(into: Float64Array, at?: number): void;
};

const noWarn = () => undefined;
const NONE: Partial<Record<HousingType, number>> = {};

function programmeFacts(g: GemeenteInputs, params: ScenarioParams): { facts: ProgrammeFacts; state: ProgrammeState } | null {
  if (!g.programme) return null;
  const state = computeProgramme({ ...g, programme: g.programme }, params, noWarn);
  const { start, end, target } = g.programme;
  const realised = realisedToDate(g.realisation, start, end, noWarn);
  const cumulativeRealised = new Map<number, number>();
  let running = 0;
  for (let y = start; y <= realised.baseYear; y++) {
    running += realised.perYear.get(y)?.value ?? 0;
    cumulativeRealised.set(y, running);
  }
  const b = state.block;
  return {
    state,
    facts: {
      target,
      start,
      end,
      baseYear: b.baseYear,
      realisedTotal: realised.total,
      cumulativeRealised,
      remainingYears: state.remainingYears,
      currentPace: b.currentPace,
      requiredPace: b.requiredPace,
      source: b.paceSource,
      projects: g.projects,
    },
  };
}

/** weightedHomesBetween with the draw's probabilities (same loop, same order). */
function weightedBetween(projects: readonly Project[], p: ScenarioParams, from: number, to: number, category: keyof Project['homes']): number {
  let sum = 0;
  for (const x of projects) if (x.completionYear > from && x.completionYear <= to) sum += p.pipeline.probability[x.status] * x.homes[category];
  return sum;
}

export function prepareLean(ds: Dataset, scenarioParams: ScenarioParams): LeanModel {
  const hasOverrides = Object.keys(scenarioParams.dataOverrides).length > 0;
  const inputs: EngineInputs = extractInputs(hasOverrides ? applyDataOverrides(ds, scenarioParams.dataOverrides, noWarn) : ds);
  // Params are plain JSON: a deep copy the draws can change in place.
  const params = JSON.parse(JSON.stringify(scenarioParams)) as ScenarioParams;
  const aw = params.aandachtsgroepen;
  const weights = fairShareWeights(inputs.gemeenten, aw.fairShareKey, aw.customWeights, aw.excluded, noWarn);

  const facts: GemeenteFacts[] = inputs.gemeenten.map((g) => {
    const prog = programmeFacts(g, params);
    const affordableBlock = prog ? computeAffordable(g, prog.state, params, noWarn) : null;
    let affordable: AffordableFacts | null = null;
    if (affordableBlock && g.programme) {
      const realised = realisedToDate(g.smApp, g.programme.start, g.programme.end, noWarn).total;
      const total = prog?.state.block.realised ?? 0;
      affordable = { target: affordableBlock.target, realised, requiredPace: affordableBlock.requiredPace, historicShare: total > 0 ? realised / total : 0 };
    }
    const needBy = (source: NeedSource) =>
      needFor(g, inputs, { ...params, elderly: { ...params.elderly, needSource: source, needSourceByType: { nultreden: 'algemeen', geclusterd: 'algemeen', zorggeschikt: 'algemeen' } } });
    const need = { gemeenteTabel: needBy('gemeenteTabel'), regioTekst: needBy('regioTekst') };
    const hasNeed = HOUSING_TYPES.some((t) => need.gemeenteTabel[t] !== null);
    const baseYear = prog?.facts.baseYear ?? inputs.programmeStart - 1;
    const needYear = g.needYear ?? inputs.programmeEnd;
    return {
      g,
      programme: prog?.facts ?? null,
      affordable,
      elderly: hasNeed ? { need, needYear, baseYear, years: Math.max(0, needYear - baseYear), historicNultreden: historicNultredenShare(g, prog?.state ?? null) } : null,
      weight: weights.get(g.code) ?? 0,
    };
  });

  const withProgramme = facts.filter((f) => f.programme);
  const regionBaseYear = withProgramme.length > 0 ? Math.min(...withProgramme.map((f) => f.programme?.baseYear ?? 0)) : 0;
  const pathEnd = Math.max(params.horizon, inputs.programmeEnd);
  const regionPathStart = inputs.programmeStart;

  // Per draw, reused: each gemeente's pace and its projected total by year.
  const pace = new Float64Array(facts.length);
  const pipelineCumulative = facts.map(() => new Map<number, number>());

  /** The engine's projectedAt for gemeente i under the current draw. */
  const projectedAt = (i: number, year: number): number => {
    const f = facts[i]?.programme as ProgrammeFacts;
    if (year <= f.baseYear) return f.cumulativeRealised.get(year) ?? 0;
    if (f.source !== 'pipeline') return f.realisedTotal + (pace[i] as number) * (year - f.baseYear);
    return f.realisedTotal + (pipelineCumulative[i]?.get(Math.min(year, LAST_YEAR)) ?? 0);
  };

  // The figures' paths, built once: a draw must not build strings.
  const yearPath = new Map<number, string>();
  for (let y = inputs.programmeStart - 1; y <= pathEnd; y++) yearPath.set(y, `programme.path.${y}.projected`);
  const typePath = Object.fromEntries(
    [...HOUSING_TYPES, 'total'].map((t) => [t, { need: `elderly.${t}.need`, supply: `elderly.${t}.supply`, gap: `elderly.${t}.gap`, shortfall: `elderly.${t}.shortfall` }]),
  ) as Record<HousingType | 'total', { need: string; supply: string; gap: string; shortfall: string }>;

  const figures: FigureRef[] = [];
  let out: Float64Array = new Float64Array(0);
  let k = 0;
  let offset = 0;
  let describing = true;
  const emit = (where: string, path: string, value: number) => {
    if (describing) figures.push({ where, path });
    else out[offset + k] = value;
    k++;
  };

  const run = () => {
    const p = params;
    k = 0;
    // Region sums, in the engine's order (gemeenten in dataset order).
    let rTarget = 0;
    let rProjected = 0;
    let rShortfall = 0;
    let aTarget = 0;
    let aProjected = 0;
    let aShortfall = 0;
    const rNeed = { nultreden: 0, geclusterd: 0, zorggeschikt: 0 } as Record<HousingType, number>;
    const rSupply = { ...rNeed };
    const rGap = { ...rNeed };
    const rTypeShortfall = { ...rNeed };
    let rTotalNeed = 0;
    let rTotalSupply = 0;
    let rTotalGap = 0;
    let rTotalShortfall = 0;
    let hasElderly = false;
    let hasAffordable = false;
    const demand = regionalDemand(inputs, p, noWarn);
    const atHorizon = demand.find((d) => d.year === p.horizon)?.homes ?? 0;
    const cumulative = demand.reduce((s, d) => s + d.homes, 0);
    let rTaskPerYear = 0;
    let rTaskCumulative = 0;

    for (let i = 0; i < facts.length; i++) {
      const { g, programme: f, affordable: af, elderly: el, weight } = facts[i] as GemeenteFacts;
      let scenarioPace = 0;
      if (f) {
        const constant = scenarioPaceFor(p.programme, f.source, g.code, f.currentPace, f.requiredPace);
        pace[i] = constant ?? 0;
        if (constant === null) {
          const cum = pipelineCumulative[i] as Map<number, number>;
          cum.clear();
          let built = 0;
          for (let y = f.baseYear + 1; y <= LAST_YEAR; y++) {
            let homes = 0;
            for (const x of f.projects) if (x.completionYear === y) homes += p.pipeline.probability[x.status] * x.homes.total;
            cum.set(y, (built += homes));
          }
        }
        scenarioPace = constant ?? (f.remainingYears > 0 ? weightedBetween(f.projects, p, f.baseYear, f.end, 'total') / f.remainingYears : 0);
        const projected = projectedAt(i, f.end);
        const gap = f.target - projected;
        emit(g.code, 'programme.projected2030', projected);
        emit(g.code, 'programme.gap2030', gap);
        emit(g.code, 'programme.shortfall2030', Math.max(0, gap));
        for (let y = f.baseYear; y <= pathEnd; y++) emit(g.code, yearPath.get(y) as string, projectedAt(i, y));
        rTarget += f.target;
        rProjected += projected;
        rShortfall += Math.max(0, gap);
        if (af) {
          hasAffordable = true;
          const onTrack = f.source === 'programme';
          const aPace = onTrack
            ? Math.min(af.requiredPace, scenarioPace)
            : f.source === 'pipeline'
              ? f.remainingYears > 0
                ? weightedBetween(f.projects, p, f.baseYear, f.end, 'affordable') / f.remainingYears
                : 0
              : scenarioPace * af.historicShare;
          const aProj = af.realised + aPace * f.remainingYears;
          const aGap = af.target - aProj;
          emit(g.code, 'affordable.gap2030', aGap);
          emit(g.code, 'affordable.shortfall2030', Math.max(0, aGap));
          aTarget += af.target;
          aProjected += aProj;
          aShortfall += Math.max(0, aGap);
        }
      }
      if (el) {
        hasElderly = true;
        const pipeline = f?.source === 'pipeline';
        const newBuild = !f ? 0 : pipeline ? weightedBetween(f.projects, p, el.baseYear, el.needYear, 'total') : scenarioPace * Math.max(0, el.needYear - el.baseYear);
        const existing = p.elderly.existingStockPerYear[g.code] ?? NONE;
        let tNeed = 0;
        let tSupply = 0;
        let tGap = 0;
        let tShortfall = 0;
        for (const t of HOUSING_TYPES) {
          const n = el.need[needSourceOf(p.elderly, t)][t] ?? 0;
          const fromStock = (existing[t] ?? 0) * el.years;
          const fromProjects = pipeline ? weightedBetween(f.projects, p, el.baseYear, el.needYear, t) : 0;
          const own = p.elderly.newBuildShareByGemeente[g.code]?.[t];
          const share = own !== undefined ? own : (p.elderly.newBuildShare[t] ?? el.historicNultreden);
          const fromNewBuild = pipeline ? 0 : newBuild * share;
          const supply = fromNewBuild + fromStock + fromProjects;
          const gap = n - supply;
          const shortfall = Math.max(0, gap);
          emit(g.code, typePath[t].need, n);
          emit(g.code, typePath[t].supply, supply);
          emit(g.code, typePath[t].gap, gap);
          emit(g.code, typePath[t].shortfall, shortfall);
          tNeed += n;
          tSupply += supply;
          tGap += gap;
          tShortfall += shortfall;
          rNeed[t] += n;
          rSupply[t] += supply;
          rGap[t] += gap;
          rTypeShortfall[t] += shortfall;
        }
        emit(g.code, typePath.total.need, tNeed);
        emit(g.code, typePath.total.supply, tSupply);
        emit(g.code, typePath.total.gap, tGap);
        emit(g.code, typePath.total.shortfall, tShortfall);
        rTotalNeed += tNeed;
        rTotalSupply += tSupply;
        rTotalGap += tGap;
        rTotalShortfall += tShortfall;
      }
      const taskPerYear = atHorizon * weight;
      const taskCumulative = cumulative * weight;
      emit(g.code, 'aandachtsgroepen.taskPerYear', taskPerYear);
      emit(g.code, 'aandachtsgroepen.taskCumulative', taskCumulative);
      rTaskPerYear += taskPerYear;
      rTaskCumulative += taskCumulative;
    }

    const R = 'regio';
    if (withProgramme.length > 0) {
      emit(R, 'programme.projected2030', rProjected);
      emit(R, 'programme.gap2030', rTarget - rProjected);
      emit(R, 'programme.shortfall2030', rShortfall);
      for (let y = Math.max(regionBaseYear, regionPathStart); y <= pathEnd; y++) {
        let sum = 0;
        for (let i = 0; i < facts.length; i++) if (facts[i]?.programme) sum += projectedAt(i, y);
        emit(R, yearPath.get(y) as string, sum);
      }
    }
    if (hasAffordable) {
      emit(R, 'affordable.gap2030', aTarget - aProjected);
      emit(R, 'affordable.shortfall2030', aShortfall);
    }
    if (hasElderly) {
      for (const t of HOUSING_TYPES) {
        emit(R, typePath[t].need, rNeed[t]);
        emit(R, typePath[t].supply, rSupply[t]);
        emit(R, typePath[t].gap, rGap[t]);
        emit(R, typePath[t].shortfall, rTypeShortfall[t]);
      }
      emit(R, typePath.total.need, rTotalNeed);
      emit(R, typePath.total.supply, rTotalSupply);
      emit(R, typePath.total.gap, rTotalGap);
      emit(R, typePath.total.shortfall, rTotalShortfall);
    }
    emit(R, 'aandachtsgroepen.taskPerYear', rTaskPerYear);
    emit(R, 'aandachtsgroepen.taskCumulative', rTaskCumulative);
  };

  run();
  describing = false;
  return {
    figures,
    params,
    evaluate(into: Float64Array, at = 0) {
      out = into;
      offset = at;
      run();
    },
  };
}
