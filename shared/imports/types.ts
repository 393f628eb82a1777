import type { ProjectDraft } from '../projects/schema';
import type { ImportIssue } from './issues';

export type { ImportIssue } from './issues';

/** The kinds of data an analyst can import (issue: data updates by import). */
/** One list for the API, the history and the store's schema (z.enum(IMPORT_KINDS)), so a new kind is added once. */
export const IMPORT_KINDS = ['realisation', 'projects', 'figures', 'plaatsingen'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A file read into text cells: the header and the data rows, with their line (CSV) or row (XLSX) numbers. */
export type CellTable = { header: string[]; rows: { line: number; cells: string[] }[]; format: 'csv' | 'xlsx'; delimiter?: ';' | ',' | '\t' };

/** Realisation: completions (and S+M app) per gemeente and year. */
export type RealisationRow = { line: number; gemeente: string; year: number; completions: number; smApp: number | null };
/** Projects: one project per row. */
export type ProjectRow = { line: number; project: ProjectDraft };
/** Realised placements of aandachtsgroepen households per gemeente and year (MODEL §5.3). */
export type PlacementRow = { line: number; gemeente: string; year: number; households: number };
/** Corrections to existing figures, by figure id. */
export type FigureRow = { line: number; figureId: string; value: number | null; note: string };

export type ValidatedImport =
  | { kind: 'realisation'; rows: RealisationRow[]; issues: ImportIssue[] }
  | { kind: 'projects'; rows: ProjectRow[]; issues: ImportIssue[] }
  | { kind: 'figures'; rows: FigureRow[]; issues: ImportIssue[] }
  | { kind: 'plaatsingen'; rows: PlacementRow[]; issues: ImportIssue[] };

/** What validation needs to know of the store: the gemeenten and the figures there are now. */
export type ImportContext = {
  gemeenten: readonly { code: string; name: string; memberUntil?: number | null }[];
  figures: readonly { id: string; value: number | null }[];
  /**
   * The build programme's years (shared/imports/programmeYears.ts): placements are accepted for
   * these years only. Absent (a template, a test) means only the general year range applies.
   */
  programmeYears?: { start: number; end: number } | null;
};
