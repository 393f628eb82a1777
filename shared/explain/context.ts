import type { Dataset, Figure } from '../dataset/schema';
import { periodKey } from '../dataset/query';
import type { Result } from '../result/schema';
import { defaultParams, type Scenario } from '../scenario/schema';
import { applyDataOverrides } from '../engine/dataOverrides';
import { extractInputs, type EngineInputs } from '../engine/inputs';
import type { Warning } from '../engine/warnings';
import { label, num, type Expr, type Label, type Ref } from './expr';
import { ledgerScope } from './ledgerScope';

/**
 * What every derivation stands on: the context (dataset as the scenario sees it, the result), the
 * references a number can carry, and the paths of the result's figures. Shared by the derivations
 * of each block (explain.ts, ledgerFormula.ts, weights.ts).
 */

export const REGION = 'regio';

export type Derivation = {
  /** A gemeente code or 'regio'. */
  where: string;
  /** Dotted path into the gemeente's (or region's) result, with years as path segments: programme.path.2027.projected. */
  path: string;
  value: number | null;
  formula: Expr;
  warnings: Warning[];
};

export type Context = {
  ds: Dataset;
  scenario: Scenario;
  result: Result;
  inputs: EngineInputs;
  overrides: Record<string, number>;
  originals: Map<string, number | null>;
};

export function explainContext(ds: Dataset, scenario: Scenario, result: Result): Context {
  const overrides = scenario.params.dataOverrides;
  const effective = Object.keys(overrides).length > 0 ? applyDataOverrides(ds, overrides, () => undefined) : ds;
  const originals = new Map(ds.figures.filter((f) => f.id in overrides).map((f) => [f.id, f.value]));
  return { ds: effective, scenario, result, inputs: extractInputs(effective), overrides, originals };
}

// ——— references ———

export function figureRef(c: Context, f: Figure): Ref {
  return {
    kind: 'figure',
    figureId: f.id,
    document: f.source.document,
    place: f.source.place,
    period: periodKey(f),
    ...(c.originals.has(f.id) ? { original: c.originals.get(f.id) ?? null } : {}),
  };
}
export const fig = (c: Context, f: Figure, l: Label, unit: 'homes' | 'inhabitants' | 'percent' = 'homes'): Expr => num(f.value, l, { unit, ref: figureRef(c, f) });

/** An assumption: its path in the scenario and whether it is still at the default. */
export function assumed(_c: Context, path: string, value: number, l: Label, unit: 'homes' | 'share' | 'factor' | 'year' = 'homes'): Expr {
  const defaults = defaultParams() as unknown as Record<string, unknown>;
  const isDefault = readPath(defaults, path) === value;
  return num(value, l, { unit, ref: { kind: 'assumption', path, isDefault } });
}

/** Another figure of the result, by reference (its own derivation explains it). */
export function the(c: Context, where: string, path: string, l?: Label): Expr {
  const v = figureValue(c.result, where, path);
  return num(v ?? null, l ?? label(`figure:${pattern(path)}`, yearIn(path)), { unit: unitOf(path), ref: { kind: 'result', where, path } });
}

export const years = (n: number, from: number, to: number): Expr => num(n, label('years', `${from}–${to}`), { unit: 'years' });
export const zero = (): Expr => num(0, label('zero'));

// ——— paths ———

/** 'programme.path.2027.projected' → 'programme.path.*.projected' (the key of its name in the catalogue). */
export function pattern(path: string): string {
  return path.replace(/\.\d{4}(?=\.|$)/g, '.*');
}
function yearIn(path: string): number | undefined {
  const m = /\.(\d{4})(?=\.|$)/.exec(path);
  return m ? Number(m[1]) : undefined;
}
/** The unit a figure of the result is shown in, by its path. */
export function unitOf(path: string): 'homes' | 'share' | 'year' | 'factor' {
  if (/catchUpYear|baseYear|horizon|programmeStart|programmeEnd|placements\.(from|to)$/.test(path)) return 'year';
  if (/typeWeight/.test(path)) return 'factor';
  if (/requiredShare|weight|taskShare/.test(path)) return 'share';
  return 'homes';
}

function readPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (Array.isArray(cur)) cur = cur.find((x: { year?: number }) => String(x.year) === seg);
    else if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[seg];
    else return undefined;
  }
  return cur;
}

/** The part of the result a derivation is about: a gemeente's blocks, or the region's plus the result-wide figures. */
function scope(result: Result, where: string): Record<string, unknown> | undefined {
  if (where === REGION) {
    const { programme, affordable, elderly, aandachtsgroepen } = result.region;
    return { programme, affordable, elderly, aandachtsgroepen, baseYear: result.baseYear, horizon: result.horizon, programmeStart: result.programmeStart, programmeEnd: result.programmeEnd, aandachtsgroepenDemand: result.aandachtsgroepenDemand, ledger: ledgerScope(result, where) };
  }
  const g = result.gemeenten.find((x) => x.code === where);
  if (!g) return undefined;
  const { programme, affordable, elderly, aandachtsgroepen } = g;
  return { programme, affordable, elderly, aandachtsgroepen, ledger: ledgerScope(result, where) };
}

export function figureValue(result: Result, where: string, path: string): number | null | undefined {
  const v = readPath(scope(result, where), path);
  return typeof v === 'number' || v === null ? v : undefined;
}

/** Every figure of the result for one gemeente or the region: numbers (and years that may be null), as paths. */
export function figurePaths(result: Result, where: string): string[] {
  const out: string[] = [];
  const walk = (x: unknown, prefix: string): void => {
    if (Array.isArray(x)) {
      for (const item of x as { year: number }[]) walk(item, `${prefix}.${item.year}`);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    for (const [k, v] of Object.entries(x)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (k === 'year' || k === 'paceSource' || typeof v === 'boolean' || typeof v === 'string') continue;
      if (typeof v === 'number' || (v === null && /catchUpYear|requiredShare|realised|projected/.test(k))) out.push(path);
      else walk(v, path);
    }
  };
  walk(scope(result, where), '');
  return out;
}

