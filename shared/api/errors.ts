import type { z } from 'zod';
import { formatNumber, formatPercent, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { TextField } from '../i18n/texts/validation';
import { assumptionAt, assumptionWords } from '../scenario/assumptions';
import { sharesOver100Of, sharesOver100Text } from '../scenario/newBuildShares';
import { unsafeCharacterOf, unsafeCharacterText } from '../validation/safeText';

/**
 * A refused request as a person reads it: the field it concerns and one sentence from the
 * catalogue that says what to do. Never the call's name ("scenarios.save"), nor a path or an
 * internal value ("custom"): those mean nothing to an analyst.
 *
 * The field is the input's path as the form knows it: `name`, `description`, or a setting's path
 * under `params` ("params.programme.paceMultiplier"); null when no field can be named.
 */
export type FieldRefusal = { field: string | null; message: string };

const TEXT_FIELDS: ReadonlySet<string> = new Set<TextField>(['name', 'description', 'note', 'label', 'text']);
const isTextField = (key: PropertyKey | undefined): key is TextField => typeof key === 'string' && TEXT_FIELDS.has(key);

/** The first issue of a refused input, at its field, in `locale`. */
export function refusalOf(error: { readonly issues: readonly z.core.$ZodIssue[] }, locale: Locale = 'nl-NL'): FieldRefusal {
  const issue = error.issues[0];
  const t = texts(locale).validation;
  if (!issue) return { field: null, message: t.refusal.general };
  const field = issue.path.length === 0 ? null : issue.path.map(String).join('.');
  // Rules that carry their facts word themselves in the window's language, wherever they stand.
  const unsafe = unsafeCharacterOf(issue);
  if (unsafe) return { field, message: unsafeCharacterText(unsafe, unsafe.field, locale) };
  const shares = sharesOver100Of(issue);
  if (shares) return { field, message: sharesOver100Text(shares, locale) };
  const [head, ...rest] = issue.path;
  if (head === 'params' && rest.length > 0) return { field, message: settingRefusal(issue, rest.map(String).join('.'), locale) };
  const last = issue.path.at(-1);
  if (isTextField(last)) return { field, message: textRefusal(issue, last, locale) };
  // A schema's own sentence ("Geef de peildatum als jjjj-mm-dd.") is written for a person; zod's generic ones are not.
  if (issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex')) return { field, message: issue.message };
  return { field, message: t.refusal.general };
}

function textRefusal(issue: z.core.$ZodIssue, field: TextField, locale: Locale): string {
  const t = texts(locale).validation;
  if (issue.code === 'too_big' && issue.origin === 'string') return t.refusal.tooLong(t.field[field], formatNumber(Number(issue.maximum), 0, locale));
  if (field === 'name' && (issue.code === 'too_small' || issue.code === 'invalid_type')) return t.refusal.nameEmpty;
  return t.refusal.general;
}

function settingRefusal(issue: z.core.$ZodIssue, path: string, locale: Locale): string {
  const t = texts(locale).validation.refusal;
  const a = assumptionAt(path);
  if (!a) return t.general;
  const label = assumptionWords(a, locale).label;
  const share = a.kind.type === 'share';
  // A share as a percentage, a year as a year (2030, not 2.030), other numbers nl-NL.
  const bound = (v: unknown) => (share ? formatPercent(Number(v), 0, locale) : a.kind.type === 'year' ? String(v) : formatNumber(Number(v), 2, locale));
  switch (issue.code) {
    case 'too_big':
      return t.setting(label, issue.origin === 'number' ? t.atMost(bound(issue.maximum)) : t.notValid);
    case 'too_small':
      return t.setting(label, issue.origin === 'number' ? t.atLeast(bound(issue.minimum)) : t.notValid);
    case 'invalid_type':
      return t.setting(label, issue.expected === 'int' ? t.wholeNumber : t.notValid);
    default:
      return t.setting(label, t.notValid);
  }
}

/** The store's refusal of a name that another scenario already has, in `locale`. */
export function nameTakenText(name: string, locale: Locale = 'nl-NL'): string {
  return texts(locale).validation.refusal.nameTaken(name);
}
