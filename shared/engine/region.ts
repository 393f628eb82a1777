import type { AandachtsgroepenBlock, AffordableBlock, PathPoint, ProgrammeBlock, RegionResult } from '../result/schema';
import { HOUSING_TYPES } from '../scenario/schema';
import type { ElderlyState } from './elderly';
import { shareRequired, sumTypes } from './elderly';
import { firstYearAtOrAbove, targetPathAt, type ProgrammeState } from './programme';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Region = the same blocks summed over the gemeenten that have them (MODEL.md §6). */
export function regionProgramme(states: ProgrammeState[], start: number, end: number): ProgrammeBlock | null {
  if (states.length === 0) return null;
  const blocks = states.map((s) => s.block);
  const target = sum(blocks.map((b) => b.target));
  // The region's realisation is known up to the earliest baseYear of its gemeenten.
  const baseYear = Math.min(...blocks.map((b) => b.baseYear));
  const projectedAt = (y: number) => sum(states.map((s) => s.projectedAt(y)));
  const years = blocks[0]?.path.map((p) => p.year) ?? [];
  const path: PathPoint[] = years.map((year) => ({
    year,
    target: targetPathAt(target, start, end, year),
    realised: year <= baseYear ? projectedAt(year) : null,
    realisedEstimated: blocks.some((b) => b.path.find((p) => p.year === year)?.realisedEstimated ?? false),
    projected: year >= baseYear ? projectedAt(year) : null,
  }));
  const projected2030 = sum(blocks.map((b) => b.projected2030));
  return {
    target,
    realised: sum(blocks.map((b) => b.realised)),
    baseYear,
    currentPace: sum(blocks.map((b) => b.currentPace)),
    scenarioPace: sum(blocks.map((b) => b.scenarioPace)),
    projected2030,
    gap2030: target - projected2030,
    requiredPace: sum(blocks.map((b) => b.requiredPace)),
    catchUpYear: firstYearAtOrAbove(target, start, projectedAt),
    path,
  };
}

export function regionAffordable(blocks: AffordableBlock[]): AffordableBlock | null {
  if (blocks.length === 0) return null;
  const target = sum(blocks.map((b) => b.target));
  const projected2030 = sum(blocks.map((b) => b.projected2030));
  return {
    target,
    realised: sum(blocks.map((b) => b.realised)),
    realisedIsLowerBound: true,
    scenarioPace: sum(blocks.map((b) => b.scenarioPace)),
    projected2030,
    gap2030: target - projected2030,
    requiredPace: sum(blocks.map((b) => b.requiredPace)),
  };
}

export function regionElderly(states: ElderlyState[]): RegionResult['elderly'] {
  if (states.length === 0) return null;
  const perType = Object.fromEntries(HOUSING_TYPES.map((t) => [t, sumTypes(states.map((s) => s.block[t]))])) as Record<
    (typeof HOUSING_TYPES)[number],
    ReturnType<typeof sumTypes>
  >;
  const total = sumTypes(states.map((s) => s.block.total));
  const withProgramme = states.filter((s) => s.remainingProgramme !== null);
  const requiredShare = shareRequired(
    sum(withProgramme.map((s) => s.block.total.need)),
    sum(withProgramme.map((s) => s.nonBuildSupply)),
    withProgramme.length > 0 ? sum(withProgramme.map((s) => s.remainingProgramme ?? 0)) : null,
  );
  return { ...perType, total, requiredShare, requiredShareAbove100: requiredShare !== null && requiredShare > 1 };
}

export function regionAandachtsgroepen(blocks: AandachtsgroepenBlock[]): AandachtsgroepenBlock {
  return {
    weight: sum(blocks.map((b) => b.weight)),
    taskPerYear: sum(blocks.map((b) => b.taskPerYear)),
    taskCumulative: sum(blocks.map((b) => b.taskCumulative)),
  };
}
