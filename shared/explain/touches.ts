import type { Result } from '../result/schema';
import type { Warning, WarningCode } from '../engine/warnings';
import { refsOf, type Expr } from './expr';

/**
 * Which warnings touch a figure: those about its block (programme, affordable, elderly,
 * aandachtsgroepen, ledger), for its gemeente (or, for a region figure, any gemeente), and any that name a
 * dataset figure the derivation uses (a scenario's replaced figure).
 */
const BLOCKS: Record<WarningCode, readonly string[]> = {
  realisedSplitEstimated: ['programme', 'affordable'],
  affordableLowerBound: ['affordable'],
  needSourcesDisagree: ['elderly'],
  pipelineEmpty: ['programme', 'affordable', 'elderly'],
  pipelinePartial: ['programme', 'affordable', 'elderly'],
  dataOverride: [],
  dataOverrideUnknown: [],
  aandachtsgroepenNoLevel: ['aandachtsgroepen', 'aandachtsgroepenDemand'],
  aandachtsgroepenNoRampStart: ['aandachtsgroepen', 'aandachtsgroepenDemand'],
  // The ledger's fair shares use the same readers of the key's data.
  weightDataMissing: ['aandachtsgroepen', 'ledger'],
  weightsZero: ['aandachtsgroepen'],
  customWeightMissing: ['aandachtsgroepen'],
  noProgramme: ['programme', 'affordable'],
  realisationDuplicate: ['programme', 'affordable', 'elderly'],
  realisationOverlap: ['programme', 'affordable', 'elderly'],
  realisationInconsistent: ['programme', 'affordable', 'elderly'],
  realisationGap: ['programme', 'affordable', 'elderly'],
  affordableCappedByTotal: ['affordable'],
  elderlyNeedMissing: ['elderly'],
  requiredShareAbove100: ['elderly.requiredShare', 'elderly.newBuild', 'elderly.newBuildNeed'],
  settingWithoutEffect: ['programme', 'elderly'],
  customPaceOverriddenByProjects: ['programme', 'affordable', 'elderly'],
  projectBeforeBaseYear: ['programme', 'affordable', 'elderly'],
  // The norms monitor's (issue 10 part 5).
  normZeroDenominator: ['norms'],
  ledgerWeightsZero: ['ledger'],
  ledgerCustomWeightMissing: ['ledger'],
  ledgerNoInhabitants: ['ledger'],
  placementUnknownType: ['ledger'],
  placementUnknownGemeente: ['ledger'],
  placementAfterHorizon: ['ledger'],
  placementBeforeMeasurement: ['ledger'],
  placementRemovesMore: ['ledger'],
};

export function warningsFor(result: Result, where: string, path: string, formula: Expr): Warning[] {
  const figureIds = new Set(refsOf(formula).flatMap((n) => (n.ref?.kind === 'figure' ? [n.ref.figureId] : [])));
  return ([...result.warnings, ...result.ledger.warnings, ...result.norms.warnings] as Warning[]).filter((w) => {
    if (w.code === 'dataOverride') return figureIds.has(w.params.figureId);
    const aboutHere = where === 'regio' || w.gemeente === undefined || w.gemeente === where;
    return aboutHere && BLOCKS[w.code].some((b) => path === b || path.startsWith(`${b}.`));
  });
}
