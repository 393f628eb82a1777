import type { Dataset } from '../dataset/schema';
import type { Scenario } from '../scenario/schema';
import type { AffordableBlock, GemeenteResult, RegionResult, Result } from '../result/schema';
import type { GemeenteWarning, Warning } from './warnings';
import { computeAandachtsgroepen, regionalDemand } from './aandachtsgroepen';
import { computeElderly, type ElderlyState } from './elderly';
import { extractInputs, type EngineInputs } from './inputs';
import { computeAffordable, computeProgramme, hasProgramme, type ProgrammeState } from './programme';
import { regionAandachtsgroepen, regionAffordable, regionElderly, regionProgramme } from './region';
import { datasetWarnings } from './datasetWarnings';
import { computeLedger } from './ledger';
import { computeNorms } from './norms';
import { applyDataOverrides } from './dataOverrides';
import { settingsWithoutEffect } from './settingsWithoutEffect';

type Extracted = { gemeenten: Dataset['gemeenten']; projects: Dataset['projects']; inputs: EngineInputs };
const extracted = new WeakMap<Dataset['figures'], Extracted>();

/**
 * The engine's inputs of a dataset, read once per dataset: a scenario edited and run again on the
 * same data reads nothing again. Kept beside the figure list, as the figure index is
 * (figureIndex.ts: datasets are never changed in place), and only for the same gemeenten and
 * projects, the other two things extractInputs reads. The engine never changes its inputs.
 */
function inputsOf(ds: Dataset): EngineInputs {
  const kept = extracted.get(ds.figures);
  if (kept && kept.gemeenten === ds.gemeenten && kept.projects === ds.projects) return kept.inputs;
  const inputs = extractInputs(ds);
  extracted.set(ds.figures, { gemeenten: ds.gemeenten, projects: ds.projects, inputs });
  return inputs;
}

/**
 * MODEL.md §5.1–5.3: a pure function from (dataset, scenario) to the result of §6.
 * No I/O, no clock, no randomness: the same call gives the same answer everywhere.
 */
export function runScenario(ds: Dataset, scenario: Scenario, prepared?: EngineInputs): Result {
  const params = scenario.params;
  const warnings: Warning[] = [];
  const hasOverrides = Object.keys(params.dataOverrides).length > 0;
  const effective = hasOverrides ? applyDataOverrides(ds, params.dataOverrides, (w) => warnings.push(w)) : ds;
  const inputs = prepared && !hasOverrides ? prepared : inputsOf(effective);
  // The gemeente's name goes into the warning's own params, after its facts: each warning is a
  // fresh object made for this call, and copying hundreds of them into new objects cost more than the rest.
  const warnFor = (code: string, name: string) => (w: GemeenteWarning) => {
    (w.params as Record<string, unknown>).gemeente = name;
    warnings.push({ code: w.code, params: w.params, gemeente: code } as Warning);
  };

  const programmes: ProgrammeState[] = [];
  const elderlyStates: ElderlyState[] = [];
  const demand = regionalDemand(inputs, params, (w) => warnings.push(w));
  const tasks = computeAandachtsgroepen(inputs, params, demand, (w) => warnings.push(w));

  const gemeenten: GemeenteResult[] = inputs.gemeenten.map((g) => {
    const warn = warnFor(g.code, g.name);
    const programme = hasProgramme(g) ? computeProgramme(g, params, warn) : null;
    if (!programme) warn({ code: 'noProgramme', params: {} });
    else programmes.push(programme);
    const elderly = computeElderly(g, inputs, params, programme, warn);
    if (elderly) elderlyStates.push(elderly);
    for (const w of settingsWithoutEffect(g.code, params, programme !== null, elderly !== null)) warn(w);
    return {
      code: g.code,
      name: g.name,
      programme: programme?.block ?? null,
      affordable: programme ? computeAffordable(g, programme, params, warn) : null,
      elderly: elderly?.block ?? null,
      aandachtsgroepen: tasks.get(g.code) ?? { weight: 0, taskPerYear: 0, taskCumulative: 0, placements: null },
    };
  });

  const affordable: AffordableBlock[] = [];
  const coverage: RegionResult['coverage'] = { programme: [], elderly: [], aandachtsgroepen: [] };
  for (const g of gemeenten) {
    if (g.affordable) affordable.push(g.affordable);
    if (g.programme) coverage.programme.push(g.code);
    if (g.elderly) coverage.elderly.push(g.code);
    if (g.aandachtsgroepen.weight > 0) coverage.aandachtsgroepen.push(g.code);
  }
  const region = {
    programme: regionProgramme(programmes, inputs.programmeStart, inputs.programmeEnd, params.programme.paceMode),
    affordable: regionAffordable(affordable),
    elderly: regionElderly(elderlyStates),
    aandachtsgroepen: regionAandachtsgroepen(gemeenten.map((g) => g.aandachtsgroepen), inputs.region.socialRentVacancies),
    coverage,
  };

  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    horizon: params.horizon,
    baseYear: region.programme?.baseYear ?? inputs.programmeStart - 1,
    programmeStart: inputs.programmeStart,
    programmeEnd: inputs.programmeEnd,
    aandachtsgroepenDemand: demand,
    warnings: [...datasetWarnings(inputs, gemeenten, params), ...warnings],
    gemeenten,
    region,
    ledger: computeLedger(effective, params, inputs.gemeenten),
    // The norms monitor applies the scenario's data overrides itself, so it takes the dataset as given.
    norms: computeNorms(ds, params, { programmeEnd: inputs.programmeEnd, gemeenten }),
  };
}
