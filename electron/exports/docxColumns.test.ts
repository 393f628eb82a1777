import { describe, expect, it } from 'vitest';
import { fitColumns, textTwips, unbreakable } from './docxColumns';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const column = (header: string, ...cells: string[]) => ({ header, cells: cells.map((text) => ({ text, bold: false })) });
/** Word's cell margins (2 × 108 twips): what a width has to leave for them. */
const MARGINS = 216;

describe('memo table columns from their text', () => {
  it('measures Calibri: bold wider than regular, digits of equal width, 9 pt bold "Programma" 43,8 pt', () => {
    expect(textTwips('Programma', 18, true)).toBeGreaterThan(textTwips('Programma', 18, false));
    expect(textTwips('1.234', 18, false)).toBe(textTwips('9.876', 18, false));
    expect(textTwips('Programma', 18, true) / 20).toBeCloseTo(43.8, 1);
  });

  it('breaks at spaces and after dashes, never at a no-break space', () => {
    expect(unbreakable('Programma 2022–2030')).toEqual(['Programma', '2022–', '2030']);
    expect(unbreakable('50\u00a0%')).toEqual(['50\u00a0%']);
  });

  it('every column at least as wide as its longest word, the widths adding up to the text width', () => {
    const columns = [
      column('Gemeente', 'Gooise Meren', 'Wijdemeren'),
      ...['Nultredenwoningen: behoefte', 'Nultredenwoningen: tekort', 'Geclusterde woningen: behoefte', 'Geclusterde woningen: tekort', 'Zorggeschikte woningen: behoefte', 'Zorggeschikte woningen: tekort'].map((h) => column(h, '1.076', '–')),
    ];
    // Too wide at 9 pt ("Nultredenwoningen:" six times); 8 pt fits.
    expect(fitColumns(columns, 18, 9638)).toBeNull();
    const widths = fitColumns(columns, 16, 9638);
    expect(widths).not.toBeNull();
    expect(sum(widths ?? [])).toBe(9638);
    columns.forEach((c, i) => {
      const longest = Math.max(...[c.header, ...c.cells.map((x) => x.text)].flatMap(unbreakable).map((w) => textTwips(w, 16, true)));
      expect(widths?.[i] ?? 0).toBeGreaterThanOrEqual(longest + MARGINS);
    });
    // With room to spare, a gemeente's name stays on one line.
    expect(widths?.[0] ?? 0).toBeGreaterThanOrEqual(textTwips('Gooise Meren', 16, false) + MARGINS);
  });

  it('none when the longest words do not fit side by side (the memo then tries a smaller size)', () => {
    const columns = Array.from({ length: 12 }, (_, i) => column(`Zorggeschikte${i}`, '1'));
    expect(fitColumns(columns, 18, 9638)).toBeNull();
  });
});
