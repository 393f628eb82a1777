import { z } from 'zod';
import { Dataset, Gemeente, Series } from '../dataset/schema';
import { FigureView } from '../dataset/figureView';
import { Finding } from '../checks/finding';
import { Result } from '../result/schema';
import { ScenarioDescription, ScenarioId, ScenarioName, ScenarioParams } from '../scenario/schema';
import { noUnsafeCharacters, safeText } from '../validation/safeText';
import { ScenarioVersion, StoredScenario } from '../scenario/stored';
import { Project, ProjectDraft } from '../projects/schema';
import { About } from '../about';
import { BackupList, RestoredBackup } from '../backups/schema';
import { Change, ImportBatch } from '../history/schema';
import { SubjectSchema } from '../history/subject';
import { ImportIssueSchema } from '../imports/issues';
import { IMPORT_KINDS } from '../imports/types';

/**
 * The one contract between the UI and the Node side. Every call has a name, an input schema and
 * an output schema; the Electron IPC handlers, the HTTP server of the browser build and the typed
 * client in the renderer are all derived from this map, so a call cannot exist in one and not the
 * other. Inputs are parsed at the receiving side, outputs before they leave it.
 */

const Empty = z.object({}).strict();
const ById = z.object({ id: ScenarioId }).strict();
const FigureValue = z.number().min(-1e12).max(1e12).nullable();

/** Everything the data screen and the engine need: the dataset in force, every figure with provenance, the findings. */
export const DatasetBundle = z
  .object({
    dataset: Dataset,
    figures: z.array(FigureView),
    findings: z.array(Finding),
    gemeenten: z.array(Gemeente),
    series: z.array(Series),
  })
  .strict();
export type DatasetBundle = z.infer<typeof DatasetBundle>;

/** A chart the window rendered itself (Plotly.toImage), for the documents: base64 PNG and its CSS size. */
export const RenderedChart = z
  .object({ png: z.string().max(20_000_000).regex(/^[A-Za-z0-9+/=]*$/, { message: 'geen base64-afbeelding' }), width: z.number().int().min(1).max(10_000), height: z.number().int().min(1).max(10_000) })
  .strict();

export const DocumentFormat = z.enum(['docx', 'pptx', 'xlsx', 'csv']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const ExportedFile = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }).strict();
export type ExportedFile = z.infer<typeof ExportedFile>;

export const ImportKindSchema = z.enum(IMPORT_KINDS);

/** The file to import travels as base64 (at most 10 MB of file, checked again on reading). */
const ImportFileInput = z
  .object({
    kind: ImportKindSchema,
    fileName: z.string().min(1).max(255).superRefine(noUnsafeCharacters('name')),
    base64: z.string().max(14_000_000, { message: 'Het bestand is groter dan 10 MB.' }),
    peildatum: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Geef de peildatum als jjjj-mm-dd.' })
      .nullable()
      .default(null),
  })
  .strict();

export const PlannedChangeView = z
  .object({ kind: z.enum(['addFigure', 'editFigure', 'addProject', 'updateProject']), subject: SubjectSchema, oldValue: z.number().nullable(), newValue: z.number().nullable() })
  .strict();
export const ImportPreview = z
  .object({
    kind: ImportKindSchema,
    fileName: z.string(),
    peildatum: z.string().nullable(),
    /** Coded (shared/imports/issues.ts), as are the findings: the window words them in its language. */
    issues: z.array(ImportIssueSchema),
    validRows: z.number().int(),
    changes: z.array(PlannedChangeView),
    unchanged: z.number().int(),
    newFindings: z.array(Finding),
    resolvedFindings: z.array(Finding),
    canApply: z.boolean(),
  })
  .strict();
export type ImportPreview = z.infer<typeof ImportPreview>;

export const contract = {
  'dataset.get': { input: Empty, output: DatasetBundle },
  'dataset.editFigure': {
    input: z.object({ figureId: z.string().min(1).max(200), value: FigureValue, note: safeText({ max: 2000, field: 'note', multiline: true }).default('') }).strict(),
    output: DatasetBundle,
  },
  'dataset.revertFigure': { input: z.object({ figureId: z.string().min(1).max(200) }).strict(), output: DatasetBundle },

  'scenarios.list': { input: Empty, output: z.array(StoredScenario) },
  'scenarios.get': { input: ById, output: StoredScenario },
  'scenarios.create': {
    input: z.object({ name: ScenarioName, description: ScenarioDescription.optional(), params: ScenarioParams }).strict(),
    output: StoredScenario,
  },
  'scenarios.clone': { input: z.object({ id: ScenarioId, name: ScenarioName }).strict(), output: StoredScenario },
  'scenarios.save': {
    input: z
      .object({
        id: ScenarioId,
        name: ScenarioName.optional(),
        description: ScenarioDescription.optional(),
        params: ScenarioParams.optional(),
        /** The version these changes were made on; a newer stored version refuses the save ('conflict'), never overwritten silently. */
        baseVersion: z.number().int().min(1).optional(),
      })
      .strict(),
    output: StoredScenario,
  },
  'scenarios.delete': { input: ById, output: StoredScenario },
  'scenarios.undelete': { input: ById, output: StoredScenario },
  'scenarios.versions': { input: ById, output: z.array(ScenarioVersion) },
  'scenarios.restoreVersion': { input: z.object({ id: ScenarioId, version: z.number().int().min(1) }).strict(), output: StoredScenario },

  'run.scenario': { input: ById, output: Result },

  'projects.list': { input: Empty, output: z.array(Project) },
  'projects.create': { input: z.object({ project: ProjectDraft }).strict(), output: Project },
  'projects.update': { input: z.object({ id: z.string().min(1).max(100), project: ProjectDraft }).strict(), output: Project },
  'projects.delete': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: Project },

  'history.list': { input: Empty, output: z.object({ changes: z.array(Change), imports: z.array(ImportBatch) }).strict() },
  'history.revertChange': { input: z.object({ id: z.number().int() }).strict(), output: Change },
  'history.revertImport': { input: z.object({ id: z.number().int() }).strict(), output: z.object({ reverted: z.number().int() }).strict() },

  /** The store's backups, newest first; `backups.restore` backs up the current data first, then restores. */
  /** The About dialog: version, where the data lives, what the data is. */
  'app.about': { input: Empty, output: About },

  'backups.list': { input: Empty, output: BackupList },
  'backups.restore': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: RestoredBackup },

  'import.template': { input: z.object({ kind: ImportKindSchema }).strict(), output: z.object({ fileName: z.string(), csv: z.string() }).strict() },
  /** Reads, validates and plans the file; writes nothing. */
  'import.preview': { input: ImportFileInput, output: ImportPreview },
  /** Validates and plans again (a preview is never trusted), then applies in one transaction. */
  'import.apply': { input: ImportFileInput, output: z.object({ importId: z.number().int(), changes: z.number().int() }).strict() },

  /** A memo, deck, workbook or CSV of 1–4 stored scenarios (the first is the main one); charts come rendered by the window. */
  'export.document': {
    input: z
      .object({
        format: DocumentFormat,
        scenarioIds: z.array(ScenarioId).min(1, { message: 'Kies ten minste één scenario.' }).max(4, { message: 'Hoogstens vier scenario’s.' }),
        charts: z.record(z.string().max(100), RenderedChart).default({}),
        locale: z.enum(['nl-NL', 'en-GB']).default('nl-NL'),
        /** The scenario the others are compared with (Vergelijken's choice); the first where absent. */
        reference: ScenarioId.optional(),
      })
      .strict(),
    output: ExportedFile,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

/** Errors cross the boundary as data, with a message a user can act on, in Dutch. */
export const ApiErrorCode = z.enum(['invalidInput', 'notFound', 'conflict', 'readOnly', 'storeUnavailable', 'internal']);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;
/** `field`: the input's field a refusal concerns ("name", "params.programme.paceMultiplier"; shared/api/errors.ts), so the window shows it there. */
export const ApiError = z.object({ code: ApiErrorCode, message: z.string(), field: z.string().max(200).optional() }).strict();
export type ApiError = z.infer<typeof ApiError>;

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };
export const ApiResponseEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: ApiError }).strict(),
]);

/** The shape every transport implements: one function per call name. */
export type Api = { [N in CallName]: (input: CallInput<N>) => Promise<ApiResponse<CallOutput<N>>> };
