import type { Locale } from '../format/nl';
import { formatNumber } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { Dataset } from '../dataset/schema';
import { assumptionLabel, inputValue, optionsText } from '../export/sections/assumptionValue';
import { facilityTypeName } from '../i18n/facilityType';
import { assumptionAt, assumptionWords } from '../scenario/assumptions';
import type { ScenarioParamsFields } from '../scenario/schema';
import type { z } from 'zod';
import { subjectText } from './changeText';

/** What a version of a scenario holds, as far as the history compares it. */
export type ScenarioState = { name: string; description: string; params: z.output<typeof ScenarioParamsFields> };

type Key = string;
/**
 * One difference between two versions of a scenario. Settings are compared leaf by leaf; a list
 * (excluded gemeenten) counts as one value; the records keyed by something that holds dots
 * (figure ids, assumption keys) are kept whole.
 */
export type ScenarioChange =
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'description' }
  /** `path`: the setting's keys, e.g. ['programme', 'customPace', 'GM0402']. */
  | { kind: 'setting'; path: readonly Key[]; from: unknown; to: unknown }
  | { kind: 'override'; figureId: string; from: number | undefined; to: number | undefined }
  | { kind: 'range'; key: string; from: { low: number; high: number } | undefined; to: { low: number; high: number } | undefined }
  | { kind: 'openChoice'; key: string; from: Record<string, number> | undefined; to: Record<string, number> | undefined }
  | { kind: 'placements'; from: number; to: number };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Everything that differs from `before` to `after`, in the order the editor lists it: name, description, then the settings. */
export function scenarioDiff(before: ScenarioState, after: ScenarioState): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  if (before.name !== after.name) out.push({ kind: 'renamed', from: before.name, to: after.name });
  if (before.description !== after.description) out.push({ kind: 'description' });
  const a = before.params;
  const b = after.params;
  const walk = (x: unknown, y: unknown, path: Key[]) => {
    if (same(x, y)) return;
    if (isRecord(x) || isRecord(y)) {
      const xr = isRecord(x) ? x : {};
      const yr = isRecord(y) ? y : {};
      for (const k of new Set([...Object.keys(xr), ...Object.keys(yr)])) walk(xr[k], yr[k], [...path, k]);
      return;
    }
    out.push({ kind: 'setting', path, from: x, to: y });
  };
  for (const k of Object.keys({ ...a, ...b }) as (keyof typeof a)[]) {
    if (k === 'dataOverrides') {
      for (const id of new Set([...Object.keys(a.dataOverrides), ...Object.keys(b.dataOverrides)])) {
        if (a.dataOverrides[id] !== b.dataOverrides[id]) out.push({ kind: 'override', figureId: id, from: a.dataOverrides[id], to: b.dataOverrides[id] });
      }
    } else if (k === 'uncertainty') {
      const [u, v] = [a.uncertainty, b.uncertainty];
      for (const key of new Set([...Object.keys(u.ranges), ...Object.keys(v.ranges)])) {
        if (!same(u.ranges[key], v.ranges[key])) out.push({ kind: 'range', key, from: u.ranges[key], to: v.ranges[key] });
      }
      for (const key of new Set([...Object.keys(u.alternatives), ...Object.keys(v.alternatives)])) {
        if (!same(u.alternatives[key], v.alternatives[key])) out.push({ kind: 'openChoice', key, from: u.alternatives[key], to: v.alternatives[key] });
      }
      walk(u.seed, v.seed, ['uncertainty', 'seed']);
      walk(u.draws, v.draws, ['uncertainty', 'draws']);
    } else if (k === 'solidarity') {
      if (!same(a.solidarity.placements, b.solidarity.placements)) out.push({ kind: 'placements', from: a.solidarity.placements.length, to: b.solidarity.placements.length });
      walk({ ...a.solidarity, placements: null }, { ...b.solidarity, placements: null }, ['solidarity']);
    } else {
      walk(a[k], b[k], [k]);
    }
  }
  return out;
}

/** What the wording needs from the data: gemeente names, and figures by id for the data overrides. */
export type DiffNames = Pick<Dataset, 'gemeenten' | 'series' | 'figures'>;

/** One line per change, in `locale`: "Tempofactor: 1 → 1,25", "Naam: ‘Kopie van Basis’ → ‘Versneld Hilversum’". */
export function scenarioChangeLines(changes: readonly ScenarioChange[], locale: Locale, names?: DiffNames): string[] {
  return changes.map((c) => scenarioChangeLine(c, locale, names));
}

export function scenarioChangeLine(c: ScenarioChange, locale: Locale, names?: DiffNames): string {
  const all = texts(locale);
  const w = all.history.diff;
  const none = w.unset;
  switch (c.kind) {
    case 'renamed':
      return w.renamed(c.from, c.to);
    case 'description':
      return w.description;
    case 'override': {
      const figure = figureLabel(c.figureId, locale, names);
      if (c.from === undefined) return w.overrideAdded(figure, formatNumber(c.to ?? 0, 2, locale));
      if (c.to === undefined) return w.overrideRemoved(figure, formatNumber(c.from, 2, locale));
      return w.change(w.override(figure), formatNumber(c.from, 2, locale), formatNumber(c.to, 2, locale));
    }
    case 'range': {
      const t = all.tables.assumptions;
      const show = (r: { low: number; high: number } | undefined) => (r ? t.rangeValue(inputValue(c.key, r.low, locale), inputValue(c.key, r.high, locale)) : t.noUncertainty);
      return w.change(t.rangeOf(assumptionLabel(c.key, locale)), show(c.from), show(c.to));
    }
    case 'openChoice': {
      const t = all.tables.assumptions;
      const show = (o: Record<string, number> | undefined) => (o ? optionsText(c.key, Object.entries(o).map(([option, weight]) => ({ option, weight })), locale) : t.noUncertainty);
      return w.change(t.openChoiceOf(assumptionLabel(c.key, locale)), show(c.from), show(c.to));
    }
    case 'placements':
      return w.change(w.placements, formatNumber(c.from, 0, locale), formatNumber(c.to, 0, locale));
    case 'setting': {
      const { label, key } = settingLabel(c.path, locale, names);
      const show = (v: unknown): string => valueText(v, key, locale, names) ?? none;
      return w.change(label, show(c.from), show(c.to));
    }
  }
}

/** The setting's name in words (the catalogue's assumption names), with its gemeente and housing type where it is one of those. */
function settingLabel(path: readonly Key[], locale: Locale, names?: DiffNames): { label: string; key: string | null } {
  const all = texts(locale);
  const dotted = path.join('.');
  if (dotted === 'uncertainty.seed') return { label: all.uncertaintyEditor.section.seed, key: null };
  if (dotted === 'uncertainty.draws') return { label: all.uncertaintyEditor.section.draws, key: null };
  const a = assumptionAt(dotted);
  if (!a) return { label: all.history.diff.otherSetting, key: null };
  const words = assumptionWords(a, locale);
  if (dotted === a.key) return { label: words.label, key: a.key };
  // A per-gemeente record: its name, then the gemeente, then the housing type if per type.
  const record = a.perGemeente?.key;
  const rest = record !== undefined && dotted.startsWith(`${record}.`) ? dotted.slice(record.length + 1).split('.') : dotted.slice(a.key.length + 1).split('.');
  // A type weight is keyed by the facility type, named in words like everywhere else.
  const facility = dotted.startsWith('solidarity.typeWeights.');
  const parts = rest.map((p) => gemeenteName(p, names) ?? housingType(p, locale) ?? (facility ? facilityTypeName(p, locale) : p));
  const base = record !== undefined && record !== a.key && words.perGemeente !== '' ? words.perGemeente : words.label;
  return { label: [base, ...parts].join(' · '), key: a.key };
}

function gemeenteName(code: string, names?: DiffNames): string | null {
  if (!/^GM\d{4}$/.test(code)) return null;
  return names?.gemeenten.find((g) => g.code === code)?.name ?? code;
}

function housingType(key: string, locale: Locale): string | null {
  const types = texts(locale).terms.housingType as Record<string, string>;
  return Object.hasOwn(types, key) ? (types[key] ?? null) : null;
}

function valueText(v: unknown, key: string | null, locale: Locale, names?: DiffNames): string | null {
  if (v === undefined || v === null) return null;
  // A year reads as one: 2035, not 2.035.
  if (typeof v === 'number' && key !== null && assumptionAt(key)?.kind.type === 'year') return String(v);
  if (typeof v === 'number' || typeof v === 'string') return key === null ? (typeof v === 'number' ? formatNumber(v, 2, locale) : v) : inputValue(key, v, locale);
  if (typeof v === 'boolean') return texts(locale).history.diff.yesNo[v ? 'yes' : 'no'];
  if (Array.isArray(v)) return v.length === 0 ? '–' : v.map((x) => (typeof x === 'string' ? (gemeenteName(x, names) ?? x) : String(x))).join(', ');
  return null;
}

function figureLabel(id: string, locale: Locale, names?: DiffNames): string {
  const f = names?.figures.find((x) => x.id === id);
  if (!f || !names) return id;
  const series = names.series.find((s) => s.id === f.series);
  const gemeente = f.gemeente === null ? null : (names.gemeenten.find((g) => g.code === f.gemeente)?.name ?? f.gemeente);
  return subjectText(locale, {
    code: 'figure',
    params: { series: series?.label ?? f.series, seriesEn: series?.labelEn ?? f.series, gemeente, from: f.periodFrom, to: f.periodTo },
  });
}
