import { z } from 'zod';
import { GemeenteCode } from '../dataset/schema';

export const FindingCheck = z.enum(['total', 'ratio', 'partOf', 'expression', 'missingRow', 'emptyRow', 'duplicateRow']);
export type FindingCheck = z.infer<typeof FindingCheck>;

export const FindingSeverity = z.enum(['contradiction', 'missing', 'info']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

export const FindingFigure = z
  .object({
    figureId: z.string(),
    gemeente: GemeenteCode.nullable(),
    value: z.number().nullable(),
    /** What the figure is in this finding, in Dutch: "gedrukt totaal", "rij", "teller"… */
    role: z.string(),
  })
  .strict();

export const Finding = z
  .object({
    /** Stable over runs, so a finding can be followed across edits and imports. */
    id: z.string(),
    check: FindingCheck,
    severity: FindingSeverity,
    series: z.array(z.string()).min(1),
    gemeente: GemeenteCode.nullable(),
    period: z.string(),
    title: z.string(),
    message: z.string(),
    expected: z.number().nullable(),
    actual: z.number().nullable(),
    figures: z.array(FindingFigure),
  })
  .strict();
export type Finding = z.infer<typeof Finding>;
export type FindingFigure = z.infer<typeof FindingFigure>;
