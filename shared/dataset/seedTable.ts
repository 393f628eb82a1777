import { z } from 'zod';
import { Figure, GemeenteCode, Source } from './schema';

/**
 * The seed files in `seeds/` are written as tables, the way the sources print them: one series,
 * one period, one place in a source document, and a row per gemeente (or one for the region).
 * `expandSeedTable` turns such a table into figures with provenance.
 */
const SeedRow = z
  .object({
    gemeente: GemeenteCode.nullable(),
    value: z.number().nullable(),
    valueHigh: z.number().nullable().optional(),
    expression: z.string().optional(),
    note: z.string().optional(),
    /** Overrides of the table-level provenance for one row. */
    peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    source: Source.optional(),
  })
  .strict();

export const SeedTable = z
  .object({
    series: z.string().min(1),
    periodFrom: z.number().int(),
    periodTo: z.number().int(),
    peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    variant: z.string().optional(),
    source: Source,
    note: z.string().optional(),
    rows: z.array(SeedRow).min(1),
  })
  .strict();
export type SeedTable = z.infer<typeof SeedTable>;

export const SeedFile = z
  .object({
    dataset: z.string().min(1),
    title: z.string().min(1),
    tables: z.array(SeedTable).min(1),
  })
  .strict();
export type SeedFile = z.infer<typeof SeedFile>;

/** `series:gemeente:period[@peildatum][:variant]`, e.g. `bouwprogramma.totaal:GM0402:2022-2030`. */
export function figureId(
  series: string,
  gemeente: string | null,
  periodFrom: number,
  periodTo: number,
  peildatum: string | null,
  variant?: string,
): string {
  const period = (periodFrom === periodTo ? `${periodFrom}` : `${periodFrom}-${periodTo}`) + (peildatum ? `@${peildatum}` : '');
  return [series, gemeente ?? 'regio', period, ...(variant ? [variant] : [])].join(':');
}

export function expandSeedTable(table: SeedTable): Figure[] {
  return table.rows.map((row) => {
    const peildatum = row.peildatum !== undefined ? row.peildatum : table.peildatum;
    const note = [table.note, row.note].filter((n): n is string => Boolean(n)).join(' ');
    return {
      id: figureId(table.series, row.gemeente, table.periodFrom, table.periodTo, peildatum, table.variant),
      series: table.series,
      gemeente: row.gemeente,
      value: row.value,
      ...(row.valueHigh !== undefined ? { valueHigh: row.valueHigh } : {}),
      periodFrom: table.periodFrom,
      periodTo: table.periodTo,
      peildatum,
      ...(row.expression !== undefined ? { expression: row.expression } : {}),
      ...(table.variant !== undefined ? { variant: table.variant } : {}),
      source: row.source ?? table.source,
      ...(note ? { note } : {}),
    } satisfies Figure;
  });
}
