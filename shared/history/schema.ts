import { z } from 'zod';
import { SubjectSchema } from './subject';
import { IMPORT_KINDS } from '../imports/types';

/** The recorded source of a change typed in the app or on the command line; an import records its file's name. */
export const ANALYST_SOURCE = 'analist';

/** One change to the dataset, as the history shows it (newest first). */
export const ChangeAction = z.enum(['edit', 'revert', 'import', 'add', 'update', 'delete', 'undo']);
export type ChangeAction = z.infer<typeof ChangeAction>;

export const Change = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: ChangeAction,
    target: z.enum(['figure', 'project']),
    targetId: z.string(),
    /** In Dutch words, as recorded: "Realisatie: opleveringen nieuwbouw · Hilversum · 2024". */
    label: z.string(),
    /** What the change is about, for wording in any language; null where the stored states do not tell (then: `label`). */
    subject: SubjectSchema.nullable(),
    oldValue: z.number().nullable(),
    newValue: z.number().nullable(),
    /** The state before and after, as stored (for revert); the values above are for reading. */
    oldState: z.unknown().nullable(),
    newState: z.unknown().nullable(),
    /** "analist" (typed in the app or command line) or the name of the imported file. */
    source: z.string(),
    importId: z.number().int().nullable(),
    /** Set once this change has been undone (by the change with this id). */
    revertedBy: z.number().int().nullable(),
  })
  .strict();
export type Change = z.infer<typeof Change>;

export const ImportBatch = z
  .object({
    id: z.number().int(),
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string(),
    peildatum: z.string().nullable(),
    importedAt: z.string(),
    rowCount: z.number().int(),
    revertedAt: z.string().nullable(),
  })
  .strict();
export type ImportBatch = z.infer<typeof ImportBatch>;
