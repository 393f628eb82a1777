import type Database from 'better-sqlite3';
import { z } from 'zod';
import { Dataset, Figure, Gemeente, Relation, Series } from '../../shared/dataset/schema';
import { FigureView } from '../../shared/dataset/figureView';
import { StoreError } from './errors';

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

export class DatasetRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string,
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
  dataset(): Dataset {
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
    return Dataset.parse({ gemeenten, series, relations, figures: this.figureViews().map((v) => v.figure) });
  }

  /** Sets the analyst's value for a figure; the seed value stays beside it. */
  editFigure(id: string, value: number | null, note: string): FigureView {
    return this.db.transaction(() => {
      this.requireFigure(id);
      this.db
        .prepare(
          `INSERT INTO figure_edit (figure_id, value, note, edited_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (figure_id) DO UPDATE SET value = excluded.value, note = excluded.note, edited_at = excluded.edited_at`,
        )
        .run(id, value, note, this.now());
      return this.view(id);
    })();
  }

  /** Back to the seed value. */
  revertFigure(id: string): FigureView {
    return this.db.transaction(() => {
      this.requireFigure(id);
      this.db.prepare('DELETE FROM figure_edit WHERE figure_id = ?').run(id);
      return this.view(id);
    })();
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
