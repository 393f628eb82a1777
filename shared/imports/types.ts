import type { ProjectDraft } from '../projects/schema';
import type { ImportIssue } from './issues';

export type { ImportIssue } from './issues';

/** The kinds of data an analyst can import (issue: data updates by import). */
export type ImportKind = 'realisation' | 'projects' | 'figures';
export const IMPORT_KINDS: readonly ImportKind[] = ['realisation', 'projects', 'figures'];

/** A file read into text cells: the header and the data rows, with their line (CSV) or row (XLSX) numbers. */
export type CellTable = { header: string[]; rows: { line: number; cells: string[] }[]; format: 'csv' | 'xlsx'; delimiter?: ';' | ',' | '\t' };

/** Realisation: completions (and S+M app) per gemeente and year. */
export type RealisationRow = { line: number; gemeente: string; year: number; completions: number; smApp: number | null };
/** Projects: one project per row. */
export type ProjectRow = { line: number; project: ProjectDraft };
/** Corrections to existing figures, by figure id. */
export type FigureRow = { line: number; figureId: string; value: number | null; note: string };

export type ValidatedImport =
  | { kind: 'realisation'; rows: RealisationRow[]; issues: ImportIssue[] }
  | { kind: 'projects'; rows: ProjectRow[]; issues: ImportIssue[] }
  | { kind: 'figures'; rows: FigureRow[]; issues: ImportIssue[] };

/** What validation needs to know of the store: the gemeenten and the figures there are now. */
export type ImportContext = {
  gemeenten: readonly { code: string; name: string; memberUntil?: number | null }[];
  figures: readonly { id: string; value: number | null }[];
};
