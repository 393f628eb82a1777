import type { Project, ProjectHomes } from '../projects/schema';
import type { ScenarioParams } from '../scenario/schema';

/**
 * MODEL.md §5.5: new build per year from the project register, each project weighted by the
 * realisation probability of its status. Projects expected in or before the base year are
 * already in the realisation figures and are not counted again.
 */
export function weightedHomes(projects: readonly Project[], params: ScenarioParams, year: number, category: keyof ProjectHomes = 'total'): number {
  let sum = 0;
  for (const p of projects) {
    if (p.completionYear === year) sum += params.pipeline.probability[p.status] * p.homes[category];
  }
  return sum;
}

/** Weighted homes of one category completing in (from, to]. */
export function weightedHomesBetween(projects: readonly Project[], params: ScenarioParams, from: number, to: number, category: keyof ProjectHomes = 'total'): number {
  let sum = 0;
  for (const p of projects) {
    if (p.completionYear > from && p.completionYear <= to) sum += params.pipeline.probability[p.status] * p.homes[category];
  }
  return sum;
}
