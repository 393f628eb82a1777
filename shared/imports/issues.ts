import { z } from 'zod';
import { codedSchema, type Coded } from '../i18n/coded';

/**
 * Everything reading and checking an import file can report, as a code with its facts; the
 * catalogue words it (shared/i18n/texts/imports.ts). Codes come in three groups by what they point
 * at: the file (the sentence stands alone, and names a line itself where it needs one), a row
 * ("Rij 4: …" is put before it) and a cell ("Rij 4, kolom "jaar": …").
 */
const text = z.string();
const count = z.number().int();
const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();
const none = strict({});

export const DELIMITERS = [';', ',', '\t'] as const;
/** Characters a one-column header may have been split on instead. */
export const OTHER_SEPARATORS = ['|', ':', '/'] as const;

export const FILE_ISSUES = {
  // The file as a whole: kind, size, encoding.
  fileEmpty: strict({ fileName: text }),
  fileTooLarge: strict({ megabytes: z.number(), maxMegabytes: z.number() }),
  fileType: strict({ extension: text }),
  oldExcel: none,
  xlsxNotZip: none,
  /** `detail` is no longer given (it was a library's English); kept optional so earlier reports still parse. */
  unreadable: strict({ detail: text.optional() }),
  notText: none,
  readAsWindows1252: none,
  // CSV.
  onlyBlankLines: none,
  oneColumnHeader: strict({ header: text, separators: z.array(z.enum(OTHER_SEPARATORS)) }),
  headerTooWide: strict({ columns: count, max: count }),
  tooManyRows: strict({ max: count }),
  rowTooWide: strict({ line: count, cells: count, columns: count, delimiter: z.enum(DELIMITERS) }),
  moreRowsTooWide: strict({ count }),
  csvRowUnreadable: strict({ line: count }),
  // Workbooks and their zip container.
  workbookNamedOther: strict({ extension: text }),
  workbookTimeout: none,
  workbookDamaged: none,
  /** A cell the reader could not read, where the reader says which one (line 1-based, column as in Excel: A, B, …). */
  workbookCellUnreadable: strict({ line: count, column: text }),
  workbookNoSheet: none,
  sheetTooManyRows: strict({ max: count }),
  onlyFirstSheet: strict({ sheet: text, sheets: count }),
  firstSheetEmpty: strict({ sheet: text }),
  rowBeyondColumns: strict({ line: count, columns: count }),
  moreRowsBeyondColumns: strict({ count }),
  zipDamaged: none,
  zipNotWorkbook: none,
  zipMultiDisk: none,
  zipEncrypted: none,
  zipCompression: strict({ method: z.number() }),
  zipTooLarge: strict({ maxMegabytes: z.number() }),
  zipRatio: strict({ entry: text, ratio: z.number() }),
  zipTooManyEntries: strict({ count }),
  zipEntryDamaged: strict({ entry: text }),
  // Columns.
  unknownColumn: strict({ column: text }),
  duplicateColumn: strict({ first: text, second: text, name: text }),
  missingColumn: strict({ name: text, aliases: z.array(text), found: z.array(text) }),
  noDataRows: none,
  moreIssues: strict({ count, errors: count, warnings: count }),
};

export const ROW_ISSUES = {
  quoteNotClosed: none,
  textAfterQuote: none,
  /** `gemeente` as the file writes it; also for placements (one row per gemeente and year). */
  duplicateRealisation: strict({ gemeente: text, year: count, first: count }),
  leftRegion: strict({ gemeente: text, since: count }),
  /**
   * Stored, but counting in no result (shared/imports/countsNowhere.ts): the gemeente has no build
   * programme; `what` the row is: realisation, a figure correction or a project.
   */
  countsNowhereNoProgramme: strict({ gemeente: text, what: z.enum(['realisation', 'figure', 'project']) }),
  /** Realisation for years outside the programme's (`start`–`end`): stored, counted nowhere. */
  outsideProgramme: strict({ gemeente: text, from: count, to: count, start: count, end: count }),
  /** A project completing in or before the gemeente's last realisation year: the pipeline does not count it. */
  projectInRealisation: strict({ name: text, gemeente: text, year: count, baseYear: count }),
  duplicateProject: strict({ name: text, gemeente: text, first: count }),
  duplicateFigure: strict({ figureId: text, first: count }),
  invalidRow: none,
};

export const CELL_ISSUES = {
  homesEmpty: none,
  notANumber: strict({ text }),
  notWholeHomes: strict({ text }),
  negativeHomes: strict({ text }),
  yearEmpty: none,
  notAYear: strict({ text }),
  yearOutOfRange: strict({ text, min: count, max: count }),
  /** Placements (MODEL §5.3): a count of households, and only for the build programme's years. */
  householdsEmpty: none,
  notWholeHouseholds: strict({ text }),
  negativeHouseholds: strict({ text }),
  placementOutsideProgramme: strict({ text, start: count, end: count }),
  ambiguousNumber: strict({ text }),
  /** `known`: "Blaricum (GM0376)", … */
  gemeenteEmpty: strict({ known: z.array(text) }),
  unknownGemeente: strict({ text, known: z.array(text) }),
  statusEmpty: strict({ statuses: z.array(text) }),
  unknownStatus: strict({ text, statuses: z.array(text) }),
  figureIdEmpty: none,
  unknownFigure: strict({ text, suggestion: text.nullable() }),
  /** `now`: the value the figure has now. */
  valueCleared: strict({ figureId: text, now: z.number() }),
  projectNameMissing: none,
  categoryAboveTotal: strict({ count: z.number(), total: z.number() }),
  valueTooLarge: strict({ max: z.number() }),
  valueTooSmall: strict({ min: z.number() }),
  textTooLong: strict({ max: z.number() }),
  /** The text rule (shared/validation/safeText.ts): `codePoint` as U+0007, `position` 1-based in the cell. */
  unsafeCharacter: strict({ kind: z.enum(['control', 'surrogate', 'noncharacter']), codePoint: text, position: count }),
  invalidValue: none,
};

export const IMPORT_ISSUES = { ...FILE_ISSUES, ...ROW_ISSUES, ...CELL_ISSUES };
export type ImportIssueCode = keyof typeof IMPORT_ISSUES;
export type FileIssueMessage = Coded<typeof FILE_ISSUES>;
export type RowIssueMessage = Coded<typeof ROW_ISSUES>;
export type CellIssueMessage = Coded<typeof CELL_ISSUES>;
export type ImportIssueMessage = Coded<typeof IMPORT_ISSUES>;

export type IssueSeverity = 'error' | 'warning';
/** One finding of reading or validating, pointing at a row (1-based, as the analyst sees it in the file) and column. */
export type ImportIssue = ImportIssueMessage & { severity: IssueSeverity; line: number | null; column: string | null };

/** An issue as it crosses a boundary; codedSchema checks each code's parameters, so the cast only names the union. */
export const ImportIssueSchema = codedSchema(IMPORT_ISSUES, {
  severity: z.enum(['error', 'warning']),
  line: z.number().int().nullable(),
  column: z.string().nullable(),
}) as unknown as z.ZodType<ImportIssue>;

/** Which group a code is in: what its sentence is put after. */
export function issueScope(code: string): 'file' | 'row' | 'cell' {
  return Object.hasOwn(CELL_ISSUES, code) ? 'cell' : Object.hasOwn(ROW_ISSUES, code) ? 'row' : 'file';
}

/** An error about the whole file (it stops the reading), at a line where one is known. */
export function fileIssue(message: FileIssueMessage, line: number | null = null): ImportIssue {
  return { severity: 'error', line, column: null, ...message };
}
