import type Database from 'better-sqlite3';
import { z } from 'zod';
import { Dataset, Figure, Gemeente, Relation, Series } from '../../../shared/dataset/schema';
import type { Project } from '../../../shared/projects/schema';
import { FigureView } from '../../../shared/dataset/figureView';
import { StoreError } from '../errors';
import { ANALYST, type ChangeOrigin, type DatasetOperations } from '../port';
import type { HistoryRepo } from './historyRepo';
import { immediate, type Sync } from './sync';

const FigureRow = z.object({
  id: z.string(),
  series: z.string(),
  gemeente: z.string().nullable(),
  seed_value: z.number().nullable(),
  value_high: z.number().nullable(),
  period_from: z.number().int(),
  period_to: z.number().int(),
  peildatum: z.string().nullable(),
  expression: z.string().nullable(),
  variant: z.string().nullable(),
  source_document: z.string(),
  source_place: z.string(),
  source_quote: z.string().nullable(),
  note: z.string().nullable(),
  origin: z.enum(['seed', 'analyst']),
  edit_value: z.number().nullable(),
  edit_note: z.string().nullable(),
  edited_at: z.string().nullable(),
});
type FigureRow = z.infer<typeof FigureRow>;

function toView(row: FigureRow): FigureView {
  const edit = row.edited_at === null ? null : { value: row.edit_value, note: row.edit_note ?? '', editedAt: row.edited_at };
  const figure = Figure.parse({
    id: row.id,
    series: row.series,
    gemeente: row.gemeente,
    value: edit ? edit.value : row.seed_value,
    ...(row.value_high !== null ? { valueHigh: row.value_high } : {}),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    peildatum: row.peildatum,
    ...(row.expression !== null ? { expression: row.expression } : {}),
    ...(row.variant !== null ? { variant: row.variant } : {}),
    source: { document: row.source_document, place: row.source_place, ...(row.source_quote !== null ? { quote: row.source_quote } : {}) },
    ...(row.note !== null ? { note: row.note } : {}),
  });
  return { figure, seedValue: row.seed_value, origin: row.origin, edit };
}

/** A figure's full stored state: its record and the analyst's edit, if any. */
export type FigureState = {
  record: {
    id: string; series: string; gemeente: string | null; seedValue: number | null; valueHigh: number | null; periodFrom: number; periodTo: number;
    peildatum: string | null; expression: string | null; variant: string | null; sourceDocument: string; sourcePlace: string;
    sourceQuote: string | null; note: string | null; origin: 'seed' | 'analyst';
  };
  edit: { value: number | null; note: string; editedAt: string } | null;
  /** The value in force (for reading the history). */
  value: number | null;
};

function toRecord(f: Figure): Omit<FigureState['record'], 'origin'> {
  return {
    id: f.id, series: f.series, gemeente: f.gemeente, seedValue: f.value, valueHigh: f.valueHigh ?? null, periodFrom: f.periodFrom, periodTo: f.periodTo,
    peildatum: f.peildatum, expression: f.expression ?? null, variant: f.variant ?? null, sourceDocument: f.source.document, sourcePlace: f.source.place,
    sourceQuote: f.source.quote ?? null, note: f.note ?? null,
  };
}

export class DatasetRepo implements Sync<DatasetOperations> {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string,
    private readonly history: HistoryRepo,
    private readonly projects: { list(): Project[] },
  ) {}

  figureViews(): FigureView[] {
    const rows = this.db
      .prepare(
        `SELECT f.*, e.value AS edit_value, e.note AS edit_note, e.edited_at
         FROM figure f LEFT JOIN figure_edit e ON e.figure_id = f.id
         ORDER BY f.series, f.period_from, f.period_to, f.gemeente IS NULL, f.gemeente, f.id`,
      )
      .all();
    return rows.map((r) => toView(FigureRow.parse(r)));
  }

  /** The dataset in force: seed values with the analyst's edits applied. Checked on the way out. */
  dataset(views: readonly FigureView[] = this.figureViews()): Dataset {
    const gemeenten = this.db
      .prepare('SELECT code, name, member_from AS memberFrom, member_until AS memberUntil, note FROM gemeente ORDER BY rowid')
      .all()
      .map((r) => {
        const { note, ...row } = r as { note: string | null } & Record<string, unknown>;
        return Gemeente.parse(note === null ? row : { ...row, note });
      });
    const series = (this.db.prepare('SELECT definition FROM series ORDER BY rowid').pluck().all() as string[]).map((d) =>
      Series.parse(JSON.parse(d)),
    );
    const relations = (this.db.prepare('SELECT definition FROM relation ORDER BY rowid').pluck().all() as string[]).map((d) =>
      Relation.parse(JSON.parse(d)),
    );
    const boundaries = this.db.prepare('SELECT definition FROM boundaries WHERE id = 1').pluck().get() as string | undefined;
    return Dataset.parse({
      gemeenten, series, relations, figures: views.map((v) => v.figure), projects: this.projects.list(),
      ...(boundaries !== undefined ? { boundaries: JSON.parse(boundaries) as unknown } : {}),
    });
  }

  /** Sets the analyst's value for a figure; the seed value stays beside it. Recorded in the history. */
  editFigure(id: string, value: number | null, note: string, origin: ChangeOrigin = ANALYST): FigureView {
    return immediate(this.db, () => {
      this.requireFigure(id);
      const before = this.figureState(id);
      this.setEdit(id, { value, note, editedAt: this.now() });
      this.history.record({ action: origin.importId ? 'import' : 'edit', target: 'figure', targetId: id, oldState: before, newState: this.figureState(id), source: origin.source, importId: origin.importId ?? null });
      return this.view(id);
    });
  }

  /** Back to the seed value. Recorded in the history. */
  revertFigure(id: string): FigureView {
    return immediate(this.db, () => {
      this.requireFigure(id);
      const before = this.figureState(id);
      this.db.prepare('DELETE FROM figure_edit WHERE figure_id = ?').run(id);
      this.history.record({ action: 'revert', target: 'figure', targetId: id, oldState: before, newState: this.figureState(id), source: ANALYST.source });
      return this.view(id);
    });
  }

  /** A figure the sources did not have (e.g. completions 2024 from an import); origin "analyst". */
  addFigure(figure: Figure, origin: ChangeOrigin): void {
    immediate(this.db, () => {
      if (this.figureState(figure.id)) throw new StoreError('invalid', `Cijfer ${figure.id} bestaat al.`);
      const state: FigureState = { record: { ...toRecord(figure), origin: 'analyst' }, edit: null, value: figure.value };
      this.writeState(figure.id, state);
      this.history.record({ action: origin.importId ? 'import' : 'add', target: 'figure', targetId: figure.id, oldState: null, newState: state, source: origin.source, importId: origin.importId ?? null });
    });
  }

  /** The whole state of one figure (null = it does not exist), for the history and for reverting. */
  figureState(id: string): FigureState | null {
    const row = this.db
      .prepare(
        `SELECT f.*, e.value AS edit_value, e.note AS edit_note, e.edited_at
         FROM figure f LEFT JOIN figure_edit e ON e.figure_id = f.id WHERE f.id = ?`,
      )
      .get(id);
    if (!row) return null;
    const r = FigureRow.parse(row);
    const edit = r.edited_at === null ? null : { value: r.edit_value, note: r.edit_note ?? '', editedAt: r.edited_at };
    return {
      record: {
        id: r.id, series: r.series, gemeente: r.gemeente, seedValue: r.seed_value, valueHigh: r.value_high, periodFrom: r.period_from, periodTo: r.period_to,
        peildatum: r.peildatum, expression: r.expression, variant: r.variant, sourceDocument: r.source_document, sourcePlace: r.source_place,
        sourceQuote: r.source_quote, note: r.note, origin: r.origin,
      },
      edit,
      value: edit ? edit.value : r.seed_value,
    };
  }

  /** Puts a figure back in a recorded state (null removes an analyst's figure). Caller holds the transaction. */
  writeState(id: string, state: FigureState | null): void {
    if (state === null) {
      this.db.prepare('DELETE FROM figure_edit WHERE figure_id = ?').run(id);
      const info = this.db.prepare("DELETE FROM figure WHERE id = ? AND origin = 'analyst'").run(id);
      if (info.changes === 0 && this.figureState(id)) throw new StoreError('invalid', `Cijfer ${id} komt uit de bronnen en kan niet worden verwijderd.`);
      return;
    }
    const r = state.record;
    this.db
      .prepare(
        `INSERT INTO figure (id, series, gemeente, seed_value, value_high, period_from, period_to, peildatum, expression, variant,
           source_document, source_place, source_quote, note, origin)
         VALUES (@id, @series, @gemeente, @seedValue, @valueHigh, @periodFrom, @periodTo, @peildatum, @expression, @variant,
           @sourceDocument, @sourcePlace, @sourceQuote, @note, @origin)
         ON CONFLICT (id) DO UPDATE SET seed_value = excluded.seed_value, peildatum = excluded.peildatum,
           source_document = excluded.source_document, source_place = excluded.source_place, note = excluded.note`,
      )
      .run(r);
    if (state.edit) this.setEdit(id, state.edit);
    else this.db.prepare('DELETE FROM figure_edit WHERE figure_id = ?').run(id);
  }

  private setEdit(id: string, edit: { value: number | null; note: string; editedAt: string }): void {
    this.db
      .prepare(
        `INSERT INTO figure_edit (figure_id, value, note, edited_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (figure_id) DO UPDATE SET value = excluded.value, note = excluded.note, edited_at = excluded.edited_at`,
      )
      .run(id, edit.value, edit.note, edit.editedAt);
  }

  private requireFigure(id: string): void {
    if (!this.db.prepare('SELECT 1 FROM figure WHERE id = ?').get(id)) {
      throw new StoreError('notFound', `Cijfer ${id} bestaat niet in de dataset.`);
    }
  }

  private view(id: string): FigureView {
    const row = this.db
      .prepare(
        `SELECT f.*, e.value AS edit_value, e.note AS edit_note, e.edited_at
         FROM figure f LEFT JOIN figure_edit e ON e.figure_id = f.id WHERE f.id = ?`,
      )
      .get(id);
    return toView(FigureRow.parse(row));
  }
}
