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
    /** Only a printed figure larger than the sum can be explained by rows without a value. */
    lackingCanExplain: z.boolean(),
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
  /** A table that at most half of the members report (e.g. a later year imported for some gemeenten). */
  partialTable: strict({ series: text, seriesEn: text, period: text, reporting: z.array(text), notReporting: z.array(text) }),
  /** A stated norm (a share in %) against the rows it governs; `failing` names the rows that miss it. */
  normNotMet: strict({
    normLabel: text,
    normLabelEn: text,
    normValue: amount,
    comparator: z.enum(['atLeast', 'atMost']),
    /** The numerator is the quantity itself or only a bound of it (then a miss cannot be confirmed). */
    bound: z.enum(['exact', 'lowerBound', 'upperBound']),
    document: text,
    place: text,
    tableDocument: text,
    tablePlace: text,
    numerator: text,
    numeratorEn: text,
    denominator: text,
    denominatorEn: text,
    /** Gemeente rows checked against the norm, and the names of those that miss it. */
    rows: z.number().int(),
    failing: z.array(text),
    /** The region's row, where the table has one: its value and what the norm asks. */
    regionActual: amount.nullable(),
    regionExpected: amount.nullable(),
  }),
  /** A claim in running text that the figures it speaks about contradict. */
  claimContradicted: strict({
    gemeente: where,
    document: text,
    place: text,
    quote: text,
    series: text,
    seriesEn: text,
    measure: z.enum(['value', 'change', 'ratio']),
    comparator: z.enum(['lt', 'le', 'gt', 'ge', 'between']),
    value: amount.nullable(),
    valueHigh: amount.nullable(),
    /** The series compared against ("the national average"), when the claim names one. */
    reference: text.nullable(),
    referenceEn: text.nullable(),
    /** What the figures give (a value, a change or a factor), per period, and the bound each is held to. */
    observed: z.array(amount),
    limits: z.array(amount),
    periods: z.array(text),
  }),
  /** A claim that cannot be checked: the figures it speaks about are not in the dataset. */
  claimUncheckable: strict({ document: text, place: text, quote: text, places: z.array(text), region: z.boolean(), period: text }),
  /** One quantity (series, place, period) given in two places with different values. */
  sameQuantityDiffers: strict({
    gemeente: where,
    series: text,
    seriesEn: text,
    period: text,
    value: amount,
    valueHigh: amount.nullable(),
    otherValue: amount,
    otherValueHigh: amount.nullable(),
    source: text,
    otherSource: text,
  }),
  /** One quantity given by several documents, each for its own period, with different values: a note, not a contradiction. */
  sameQuantityOtherPeriod: strict({ series: text, seriesEn: text, sources: z.array(text), places: z.array(text), region: z.boolean() }),
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
  /** The norm itself (a figure of a norm series). */
  norm: strict({}),
  /** A row that misses the norm, with its share in %. */
  normRow: strict({ gemeente: where, share: amount }),
  /** A figure a claim speaks about, for one period. */
  claimed: strict({ period: text }),
  /** The figure a claim compares with ("the national average"). */
  claimReference: strict({ period: text }),
  /** The same quantity as printed in one source, for one period. */
  givenBy: strict({ document: text, period: text }),
};
export type FigureRole = Coded<typeof FIGURE_ROLES>;

/** Parameters that hold source text: Dutch, whatever the language of the sentence around them. */
export const SOURCE_TEXT_PARAMS = ['place', 'note', 'tablePlace', 'quote', 'source', 'otherSource'] as const;
