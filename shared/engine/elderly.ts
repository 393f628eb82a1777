import { HOUSING_TYPES, needSourceOf, type HousingType, type ScenarioParams } from '../scenario/schema';
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
  const overrides = params.elderly.needOverrides[g.code] ?? {};
  const result = {} as PerType<number | null>;
  for (const t of HOUSING_TYPES) {
    let need = g.need[t];
    const text = inputs.region.needText[t];
    if (needSourceOf(params.elderly, t) === 'regioTekst' && need !== null && text !== null) {
      const tableSum = inputs.region.needTableSum[t];
      need = tableSum > 0 ? (need / tableSum) * text : 0;
    }
    result[t] = overrides[t] ?? need;
  }
  return result;
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
  if (HOUSING_TYPES.every((t) => need[t] === null)) return null;
  const needYear = g.needYear ?? inputs.programmeEnd;
  const baseYear = programme?.block.baseYear ?? inputs.programmeStart - 1;
  const years = Math.max(0, needYear - baseYear);
  const pipeline = programme?.block.paceSource === 'pipeline';
  const newBuild = newBuildUntil(g, params, programme, baseYear, needYear);
  const existing = params.elderly.existingStockPerYear[g.code] ?? {};
  const blocks = {} as PerType<TypeBlock>;
  let newBuildNeed = 0;
  for (const t of HOUSING_TYPES) {
    const n = need[t];
    if (n === null) warn({ code: 'elderlyNeedMissing', params: { type: t } });
    const fromStock = (existing[t] ?? 0) * years;
    // Pipeline (§5.5): the projects' own homes of this type replace "new build × share", so a
    // project is never counted twice. Other pace modes do not add projects: the pace already
    // includes whatever is being built.
    const fromProjects = pipeline ? weightedHomesBetween(g.projects, params, baseYear, needYear, t) : 0;
    const fromNewBuild = pipeline ? 0 : newBuild * newBuildShare(g, t, params, programme);
    // Per type, so a surplus of one type never lowers what new build must supply of another.
    newBuildNeed += Math.max(0, (n ?? 0) - fromStock - fromProjects);
    blocks[t] = typeBlock(n ?? 0, fromNewBuild + fromStock + fromProjects);
  }
  const total = sumTypes(HOUSING_TYPES.map((t) => blocks[t]));
  const { requiredShare, above100 } = shareRequired(newBuildNeed, newBuild);
  if (above100) warn({ code: 'requiredShareAbove100', params: { needed: newBuildNeed, newBuild, year: needYear } });
  return { block: { ...blocks, total, newBuild, newBuildNeed, requiredShare, requiredShareAbove100: above100 } };
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
export function sumTypes(blocks: TypeBlock[]): TypeBlock {
  return blocks.reduce(
    (a, b) => ({ need: a.need + b.need, supply: a.supply + b.supply, gap: a.gap + b.gap, shortfall: a.shortfall + b.shortfall, surplus: a.surplus + b.surplus }),
    { need: 0, supply: 0, gap: 0, shortfall: 0, surplus: 0 },
  );
}

/** newBuildNeed / newBuild, capped at 100 % and flagged above it; null when nothing is built. */
export function shareRequired(newBuildNeed: number, newBuild: number): { requiredShare: number | null; above100: boolean } {
  const above100 = newBuildNeed > newBuild + 1e-9;
  if (newBuild <= 0) return { requiredShare: null, above100 };
  return { requiredShare: Math.min(1, newBuildNeed / newBuild), above100 };
}
