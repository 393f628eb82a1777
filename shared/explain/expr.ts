import { z } from 'zod';

/**
 * The arithmetic behind a figure, as data: numbers with what they are and where they come from,
 * and the operations between them. `evaluate` recomputes the figure from it, so a test can prove
 * that every derivation gives the number the engine gave; `render` shows it to a person.
 */

/** Where a number in a derivation comes from. */
export const Ref = z.discriminatedUnion('kind', [
  /** A figure of the dataset, with its source; `original` is set when the scenario replaced its value. */
  z
    .object({
      kind: z.literal('figure'),
      figureId: z.string(),
      document: z.string(),
      place: z.string(),
      period: z.string(),
      original: z.number().nullable().optional(),
    })
    .strict(),
  /** A scenario assumption (a path into the scenario's params); `isDefault` when the scenario left it at its default. */
  z.object({ kind: z.literal('assumption'), path: z.string(), isDefault: z.boolean() }).strict(),
  /** Another figure of the result, which has a derivation of its own. */
  z.object({ kind: z.literal('result'), where: z.string(), path: z.string() }).strict(),
  /** A project of the register. */
  z.object({ kind: z.literal('project'), projectId: z.string(), name: z.string() }).strict(),
  /** A planned placement of facilities in the scenario (MODEL §5.4). */
  z.object({ kind: z.literal('placement'), placementId: z.string(), name: z.string() }).strict(),
]);
export type Ref = z.infer<typeof Ref>;

/** What a number is, worded by the catalogue (shared/i18n/texts/explain.ts); `arg` fills a blank (a year, a type, a status…). */
export const Label = z.object({ key: z.string(), arg: z.union([z.string(), z.number()]).optional() }).strict();
export type Label = z.infer<typeof Label>;

export type NumberUnit = 'homes' | 'share' | 'year' | 'years' | 'factor' | 'inhabitants' | 'percent';

export type Expr =
  | { k: 'n'; v: number | null; label: Label; unit?: NumberUnit; ref?: Ref }
  | { k: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max'; a: Expr; b: Expr }
  | { k: 'sum'; terms: Expr[] }
  /** Smallest whole number ≥ a (tolerating the rounding of a division that should be whole). */
  | { k: 'ceil'; a: Expr }
  /** a when a ≤ last, else null ("not within the years searched"). */
  | { k: 'upTo'; a: Expr; last: number }
  /** The first year whose value reaches the target; null if none does. */
  | { k: 'firstYear'; target: Expr; years: { year: number; value: Expr }[] }
  /** The latest of several years; null if any of them is null. */
  | { k: 'latest'; terms: Expr[] };

export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.object({ k: z.literal('n'), v: z.number().nullable(), label: Label, unit: z.enum(['homes', 'share', 'year', 'years', 'factor', 'inhabitants', 'percent']).optional(), ref: Ref.optional() }).strict(),
    z.object({ k: z.enum(['add', 'sub', 'mul', 'div', 'min', 'max']), a: ExprSchema, b: ExprSchema }).strict(),
    z.object({ k: z.literal('sum'), terms: z.array(ExprSchema) }).strict(),
    z.object({ k: z.literal('ceil'), a: ExprSchema }).strict(),
    z.object({ k: z.literal('upTo'), a: ExprSchema, last: z.number().int() }).strict(),
    z.object({ k: z.literal('firstYear'), target: ExprSchema, years: z.array(z.object({ year: z.number().int(), value: ExprSchema }).strict()) }).strict(),
    z.object({ k: z.literal('latest'), terms: z.array(ExprSchema) }).strict(),
  ]),
);

// Builders, so a derivation reads like its formula.
export const num = (v: number | null, label: Label, opts: { unit?: NumberUnit; ref?: Ref } = {}): Expr => ({ k: 'n', v, label, ...opts });
export const add = (a: Expr, b: Expr): Expr => ({ k: 'add', a, b });
export const sub = (a: Expr, b: Expr): Expr => ({ k: 'sub', a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ k: 'mul', a, b });
export const div = (a: Expr, b: Expr): Expr => ({ k: 'div', a, b });
export const min = (a: Expr, b: Expr): Expr => ({ k: 'min', a, b });
export const max = (a: Expr, b: Expr): Expr => ({ k: 'max', a, b });
export const sum = (terms: Expr[]): Expr => ({ k: 'sum', terms });
export const label = (key: string, arg?: string | number): Label => (arg === undefined ? { key } : { key, arg });

/** Recomputes the figure. Mirrors the engine's tolerance where it compares (1e-9). */
export function evaluate(e: Expr): number | null {
  switch (e.k) {
    case 'n':
      return e.v;
    case 'sum':
      return e.terms.reduce<number | null>((s, t) => {
        const v = evaluate(t);
        return s === null || v === null ? null : s + v;
      }, 0);
    case 'ceil': {
      const a = evaluate(e.a);
      return a === null ? null : Math.ceil(a - 1e-9);
    }
    case 'upTo': {
      const a = evaluate(e.a);
      return a === null || a > e.last ? null : a;
    }
    case 'firstYear': {
      const target = evaluate(e.target);
      if (target === null) return null;
      return e.years.find((y) => (evaluate(y.value) ?? -Infinity) >= target - 1e-9)?.year ?? null;
    }
    case 'latest': {
      const values = e.terms.map(evaluate);
      return values.some((v) => v === null) || values.length === 0 ? null : Math.max(...(values as number[]));
    }
    default: {
      const a = evaluate(e.a);
      const b = evaluate(e.b);
      if (a === null || b === null) return null;
      if (e.k === 'add') return a + b;
      if (e.k === 'sub') return a - b;
      if (e.k === 'mul') return a * b;
      if (e.k === 'div') return b === 0 ? null : a / b;
      return e.k === 'min' ? Math.min(a, b) : Math.max(a, b);
    }
  }
}

/** Every number in the derivation that points somewhere (dataset, assumption, other figure, project), once each. */
export function refsOf(e: Expr): Extract<Expr, { k: 'n' }>[] {
  const out: Extract<Expr, { k: 'n' }>[] = [];
  const seen = new Set<string>();
  const walk = (x: Expr): void => {
    if (x.k === 'n') {
      const key = JSON.stringify([x.ref, x.label, x.v]);
      if (x.ref && !seen.has(key)) {
        seen.add(key);
        out.push(x);
      }
      return;
    }
    if (x.k === 'sum' || x.k === 'latest') x.terms.forEach(walk);
    else if (x.k === 'firstYear') {
      walk(x.target);
      for (const y of x.years) walk(y.value);
    } else if (x.k === 'ceil' || x.k === 'upTo') walk(x.a);
    else {
      walk(x.a);
      walk(x.b);
    }
  };
  walk(e);
  return out;
}
