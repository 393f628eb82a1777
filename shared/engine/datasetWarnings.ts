import type { GemeenteResult } from '../result/schema';
import { HOUSING_TYPES, needSourceOf, type ScenarioParams } from '../scenario/schema';
import type { EngineInputs } from './inputs';
import type { Warning } from './warnings';

/** Caveats about the data behind this result, worded for the analyst reading it. */
export function datasetWarnings(inputs: EngineInputs, gemeenten: GemeenteResult[], params: ScenarioParams): Warning[] {
  const warnings: Warning[] = [];
  const estimated = new Set<number>();
  for (const g of gemeenten) for (const p of g.programme?.path ?? []) if (p.realisedEstimated) estimated.add(p.year);
  const estimatedYears = [...estimated].sort();
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
    warnings.push({ code: 'needSourcesDisagree', params: { type: t, tableSum, text, used: needSourceOf(params.elderly, t) } });
  }
  if (params.programme.paceMode === 'pipeline') {
    const withProgramme = gemeenten.filter((g) => g.programme);
    const fromProjects = withProgramme.filter((g) => g.programme?.paceSource === 'pipeline');
    if (fromProjects.length === 0) warnings.push({ code: 'pipelineEmpty', params: {} });
    else if (fromProjects.length < withProgramme.length) {
      const on = (source: string) => withProgramme.filter((g) => g.programme?.paceSource === source).map((g) => g.name);
      warnings.push({ code: 'pipelinePartial', params: { withProjects: fromProjects.map((g) => g.name), onTrend: on('trend'), onCustomPace: on('custom') } });
    }
  }
  return warnings;
}
