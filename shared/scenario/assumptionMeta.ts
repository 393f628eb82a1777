/**
 * What the scenario schema says about each assumption beyond its type, range and default (which
 * zod already knows): where the editor shows it, which part of the method it belongs to, how it
 * is entered, and which words in the catalogue describe it (shared/i18n/texts/assumptions.ts).
 * Attached with `.meta(assumption({...}))` as the outermost call on a field of ScenarioParams;
 * shared/scenario/assumptions.ts reads it back.
 */
export const SECTIONS = ['programma', 'pijplijn', 'ouderen', 'aandachtsgroepen', 'solidariteit', 'algemeen'] as const;
export type Section = (typeof SECTIONS)[number];

/** The catalogue entry with the label and explanation (shared/i18n/texts/assumptions.ts). */
export type AssumptionTextKey =
  | 'horizon'
  | 'dataOverrides'
  | 'paceMode'
  | 'paceMultiplier'
  | 'customPace'
  | 'completionProbability'
  | 'needSource'
  | 'needSourceByType'
  | 'newBuildShareNultreden'
  | 'newBuildShareGeclusterd'
  | 'newBuildShareZorggeschikt'
  | 'existingStockPerYear'
  | 'aandachtsgroepenPerYear'
  | 'startYear'
  | 'demandMode'
  | 'fairShareKey'
  | 'excluded'
  | 'solidarityKey'
  | 'facilityTypeWeights'
  | 'placements';

/** The unit shown beside a number (catalogue: assumptions.unit). */
export type AssumptionUnit = 'year' | 'times' | 'homesPerYear' | 'percent' | 'none';
/** The option labels of a choice (catalogue: terms). */
export type OptionLabels = 'paceMode' | 'needSource' | 'needSourceByType' | 'demandMode' | 'fairShareKey';

export type AssumptionMeta = {
  section: Section;
  /** The part of MODEL.md it implements, e.g. "§5.1". */
  method: string;
  text: AssumptionTextKey;
  /** Passed to the text (the project status of a completion probability). */
  textArg?: string;
  unit: AssumptionUnit;
  /** How a number is entered: a share (0–1, shown as %), a year, or a plain number in steps of `step`. */
  entry?: { as: 'share' } | { as: 'year' } | { as: 'number'; step: number };
  options?: OptionLabels;
  /**
   * The per-gemeente variant: the key of the record beside it (same parent), or 'self' when the
   * assumption is itself only per gemeente (custom pace).
   */
  perGemeente?: string;
  /** How a per-gemeente number is entered, when it differs from the general value. */
  perGemeenteEntry?: { as: 'share' } | { as: 'number'; step: number };
  /** This number can carry a low / likely / high range (MODEL §5.6), and the range it is offered first. */
  range?: RangeDefault;
  /** This choice can be left open: each option drawn with a weight the analyst sets (MODEL §5.6). */
  alternatives?: true;
};

/** Why the default range is what it is (worded in the catalogue at `uncertaintyEditor.range.basis`). */
export type RangeBasis = 'paceTwoYears' | 'estimatedFigure' | 'newBuildShare' | 'completionProbability';

/**
 * The range offered when the analyst gives an assumption a bandwidth: `relative` multiplies the
 * likely value (a pace factor × 0,75–1,25), `spread` adds and subtracts (a share ± 10 points);
 * both stay inside the assumption's own bounds. `likelyFromData`: a null value means the dataset's
 * figure (245 homes a year), which is then the likely value.
 */
export type RangeDefault = ({ relative: readonly [number, number] } | { spread: number }) & { basis: RangeBasis; likelyFromData?: true };

/** `.meta(assumption({...}))` on a field of ScenarioParams. */
export function assumption(meta: AssumptionMeta): { assumption: AssumptionMeta } {
  return { assumption: meta };
}
