/**
 * Column widths of the memo's tables from their content, so a header never breaks inside a word
 * ("Programm|a", "Zorggeschi|kte") and the table still fits the page: text measured with the
 * advance widths of Calibri (the memo's font; Carlito, which LibreOffice draws it with, has the same
 * metrics), regular and bold, in thousandths of an em.
 */

// Taken from Carlito-Regular.ttf and Carlito-Bold.ttf (hmtx, 2048 units per em, rounded to 1/1000 em).
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—’‘“”éëèïöüóáàç€−·×…²";
// prettier-ignore
const REGULAR = [226,326,401,498,507,715,682,221,303,303,498,498,250,306,252,386,507,507,507,507,507,507,507,507,507,507,268,268,498,498,498,463,894,579,544,533,615,488,459,631,623,252,319,520,420,855,646,662,517,673,543,459,487,642,567,890,519,487,468,307,386,307,498,498,291,479,525,423,525,498,305,471,525,229,239,455,229,799,525,527,525,525,349,391,335,525,452,715,433,453,395,314,460,314,498,498,905,250,250,418,418,498,498,498,229,527,525,527,479,479,423,507,498,252,498,690,336];
// prettier-ignore
const BOLD = [226,326,438,498,507,729,705,233,312,312,498,498,258,306,267,430,507,507,507,507,507,507,507,507,507,507,276,276,498,498,498,463,898,606,561,529,630,488,459,637,631,267,331,547,423,874,659,676,532,686,563,473,495,653,591,906,551,520,478,325,430,325,498,498,300,494,537,418,537,503,316,474,537,246,255,480,246,813,537,538,537,537,355,399,347,537,473,745,459,474,397,344,475,344,498,498,905,258,258,435,435,503,503,503,246,538,537,538,494,494,418,507,498,268,498,711,338];

function table(widths: readonly number[]): Map<string, number> {
  const map = new Map<string, number>(Array.from(CHARS, (ch, i) => [ch, widths[i] ?? 0]));
  map.set('\u00a0', 226); // no-break space, as a space
  map.set('\u202f', 160); // narrow no-break space
  return map;
}
const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };
/** A character not in the tables: as wide as a capital, so a width is never underestimated by much. */
const UNKNOWN = 650;

/** Width of a text in twips at a font size in half-points. */
export function textTwips(text: string, halfPoints: number, bold: boolean): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let em = 0;
  for (const ch of text) em += widths.get(ch) ?? UNKNOWN;
  // 1/1000 em × (halfPoints / 2) pt × 20 twips per pt.
  return (em / 1000) * halfPoints * 10;
}

/**
 * The pieces a line may break between: at spaces, and after a hyphen or dash ("2022–|2030"), as
 * Word and LibreOffice break lines. A no-break space joins ("50 %" stays one piece).
 */
export function unbreakable(text: string): string[] {
  return text.split(/[ \t\n]+|(?<=[-–—])/).filter((w) => w.length > 0);
}

/** Word's default cell margins, left and right (twips), and a little for rounding in either application. */
const CELL_PADDING_TWIPS = 2 * 108 + 40;

export type ColumnText = {
  header: string;
  /** The cells' texts as written, and whether each is bold (a total row). */
  cells: readonly { text: string; bold: boolean }[];
};

/**
 * Widths (twips) that fill `total`, as a browser lays out an automatic table, in steps: every
 * column at least as wide as its longest unbreakable piece (header bold); then, as far as the
 * room goes, each column's cells on one line (so "Gooise Meren" does not wrap); then each header
 * on at most two lines; then on one. Whatever room a step cannot use up in full is shared in proportion to what
 * each column still wants; room left after the last step evenly. Null when
 * even the longest pieces do not fit side by side at this size (the caller tries a smaller one).
 */
export function fitColumns(columns: readonly ColumnText[], halfPoints: number, total: number): number[] | null {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const twips = (text: string, bold: boolean) => Math.ceil(textTwips(text, halfPoints, bold)) + CELL_PADDING_TWIPS;
  const min = columns.map((c) => Math.max(...unbreakable(c.header).map((w) => twips(w, true)), ...c.cells.flatMap((cell) => unbreakable(cell.text).map((w) => twips(w, cell.bold))), CELL_PADDING_TWIPS));
  const cells = columns.map((c, i) => Math.max(min[i] ?? 0, ...c.cells.map((cell) => twips(cell.text, cell.bold))));
  const headers = columns.map((c, i) => Math.max(cells[i] ?? 0, twips(c.header, true)));
  // The header on at most two lines: the narrowest split between its words.
  const twoLines = columns.map((c, i) => {
    const words = c.header.split(/ +/);
    const splits = words.map((_, k) => Math.max(twips(words.slice(0, k).join(' '), true), twips(words.slice(k).join(' '), true)));
    return Math.max(cells[i] ?? 0, Math.min(headers[i] ?? 0, ...splits));
  });
  if (sum(min) > total) return null;
  let widths = min;
  for (const wanted of [cells, twoLines, headers]) {
    const want = wanted.map((w, i) => w - (widths[i] ?? 0));
    const room = total - sum(widths);
    const share = Math.min(1, room / Math.max(1, sum(want)));
    widths = widths.map((w, i) => w + (want[i] ?? 0) * share);
    if (share < 1) break;
  }
  // Room left when everything fits on one line: shared evenly, so no column looks starved beside a long header.
  const spare = (total - sum(widths)) / widths.length;
  const floored = widths.map((w) => Math.floor(w + spare));
  // The rounding's few twips to the first column, so the widths add up to the table's width.
  floored[0] = (floored[0] ?? 0) + total - sum(floored);
  return floored;
}
