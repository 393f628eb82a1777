import type { AandachtsgroepenBlock, AffordableBlock, PaceSource, PathPoint, ProgrammeBlock, RegionAandachtsgroepenBlock, RegionResult } from '../result/schema';
import type { ElderlyState } from './elderly';
import { shareRequired, sumTypes } from './elderly';
import { targetPathAt, type ProgrammeState } from './programme';
import { regionPlacements, vacancyShare } from './placements';

/** Σ f(item) in order, from 0 (as `items.map(f).reduce((a, b) => a + b, 0)`, without the array). */
function sumOf<T>(items: readonly T[], f: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += f(item);
  return total;
}

/** Region = the same blocks summed over the gemeenten that have them (MODEL.md §6). */
export function regionProgramme(states: ProgrammeState[], start: number, end: number, mode: PaceSource): ProgrammeBlock | null {
  if (states.length === 0) return null;
  const blocks = states.map((s) => s.block);
  const target = sumOf(blocks, (b) => b.target);
  // The region's realisation is known up to the earliest baseYear of its gemeenten.
  let baseYear = Infinity;
  for (const b of blocks) baseYear = Math.min(baseYear, b.baseYear);
  const projectedAt = (y: number) => sumOf(states, (s) => s.projectedAt(y));
  // A year's realisation is estimated in the region where it is in any of its gemeenten.
  const estimated = new Set<number>();
  for (const b of blocks) for (const p of b.path) if (p.realisedEstimated) estimated.add(p.year);
  const first = blocks[0]?.path ?? [];
  const path: PathPoint[] = [];
  for (const { year } of first) {
    path.push({
      year,
      target: targetPathAt(target, start, end, year),
      realised: year <= baseYear ? projectedAt(year) : null,
      realisedEstimated: estimated.has(year),
      projected: year >= baseYear ? projectedAt(year) : null,
    });
  }
  const projected2030 = sumOf(blocks, (b) => b.projected2030);
  // The Woondeal is an agreement per gemeente: the region is done when every gemeente is, so
  // neither its shortfall nor its catch-up year lets one gemeente's surplus cover another's gap.
  let catchUpYear: number | null = -Infinity;
  for (const b of blocks) catchUpYear = b.catchUpYear === null || catchUpYear === null ? null : Math.max(catchUpYear, b.catchUpYear);
  return {
    target,
    realised: sumOf(blocks, (b) => b.realised),
    baseYear,
    currentPace: sumOf(blocks, (b) => b.currentPace),
    paceSource: mode,
    scenarioPace: sumOf(blocks, (b) => b.scenarioPace),
    projected2030,
    gap2030: target - projected2030,
    shortfall2030: sumOf(blocks, (b) => b.shortfall2030),
    surplus2030: sumOf(blocks, (b) => b.surplus2030),
    requiredPace: sumOf(blocks, (b) => b.requiredPace),
    catchUpYear,
    path,
  };
}

export function regionAffordable(blocks: AffordableBlock[]): AffordableBlock | null {
  if (blocks.length === 0) return null;
  const target = sumOf(blocks, (b) => b.target);
  const projected2030 = sumOf(blocks, (b) => b.projected2030);
  return {
    target,
    realised: sumOf(blocks, (b) => b.realised),
    realisedIsLowerBound: true,
    scenarioPace: sumOf(blocks, (b) => b.scenarioPace),
    projected2030,
    gap2030: target - projected2030,
    shortfall2030: sumOf(blocks, (b) => b.shortfall2030),
    surplus2030: sumOf(blocks, (b) => b.surplus2030),
    requiredPace: sumOf(blocks, (b) => b.requiredPace),
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
  const newBuild = sumOf(blocks, (b) => b.newBuild);
  const newBuildNeed = sumOf(blocks, (b) => b.newBuildNeed);
  const { requiredShare, above100 } = shareRequired(newBuildNeed, newBuild);
  return {
    nultreden: sumTypes(blocks.map((b) => b.nultreden)),
    geclusterd: sumTypes(blocks.map((b) => b.geclusterd)),
    zorggeschikt: sumTypes(blocks.map((b) => b.zorggeschikt)),
    total: sumTypes(blocks.map((b) => b.total)),
    newBuild,
    newBuildNeed,
    requiredShare,
    requiredShareAbove100: above100,
  };
}

/** `vacanciesPerYear`: the social-rent homes that come free each year in the region (null: not in the data). */
export function regionAandachtsgroepen(blocks: AandachtsgroepenBlock[], vacanciesPerYear: number | null = null): RegionAandachtsgroepenBlock {
  const taskPerYear = sumOf(blocks, (b) => b.taskPerYear);
  return {
    weight: sumOf(blocks, (b) => b.weight),
    taskPerYear,
    taskCumulative: sumOf(blocks, (b) => b.taskCumulative),
    placements: regionPlacements(blocks.map((b) => b.placements)),
    vacancies: vacancyShare(taskPerYear, vacanciesPerYear),
  };
}
