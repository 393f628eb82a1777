import type { Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { SECTIONS, type AssumptionMeta, type AssumptionTextKey, type AssumptionUnit, type OptionLabels, type RangeDefault, type Section } from './assumptionMeta';
import { ScenarioParams } from './schema';
import { defOf, fieldAtPath, shapeOf, unwrap, type SchemaNode } from './schemaWalk';

/**
 * The catalogue of scenario assumptions (MODEL.md §5.1–5.3), read from the scenario schema: the
 * type, range and default from zod, the rest from each field's `.meta(assumption(…))`, the words
 * from the wording catalogue. The command line's `--set`, the scenario editor and the exports'
 * assumption tables all use it, so an assumption is described once.
 */
export type AssumptionKind =
  | { type: 'number'; min: number; max: number; step: number; nullable?: boolean }
  | { type: 'share'; nullable?: boolean }
  | { type: 'year'; min: number; max: number }
  | { type: 'enum'; options: readonly string[]; labels: OptionLabels }
  | { type: 'gemeenteList' }
  /** The scenario's planned placements (MODEL §5.4): edited on the Solidariteit screen or in a scenario file. */
  | { type: 'placementList' };

export type Assumption = {
  /** Dotted path into ScenarioParams, e.g. `programme.paceMultiplier`. */
  key: string;
  section: Section;
  /** Model section, e.g. "§5.1". */
  method: string;
  unit: AssumptionUnit;
  kind: AssumptionKind;
  text: AssumptionTextKey;
  textArg?: string;
  /**
   * The per-gemeente variant, if the assumption has one: a record keyed by CBS code at `key`,
   * holding one value (or one per housing type) of `kind`.
   */
  perGemeente?: { key: string; perType: boolean; kind: AssumptionKind };
  /** It can carry a low / likely / high range, offered first as this (MODEL §5.6). */
  range?: RangeDefault;
  /** Its options can be left open with weights (MODEL §5.6). */
  alternatives?: true;
};

const LIST_ORDER: readonly Section[] = ['algemeen', ...SECTIONS.filter((s) => s !== 'algemeen')];

type Node = SchemaNode;
const def = defOf;

function numberBounds(schema: Node): { min: number; max: number } {
  const n = schema as unknown as { minValue: number | null; maxValue: number | null };
  return { min: n.minValue ?? -Infinity, max: n.maxValue ?? Infinity };
}

function kindOf(schema: Node, meta: Pick<AssumptionMeta, 'entry' | 'options'>, key: string): AssumptionKind {
  const { inner, nullable } = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'enum':
      if (!meta.options) throw new Error(`${key}: een keuze heeft 'options' nodig in de metadata`);
      return { type: 'enum', options: (inner as unknown as { options: string[] }).options, labels: meta.options };
    case 'array':
      // A list of gemeenten (codes), or of placements (objects).
      return def(unwrap(d.element as Node).inner).type === 'object' ? { type: 'placementList' } : { type: 'gemeenteList' };
    case 'record':
      return kindOf(d.valueType as Node, meta, key);
    case 'object': {
      // A per-type record value ({ nultreden?, geclusterd?, zorggeschikt? }): the kind of one type.
      const first = (inner as unknown as { shape: Record<string, Node | undefined> }).shape.nultreden;
      if (!first) throw new Error(`${key}: onbekende objectwaarde`);
      return kindOf(first, meta, key);
    }
    case 'number': {
      const entry = meta.entry ?? { as: 'number', step: 1 };
      const { min, max } = numberBounds(inner);
      if (entry.as === 'share') return { type: 'share', ...(nullable ? { nullable } : {}) };
      if (entry.as === 'year') return { type: 'year', min, max };
      return { type: 'number', min, max, step: entry.step, ...(nullable ? { nullable } : {}) };
    }
    default:
      throw new Error(`${key}: geen aanname-soort voor een ${d.type}`);
  }
}

/** The record's value is one value per housing type. */
function isPerType(record: Node): boolean {
  const value = def(unwrap(record).inner).valueType as Node | undefined;
  return value !== undefined && def(unwrap(value).inner).type === 'object';
}

function fieldAt(root: Node, path: string): Node {
  const node = fieldAtPath(root, path);
  if (!node) throw new Error(`geen veld ${path} in het scenarioschema`);
  return node;
}

function collect(root: Node): Assumption[] {
  const out: Assumption[] = [];
  const walk = (node: Node, path: string[]) => {
    const shape = shapeOf(node);
    if (!shape) return;
    for (const [name, field] of Object.entries(shape)) {
      const key = [...path, name].join('.');
      const meta = (field.meta() as { assumption?: AssumptionMeta } | undefined)?.assumption;
      if (!meta) {
        walk(field, [...path, name]);
        continue;
      }
      const recordKey = meta.perGemeente === 'self' ? key : meta.perGemeente;
      const record = recordKey === undefined ? undefined : fieldAt(root, recordKey);
      out.push({
        key,
        section: meta.section,
        method: meta.method,
        unit: meta.unit,
        kind: kindOf(field, meta, key),
        text: meta.text,
        ...(meta.textArg === undefined ? {} : { textArg: meta.textArg }),
        ...(meta.range ? { range: meta.range } : {}),
        ...(meta.alternatives ? { alternatives: meta.alternatives } : {}),
        ...(record && recordKey
          ? { perGemeente: { key: recordKey, perType: isPerType(record), kind: kindOf(record, { ...meta, entry: meta.perGemeenteEntry ?? meta.entry }, recordKey) } }
          : {}),
      });
    }
  };
  walk(root, []);
  // Listed by section (the general ones first), in the schema's order within one.
  return out.sort((a, b) => LIST_ORDER.indexOf(a.section) - LIST_ORDER.indexOf(b.section));
}

export const ASSUMPTIONS: readonly Assumption[] = collect(ScenarioParams);

/** Every per-gemeente record in ScenarioParams, by its path. */
export const PER_GEMEENTE: ReadonlyMap<string, { assumption: Assumption; key: string; perType: boolean; kind: AssumptionKind }> = new Map(
  ASSUMPTIONS.flatMap((a) => (a.perGemeente ? [[a.perGemeente.key, { assumption: a, ...a.perGemeente }] as const] : [])),
);

const MOST_SPECIFIC_FIRST = [...ASSUMPTIONS].sort((x, y) => y.key.length - x.key.length);

/** The assumption a params path belongs to (itself, a part of it, or its per-gemeente record), the most specific first. */
export function assumptionAt(path: string): Assumption | undefined {
  return MOST_SPECIFIC_FIRST.find((x) => path === x.key || path.startsWith(`${x.key}.`) || (x.perGemeente !== undefined && path.startsWith(`${x.perGemeente.key}.`)));
}

/** What an assumption is called and means, in one language. */
export function assumptionWords(a: Assumption, locale: Locale): { label: string; explanation: string; unit: string; perGemeente: string } {
  const t = texts(locale).assumptions;
  const entry = t[a.text] as { label: string | ((arg: string) => string); explanation: string | ((arg: string) => string); perGemeente?: string };
  const arg = a.textArg ?? '';
  return {
    label: typeof entry.label === 'function' ? entry.label(arg) : entry.label,
    explanation: typeof entry.explanation === 'function' ? entry.explanation(arg) : entry.explanation,
    unit: a.unit === 'none' ? '' : t.unit[a.unit],
    perGemeente: entry.perGemeente ?? '',
  };
}

/** The label of one option of a choice ("trend" → "Trend"). */
export function optionLabel(kind: Extract<AssumptionKind, { type: 'enum' }>, value: string, locale: Locale): string {
  const t = texts(locale);
  // The per-type need source adds "as the general choice" to the need sources; its words live with the assumption.
  const labels: Readonly<Record<string, string>> = kind.labels === 'needSourceByType' ? t.assumptions.needSourceByType.options : t.terms[kind.labels];
  return labels[value] ?? value;
}

export function sectionTitle(section: Section, locale: Locale): string {
  return texts(locale).assumptions.section[section];
}

export { readParam } from './paramPath';
