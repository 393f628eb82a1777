import { z } from 'zod';
import type { AssumptionMeta } from './assumptionMeta';
import { readParam } from './paramPath';
import { fieldAtPath, unwrap, type SchemaNode } from './schemaWalk';

/**
 * MODEL.md §5.6: the scenario's uncertainty. Ranges (low and high; the likely value is the
 * assumption's own value) on numbers whose schema field carries `range` in its metadata, and
 * weights on the options of choices that carry `alternatives` (the zorggeschikt need of 819 in
 * the text or 3 168 in the table). The seed and the number of draws are stored with the scenario,
 * so the same scenario always gives the same bands. Without ranges or alternatives there is
 * nothing uncertain and no Monte Carlo runs.
 */
export const UNCERTAINTY_DEFAULT_SEED = 2030;

const bound = z.number().min(0, 'Een grens is 0 of meer.').max(1_000_000);
export const Range = z.object({ low: bound, high: bound }).strict();
export type Range = z.infer<typeof Range>;

export const UncertaintyParams = z
  .object({
    seed: z.number().int('Het startgetal is een geheel getal.').min(1, 'Het startgetal is minstens 1.').max(2_147_483_647).default(UNCERTAINTY_DEFAULT_SEED),
    draws: z
      .number()
      .int('Het aantal trekkingen is een geheel getal.')
      .min(100, 'Minstens 100 trekkingen: met minder zeggen P10 en P90 weinig.')
      .max(100_000, 'Hoogstens 100.000 trekkingen.')
      .default(10_000),
    /** By assumption key (`programme.paceMultiplier`). */
    ranges: z.record(z.string().max(80), Range).default({}),
    /** By assumption key, the weight of each option (relative; they need not add up to 1). */
    alternatives: z.record(z.string().max(80), z.record(z.string().max(40), z.number().min(0, 'Een gewicht is 0 of meer.').max(100))).default({}),
  })
  .strict();
export type UncertaintyParams = z.infer<typeof UncertaintyParams>;

export function hasUncertainty(u: UncertaintyParams): boolean {
  return Object.keys(u.ranges).length > 0 || Object.keys(u.alternatives).length > 0;
}

type Issue = { path: (string | number)[]; message: string };

const metaOf = (field: SchemaNode) => (field.meta() as { assumption?: AssumptionMeta } | undefined)?.assumption;

/** The nl-NL number in a message (the schema has no locale; the window words its own). */
const nl = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 4 });

/**
 * The rules between the uncertainty block and the assumptions it names: a range only on a number
 * that can carry one, low ≤ likely ≤ high inside the field's own bounds; weights only on the
 * options of a choice that can be left open, at least one above 0. `root` is the scenario schema
 * (passed in: this module is part of it).
 */
export function uncertaintyIssues(params: { uncertainty: UncertaintyParams }, root: SchemaNode): Issue[] {
  const issues: Issue[] = [];
  for (const [key, range] of Object.entries(params.uncertainty.ranges)) {
    const at = ['uncertainty', 'ranges', key];
    const field = fieldAtPath(root, key);
    const meta = field && metaOf(field);
    if (!field || !meta?.range) {
      issues.push({ path: at, message: `Voor "${key}" kan geen bandbreedte worden opgegeven.` });
      continue;
    }
    const inner = unwrap(field).inner as unknown as { minValue: number | null; maxValue: number | null };
    const min = inner.minValue ?? 0;
    const max = inner.maxValue ?? Infinity;
    if (range.low > range.high) issues.push({ path: [...at, 'high'], message: 'De bovengrens ligt onder de ondergrens.' });
    else if (range.low < min || range.high > max) issues.push({ path: [...at, range.low < min ? 'low' : 'high'], message: `De bandbreedte ligt binnen ${nl(min)} en ${nl(max)}.` });
    const value = readParam(params as never, key);
    if (typeof value === 'number' && (value < range.low || value > range.high)) {
      issues.push({ path: at, message: `De waarde ${nl(value)} ligt buiten de bandbreedte ${nl(range.low)}–${nl(range.high)}; de waarschijnlijke waarde ligt ertussen.` });
    }
    if (value === null && !meta.range.likelyFromData) issues.push({ path: at, message: 'Geef eerst een waarde; de bandbreedte ligt om die waarde heen.' });
  }
  for (const [key, weights] of Object.entries(params.uncertainty.alternatives)) {
    const at = ['uncertainty', 'alternatives', key];
    const field = fieldAtPath(root, key);
    const meta = field && metaOf(field);
    if (!field || !meta?.alternatives) {
      issues.push({ path: at, message: `"${key}" kan niet open worden gelaten.` });
      continue;
    }
    const options = (unwrap(field).inner as unknown as { options?: string[] }).options ?? [];
    for (const option of Object.keys(weights)) {
      if (!options.includes(option) || option === 'algemeen') issues.push({ path: [...at, option], message: `"${option}" is geen keuze van deze aanname.` });
    }
    if (Object.values(weights).every((w) => w <= 0)) issues.push({ path: at, message: 'Geef minstens één keuze een gewicht boven 0.' });
  }
  return issues;
}

/** The range offered first for an assumption with `likely` as its value, inside [min, max]. */
export function defaultRange(meta: NonNullable<AssumptionMeta['range']>, likely: number, min: number, max: number): Range {
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const [low, high] = 'relative' in meta ? [likely * meta.relative[0], likely * meta.relative[1]] : [likely - meta.spread, likely + meta.spread];
  // Rounded to what the editor shows, so the offered range reads as typed.
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  return { low: round(clamp(Math.min(low, likely))), high: round(clamp(Math.max(high, likely))) };
}
