import type { Locale } from '../format/nl';
import { EN, NL, type Formats } from '../i18n/format';
import { texts } from '../i18n/catalogue';
import { facilityTypeName } from '../i18n/facilityType';
import { say } from '../i18n/coded';
import { assumptionAt, assumptionWords } from '../scenario/assumptions';
import { refsOf, type Expr, type Label, type NumberUnit, type Ref } from './expr';
import { explainFigure, pattern, REGION, unitOf, type Derivation } from './explain';

type Context = Parameters<typeof explainFigure>[0];
type Blank = (arg: string) => string;

/** A derivation as people read it: the formula in words, with its numbers, the result; each input with its source. */
export type ExplainedFigure = {
  where: string;
  /** The gemeente's name, or "regio". */
  place: string;
  path: string;
  name: string;
  value: number | null;
  valueText: string;
  /** "doel bouwprogramma − prognose einde programma" */
  inWords: string;
  /** "3.200 − (365 + 182,5 × 7)": the figures it refers to opened one level where that stays short. */
  withNumbers: string;
  inputs: { value: string; label: string; source: string; ref: Ref | null }[];
  warnings: string[];
};

const formats = (locale: Locale): Formats => (locale === 'nl-NL' ? NL : EN);

export function figureName(path: string, locale: Locale): string {
  const words = texts(locale).explain.figure as Record<string, Blank>;
  const elderly = /^elderly\.(nultreden|geclusterd|zorggeschikt|total)\.(\w+)$/.exec(path);
  if (elderly) return words[`elderly.*.${elderly[2]}`]?.(elderly[1] ?? '') ?? path;
  const ledger = /^ledger\.(\w+)\.(.+)$/.exec(path);
  if (ledger) return words[`ledger.*.${ledger[2]}`]?.(facilityTypeName(ledger[1] ?? '', locale)) ?? path;
  const year = /\.(\d{4})(?=\.|$)/.exec(path)?.[1] ?? '';
  return words[pattern(path)]?.(year) ?? path;
}


function labelText(l: Label, locale: Locale): string {
  if (l.key.startsWith('figure:')) {
    const path = l.key.slice('figure:'.length);
    if (path.startsWith('elderly.*.')) return figureName(path.replace('*', String(l.arg ?? 'total')), locale);
    return figureName(l.arg === undefined ? path : path.replace('*', String(l.arg)), locale);
  }
  const words = texts(locale).explain.label as Record<string, Blank>;
  // A facility type travels as its id and is named in the reader's language.
  if (l.key === 'typeWeight') return words[l.key]?.(facilityTypeName(String(l.arg ?? ''), locale)) ?? l.key;
  return words[l.key]?.(l.arg === undefined ? '' : String(l.arg)) ?? l.key;
}

function numberText(v: number | null, unit: NumberUnit | undefined, locale: Locale): string {
  const f = formats(locale);
  if (v === null) return texts(locale).explain.words.noValue;
  switch (unit) {
    case 'share':
      return f.pct(v, 1);
    case 'year':
    case 'years':
      return String(v);
    case 'percent':
      return f.n(v, 1);
    default:
      // A real minus sign, as on the axes and in the tables.
      return f.n(v, Math.abs(v) < 1 && v !== 0 ? 4 : 2).replace(/^-/, '−');
  }
}

const PRECEDENCE: Record<Expr['k'], number> = { add: 1, sub: 1, sum: 1, mul: 2, div: 2, n: 3, min: 3, max: 3, ceil: 3, upTo: 3, firstYear: 3, latest: 3 };

/**
 * Renders a formula, with numbers (`leaf`) or words. `open` decides whether a reference to
 * another figure is shown as that figure's own formula (one level, in brackets).
 */
function show(e: Expr, locale: Locale, leaf: (n: Extract<Expr, { k: 'n' }>) => string, open: (n: Extract<Expr, { k: 'n' }>) => Expr | null): string {
  const w = texts(locale).explain.words;
  const sep = w.separator;
  const inner = (x: Expr, limit: number): string => {
    const opened = x.k === 'n' ? open(x) : null;
    const shown = opened ?? x;
    const text = opened ? show(opened, locale, leaf, () => null) : render(x);
    return PRECEDENCE[shown.k] < limit ? `(${text})` : text;
  };
  const render = (x: Expr): string => {
    switch (x.k) {
      case 'n':
        return leaf(x);
      case 'sum':
        return x.terms.map((t) => inner(t, 1)).join(' + ');
      case 'add':
        return `${inner(x.a, 1)} + ${inner(x.b, 1)}`;
      case 'sub':
        return `${inner(x.a, 1)} − ${inner(x.b, 2)}`;
      case 'mul':
        return `${inner(x.a, 2)} × ${inner(x.b, 2)}`;
      case 'div':
        return `${inner(x.a, 2)} / ${inner(x.b, 3)}`;
      case 'min':
      case 'max':
        return `${x.k}(${inner(x.a, 0)}${sep}${inner(x.b, 0)})`;
      case 'ceil':
        return `⌈${inner(x.a, 0)}⌉`;
      case 'upTo':
        return inner(x.a, 0);
      case 'firstYear':
        return w.firstYear(inner(x.target, 0));
      case 'latest':
        return `${w.latest} (${x.terms.map((t) => inner(t, 0)).join(sep)})`;
    }
  };
  return render(e);
}

function sourceText(n: Extract<Expr, { k: 'n' }>, c: Context, locale: Locale): string {
  const w = texts(locale).explain.words;
  const ref = n.ref;
  if (!ref) return '';
  switch (ref.kind) {
    case 'figure': {
      const base = `${ref.document} · ${ref.place} (${ref.period})`;
      return ref.original !== undefined ? `${base}; ${w.replaced(numberText(ref.original, n.unit, locale))}` : base;
    }
    case 'assumption': {
      const a = assumptionAt(ref.path);
      const name = a ? assumptionWords(a, locale).label : ref.path;
      return `${w.assumption(name)} (${ref.isDefault ? w.defaultValue : w.setByScenario})`;
    }
    case 'result': {
      const place = ref.where === REGION ? w.region : (c.result.gemeenten.find((g) => g.code === ref.where)?.name ?? ref.where);
      return w.seeFigure(`${figureName(ref.path, locale)} · ${place}`);
    }
    case 'project':
      return w.project(ref.name);
    case 'placement':
      return w.placement(ref.name);
  }
}

/** Opens a reference to another figure when its formula is short enough to read inline. */
function opener(c: Context): (n: Extract<Expr, { k: 'n' }>) => Expr | null {
  return (n) => {
    if (n.ref?.kind !== 'result') return null;
    const d = explainFigure(c, n.ref.where, n.ref.path);
    if (!d || d.formula.k === 'n' || size(d.formula) > 4) return null;
    return d.formula;
  };
}
function size(e: Expr): number {
  return refsOf(e).length + (e.k === 'sum' ? e.terms.length : 0);
}

export function describe(d: Derivation, c: Context, locale: Locale): ExplainedFigure {
  const w = texts(locale).explain.words;
  const place = d.where === REGION ? w.region : (c.result.gemeenten.find((g) => g.code === d.where)?.name ?? d.where);
  const unit = d.formula.k === 'n' ? d.formula.unit : unitOf(d.path);
  const valueText = d.value === null && /catchUpYear/.test(d.path) ? w.notWithin(String(2041)) : numberText(d.value, unit, locale);
  const inputs = refsOf(d.formula).map((n) => ({ value: numberText(n.v, n.unit, locale), label: labelText(n.label, locale), source: sourceText(n, c, locale), ref: n.ref ?? null }));
  return {
    where: d.where,
    place,
    path: d.path,
    name: figureName(d.path, locale),
    value: d.value,
    valueText,
    inWords: show(d.formula, locale, (n) => labelText(n.label, locale), () => null),
    withNumbers: show(d.formula, locale, (n) => numberText(n.v, n.unit, locale), opener(c)),
    inputs,
    warnings: d.warnings.map((x) => say(texts(locale).warnings, x)),
  };
}

/** The derivation as lines of plain text (command line, memo appendix). */
export function describeAsText(e: ExplainedFigure, locale: Locale): string[] {
  const w = texts(locale).explain.words;
  const lines = [`${e.place} · ${e.name} [${e.path}]`, `  = ${e.inWords}`];
  if (e.withNumbers !== e.valueText) lines.push(`  = ${e.withNumbers}`);
  lines.push(`  = ${e.valueText}`);
  if (e.inputs.length > 0) {
    lines.push(w.inputs);
    for (const i of e.inputs) {
      // On the command line, a figure it refers to comes with what to ask next instead of "see …".
      const source = i.ref?.kind === 'result' ? `[--gemeente ${i.ref.where} --figure ${i.ref.path}]` : i.source;
      lines.push(`  ${i.value.padStart(10)}  ${i.label}${source ? ` · ${source}` : ''}`);
    }
  }
  if (e.warnings.length > 0) {
    lines.push(w.warnings);
    for (const x of e.warnings) lines.push(`  - ${x}`);
  }
  return lines;
}
