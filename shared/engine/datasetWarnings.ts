import type { GemeenteResult } from '../result/schema';
import { HOUSING_TYPES, type ScenarioParams } from '../scenario/schema';
import type { EngineInputs } from './inputs';
import type { Warning } from './warnings';

/** Caveats about the data behind this result, worded for the analyst reading it. */
export function datasetWarnings(inputs: EngineInputs, gemeenten: GemeenteResult[], params: ScenarioParams): Warning[] {
  const warnings: Warning[] = [];
  const estimatedYears = [...new Set(gemeenten.flatMap((g) => g.programme?.path.filter((p) => p.realisedEstimated).map((p) => p.year) ?? []))].sort();
  if (estimatedYears.length > 0) {
    warnings.push({ code: 'realisedSplitEstimated', params: { years: estimatedYears } });
  }
  if (gemeenten.some((g) => g.affordable)) {
    warnings.push({ code: 'affordableLowerBound', params: {} });
  }
  for (const t of HOUSING_TYPES) {
    const text = inputs.region.needText[t];
    const tableSum = inputs.region.needTableSum[t];
    if (text === null || Math.abs(text - tableSum) < 0.5) continue;
    warnings.push({ code: 'needSourcesDisagree', params: { type: t, tableSum, text, used: params.elderly.needSource } });
  }
  if (params.programme.paceMode === 'pipeline' && inputs.gemeenten.every((g) => g.projects.length === 0)) {
    warnings.push({ code: 'pipelineEmpty', params: {} });
  }
  return warnings;
}
