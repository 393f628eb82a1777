import { HOUSING_TYPES, type HousingType, type ScenarioParams } from '../scenario/schema';
import type { ElderlyBlock, TypeBlock } from '../result/schema';
import type { GemeenteWarning } from './warnings';
import type { EngineInputs, GemeenteInputs, PerType } from './inputs';
import type { ProgrammeState } from './programme';
import { weightedHomesBetween } from './pipeline';

/** Elderly block plus the parts the region needs to recompute `requiredShare` from sums. */
export type ElderlyState = { block: ElderlyBlock; nonBuildSupply: number; remainingProgramme: number | null };

/**
 * Need per type for one gemeente: the per-gemeente table, or the regional text total spread
 * over the gemeenten in proportion to the table (the analyst's choice where the two disagree),
 * then the scenario's overrides.
 */
export function needFor(g: GemeenteInputs, inputs: EngineInputs, params: ScenarioParams): PerType<number | null> {
  const overrides = params.elderly.needOverrides[g.code] ?? {};
  const result = {} as PerType<number | null>;
  for (const t of HOUSING_TYPES) {
    let need = g.need[t];
    const text = inputs.region.needText[t];
    if (params.elderly.needSource === 'regioTekst' && need !== null && text !== null) {
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
  const newBuild = (programme?.block.scenarioPace ?? 0) * years;
  const pipeline = params.programme.paceMode === 'pipeline';
  const existing = params.elderly.existingStockPerYear[g.code] ?? {};
  const blocks = {} as PerType<TypeBlock>;
  let nonBuildSupply = 0;
  for (const t of HOUSING_TYPES) {
    const n = need[t];
    if (n === null) warn({ code: 'elderlyNeedMissing', params: { type: t } });
    const fromStock = (existing[t] ?? 0) * years;
    // Pipeline (§5.5): the projects' own homes of this type replace "new build × share", so a
    // project is never counted twice. Other pace modes do not add projects: the pace already
    // includes whatever is being built.
    const fromProjects = pipeline ? weightedHomesBetween(g.projects, params, baseYear, needYear, t) : 0;
    const fromNewBuild = pipeline ? 0 : newBuild * newBuildShare(g, t, params, programme);
    const supply = fromNewBuild + fromStock + fromProjects;
    nonBuildSupply += fromStock + fromProjects;
    blocks[t] = { need: n ?? 0, supply, gap: (n ?? 0) - supply };
  }
  const total = sumTypes(Object.values(blocks));
  const remainingProgramme = programme ? programme.block.target - programme.block.realised : null;
  const requiredShare = shareRequired(total.need, nonBuildSupply, remainingProgramme);
  if (requiredShare !== null && requiredShare > 1) {
    warn({ code: 'requiredShareAbove100', params: { share: requiredShare } });
  }
  return {
    nonBuildSupply,
    remainingProgramme,
    block: { ...blocks, total, requiredShare, requiredShareAbove100: requiredShare !== null && requiredShare > 1 },
  };
}

export function sumTypes(blocks: TypeBlock[]): TypeBlock {
  return blocks.reduce((a, b) => ({ need: a.need + b.need, supply: a.supply + b.supply, gap: a.gap + b.gap }), { need: 0, supply: 0, gap: 0 });
}

/** (Σ need − supply outside new build) / remaining programme; null when nothing remains to build. */
export function shareRequired(need: number, nonBuildSupply: number, remainingProgramme: number | null): number | null {
  if (remainingProgramme === null || remainingProgramme <= 0) return null;
  return (need - nonBuildSupply) / remainingProgramme;
}
