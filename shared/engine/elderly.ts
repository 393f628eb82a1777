import { needSourceOf, type HousingType, type ScenarioParams } from '../scenario/schema';
import type { ElderlyBlock, TypeBlock } from '../result/schema';
import type { GemeenteWarning } from './warnings';
import type { EngineInputs, GemeenteInputs, PerType } from './inputs';
import type { ProgrammeState } from './programme';
import { weightedHomesBetween } from './pipeline';

export type ElderlyState = { block: ElderlyBlock };

/**
 * Need per type for one gemeente: the per-gemeente table, or the regional text total spread
 * over the gemeenten in proportion to the table (the analyst's choice where the two disagree,
 * per type where the scenario sets one: needSourceOf), then the scenario's overrides.
 */
export function needFor(g: GemeenteInputs, inputs: EngineInputs, params: ScenarioParams): PerType<number | null> {
  const overrides = params.elderly.needOverrides[g.code] ?? NO_OVERRIDES;
  return {
    nultreden: needOf(g, inputs, params, overrides, 'nultreden'),
    geclusterd: needOf(g, inputs, params, overrides, 'geclusterd'),
    zorggeschikt: needOf(g, inputs, params, overrides, 'zorggeschikt'),
  };
}

const NO_OVERRIDES: Partial<Record<HousingType, number>> = {};

function needOf(g: GemeenteInputs, inputs: EngineInputs, params: ScenarioParams, overrides: Partial<Record<HousingType, number>>, t: HousingType): number | null {
  let need = g.need[t];
  const text = inputs.region.needText[t];
  if (needSourceOf(params.elderly, t) === 'regioTekst' && need !== null && text !== null) {
    const tableSum = inputs.region.needTableSum[t];
    need = tableSum > 0 ? (need / tableSum) * text : 0;
  }
  return overrides[t] ?? need;
}

export function historicNultredenShare(g: GemeenteInputs, programme: ProgrammeState | null): number {
  const realised = programme?.block.realised ?? 0;
  if (realised <= 0 || !g.programme) return 0;
  const { start, end } = g.programme;
  const sm = g.smApp.filter((r) => r.to >= start && r.from <= end).reduce((s, r) => s + r.value, 0);
  return Math.min(1, sm / realised);
}

export function newBuildShare(g: GemeenteInputs, t: HousingType, params: ScenarioParams, programme: ProgrammeState | null): number {
  const own = params.elderly.newBuildShareByGemeente[g.code]?.[t];
  if (own !== undefined) return own;
  const regional = params.elderly.newBuildShare[t];
  return regional ?? historicNultredenShare(g, programme);
}

export function computeElderly(
  g: GemeenteInputs,
  inputs: EngineInputs,
  params: ScenarioParams,
  programme: ProgrammeState | null,
  warn: (w: GemeenteWarning) => void,
): ElderlyState | null {
  const need = needFor(g, inputs, params);
  if (need.nultreden === null && need.geclusterd === null && need.zorggeschikt === null) return null;
  const needYear = g.needYear ?? inputs.programmeEnd;
  const baseYear = programme?.block.baseYear ?? inputs.programmeStart - 1;
  const facts: ElderlyFacts = {
    g,
    params,
    programme,
    need,
    needYear,
    baseYear,
    years: Math.max(0, needYear - baseYear),
    pipeline: programme?.block.paceSource === 'pipeline',
    newBuild: newBuildUntil(g, params, programme, baseYear, needYear),
    existing: params.elderly.existingStockPerYear[g.code] ?? NO_OVERRIDES,
    newBuildNeed: 0,
    warn,
  };
  // In the order of HOUSING_TYPES (the warnings and the sums run in it).
  const nultreden = typeOf(facts, 'nultreden');
  const geclusterd = typeOf(facts, 'geclusterd');
  const zorggeschikt = typeOf(facts, 'zorggeschikt');
  const total = sumTypes([nultreden, geclusterd, zorggeschikt]);
  const { newBuild, newBuildNeed } = facts;
  const { requiredShare, above100 } = shareRequired(newBuildNeed, newBuild);
  if (above100) warn({ code: 'requiredShareAbove100', params: { needed: newBuildNeed, newBuild, year: needYear } });
  return { block: { nultreden, geclusterd, zorggeschikt, total, newBuild, newBuildNeed, requiredShare, requiredShareAbove100: above100 } };
}

type ElderlyFacts = {
  g: GemeenteInputs;
  params: ScenarioParams;
  programme: ProgrammeState | null;
  need: PerType<number | null>;
  needYear: number;
  baseYear: number;
  years: number;
  pipeline: boolean;
  newBuild: number;
  existing: Partial<Record<HousingType, number>>;
  /** Added up type by type. */
  newBuildNeed: number;
  warn: (w: GemeenteWarning) => void;
};

/** One type's need against its supply; adds what new build must supply to `f.newBuildNeed`. */
function typeOf(f: ElderlyFacts, t: HousingType): TypeBlock {
  const n = f.need[t];
  if (n === null) f.warn({ code: 'elderlyNeedMissing', params: { type: t } });
  const fromStock = (f.existing[t] ?? 0) * f.years;
  // Pipeline (§5.5): the projects' own homes of this type replace "new build × share", so a
  // project is never counted twice. Other pace modes do not add projects: the pace already
  // includes whatever is being built.
  const fromProjects = f.pipeline ? weightedHomesBetween(f.g.projects, f.params, f.baseYear, f.needYear, t) : 0;
  const fromNewBuild = f.pipeline ? 0 : f.newBuild * newBuildShare(f.g, t, f.params, f.programme);
  // Per type, so a surplus of one type never lowers what new build must supply of another.
  f.newBuildNeed += Math.max(0, (n ?? 0) - fromStock - fromProjects);
  return typeBlock(n ?? 0, fromNewBuild + fromStock + fromProjects);
}

/**
 * The scenario's new build from the base year to the need year: its constant pace × years, or
 * in pipeline mode the weighted projects completing in that period.
 */
export function newBuildUntil(g: GemeenteInputs, params: ScenarioParams, programme: ProgrammeState | null, baseYear: number, needYear: number): number {
  if (!programme) return 0;
  if (programme.block.paceSource === 'pipeline') return weightedHomesBetween(g.projects, params, baseYear, needYear);
  return programme.block.scenarioPace * Math.max(0, needYear - baseYear);
}

export function typeBlock(need: number, supply: number): TypeBlock {
  const gap = need - supply;
  return { need, supply, gap, shortfall: Math.max(0, gap), surplus: Math.max(0, -gap) };
}

/** Sums of the parts: the shortfall is the sum of the parts' shortfalls, never the net gap. */
export function sumTypes(blocks: readonly TypeBlock[]): TypeBlock {
  let need = 0;
  let supply = 0;
  let gap = 0;
  let shortfall = 0;
  let surplus = 0;
  for (const b of blocks) {
    need += b.need;
    supply += b.supply;
    gap += b.gap;
    shortfall += b.shortfall;
    surplus += b.surplus;
  }
  return { need, supply, gap, shortfall, surplus };
}

/** newBuildNeed / newBuild, capped at 100 % and flagged above it; null when nothing is built. */
export function shareRequired(newBuildNeed: number, newBuild: number): { requiredShare: number | null; above100: boolean } {
  const above100 = newBuildNeed > newBuild + 1e-9;
  if (newBuild <= 0) return { requiredShare: null, above100 };
  return { requiredShare: Math.min(1, newBuildNeed / newBuild), above100 };
}
