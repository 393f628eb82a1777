import { z } from 'zod';
import { codedSchema, type Coded } from '../i18n/coded';
import { HousingType } from '../scenario/schema';

/**
 * Every caveat the engine can attach to a result, with the facts it carries. The wording is in
 * the catalogue (shared/i18n/texts/warnings.ts), one text per code and language. A warning about
 * one gemeente carries its name in `params.gemeente` and its code beside the message.
 */
const name = z.string();
const year = z.number().int();
const perGemeente = <T extends z.ZodRawShape>(shape: T) => z.object({ gemeente: name, ...shape }).strict();
const regional = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

export const WARNINGS = {
  // About the data behind the whole result.
  realisedSplitEstimated: regional({ years: z.array(year) }),
  affordableLowerBound: regional({}),
  needSourcesDisagree: regional({ type: HousingType, tableSum: z.number(), text: z.number(), used: z.enum(['gemeenteTabel', 'regioTekst']) }),
  pipelineEmpty: regional({}),
  /** Pipeline mode, but the register has projects (after the base year) for only some gemeenten. */
  pipelinePartial: regional({ withProjects: z.array(name), onTrend: z.array(name), onCustomPace: z.array(name) }),
  dataOverride: regional({ figureId: z.string(), value: z.number(), original: z.number().nullable(), document: z.string(), place: z.string() }),
  dataOverrideUnknown: regional({ figureId: z.string() }),
  // Aandachtsgroepen (MODEL §5.3).
  aandachtsgroepenNoLevel: regional({}),
  aandachtsgroepenNoRampStart: regional({}),
  weightDataMissing: perGemeente({ missing: z.enum(['population', 'populationOrSocialRent']) }),
  weightsZero: regional({}),
  customWeightMissing: perGemeente({}),
  // Per gemeente: programme (§5.1) and elderly housing (§5.2).
  noProgramme: perGemeente({}),
  realisationDuplicate: perGemeente({ year }),
  realisationOverlap: perGemeente({ from: year, to: year }),
  realisationInconsistent: perGemeente({ from: year, to: year, total: z.number(), yearly: z.number() }),
  realisationGap: perGemeente({ year }),
  affordableCappedByTotal: perGemeente({ required: z.number(), total: z.number() }),
  elderlyNeedMissing: perGemeente({ type: HousingType }),
  requiredShareAbove100: perGemeente({ needed: z.number(), newBuild: z.number(), year }),
  // Norms monitor (issue 10 part 5): a share whose denominator is 0 is no share (null), and says so.
  normZeroDenominator: perGemeente({ normLabel: name, normLabelEn: name, measure: z.enum(['programme', 'scenario', 'realised']) }),
  // Settings the scenario makes that cannot count, said rather than ignored.
  settingWithoutEffect: perGemeente({ setting: z.enum(['customPace', 'paceMultiplier', 'newBuildShare', 'existingStock']), reason: z.enum(['noProgramme', 'noNeed']) }),
  customPaceOverriddenByProjects: perGemeente({ pace: z.number(), projects: z.number().int() }),
  projectBeforeBaseYear: perGemeente({ project: name, year, baseYear: year }),
  // Solidarity ledger (§5.4).
  ledgerWeightsZero: regional({}),
  ledgerCustomWeightMissing: perGemeente({}),
  ledgerNoInhabitants: perGemeente({}),
  placementUnknownType: regional({ placement: name, type: z.string() }),
  placementUnknownGemeente: regional({ placement: name, code: z.string() }),
  placementAfterHorizon: regional({ placement: name, year, horizon: year }),
  placementBeforeMeasurement: regional({ placement: name, year, measured: year }),
  placementRemovesMore: perGemeente({ placement: name, units: z.number(), present: z.number() }),
};
export type WarningCode = keyof typeof WARNINGS;
export type WarningMessage = Coded<typeof WARNINGS>;
/** A warning as it crosses a boundary; `gemeente` is the code of the gemeente it is about. */
export const WarningSchema = codedSchema(WARNINGS, { gemeente: z.string().regex(/^GM\d{4}$/).optional() });
export type Warning = WarningMessage & { gemeente?: string };

/** The params of a per-gemeente warning, without the name (the caller that knows the gemeente adds it). */
export type GemeenteWarning = { [C in WarningCode]: 'gemeente' extends keyof z.infer<(typeof WARNINGS)[C]> ? { code: C; params: Omit<z.infer<(typeof WARNINGS)[C]>, 'gemeente'> } : never }[WarningCode];
