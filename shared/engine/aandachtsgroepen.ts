import type { ScenarioParams } from '../scenario/schema';
import type { AandachtsgroepenBlock } from '../result/schema';
import type { Warning } from './warnings';
import type { EngineInputs } from './inputs';
import { fairShareWeights } from './fairShare';
import { placementsBalance } from './placements';

export type Demand = { year: number; homes: number }[];

/** Regional demand D(y) for startYear..horizon (MODEL.md §5.3). */
export function regionalDemand(inputs: EngineInputs, params: ScenarioParams, warn: (w: Warning) => void): Demand {
  const p = params.aandachtsgroepen;
  const level = p.perYear ?? inputs.region.aandachtsgroepenPerYear;
  if (level === null) {
    warn({ code: 'aandachtsgroepenNoLevel', params: {} });
  }
  const L = level ?? 0;
  const outflow = inputs.region.outflow;
  if (p.demandMode === 'ramp' && outflow === null) {
    warn({ code: 'aandachtsgroepenNoRampStart', params: {} });
  }
  const rampEnd = inputs.programmeEnd;
  const demand: Demand = [];
  for (let y = p.startYear; y <= params.horizon; y++) {
    let homes = L;
    if (p.demandMode === 'ramp' && outflow !== null && y < rampEnd && rampEnd > outflow.year) {
      homes = y <= outflow.year ? outflow.value : outflow.value + ((L - outflow.value) * (y - outflow.year)) / (rampEnd - outflow.year);
    }
    demand.push({ year: y, homes });
  }
  return demand;
}

/** Fair-share weights normalised over the included gemeenten, each one's task, and its placements against it. */
export function computeAandachtsgroepen(
  inputs: EngineInputs,
  params: ScenarioParams,
  demand: Demand,
  warn: (w: Warning) => void,
): Map<string, AandachtsgroepenBlock> {
  const p = params.aandachtsgroepen;
  const weights = fairShareWeights(inputs.gemeenten, p.fairShareKey, p.customWeights, p.excluded, warn);
  if ([...weights.values()].every((w) => w <= 0)) warn({ code: 'weightsZero', params: {} });
  const atHorizon = demand.find((d) => d.year === params.horizon)?.homes ?? 0;
  const cumulative = demand.reduce((s, d) => s + d.homes, 0);
  return new Map(
    inputs.gemeenten.map((g) => {
      const weight = weights.get(g.code) ?? 0;
      return [g.code, { weight, taskPerYear: atHorizon * weight, taskCumulative: cumulative * weight, placements: placementsBalance(g.placements, demand, weight) }];
    }),
  );
}
