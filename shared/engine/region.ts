import type { AandachtsgroepenBlock, AffordableBlock, PaceSource, PathPoint, ProgrammeBlock, RegionAandachtsgroepenBlock, RegionResult, TypeBlock } from '../result/schema';
import { HOUSING_TYPES, type HousingType } from '../scenario/schema';
import type { ElderlyState } from './elderly';
import { shareRequired, sumTypes } from './elderly';
import { targetPathAt, type ProgrammeState } from './programme';
import { regionPlacements, vacancyShare } from './placements';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Region = the same blocks summed over the gemeenten that have them (MODEL.md §6). */
export function regionProgramme(states: ProgrammeState[], start: number, end: number, mode: PaceSource): ProgrammeBlock | null {
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
  // The Woondeal is an agreement per gemeente: the region is done when every gemeente is, so
  // neither its shortfall nor its catch-up year lets one gemeente's surplus cover another's gap.
  const catchUpYears = blocks.map((b) => b.catchUpYear);
  return {
    target,
    realised: sum(blocks.map((b) => b.realised)),
    baseYear,
    currentPace: sum(blocks.map((b) => b.currentPace)),
    paceSource: mode,
    scenarioPace: sum(blocks.map((b) => b.scenarioPace)),
    projected2030,
    gap2030: target - projected2030,
    shortfall2030: sum(blocks.map((b) => b.shortfall2030)),
    surplus2030: sum(blocks.map((b) => b.surplus2030)),
    requiredPace: sum(blocks.map((b) => b.requiredPace)),
    catchUpYear: catchUpYears.some((y) => y === null) ? null : Math.max(...(catchUpYears as number[])),
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
    shortfall2030: sum(blocks.map((b) => b.shortfall2030)),
    surplus2030: sum(blocks.map((b) => b.surplus2030)),
    requiredPace: sum(blocks.map((b) => b.requiredPace)),
  };
}

/**
 * Per type and in total: need, supply and the net gap summed; shortfall and surplus summed from
 * the gemeenten's own (sumTypes), so they never net out. The required share is the region's
 * new build that would have to be suitable: Σ newBuildNeed / Σ newBuild, capped at 100 %.
 */
export function regionElderly(states: ElderlyState[]): RegionResult['elderly'] {
  if (states.length === 0) return null;
  const blocks = states.map((s) => s.block);
  const perType = Object.fromEntries(HOUSING_TYPES.map((t) => [t, sumTypes(blocks.map((b) => b[t]))])) as Record<HousingType, TypeBlock>;
  const newBuild = sum(blocks.map((b) => b.newBuild));
  const newBuildNeed = sum(blocks.map((b) => b.newBuildNeed));
  const { requiredShare, above100 } = shareRequired(newBuildNeed, newBuild);
  return { ...perType, total: sumTypes(blocks.map((b) => b.total)), newBuild, newBuildNeed, requiredShare, requiredShareAbove100: above100 };
}

/** `vacanciesPerYear`: the social-rent homes that come free each year in the region (null: not in the data). */
export function regionAandachtsgroepen(blocks: AandachtsgroepenBlock[], vacanciesPerYear: number | null = null): RegionAandachtsgroepenBlock {
  const taskPerYear = sum(blocks.map((b) => b.taskPerYear));
  return {
    weight: sum(blocks.map((b) => b.weight)),
    taskPerYear,
    taskCumulative: sum(blocks.map((b) => b.taskCumulative)),
    placements: regionPlacements(blocks.map((b) => b.placements)),
    vacancies: vacancyShare(taskPerYear, vacanciesPerYear),
  };
}
