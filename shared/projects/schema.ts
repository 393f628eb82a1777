import { z } from 'zod';
import { GemeenteCode } from '../dataset/gemeenteCode';
import { noUnsafeCharacters, safeText } from '../validation/safeText';

/** MODEL.md §5.5: the stages a building project passes, in order. */
export const ProjectStatus = z.enum(['idee', 'planvorming', 'vastgesteld', 'vergund', 'in aanbouw', 'opgeleverd']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;
export const PROJECT_STATUSES = ProjectStatus.options;

const homes = z.number().int({ message: 'een geheel aantal woningen' }).min(0).max(100_000);

/** Homes in total and per category; a category counts homes of the total (it can never exceed it). */
export const ProjectHomes = z
  .object({
    total: homes,
    affordable: homes.default(0),
    socialRent: homes.default(0),
    nultreden: homes.default(0),
    geclusterd: homes.default(0),
    zorggeschikt: homes.default(0),
  })
  .strict()
  .superRefine((h, ctx) => {
    for (const key of ['affordable', 'socialRent', 'nultreden', 'geclusterd', 'zorggeschikt'] as const) {
      if (h[key] > h.total) ctx.addIssue({ code: 'custom', path: [key], message: `meer woningen (${h[key]}) dan het project in totaal heeft (${h.total})` });
    }
  });
export type ProjectHomes = z.infer<typeof ProjectHomes>;

export const ProjectDraft = z
  .object({
    name: z.string().trim().min(1, { message: 'Geef het project een naam.' }).max(200).superRefine(noUnsafeCharacters('name')),
    gemeente: GemeenteCode,
    completionYear: z.number().int().min(2000).max(2100),
    status: ProjectStatus,
    homes: ProjectHomes,
    note: safeText({ max: 2000, field: 'note', multiline: true }).default(''),
  })
  .strict();
export type ProjectDraft = z.infer<typeof ProjectDraft>;
export type ProjectDraftInput = z.input<typeof ProjectDraft>;

export const Project = ProjectDraft.extend({
  // As stored: a project saved before the text rule still reads (every write checks ProjectDraft).
  name: z.string(),
  note: z.string(),
  id: z.string().min(1),
  /** Where it came from: "invoer" (typed in the app) or the import file's name. */
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).strict();
export type Project = z.infer<typeof Project>;
