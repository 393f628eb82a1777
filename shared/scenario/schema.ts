import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import '../validation/dutchIssues';
import { PROJECT_STATUSES, type ProjectStatus } from '../projects/schema';
import { assumption } from './assumptionMeta';
import { uncertaintyIssues, UncertaintyParams } from './uncertainty';
import { sharesOver100, sharesOver100Path, sharesOver100Text } from './newBuildShares';
import { findUnsafeCharacter, noUnsafeCharacters, safeText, UNSAFE_CHARACTER, unsafeCharacterText } from '../validation/safeText';

/**
 * The scenario: every assumption of MODEL.md §5.1–5.3. Blocks per method section, so the
 * solidarity ledger (§5.4), pipeline (§5.5) and uncertainty (§5.6) arrive as new optional
 * blocks and new pace modes without changing the existing ones. Every field has a default,
 * so `{}` is the basis scenario and a stored scenario stays valid when a block is added.
 *
 * Each assumption is described here once: its type, range and default by zod, and the rest
 * (section, method, how it is entered, its words in the catalogue) by `.meta(assumption(…))`.
 * The editor, `--set`, `scenario show` and the exports' assumption tables all read it from here
 * (shared/scenario/assumptions.ts).
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
    paceMode: PaceMode.default('trend').meta(assumption({ section: 'programma', method: '§5.1', text: 'paceMode', unit: 'none', options: 'paceMode' })),
    /** trend: scenarioPace = currentPace × multiplier. */
    paceMultiplier: z
      .number()
      .min(0)
      .max(5)
      .default(1)
      .meta(assumption({ section: 'programma', method: '§5.1', text: 'paceMultiplier', unit: 'times', entry: { as: 'number', step: 0.05 }, perGemeente: 'programme.paceMultiplierByGemeente', range: { relative: [0.75, 1.25], basis: 'paceTwoYears' } })),
    paceMultiplierByGemeente: perGemeente(z.number().min(0).max(5)),
    /** custom: homes per year per gemeente; a gemeente without a number keeps its current pace. */
    customPace: perGemeente(z.number().min(0).max(100_000)).meta(
      assumption({ section: 'programma', method: '§5.1', text: 'customPace', unit: 'homesPerYear', entry: { as: 'number', step: 10 }, perGemeente: 'self' }),
    ),
  })
  .strict();

/** Where the elderly need comes from: the per-gemeente table, or the regional text figure spread pro rata over it. */
export const NeedSource = z.enum(['gemeenteTabel', 'regioTekst']);
export type NeedSource = z.infer<typeof NeedSource>;

/**
 * The need source of one housing type: 'algemeen' follows `needSource`, the others take that
 * source for this type only (e.g. the text's zorggeschikt 819 while nultreden and geclusterd keep
 * the table). An explicit default rather than an absent key, so every reader (editor, `--set`,
 * `scenario show`, the exports) words the unchanged choice as a choice.
 */
const needSourceOfType = (t: HousingType) =>
  z
    .enum(['algemeen', ...NeedSource.options])
    .default('algemeen')
    .meta(assumption({ section: 'ouderen', method: '§5.2', text: 'needSourceByType', textArg: t, unit: 'none', options: 'needSourceByType', alternatives: true }));

export const ElderlyParams = z
  .object({
    /** Which need figures: the per-gemeente table (default) or the regional text totals spread pro rata. */
    needSource: NeedSource.default('gemeenteTabel')
      .meta(assumption({ section: 'ouderen', method: '§5.2', text: 'needSource', unit: 'none', options: 'needSource', perGemeente: 'elderly.needOverrides', perGemeenteEntry: { as: 'number', step: 5 }, alternatives: true })),
    /** Per type, the need source where it differs from `needSource` (needSourceOf). */
    needSourceByType: z
      .object({ nultreden: needSourceOfType('nultreden'), geclusterd: needSourceOfType('geclusterd'), zorggeschikt: needSourceOfType('zorggeschikt') })
      .strict()
      .default({ nultreden: 'algemeen', geclusterd: 'algemeen', zorggeschikt: 'algemeen' }),
    needOverrides: perGemeente(PartialPerType(homes)),
    /** Share of new build suitable as each type; null for nultreden = historic share S+M app / realised. */
    newBuildShare: z
      .object({
        nultreden: share
          .nullable()
          .default(null)
          .meta(assumption({ section: 'ouderen', method: '§5.2', text: 'newBuildShareNultreden', unit: 'percent', entry: { as: 'share' }, perGemeente: 'elderly.newBuildShareByGemeente', perGemeenteEntry: { as: 'share' }, range: { spread: 0.15, basis: 'newBuildShare' } })),
        geclusterd: share.default(0).meta(assumption({ section: 'ouderen', method: '§5.2', text: 'newBuildShareGeclusterd', unit: 'percent', entry: { as: 'share' }, range: { spread: 0.05, basis: 'newBuildShare' } })),
        zorggeschikt: share.default(0).meta(assumption({ section: 'ouderen', method: '§5.2', text: 'newBuildShareZorggeschikt', unit: 'percent', entry: { as: 'share' }, range: { spread: 0.05, basis: 'newBuildShare' } })),
      })
      .strict()
      .default({ nultreden: null, geclusterd: 0, zorggeschikt: 0 }),
    newBuildShareByGemeente: perGemeente(PartialPerType(share)),
    /** Homes per year made suitable in the existing stock (transformation, doorstroming). */
    existingStockPerYear: perGemeente(PartialPerType(z.number().min(0).max(100_000))).meta(
      assumption({ section: 'ouderen', method: '§5.2', text: 'existingStockPerYear', unit: 'homesPerYear', entry: { as: 'number', step: 5 }, perGemeente: 'self' }),
    ),
  })
  .strict();

/** The need source in force for one type: its own choice, else the general one. */
export function needSourceOf(elderly: Pick<z.infer<typeof ElderlyParams>, 'needSource' | 'needSourceByType'>, t: HousingType): NeedSource {
  const own = elderly.needSourceByType[t];
  return own === 'algemeen' ? elderly.needSource : own;
}

/**
 * MODEL.md §5.5: the chance that a project of each status is completed in its expected year.
 * Assumptions, not data: editable and labelled as such.
 */
const COMPLETION_PROBABILITY: Record<ProjectStatus, number> = { idee: 0.1, planvorming: 0.3, vastgesteld: 0.6, vergund: 0.8, 'in aanbouw': 0.95, opgeleverd: 1 };
const completionProbability = (status: ProjectStatus) =>
  share.default(COMPLETION_PROBABILITY[status]).meta(
    assumption({
      section: 'pijplijn',
      method: '§5.5',
      text: 'completionProbability',
      textArg: status,
      unit: 'percent',
      entry: { as: 'share' },
      // A completed project is certain; the others carry ± 10 points.
      ...(status === 'opgeleverd' ? {} : { range: { spread: 0.1, basis: 'completionProbability' } as const }),
    }),
  );

export const PipelineParams = z
  .object({
    probability: z
      .object(Object.fromEntries(PROJECT_STATUSES.map((s) => [s, completionProbability(s)])) as Record<ProjectStatus, ReturnType<typeof completionProbability>>)
      .strict()
      .default(COMPLETION_PROBABILITY),
  })
  .strict();

export const FairShareKey = z.enum(['population', 'equal', 'socialRent', 'custom']);
export type FairShareKey = z.infer<typeof FairShareKey>;

export const AandachtsgroepenParams = z
  .object({
    /** Homes per year for the region; null = the dataset figure (004: ~245). */
    perYear: z
      .number()
      .min(0)
      .max(100_000)
      .nullable()
      .default(null)
      .meta(assumption({ section: 'aandachtsgroepen', method: '§5.3', text: 'aandachtsgroepenPerYear', unit: 'homesPerYear', entry: { as: 'number', step: 5 }, range: { relative: [0.9, 1.1], basis: 'estimatedFigure', likelyFromData: true } })),
    startYear: z.number().int().min(2022).max(2040).default(2025).meta(assumption({ section: 'aandachtsgroepen', method: '§5.3', text: 'startYear', unit: 'year', entry: { as: 'year' } })),
    /** flat: perYear from startYear; ramp: linear from the 2022 outflow (107) to perYear in 2030. */
    demandMode: z.enum(['flat', 'ramp']).default('flat').meta(assumption({ section: 'aandachtsgroepen', method: '§5.3', text: 'demandMode', unit: 'none', options: 'demandMode' })),
    fairShareKey: FairShareKey.default('population').meta(
      assumption({ section: 'aandachtsgroepen', method: '§5.3', text: 'fairShareKey', unit: 'none', options: 'fairShareKey', perGemeente: 'aandachtsgroepen.customWeights', perGemeenteEntry: { as: 'number', step: 1 } }),
    ),
    customWeights: perGemeente(z.number().min(0).max(1_000_000)),
    excluded: z.array(GemeenteCode).default([]).meta(assumption({ section: 'aandachtsgroepen', method: '§5.3', text: 'excluded', unit: 'none' })),
  })
  .strict();

/** A facility type: the id of its `voorzieningen.*` series without the prefix (bwPlekken, keerpuntUnits). */
export const FacilityTypeId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'Een soort voorziening is een naam uit letters en cijfers, zoals keerpuntUnits.');
export const FACILITY_SERIES_PREFIX = 'voorzieningen.';

/** Where a planned facility stands, as the sources word it (002: besloten, gepland, tijdelijk, voornemen). */
export const PLACEMENT_STATUSES = ['idee', 'voornemen', 'gepland', 'besloten', 'tijdelijk', 'gerealiseerd'] as const;
export const PlacementStatus = z.enum(PLACEMENT_STATUSES);
export type PlacementStatus = z.infer<typeof PlacementStatus>;

/**
 * One planned change to the facilities in a scenario: `add` units in `gemeente`, `remove` them
 * there, or `move` them from `from` to `gemeente`. Switched off (`active: false`) it stays in the
 * scenario but counts nowhere. `source` names the planned change in the data it was taken from.
 */
const placementShape = {
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  action: z.enum(['add', 'remove', 'move']).default('add'),
  type: FacilityTypeId,
  units: z.number().int('Het aantal is een heel getal.').min(1, 'Het aantal is minstens 1.').max(10_000, 'Het aantal is hoogstens 10.000.'),
  gemeente: GemeenteCode,
  from: GemeenteCode.nullable().default(null),
  year: z.number().int('Het jaar is een heel jaartal.').min(2020, 'Het jaar ligt tussen 2020 en 2040.').max(2040, 'Het jaar ligt tussen 2020 en 2040.'),
  status: PlacementStatus.default('voornemen'),
  label: z.string().max(200).default(''),
  source: z.string().max(200).nullable().default(null),
  active: z.boolean().default(true),
};
const placementRules = (p: { action: 'add' | 'remove' | 'move'; from: string | null; gemeente: string }, ctx: z.RefinementCtx) => {
  if (p.action === 'move' && p.from === null) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Een verplaatsing heeft een gemeente van herkomst nodig.' });
  if (p.action === 'move' && p.from === p.gemeente) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Een verplaatsing gaat naar een andere gemeente dan waar zij vandaan komt.' });
  if (p.action !== 'move' && p.from !== null) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Alleen een verplaatsing heeft een gemeente van herkomst.' });
};
/** A placement as a saved scenario holds it: a label saved before the text rule still reads (ScenarioParams checks it on writing). */
const PlacementAsStored = z.object(placementShape).strict().superRefine(placementRules);
export const Placement = z
  .object({
    ...placementShape,
    label: safeText({ max: 200, field: 'label' }).default(''),
    source: safeText({ max: 200 }).nullable().default(null),
  })
  .strict()
  .superRefine(placementRules);
export type Placement = z.infer<typeof Placement>;
export type PlacementInput = z.input<typeof Placement>;

/** MODEL.md §5.4: the key for the solidarity ledger's fair shares of the facilities. */
export const SolidarityParams = z
  .object({
    key: FairShareKey.default('population').meta(
      assumption({ section: 'solidariteit', method: '§5.4', text: 'solidarityKey', unit: 'none', options: 'fairShareKey', perGemeente: 'solidarity.customWeights', perGemeenteEntry: { as: 'number', step: 1 } }),
    ),
    customWeights: perGemeente(z.number().min(0).max(1_000_000)),
    /**
     * The weight of one unit of a facility type when all types are added together (a Keerpunt unit
     * is not a BW place). By facility type (the series id without `voorzieningen.`); 1 where absent.
     * An assumption the Solidariteit screen edits and labels as such.
     */
    typeWeights: z
      .record(FacilityTypeId, z.number().min(0).max(100))
      .default({})
      .meta(assumption({ section: 'solidariteit', method: '§5.4', text: 'facilityTypeWeights', unit: 'times', entry: { as: 'number', step: 0.1 } })),
    /** Planned placements: facilities this scenario adds, removes or moves (MODEL §5.4). */
    placements: z.array(PlacementAsStored).max(200).default([]).meta(assumption({ section: 'solidariteit', method: '§5.4', text: 'placements', unit: 'none' })),
  })
  .strict();

/**
 * The fields of a scenario without the rules that span several of them. The store reads saved
 * scenarios with this (shared/scenario/stored.ts): a scenario saved before a rule was added still
 * opens and calculates, and the editor says what to fix. Everything written is checked by
 * ScenarioParams.
 */
export const ScenarioParamsFields = z
  .object({
    horizon: z.number().int().min(2030).max(2040).default(2030).meta(assumption({ section: 'algemeen', method: '§5', text: 'horizon', unit: 'year', entry: { as: 'year' } })),
    /**
     * Scenario-level alternatives for dataset figures, by figure id (e.g. Wijdemeren laag en
     * midden 330 instead of the printed 320): where the sources contradict themselves the printed
     * figure stays the default and a scenario can choose the other reading (MODEL.md §4).
     */
    dataOverrides: z
      .record(z.string().min(1), z.number().min(0).max(100_000_000))
      .default({})
      .meta(assumption({ section: 'algemeen', method: '§4', text: 'dataOverrides', unit: 'none', entry: { as: 'number', step: 1 } })),
    programme: ProgrammeParams.default(ProgrammeParams.parse({})),
    elderly: ElderlyParams.default(ElderlyParams.parse({})),
    aandachtsgroepen: AandachtsgroepenParams.default(AandachtsgroepenParams.parse({})),
    pipeline: PipelineParams.default(PipelineParams.parse({})),
    solidarity: SolidarityParams.default(SolidarityParams.parse({})),
    /** MODEL.md §5.6: ranges and open choices, with the seed and draws of the Monte Carlo. */
    uncertainty: UncertaintyParams.default(UncertaintyParams.parse({})),
  })
  .strict();

/**
 * A scenario's parameters as the app accepts them: the fields, and the shares of new build that
 * cannot add up to more than all new build (shared/scenario/newBuildShares.ts). The issue carries
 * its facts in `params`, so the window words it in its own language; the message is the Dutch.
 */
export const ScenarioParams = ScenarioParamsFields.superRefine((params, ctx) => {
  for (const issue of uncertaintyIssues(params, ScenarioParamsFields)) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of sharesOver100(params.elderly)) {
    ctx.addIssue({ code: 'custom', path: ['elderly', ...sharesOver100Path(issue)], message: sharesOver100Text(issue, 'nl-NL'), params: issue });
  }
  // The text rule on placements' words (shared/validation/safeText.ts), here so a saved one still reads.
  params.solidarity.placements.forEach((p, i) => {
    for (const [key, field] of [['label', 'label'], ['source', 'text']] as const) {
      const found = findUnsafeCharacter(p[key] ?? '');
      if (found) ctx.addIssue({ code: 'custom', path: ['solidarity', 'placements', i, key], message: unsafeCharacterText(found, field), params: { code: UNSAFE_CHARACTER, field, ...found } });
    }
  });
});
export type ScenarioParams = z.infer<typeof ScenarioParams>;
export type ScenarioParamsInput = z.input<typeof ScenarioParams>;

export const ScenarioId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'Een scenario-id bestaat uit kleine letters, cijfers en streepjes.' });

/** A scenario's name as the app accepts it: under the text rule (shared/validation/safeText.ts). */
export const ScenarioName = z.string().trim().min(1, { message: 'Geef het scenario een naam.' }).max(120).superRefine(noUnsafeCharacters('name'));
/** A scenario's description as the app accepts it; it may span lines. */
export const ScenarioDescription = safeText({ max: 2000, field: 'description', multiline: true });

/**
 * A scenario as it is read (StoredScenario extends it): the name and description without the text
 * rule, so one saved before the rule still opens and exports (the Office writers drop what XML
 * cannot carry). Every path that writes one checks ScenarioName and ScenarioDescription.
 */
export const Scenario = z
  .object({
    id: ScenarioId,
    name: z.string().trim().min(1, { message: 'Geef het scenario een naam.' }).max(120),
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
      .object({ id: ScenarioId.optional(), name: ScenarioName, description: ScenarioDescription.default(''), params: ScenarioParams })
      .strict(),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioFile>;

export const defaultParams = (): ScenarioParams => ScenarioParams.parse({});
export { PerType };
