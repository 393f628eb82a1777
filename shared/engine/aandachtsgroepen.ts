import type { ScenarioParams } from '../scenario/schema';
import type { AandachtsgroepenBlock } from '../result/schema';
import type { Warning } from './warnings';
import type { EngineInputs, GemeenteInputs } from './inputs';

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

function rawWeight(g: GemeenteInputs, params: ScenarioParams, warn: (w: Warning) => void): number {
  const p = params.aandachtsgroepen;
  switch (p.fairShareKey) {
    case 'equal':
      return 1;
    case 'custom':
      if (p.customWeights[g.code] === undefined) warn({ code: 'customWeightMissing', params: { gemeente: g.name }, gemeente: g.code });
      return p.customWeights[g.code] ?? 0;
    case 'population':
      if (g.population === null) warn({ code: 'weightDataMissing', params: { gemeente: g.name, missing: 'population' }, gemeente: g.code });
      return g.population ?? 0;
    case 'socialRent':
      if (g.population === null || g.socialRentShare === null) {
        warn({ code: 'weightDataMissing', params: { gemeente: g.name, missing: 'populationOrSocialRent' }, gemeente: g.code });
        return 0;
      }
      return g.population * (g.socialRentShare / 100);
  }
}

/** Fair-share weights normalised over the included gemeenten, and each one's task. */
export function computeAandachtsgroepen(
  inputs: EngineInputs,
  params: ScenarioParams,
  demand: Demand,
  warn: (w: Warning) => void,
): Map<string, AandachtsgroepenBlock> {
  const excluded = new Set(params.aandachtsgroepen.excluded);
  const raw = new Map(inputs.gemeenten.map((g) => [g.code, excluded.has(g.code) ? 0 : rawWeight(g, params, warn)]));
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) warn({ code: 'weightsZero', params: {} });
  const atHorizon = demand.find((d) => d.year === params.horizon)?.homes ?? 0;
  const cumulative = demand.reduce((s, d) => s + d.homes, 0);
  return new Map(
    inputs.gemeenten.map((g) => {
      const weight = total > 0 ? (raw.get(g.code) ?? 0) / total : 0;
      return [g.code, { weight, taskPerYear: atHorizon * weight, taskCumulative: cumulative * weight }];
    }),
  );
}
