import type { FIGURE_ROLES, FINDINGS } from '../../checks/codes';
import type { CodedTexts } from '../coded';
import { defineTexts } from '../define';
import { EN, NL } from '../format';

type Findings = {
  title: CodedTexts<typeof FINDINGS>;
  message: CodedTexts<typeof FINDINGS>;
  role: CodedTexts<typeof FIGURE_ROLES>;
  severity: { contradiction: string; missing: string; info: string };
  /** The command line's tag before each finding. */
  severityTag: { contradiction: string; missing: string; info: string };
  involved: string;
  /** The command line's heading over the findings. */
  heading: (count: number) => string;
};

const nlWhere = (gemeente: string | null) => gemeente ?? 'regio';
const enWhere = (gemeente: string | null) => gemeente ?? 'region';
const nlNote = (note: string | null) => (note ? ` ${note}` : '');

/** The consistency checks' findings (shared/checks/codes.ts): a title and a message per code. */
export const findings = defineTexts<Findings>(
  {
    title: {
      totalMismatch: (p) => `${p.series}: regiocijfer ≠ som van de gemeenten`,
      ratioMismatch: (p) => `Verhouding wijkt af: ${nlWhere(p.gemeente)}`,
      partLargerThanWhole: (p) => `Deel groter dan geheel: ${nlWhere(p.gemeente)}`,
      sumUnreadable: (p) => `Som in cel niet te lezen: ${nlWhere(p.gemeente)}`,
      sumWrong: (p) => `Som in cel klopt niet: ${nlWhere(p.gemeente)}`,
      valueDiffersFromSum: (p) => `Cijfer wijkt af van de som in de cel: ${nlWhere(p.gemeente)}`,
      missingRow: (p) => `Ontbrekende rij: ${p.gemeente}`,
      duplicateRow: (p) => `Dubbele rij: ${p.gemeente}`,
      emptyRow: (p) => `Geen waarde: ${p.gemeente}`,
    },
    message: {
      totalMismatch: (p) =>
        `${p.textFigure ? 'Het regionale cijfer in de tekst' : 'Het gedrukte regiototaal'} (${p.document} · ${p.place}) is ${NL.n(p.printed)}, ` +
        `de ${p.rows} gemeenterijen tellen op tot ${NL.n(p.sum, 2)} (verschil ${NL.signed(p.printed - p.sum, 2)}).` +
        (p.lacking.length > 0 ? ` Zonder waarde: ${p.lacking.join(', ')}; dat kan een deel van het verschil verklaren.` : ''),
      ratioMismatch: (p) =>
        `Volgens ${p.document} · ${p.place} is '${p.numerator}' ${NL.n(p.ratio * 100, 2)} % van '${p.denominator}': ` +
        `voor ${nlWhere(p.gemeente)} ${NL.n(p.expected, 1)} bij ${NL.n(p.denominatorValue)}; de bron geeft ${NL.n(p.actual)} ` +
        `(verschil ${NL.signed(p.actual - p.expected, 1)}).`,
      partLargerThanWhole: (p) => `'${p.part}' (${NL.n(p.partValue)}) is een deel van '${p.whole}' (${NL.n(p.wholeValue)}) en kan niet groter zijn.`,
      sumUnreadable: (p) => `De som "${p.expression}" bij ${p.figureId} is niet te lezen als a + b + … = n.`,
      sumWrong: (p) => `In ${p.document} · ${p.place} staat "${p.expression}", maar de delen tellen op tot ${NL.n(p.sum, 2)}, niet ${NL.n(p.stated, 2)}.${nlNote(p.note)}`,
      valueDiffersFromSum: (p) => `Het cijfer ${NL.n(p.value, 2)} wijkt af van de uitkomst ${NL.n(p.stated, 2)} van "${p.expression}".`,
      missingRow: (p) => `${p.gemeente} heeft geen rij in '${p.series}' (${p.period}), terwijl andere gemeenten die wel hebben.`,
      duplicateRow: (p) => `${p.gemeente} staat ${p.count} keer in '${p.series}' (${p.period}); de rekenkern gebruikt de eerste.`,
      emptyRow: (p) => `De bron geeft voor ${p.gemeente} geen waarde in '${p.series}' (${p.period}).${nlNote(p.note)}`,
    },
    role: {
      printedTotal: () => 'gedrukt totaal',
      textFigure: () => 'regiocijfer tekst',
      row: (p) => `rij ${p.gemeente}`,
      ratioNumerator: () => 'teller',
      ratioDenominator: () => 'noemer',
      partOfWhole: () => 'deel',
      wholeOfPart: () => 'geheel',
      cell: (p) => `cel "${p.expression}"`,
      emptyRow: () => 'lege rij',
    },
    severity: { contradiction: 'Tegenstrijdig', missing: 'Ontbreekt', info: 'Info' },
    severityTag: { contradiction: 'TEGENSTRIJDIG', missing: 'ONTBREEKT', info: 'info' },
    involved: 'Betrokken cijfers',
    heading: (count) => `Consistentiecontroles: ${count} bevindingen`,
  },
  {
    title: {
      totalMismatch: (p) => `${p.seriesEn}: regional figure ≠ sum of the municipalities`,
      ratioMismatch: (p) => `Ratio differs: ${enWhere(p.gemeente)}`,
      partLargerThanWhole: (p) => `Part larger than the whole: ${enWhere(p.gemeente)}`,
      sumUnreadable: (p) => `Sum in a cell cannot be read: ${enWhere(p.gemeente)}`,
      sumWrong: (p) => `Sum in a cell does not add up: ${enWhere(p.gemeente)}`,
      valueDiffersFromSum: (p) => `Figure differs from the sum in its cell: ${enWhere(p.gemeente)}`,
      missingRow: (p) => `Missing row: ${p.gemeente}`,
      duplicateRow: (p) => `Duplicate row: ${p.gemeente}`,
      emptyRow: (p) => `No value: ${p.gemeente}`,
    },
    message: {
      totalMismatch: (p) =>
        `${p.textFigure ? 'The regional figure in the text' : 'The printed regional total'} (${p.document} · ${p.place}) is ${EN.n(p.printed)}; ` +
        `the ${p.rows} municipality rows add up to ${EN.n(p.sum, 2)} (difference ${EN.signed(p.printed - p.sum, 2)}).` +
        (p.lacking.length > 0 ? ` Without a value: ${EN.list(p.lacking)}; that may explain part of the difference.` : ''),
      ratioMismatch: (p) =>
        `According to ${p.document} · ${p.place}, '${p.numeratorEn}' is ${EN.n(p.ratio * 100, 2)}% of '${p.denominatorEn}': ` +
        `for ${enWhere(p.gemeente)} ${EN.n(p.expected, 1)} of ${EN.n(p.denominatorValue)}; the source gives ${EN.n(p.actual)} ` +
        `(difference ${EN.signed(p.actual - p.expected, 1)}).`,
      partLargerThanWhole: (p) => `'${p.partEn}' (${EN.n(p.partValue)}) is part of '${p.wholeEn}' (${EN.n(p.wholeValue)}) and cannot be larger.`,
      sumUnreadable: (p) => `The sum "${p.expression}" of ${p.figureId} cannot be read as a + b + … = n.`,
      sumWrong: (p) => `${p.document} · ${p.place} reads "${p.expression}", but the parts add up to ${EN.n(p.sum, 2)}, not ${EN.n(p.stated, 2)}.${nlNote(p.note)}`,
      valueDiffersFromSum: (p) => `The figure ${EN.n(p.value, 2)} differs from the outcome ${EN.n(p.stated, 2)} of "${p.expression}".`,
      missingRow: (p) => `${p.gemeente} has no row in '${p.seriesEn}' (${p.period}), while other municipalities do.`,
      duplicateRow: (p) => `${p.gemeente} appears ${p.count} times in '${p.seriesEn}' (${p.period}); the calculation uses the first.`,
      emptyRow: (p) => `The source gives no value for ${p.gemeente} in '${p.seriesEn}' (${p.period}).${nlNote(p.note)}`,
    },
    role: {
      printedTotal: () => 'printed total',
      textFigure: () => 'regional figure in the text',
      row: (p) => `row ${p.gemeente}`,
      ratioNumerator: () => 'numerator',
      ratioDenominator: () => 'denominator',
      partOfWhole: () => 'part',
      wholeOfPart: () => 'whole',
      cell: (p) => `cell "${p.expression}"`,
      emptyRow: () => 'empty row',
    },
    severity: { contradiction: 'Contradiction', missing: 'Missing', info: 'Note' },
    severityTag: { contradiction: 'CONTRADICTION', missing: 'MISSING', info: 'note' },
    involved: 'Figures involved',
    heading: (count) => `Consistency checks: ${count} findings`,
  },
);
