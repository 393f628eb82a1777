/**
 * The Office writers' second line of defence behind the text rule (shared/validation/safeText.ts):
 * whatever reaches a .docx, .pptx or .xlsx (all XML inside) or a chart drawn as SVG passes
 * through here first. A name stored before the rule, or a figure's label from an import, can hold
 * a character XML 1.0 cannot carry: the C0 controls other than tab, line feed and carriage return
 * (NUL, BEL …), lone surrogates and U+FFFE/U+FFFF. Written as is, Word and Excel refuse the file,
 * LibreOffice crashes on the deck, and Plotly's SVG fails to load as an image. Dropped here too:
 * DEL, the C1 controls and the other non-characters, which XML allows but nobody can see.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const NOT_FOR_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u{D800}-\u{DFFF}\p{Noncharacter_Code_Point}]/gu;

/** The text without the characters above (the rest, tab and line breaks included, unchanged). */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_FOR_XML, '');
}

/**
 * Every string in plain data (objects, arrays) made XML-safe; anything else (numbers, Buffers,
 * Dates, class instances) kept as is. Returns the same object when nothing needed changing, so
 * the usual report costs one walk and no copy.
 */
export function xmlSafe<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) {
    const out = value.map((item: unknown) => clean(item));
    return out.some((c, i) => c !== value[i]) ? out : value;
  }
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const k = xmlSafeText(key);
      const c = clean(item);
      if (c !== item || k !== key) changed = true;
      out[k] = c;
    }
    return changed ? out : value;
  }
  return value;
}
