import { dutchIssues } from '../validation/dutchIssues';
import { unknownFigureText } from './dataOverridesAgainstData';
import { ASSUMPTIONS, PER_GEMEENTE, type AssumptionKind } from './assumptions';
import { HOUSING_TYPES, ScenarioParams, type ScenarioParamsInput } from './schema';

export type SetResult = { ok: true; params: ScenarioParams } | { ok: false; message: string };

/** Resolves a gemeente written as CBS code or name; null when unknown. */
export type GemeenteResolver = (text: string) => string | null;

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** Accepts Dutch and English decimals ("1,5" and "1.5") and percentages ("50%" → 0.5 for shares). */
export function parseNumberText(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

function parseValue(raw: string, kind: AssumptionKind, key: string, resolve: GemeenteResolver): Parsed {
  const text = raw.trim();
  const empty = text === '' || text.toLowerCase() === 'null' || text.toLowerCase() === 'leeg';
  switch (kind.type) {
    case 'enum': {
      const option = kind.options.find((o) => o.toLowerCase() === text.toLowerCase());
      return option !== undefined
        ? { ok: true, value: option }
        : { ok: false, message: `${key}: "${text}" is geen geldige keuze; kies uit ${kind.options.join(', ')}.` };
    }
    case 'placementList':
      return { ok: false, message: `${key}: geplande plaatsingen stel je in op het scherm Solidariteit of in een scenariobestand (scenario import).` };
    case 'gemeenteList': {
      if (empty) return { ok: true, value: [] };
      const codes: string[] = [];
      for (const part of text.split(',')) {
        const code = resolve(part.trim());
        if (code === null) return { ok: false, message: `${key}: onbekende gemeente "${part.trim()}".` };
        codes.push(code);
      }
      return { ok: true, value: [...new Set(codes)] };
    }
    case 'share':
    case 'number':
    case 'year': {
      if (empty && 'nullable' in kind && kind.nullable === true) return { ok: true, value: null };
      const percent = kind.type === 'share' && text.endsWith('%');
      const n = parseNumberText(percent ? text.slice(0, -1) : text);
      if (n === null) return { ok: false, message: `${key}: "${text}" is geen getal.` };
      // 2035,5 reads as a number; said here, where the text is known, rather than as the schema's bare "geen geheel getal".
      if (kind.type === 'year' && !Number.isInteger(n)) return { ok: false, message: `${key}: "${text}" is geen heel jaartal; verwacht een jaartal zoals 2035.` };
      return { ok: true, value: percent ? n / 100 : n };
    }
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}

const knownKeys = (): string =>
  ASSUMPTIONS.map((a) => (a.perGemeente && a.perGemeente.key === a.key ? `${a.key}.<gemeente>` : a.key)).join(', ');

/**
 * Applies one `key=value` setting to scenario parameters and validates the whole result.
 * Per-gemeente settings take the gemeente as a path segment (code or name):
 * `programme.customPace.Hilversum=300`, `elderly.needOverrides.GM0402.zorggeschikt=800`.
 * An empty value or `null` removes a per-gemeente override.
 */
export function applySetting(params: ScenarioParamsInput, setting: string, resolve: GemeenteResolver, figureIds?: readonly string[]): SetResult {
  const eq = setting.indexOf('=');
  if (eq <= 0) return { ok: false, message: `"${setting}" heeft niet de vorm sleutel=waarde.` };
  const key = setting.slice(0, eq).trim();
  const raw = setting.slice(eq + 1);
  if (key.startsWith('dataOverrides.')) return setDataOverride(params, key.slice('dataOverrides.'.length), raw, figureIds);
  const parts = key.split('.');
  // Params are plain JSON data, so a JSON round trip is a faithful deep copy.
  const draft = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;

  for (let cut = parts.length - 1; cut >= 1; cut--) {
    const record = PER_GEMEENTE.get(parts.slice(0, cut).join('.'));
    if (!record) continue;
    const [gemeente, type, ...extra] = parts.slice(cut);
    const code = gemeente === undefined ? null : resolve(gemeente);
    if (code === null) return { ok: false, message: `${key}: onbekende gemeente "${gemeente ?? ''}".` };
    if (extra.length > 0 || (record.perType ? type === undefined : type !== undefined)) {
      const form = record.perType ? `${record.key}.<gemeente>.<${HOUSING_TYPES.join('|')}>` : `${record.key}.<gemeente>`;
      return { ok: false, message: `${key}: verwacht de vorm ${form}.` };
    }
    if (type !== undefined && !(HOUSING_TYPES as readonly string[]).includes(type)) {
      return { ok: false, message: `${key}: onbekend woningtype "${type}"; kies uit ${HOUSING_TYPES.join(', ')}.` };
    }
    const remove = ['', 'null', 'leeg'].includes(raw.trim().toLowerCase());
    const value = remove ? { ok: true as const, value: undefined } : parseValue(raw, record.kind, key, resolve);
    if (!value.ok) return value;
    setPath(draft, [...record.key.split('.'), code, ...(type ? [type] : [])], value.value);
    return validate(draft);
  }

  // The weight of one facility type: a record keyed by the type, `solidarity.typeWeights.keerpuntUnits=2`.
  const typeWeight = /^solidarity\.typeWeights\.(\w+)$/.exec(key);
  if (key === 'solidarity.typeWeights') return { ok: false, message: `${key} geldt per soort voorziening: gebruik ${key}.<soort>=waarde, bijvoorbeeld ${key}.keerpuntUnits=2.` };
  if (typeWeight?.[1] !== undefined) {
    const remove = ['', 'null', 'leeg'].includes(raw.trim().toLowerCase());
    const n = remove ? undefined : parseNumberText(raw);
    if (n === null) return { ok: false, message: `${key}: "${raw.trim()}" is geen getal.` };
    setPath(draft, ['solidarity', 'typeWeights', typeWeight[1]], n);
    return validate(draft);
  }
  const assumption = ASSUMPTIONS.find((a) => a.key === key);
  if (!assumption) return { ok: false, message: `Onbekende instelling "${key}". Bekende instellingen: ${knownKeys()}.` };
  if (assumption.perGemeente?.key === assumption.key) {
    return { ok: false, message: `${key} geldt per gemeente: gebruik ${key}.<gemeente>=waarde.` };
  }
  const value = parseValue(raw, assumption.kind, key, resolve);
  if (!value.ok) return value;
  setPath(draft, parts, value.value);
  return validate(draft);
}

/**
 * `dataOverrides.<figure id>=value`: the figure id itself contains dots, so it is not split. With
 * the dataset's figure ids, an id it does not have is refused (nearest ids offered); removing one
 * is always allowed, so a stored override of a figure that has gone can be taken out.
 */
function setDataOverride(params: ScenarioParamsInput, figureId: string, raw: string, figureIds: readonly string[] | undefined): SetResult {
  const draft = JSON.parse(JSON.stringify(params)) as { dataOverrides?: Record<string, number> };
  const overrides = { ...(draft.dataOverrides ?? {}) };
  if (['', 'null', 'leeg'].includes(raw.trim().toLowerCase())) Reflect.deleteProperty(overrides, figureId);
  else {
    if (figureIds !== undefined && !figureIds.includes(figureId)) return { ok: false, message: unknownFigureText(figureId, figureIds) };
    const n = parseNumberText(raw);
    if (n === null) return { ok: false, message: `dataOverrides.${figureId}: "${raw.trim()}" is geen getal.` };
    overrides[figureId] = n;
  }
  return validate({ ...draft, dataOverrides: overrides });
}

function validate(draft: unknown): SetResult {
  const parsed = ScenarioParams.safeParse(draft);
  return parsed.success ? { ok: true, params: parsed.data } : { ok: false, message: dutchIssues(parsed.error).join(' ') };
}
