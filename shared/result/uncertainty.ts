import { z } from 'zod';

/**
 * MODEL.md §5.6 in the result: the spread of the figures under the scenario's ranges and open
 * choices, the one-at-a-time swings (tornado) and "what would it take" (goal seek). Figures are
 * named as `explain` names them: a place (`regio` or a CBS code) and a path in that place's block
 * (`programme.gap2030`, `elderly.zorggeschikt.shortfall`, `programme.path.2027.projected`).
 * The bands show the spread of the assumptions entered, not a forecast error.
 */
const num = z.number();

export const FigureRef = z.object({ where: z.string(), path: z.string() }).strict();
export type FigureRef = z.infer<typeof FigureRef>;

/** One uncertain input as it was drawn: a triangle, or a choice between options with weights. */
export const UncertainInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), key: z.string(), low: num, likely: num, high: num }).strict(),
  z.object({ kind: z.literal('alternatives'), key: z.string(), options: z.array(z.object({ option: z.string(), weight: num }).strict()) }).strict(),
]);
export type UncertainInput = z.infer<typeof UncertainInput>;

export const Band = z
  .object({
    where: z.string(),
    path: z.string(),
    /** The scenario's own result (the likely values). */
    likely: num,
    p10: num,
    p50: num,
    p90: num,
  })
  .strict();
export type Band = z.infer<typeof Band>;

export const UncertaintyBlock = z
  .object({
    seed: z.number().int(),
    /** Draws made (the scenario's number, fewer only when the region is too large to hold them: see warnings). */
    draws: z.number().int(),
    inputs: z.array(UncertainInput),
    /** Every gap, shortfall and need of the region and each gemeente, and the projected path per year. */
    bands: z.array(Band),
    /** Coded caveats (catalogue: uncertainty.warning). */
    warnings: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), num])) }).strict()),
  })
  .strict();
export type UncertaintyBlock = z.infer<typeof UncertaintyBlock>;

/** One bar of the tornado: the figure with the assumption at its low and at its high (or each option). */
export const TornadoBar = z
  .object({
    key: z.string(),
    kind: z.enum(['range', 'alternatives']),
    /** The assumption's value at each end: low / high, or for a choice the options giving the lowest and highest figure. */
    lowInput: z.union([num, z.string()]),
    highInput: z.union([num, z.string()]),
    /** The figure with the assumption at lowInput and at highInput, everything else at its likely value. */
    atLow: num,
    atHigh: num,
    /** |atHigh − atLow|: the bars are ranked by it, largest first. */
    swing: num,
  })
  .strict();
export type TornadoBar = z.infer<typeof TornadoBar>;

export const Tornado = z
  .object({
    figure: FigureRef,
    likely: num,
    bars: z.array(TornadoBar),
  })
  .strict();
export type Tornado = z.infer<typeof Tornado>;

/** The levers the goal seeker turns (catalogue: goalSeek.lever). */
export const LEVERS = ['pace', 'paceMultiplier', 'nultredenShare', 'existingStock', 'catchUpYear'] as const;
export const Lever = z.enum(LEVERS);
export type Lever = z.infer<typeof Lever>;

/**
 * One answer: the value of one lever, all else as in the scenario, that closes one gap by the
 * end of the programme (the need year for the elderly). `status`:
 *   closes      — `value` closes it (`apply`, when given, is the scenario setting that does so);
 *   closed      — there is no gap to close;
 *   infeasible  — no value inside the lever's bounds closes it ("niet haalbaar binnen de grenzen");
 *   notApplicable — the lever does not act on this gap in this scenario (a share in pipeline mode).
 */
export const GoalAnswer = z
  .object({
    gap: FigureRef,
    /** The gap now (the shortfall being closed). */
    shortfall: num,
    lever: Lever,
    /** For existingStock: the housing type. */
    type: z.enum(['nultreden', 'geclusterd', 'zorggeschikt']).nullable(),
    status: z.enum(['closes', 'closed', 'infeasible', 'notApplicable']),
    /** The lever's value now (null when it has none, e.g. a share taken from history per gemeente). */
    current: num.nullable(),
    /** The value that closes the gap (status closes); for catchUpYear the year, null when not before 2041. */
    value: num.nullable(),
    bounds: z.tuple([num, num]),
    /** exact: solved from the linear formula; bisection: searched with the full engine. */
    method: z.enum(['exact', 'bisection', 'result']),
    /** The scenario setting that puts this answer into the scenario, if one setting does. */
    apply: z.object({ key: z.string(), value: z.union([num, z.string()]) }).strict().nullable(),
  })
  .strict();
export type GoalAnswer = z.infer<typeof GoalAnswer>;

export const GoalSeek = z
  .object({
    scenarioId: z.string(),
    /** `regio` or a CBS code. */
    where: z.string(),
    name: z.string(),
    answers: z.array(GoalAnswer),
  })
  .strict();
export type GoalSeek = z.infer<typeof GoalSeek>;
