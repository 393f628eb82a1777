import { z } from 'zod';
import { codedSchema, type Coded } from '../i18n/coded';

/**
 * What a change is about, for the history and the import preview, worded by the catalogue
 * ("Realisatie: opleveringen nieuwbouw · Hilversum · 2024" / "Completions (new build) · Hilversum · 2024").
 * A figure carries its series' label in both languages, as the dataset gives them.
 */
const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();
const year = z.number().int();

export const SUBJECTS = {
  /** `gemeente`: its name; null is the region. */
  figure: strict({ series: z.string(), seriesEn: z.string(), gemeente: z.string().nullable(), from: year, to: year }),
  project: strict({ name: z.string(), year }),
  /** A project of an import, named with its gemeente. */
  projectIn: strict({ name: z.string(), gemeente: z.string(), year }),
};
export type Subject = Coded<typeof SUBJECTS>;

/** codedSchema checks each code's parameters; the cast names the union it lets through. */
export const SubjectSchema = codedSchema(SUBJECTS, {}) as unknown as z.ZodType<Subject>;
