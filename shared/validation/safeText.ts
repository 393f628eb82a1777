import { z } from 'zod';
import type { Locale } from '../format/nl';
import { validation, type TextField, type UnsafeKind } from '../i18n/texts/validation';

/**
 * One rule for every text a user types that can end up in a file (names, descriptions, notes,
 * labels, imported text cells): no character that XML 1.0 cannot carry or that no one can see.
 * Refused: C0 control characters (tab, line feed and carriage return only where a text may span
 * lines), DEL and the C1 controls, NUL, lone surrogates, and Unicode non-characters (U+FDD0–U+FDEF
 * and the last two code points of every plane, U+FFFE/U+FFFF …). Office writers drop the same
 * characters again (electron/exports/xmlText.ts): a text stored before this rule still exports.
 *
 * Imports the catalogue's area directly (not the catalogue): the schemas use this, and the
 * catalogue's other areas import the schemas' types.
 */

export type UnsafeCharacter = { kind: UnsafeKind; codePoint: number; /** 1-based, in characters as a reader counts them (code points). */ position: number };
export const UNSAFE_CHARACTER = 'unsafeCharacter';

export function isNoncharacter(cp: number): boolean {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

function kindOf(cp: number, multiline: boolean): UnsafeKind | null {
  if (cp < 0x20) return multiline && (cp === 0x09 || cp === 0x0a || cp === 0x0d) ? null : 'control';
  if (cp >= 0x7f && cp <= 0x9f) return 'control';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  return isNoncharacter(cp) ? 'noncharacter' : null;
}

/** The first character the rule refuses, or null. */
export function findUnsafeCharacter(text: string, options: { multiline?: boolean } = {}): UnsafeCharacter | null {
  const multiline = options.multiline === true;
  let position = 0;
  // for…of walks code points; a lone surrogate comes out as itself.
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0) ?? 0;
    const kind = kindOf(cp, multiline);
    if (kind !== null) return { kind, codePoint: cp, position };
  }
  return null;
}

export const codePointLabel = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

export function unsafeCharacterText(u: UnsafeCharacter, field: TextField, locale: Locale = 'nl-NL'): string {
  const t = validation[locale];
  return t.unsafeCharacter({ field: t.field[field], kind: t.kind[u.kind], codePoint: codePointLabel(u.codePoint), position: u.position });
}

/** The facts of a refusal travel in the issue's params, so the window can word it in its own language. */
export type UnsafeCharacterIssue = UnsafeCharacter & { code: typeof UNSAFE_CHARACTER; field: TextField };

/** A check to add to any string schema: `.check(noUnsafeCharacters('name'))`. */
export function noUnsafeCharacters(field: TextField, options: { multiline?: boolean } = {}) {
  return (value: string, ctx: z.RefinementCtx): void => {
    const found = findUnsafeCharacter(value, options);
    if (found === null) return;
    const params: UnsafeCharacterIssue = { code: UNSAFE_CHARACTER, field, ...found };
    ctx.addIssue({ code: 'custom', message: unsafeCharacterText(found, field), params, input: value });
  };
}

/** A free text of at most `max` characters under the rule: `safeText({ max: 2000, field: 'note', multiline: true })`. */
export function safeText(options: { max: number; field?: TextField; multiline?: boolean }) {
  return z.string().max(options.max).superRefine(noUnsafeCharacters(options.field ?? 'text', { multiline: options.multiline }));
}

/** The facts of a zod issue this rule raised, or null for any other issue. */
export function unsafeCharacterOf(issue: z.core.$ZodIssue): UnsafeCharacterIssue | null {
  if (issue.code !== 'custom') return null;
  const params = issue.params as Partial<UnsafeCharacterIssue> | undefined;
  return params?.code === UNSAFE_CHARACTER ? (params as UnsafeCharacterIssue) : null;
}
