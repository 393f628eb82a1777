import type { CellTable } from './types';

/**
 * How the numbers of a file are most likely written, from the way it was saved:
 * - `nl`: a `;` file (Dutch Excel): decimal comma, `.` groups thousands;
 * - `en`: a `,` file: decimal point, `,` groups thousands;
 * - `unknown`: a tab file whose cells do not tell (see inferNumberStyle), or a text cell of a workbook: either;
 * - `machine`: a workbook, whose number cells the reader writes as JavaScript does (`1234.5`, `1e-7`);
 *   a cell that is not in that form is read as `unknown`.
 */
export type NumberStyle = 'nl' | 'en' | 'unknown' | 'machine';

export function numberStyleOf(table: CellTable): NumberStyle {
  if (table.format === 'xlsx') return 'machine';
  if (table.delimiter === ';') return 'nl';
  if (table.delimiter === ',') return 'en';
  return inferNumberStyle(table.rows.flatMap((r) => r.cells));
}

export type NumberResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notNumber' | 'ambiguous' };

const MACHINE = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const SPACE = /[ \u00A0\u2007\u2009\u202F]/;
const SPACES = /[ \u00A0\u2007\u2009\u202F]/g;

/**
 * Reads a number written by a person or a spreadsheet, Dutch or English.
 *
 * - Spaces (also non-breaking) group thousands: `1 234` = 1234, `1 234,5` = 1234.5.
 * - Both `.` and `,` in one number: the last one is the decimal separator (`1.234,5`, `1,234.5`);
 *   the other must group whole thousands.
 * - One kind of separator, more than once: it groups thousands (`1.234.567`).
 * - One separator once: a decimal separator, unless exactly three digits follow it and one to three
 *   digits (not starting with 0) precede it (`1.234`, `12,500`). That form is ambiguous:
 *   a whole-number column (`whole`) reads it as thousands (a fraction is never valid there);
 *   a value column follows the file's style and refuses to guess when the style is unknown.
 *
 * A leading apostrophe (a spreadsheet's text marker) and the minus sign U+2212 are accepted.
 */
export function parseImportNumber(text: string, style: NumberStyle, whole: boolean): NumberResult {
  let t = text.trim();
  if (t.startsWith("'")) t = t.slice(1).trim();
  if (t === '') return { ok: false, reason: 'empty' };
  t = t.replace(/^\u2212/, '-');
  if (style === 'machine' && MACHINE.test(t)) return finite(Number(t));

  const negative = t.startsWith('-');
  const body = negative ? t.slice(1) : t;
  const read = readUnsigned(body, style === 'machine' ? 'unknown' : style, whole);
  if (!read.ok) return read;
  return finite(negative ? -read.value : read.value);
}

function finite(value: number): NumberResult {
  // -0 reads as 0: "-0" in a file means nothing else.
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : { ok: false, reason: 'notNumber' };
}

function readUnsigned(body: string, style: 'nl' | 'en' | 'unknown', whole: boolean): NumberResult {
  const notNumber = { ok: false, reason: 'notNumber' } as const;
  if (!/^[\d., \u00A0\u2007\u2009\u202F]+$/.test(body) || !/^\d/.test(body) || !/\d$/.test(body)) return notNumber;

  if (SPACE.test(body)) {
    const spaced = body.replace(SPACES, ' ');
    const m = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(spaced);
    if (!m?.[1]) return notNumber;
    return number(m[1].replace(/ /g, ''), m[2]);
  }

  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return number(body, undefined);

  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(body, decimal) !== 1) return notNumber;
    const [intPart = '', fraction = ''] = body.split(decimal);
    if (!isGrouped(intPart, group)) return notNumber;
    return number(intPart.split(group).join(''), fraction);
  }

  const sep = dots > 0 ? '.' : ',';
  const n = dots + commas;
  if (n > 1) return isGrouped(body, sep) ? number(body.split(sep).join(''), undefined) : notNumber;

  const [intPart = '', fraction = ''] = body.split(sep);
  const groupForm = fraction.length === 3 && intPart.length <= 3 && !intPart.startsWith('0');
  if (!groupForm) return number(intPart, fraction);
  if (whole) return number(intPart + fraction, undefined);
  if (style === 'unknown') return { ok: false, reason: 'ambiguous' };
  const decimalSep = style === 'nl' ? ',' : '.';
  return sep === decimalSep ? number(intPart, fraction) : number(intPart + fraction, undefined);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

function isGrouped(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  const [lead, ...rest] = groups;
  if (lead === undefined || !/^\d{1,3}$/.test(lead)) return false;
  return rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g));
}

function number(intDigits: string, fraction: string | undefined): NumberResult {
  if (!/^\d+$/.test(intDigits) || (fraction !== undefined && !/^\d+$/.test(fraction))) return { ok: false, reason: 'notNumber' };
  return { ok: true, value: Number(fraction === undefined ? intDigits : `${intDigits}.${fraction}`) };
}

/**
 * A tab file says nothing about its numbers; its cells may: a cell such as `12,5` or `1.234,5`
 * shows a decimal comma, `12.5` or `1,234.5` a decimal point. When the cells agree, that is the style.
 */
export function inferNumberStyle(cells: Iterable<string>): NumberStyle {
  let comma = false;
  let point = false;
  for (const raw of cells) {
    const t = raw.trim();
    if (/^-?\d+,(\d{1,2}|\d{4,})$/.test(t) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) comma = true;
    else if (/^-?\d+\.(\d{1,2}|\d{4,})$/.test(t) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(t)) point = true;
    if (comma && point) return 'unknown';
  }
  return comma ? 'nl' : point ? 'en' : 'unknown';
}
