import { z } from 'zod';
import { Figure } from './schema';

/** A figure as the analyst sees it: the seed value beside their own edit, if any. */
export const FigureEdit = z
  .object({
    value: z.number().nullable(),
    note: z.string(),
    editedAt: z.string(),
  })
  .strict();
export type FigureEdit = z.infer<typeof FigureEdit>;

export const FigureView = z
  .object({
    figure: Figure,
    /** The value as in the source document; `figure.value` is the value in force. */
    seedValue: z.number().nullable(),
    origin: z.enum(['seed', 'analyst']),
    edit: FigureEdit.nullable(),
  })
  .strict();
export type FigureView = z.infer<typeof FigureView>;
