import type { PlacementsBalance, RegionAandachtsgroepenBlock } from '../result/schema';
import type { Demand } from './aandachtsgroepen';

/**
 * Realised placements against the task (MODEL §5.3): over the years with placement data only,
 * placed Σ p(y) against task Σ D(y) × w. A year without data is unknown, so neither its
 * placements nor its task count; a year with data but no demand (before startYear) has task 0.
 * Null without any data: no figure is ever made up as 0.
 */
export function placementsBalance(placements: readonly { year: number; households: number }[], demand: Demand, weight: number): PlacementsBalance | null {
  if (placements.length === 0) return null;
  const demandIn = new Map(demand.map((d) => [d.year, d.homes]));
  const years = placements.map((p) => p.year);
  const placedCumulative = placements.reduce((s, p) => s + p.households, 0);
  const taskToDate = placements.reduce((s, p) => s + (demandIn.get(p.year) ?? 0) * weight, 0);
  const balance = placedCumulative - taskToDate;
  return { from: Math.min(...years), to: Math.max(...years), placedCumulative, taskToDate, balance, shortfall: Math.max(0, -balance), surplus: Math.max(0, balance) };
}

/** The region's: sums over the gemeenten with data, shortfall and surplus summed apart (never netted). */
export function regionPlacements(blocks: readonly (PlacementsBalance | null)[]): PlacementsBalance | null {
  const known = blocks.filter((b): b is PlacementsBalance => b !== null);
  if (known.length === 0) return null;
  const sum = (f: (b: PlacementsBalance) => number) => known.reduce((s, b) => s + f(b), 0);
  const placedCumulative = sum((b) => b.placedCumulative);
  const taskToDate = sum((b) => b.taskToDate);
  return {
    from: Math.min(...known.map((b) => b.from)),
    to: Math.max(...known.map((b) => b.to)),
    placedCumulative,
    taskToDate,
    balance: placedCumulative - taskToDate,
    shortfall: sum((b) => b.shortfall),
    surplus: sum((b) => b.surplus),
  };
}

/** What the region's yearly task takes of the social-rent homes that come free each year (003: about 1 400). */
export function vacancyShare(taskPerYear: number, vacanciesPerYear: number | null): RegionAandachtsgroepenBlock['vacancies'] {
  if (vacanciesPerYear === null || vacanciesPerYear <= 0) return null;
  return { perYear: vacanciesPerYear, taskShare: taskPerYear / vacanciesPerYear };
}
