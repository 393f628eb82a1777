import type { ResultColumnId } from '../result/table';
import type { GlossaryTermId } from './help';

/**
 * The glossary term that says what a result column holds, for the "?" beside its header (and
 * any other place that explains a column). A column without a term here gets no "?".
 */
export const COLUMN_TERM: Partial<Record<ResultColumnId, GlossaryTermId>> = {
  gemeente: 'gemeente',
  target: 'bouwprogramma',
  realised: 'realisatie',
  baseYear: 'basisjaar',
  currentPace: 'huidigTempo',
  scenarioPace: 'scenarioTempo',
  projected2030: 'prognose',
  shortfall2030: 'tekort',
  surplus2030: 'voorOpSchema',
  gap2030: 'nettoSaldo',
  requiredPace: 'benodigdTempo',
  catchUpYear: 'inhaaljaar',
  affordableTarget: 'laagEnMidden',
  affordableRealised: 'smApp',
  affordableScenarioPace: 'scenarioTempo',
  affordableProjected2030: 'prognose',
  affordableShortfall2030: 'tekort',
  affordableSurplus2030: 'voorOpSchema',
  affordableGap2030: 'nettoSaldo',
  elderlyShortfall: 'behoefteOuderen',
  elderlySurplus: 'voorOpSchema',
  elderlyGap: 'nettoSaldo',
  elderlyNewBuild: 'benodigdAandeel',
  elderlyNewBuildNeed: 'benodigdAandeel',
  requiredShare: 'benodigdAandeel',
  aandachtsWeight: 'verdeelsleutel',
  aandachtsPerYear: 'aandachtsgroepen',
  aandachtsCumulative: 'aandachtsgroepen',
};
