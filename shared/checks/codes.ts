import { z } from 'zod';
import type { Coded } from '../i18n/coded';

/**
 * What the consistency checks can find, as a code with its facts; the catalogue words a title and a
 * message per code (shared/i18n/texts/findings.ts). Series come with their label in both languages,
 * since the dataset gives both. `place` and `note` are source text (Dutch, quoted as written).
 */
const text = z.string();
const amount = z.number();
/** A gemeente's name; null is the region. */
const where = z.string().nullable();
const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

export const FINDINGS = {
  totalMismatch: strict({
    series: text,
    seriesEn: text,
    /** The regional figure is the one stated in the text, not the table's total row. */
    textFigure: z.boolean(),
    document: text,
    place: text,
    printed: amount,
    rows: z.number().int(),
    sum: amount,
    /** Member gemeenten without a value: a missing row may explain the difference. */
    lacking: z.array(text),
  }),
  ratioMismatch: strict({
    gemeente: where,
    numerator: text,
    numeratorEn: text,
    denominator: text,
    denominatorEn: text,
    document: text,
    place: text,
    ratio: amount,
    expected: amount,
    denominatorValue: amount,
    actual: amount,
  }),
  partLargerThanWhole: strict({ gemeente: where, part: text, partEn: text, whole: text, wholeEn: text, partValue: amount, wholeValue: amount }),
  sumUnreadable: strict({ gemeente: where, expression: text, figureId: text }),
  sumWrong: strict({ gemeente: where, document: text, place: text, expression: text, sum: amount, stated: amount, note: text.nullable() }),
  valueDiffersFromSum: strict({ gemeente: where, expression: text, value: amount, stated: amount }),
  missingRow: strict({ gemeente: text, series: text, seriesEn: text, period: text }),
  duplicateRow: strict({ gemeente: text, series: text, seriesEn: text, period: text, count: z.number().int() }),
  emptyRow: strict({ gemeente: text, series: text, seriesEn: text, period: text, note: text.nullable() }),
};
export type FindingCode = keyof typeof FINDINGS;
export type FindingMessage = Coded<typeof FINDINGS>;

/** What a figure is in a finding: the printed total, a row, the numerator of a ratio… */
export const FIGURE_ROLES = {
  printedTotal: strict({}),
  textFigure: strict({}),
  row: strict({ gemeente: text }),
  ratioNumerator: strict({}),
  ratioDenominator: strict({}),
  partOfWhole: strict({}),
  wholeOfPart: strict({}),
  cell: strict({ expression: text }),
  emptyRow: strict({}),
};
export type FigureRole = Coded<typeof FIGURE_ROLES>;

/** Parameters that hold source text: Dutch, whatever the language of the sentence around them. */
export const SOURCE_TEXT_PARAMS = ['place', 'note'] as const;
