import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';
import { codedSchema } from '../i18n/coded';
import { FIGURE_ROLES, FINDINGS, type FigureRole, type FindingMessage } from './codes';

export const FindingCheck = z.enum([
  'total',
  'ratio',
  'partOf',
  'expression',
  'missingRow',
  'emptyRow',
  'duplicateRow',
  'partialTable',
  'norm',
  'claim',
  'sameQuantity',
]);
export type FindingCheck = z.infer<typeof FindingCheck>;

export const FindingSeverity = z.enum(['contradiction', 'missing', 'info']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

export type FindingFigure = { figureId: string; gemeente: string | null; value: number | null; role: FigureRole };

/**
 * One correction of one figure that makes this finding go away (and with it the findings in
 * `resolves`), without raising a new contradiction: the alternative reading, offered so a scenario
 * can take it as a data override (`dataOverrides[figureId] = value`).
 */
export type Correction = { figureId: string; value: number; resolves: string[] };

export type Finding = FindingMessage & {
  /** Stable over runs, so a finding can be followed across edits and imports. */
  id: string;
  check: FindingCheck;
  severity: FindingSeverity;
  series: string[];
  gemeente: string | null;
  period: string;
  expected: number | null;
  actual: number | null;
  figures: FindingFigure[];
  /** The correction that resolves this finding, where one figure does (corrections.ts). */
  resolvedBy?: Correction;
  /** The other findings the same correction resolves: one error, seen by several checks. */
  linked?: string[];
};

/*
 * The schemas check each code's parameters (codedSchema), so what they let through is the typed
 * message union; zod cannot infer that union itself, hence the casts.
 */
export const FindingFigure = z
  .object({
    figureId: z.string(),
    gemeente: GemeenteCode.nullable(),
    value: z.number().nullable(),
    role: codedSchema(FIGURE_ROLES, {}),
  })
  .strict() as unknown as z.ZodType<FindingFigure>;

/** A finding as it crosses a boundary (API, JSON); the catalogue words its title and message. */
export const Finding = codedSchema(FINDINGS, {
  id: z.string(),
  check: FindingCheck,
  severity: FindingSeverity,
  series: z.array(z.string()).min(1),
  gemeente: GemeenteCode.nullable(),
  period: z.string(),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  figures: z.array(FindingFigure),
  resolvedBy: z.object({ figureId: z.string(), value: z.number(), resolves: z.array(z.string()).min(1) }).strict().optional(),
  linked: z.array(z.string()).optional(),
}) as unknown as z.ZodType<Finding>;
