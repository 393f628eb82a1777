import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import '../validation/dutchIssues';

/**
 * The scenario: every assumption of MODEL.md §5.1–5.3. Blocks per method section, so the
 * solidarity ledger (§5.4), pipeline (§5.5) and uncertainty (§5.6) arrive as new optional
 * blocks and new pace modes without changing the existing ones. Every field has a default,
 * so `{}` is the basis scenario and a stored scenario stays valid when a block is added.
 */

const share = z.number().min(0).max(1);
const homes = z.number().min(0).max(1_000_000);
const perGemeente = <T extends z.ZodType>(value: T) => z.record(GemeenteCode, value).default({});

export const PaceMode = z.enum(['trend', 'programme', 'custom', 'pipeline']);
export type PaceMode = z.infer<typeof PaceMode>;

export const HousingType = z.enum(['nultreden', 'geclusterd', 'zorggeschikt']);
export type HousingType = z.infer<typeof HousingType>;
export const HOUSING_TYPES = HousingType.options;

const PerType = <T extends z.ZodType>(value: T) =>
  z.object({ nultreden: value, geclusterd: value, zorggeschikt: value }).strict();
const PartialPerType = <T extends z.ZodType>(value: T) =>
  z.object({ nultreden: value.optional(), geclusterd: value.optional(), zorggeschikt: value.optional() }).strict();

export const ProgrammeParams = z
  .object({
    /** §5.1 pace mode. */
    paceMode: PaceMode.default('trend'),
    /** trend: scenarioPace = currentPace × multiplier. */
    paceMultiplier: z.number().min(0).max(5).default(1),
    paceMultiplierByGemeente: perGemeente(z.number().min(0).max(5)),
    /** custom: homes per year per gemeente; a gemeente without a number keeps its current pace. */
    customPace: perGemeente(z.number().min(0).max(100_000)),
  })
  .strict();

export const ElderlyParams = z
  .object({
    /** Which need figures: the per-gemeente table (default) or the regional text totals spread pro rata. */
    needSource: z.enum(['gemeenteTabel', 'regioTekst']).default('gemeenteTabel'),
    needOverrides: perGemeente(PartialPerType(homes)),
    /** Share of new build suitable as each type; null for nultreden = historic share S+M app / realised. */
    newBuildShare: z
      .object({ nultreden: share.nullable().default(null), geclusterd: share.default(0), zorggeschikt: share.default(0) })
      .strict()
      .default({ nultreden: null, geclusterd: 0, zorggeschikt: 0 }),
    newBuildShareByGemeente: perGemeente(PartialPerType(share)),
    /** Homes per year made suitable in the existing stock (transformation, doorstroming). */
    existingStockPerYear: perGemeente(PartialPerType(z.number().min(0).max(100_000))),
  })
  .strict();

/**
 * MODEL.md §5.5: the chance that a project of each status is completed in its expected year.
 * Assumptions, not data: editable and labelled as such.
 */
export const PipelineParams = z
  .object({
    probability: z
      .object({
        idee: share.default(0.1),
        planvorming: share.default(0.3),
        vastgesteld: share.default(0.6),
        vergund: share.default(0.8),
        'in aanbouw': share.default(0.95),
        opgeleverd: share.default(1),
      })
      .strict()
      .default({ idee: 0.1, planvorming: 0.3, vastgesteld: 0.6, vergund: 0.8, 'in aanbouw': 0.95, opgeleverd: 1 }),
  })
  .strict();

export const FairShareKey = z.enum(['population', 'equal', 'socialRent', 'custom']);
export type FairShareKey = z.infer<typeof FairShareKey>;

export const AandachtsgroepenParams = z
  .object({
    /** Homes per year for the region; null = the dataset figure (004: ~245). */
    perYear: z.number().min(0).max(100_000).nullable().default(null),
    startYear: z.number().int().min(2022).max(2040).default(2025),
    /** flat: perYear from startYear; ramp: linear from the 2022 outflow (107) to perYear in 2030. */
    demandMode: z.enum(['flat', 'ramp']).default('flat'),
    fairShareKey: FairShareKey.default('population'),
    customWeights: perGemeente(z.number().min(0).max(1_000_000)),
    excluded: z.array(GemeenteCode).default([]),
  })
  .strict();

export const ScenarioParams = z
  .object({
    horizon: z.number().int().min(2030).max(2040).default(2030),
    /**
     * Scenario-level alternatives for dataset figures, by figure id (e.g. Wijdemeren laag en
     * midden 330 instead of the printed 320): where the sources contradict themselves the printed
     * figure stays the default and a scenario can choose the other reading (MODEL.md §4).
     */
    dataOverrides: z.record(z.string().min(1), z.number().min(0).max(100_000_000)).default({}),
    programme: ProgrammeParams.default(ProgrammeParams.parse({})),
    elderly: ElderlyParams.default(ElderlyParams.parse({})),
    aandachtsgroepen: AandachtsgroepenParams.default(AandachtsgroepenParams.parse({})),
    pipeline: PipelineParams.default(PipelineParams.parse({})),
  })
  .strict();
export type ScenarioParams = z.infer<typeof ScenarioParams>;
export type ScenarioParamsInput = z.input<typeof ScenarioParams>;

export const ScenarioId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'Een scenario-id bestaat uit kleine letters, cijfers en streepjes.' });

export const ScenarioName = z.string().trim().min(1, { message: 'Geef het scenario een naam.' }).max(120);

export const Scenario = z
  .object({
    id: ScenarioId,
    name: ScenarioName,
    description: z.string().max(2000).default(''),
    params: ScenarioParams,
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;

/** The file format of `scenario export` / `scenario import`. */
export const ScenarioFile = z
  .object({
    format: z.literal('woonzorgverkenner-scenario'),
    formatVersion: z.literal(1),
    scenario: z
      .object({ id: ScenarioId.optional(), name: ScenarioName, description: z.string().max(2000).default(''), params: ScenarioParams })
      .strict(),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioFile>;

export const defaultParams = (): ScenarioParams => ScenarioParams.parse({});
export { PerType };
