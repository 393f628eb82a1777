/**
 * A sentence in the window's language that quotes Dutch source text (a place in a document, a
 * note, a column name): the quoted parts carry lang="nl", so a reader or screen reader knows
 * what language they are in.
 */
export function Quoting({ text, quotes }: { text: string; quotes: readonly string[] }) {
  return (
    <>
      {splitQuotes(text, quotes).map((part, i) =>
        part.quoted ? (
          <span key={i} lang="nl">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

const WORD = /[\p{L}\p{N}_]/u;

/** Where `quote` occurs in `text` from `from` on as a whole (not inside a longer word), or -1. */
function wholeIndex(text: string, quote: string, from: number): number {
  for (let i = text.indexOf(quote, from); i !== -1; i = text.indexOf(quote, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + quote.length] ?? ' ';
    if (!(WORD.test(before) && WORD.test(quote[0] ?? '')) && !(WORD.test(after) && WORD.test(quote.at(-1) ?? ''))) return i;
  }
  return -1;
}

/** The text cut where a quote occurs as a whole (the longest quote first where two start together). */
export function splitQuotes(text: string, quotes: readonly string[]): { text: string; quoted: boolean }[] {
  const wanted = [...new Set(quotes)].filter((q) => q.trim().length > 1).sort((a, b) => b.length - a.length);
  const parts: { text: string; quoted: boolean }[] = [];
  let rest = text;
  for (;;) {
    let at = -1;
    let found = '';
    for (const q of wanted) {
      const i = wholeIndex(rest, q, 0);
      if (i !== -1 && (at === -1 || i < at)) {
        at = i;
        found = q;
      }
    }
    if (at === -1) break;
    if (at > 0) parts.push({ text: rest.slice(0, at), quoted: false });
    parts.push({ text: found, quoted: true });
    rest = rest.slice(at + found.length);
  }
  if (rest !== '') parts.push({ text: rest, quoted: false });
  return parts;
}
