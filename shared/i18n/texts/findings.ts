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
  /** The correction a finding offers (corrections.ts): one figure, one value, and how many other findings it resolves. */
  correction: (p: { figureId: string; value: number; others: number }) => string;
  /** The command line's heading over the findings. */
  heading: (count: number) => string;
};

const nlWhere = (gemeente: string | null) => gemeente ?? 'regio';
const enWhere = (gemeente: string | null) => gemeente ?? 'region';
const nlNote = (note: string | null) => (note ? ` ${note}` : '');
/** A quoted sentence without its closing full stop (the message puts one after the quotation mark). */
const unquoted = (quote: string) => quote.replace(/\.$/, '');
const range = (fmt: typeof NL, value: number, high: number | null) => (high !== null && high !== value ? `${fmt.n(value, 2)}–${fmt.n(high, 2)}` : fmt.n(value, 2));

type ClaimParams = Parameters<CodedTexts<typeof FINDINGS>['claimContradicted']>[0];
const NL_COMPARATOR = { lt: 'kleiner dan', le: 'hoogstens', gt: 'groter dan', ge: 'minstens', between: 'tussen' } as const;
const EN_COMPARATOR = { lt: 'less than', le: 'at most', gt: 'more than', ge: 'at least', between: 'between' } as const;
const NL_MEASURE = { value: 'het cijfer', change: 'de verandering', ratio: 'de factor' } as const;
const EN_MEASURE = { value: 'the figure', change: 'the change', ratio: 'the factor' } as const;
function claimBound(fmt: typeof NL, p: ClaimParams, and: string, reference: string | null): string {
  if (p.comparator === 'between') return `${fmt.n(p.value ?? 0, 2)} ${and} ${fmt.n(p.valueHigh ?? 0, 2)}`;
  return reference !== null ? `'${reference}'` : fmt.n(p.value ?? 0, 2);
}
function claimObserved(fmt: typeof NL, p: ClaimParams, withLimit: boolean): string {
  return p.observed.map((o, i) => `${fmt.n(o, 2)} (${p.periods[i] ?? ''}${withLimit ? `: ${fmt.n(p.limits[i] ?? 0, 2)}` : ''})`).join(', ');
}

/** The consistency checks' findings (shared/checks/codes.ts): a title and a message per code. */
/** A relation's place may note that the ratio is derived ("… (afgeleid: de rijen zijn 66 % van totaal)"): said in words, not as a bracket inside the sentence. */
const DERIVED = /\s*\(afgeleid[^)]*\)/;
const isDerived = (place: string): boolean => DERIVED.test(place);
const withoutDerived = (place: string): string => place.replace(DERIVED, '');

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
      partialTable: (p) => `Deels gevulde tabel: ${p.series} ${p.period}`,
      normNotMet: (p) => `Norm niet gehaald: ${p.numerator} (${p.tableDocument})`,
      claimContradicted: (p) => `Bewering in de tekst klopt niet met de cijfers: ${nlWhere(p.gemeente)}`,
      claimUncheckable: (p) => `Bewering niet te toetsen (${p.document} · ${p.place})`,
      sameQuantityDiffers: (p) => `Zelfde gegeven, twee waarden: ${p.series}, ${nlWhere(p.gemeente)}`,
      sameQuantityOtherPeriod: (p) => `Zelfde gegeven in meer bronnen, andere perioden: ${p.series}`,
    },
    message: {
      totalMismatch: (p) =>
        `${p.textFigure ? 'Het regionale cijfer in de tekst' : 'Het gedrukte regiototaal'} (${p.document} · ${p.place}) is ${NL.n(p.printed)}, ` +
        `de ${p.rows} gemeenten met een cijfer tellen op tot ${NL.n(p.sum, 2)} (verschil ${NL.signed(p.printed - p.sum, 2)}).` +
        (p.lacking.length === 0
          ? ''
          : p.lackingCanExplain
            ? ` Zonder waarde: ${p.lacking.join(', ')}; dat kan een deel van het verschil verklaren.`
            : ` Zonder waarde: ${p.lacking.join(', ')}; dat verklaart het verschil niet, want het regiocijfer is kleiner dan de som en een ontbrekende rij kan de som alleen groter maken.`),
      ratioMismatch: (p) =>
        `In ${p.document} · ${withoutDerived(p.place)} is '${p.numerator}' bij de andere gemeenten ${NL.n(p.ratio * 100, 2)} % van '${p.denominator}'${isDerived(p.place) ? ' (afgeleid uit de rijen, niet in woorden gegeven)' : ''}. ` +
        `Voor ${nlWhere(p.gemeente)} zou dat ${NL.n(p.expected, 1)} van ${NL.n(p.denominatorValue)} zijn; de bron geeft ${NL.n(p.actual)} ` +
        `(verschil ${NL.signed(p.actual - p.expected, 1)}).`,
      partLargerThanWhole: (p) => `'${p.part}' (${NL.n(p.partValue)}) is een deel van '${p.whole}' (${NL.n(p.wholeValue)}) en kan niet groter zijn.`,
      sumUnreadable: (p) => `De som "${p.expression}" bij ${p.figureId} is niet te lezen als a + b + … = n.`,
      sumWrong: (p) => `In ${p.document} · ${p.place} staat "${p.expression}", maar de delen tellen op tot ${NL.n(p.sum, 2)}, niet ${NL.n(p.stated, 2)}.${nlNote(p.note)}`,
      valueDiffersFromSum: (p) => `Het cijfer ${NL.n(p.value, 2)} wijkt af van de uitkomst ${NL.n(p.stated, 2)} van "${p.expression}".`,
      missingRow: (p) => `${p.gemeente} heeft geen rij in '${p.series}' (${p.period}), terwijl andere gemeenten die wel hebben.`,
      duplicateRow: (p) => `${p.gemeente} staat ${p.count} keer in '${p.series}' (${p.period}); de verkenner rekent met de eerste.`,
      emptyRow: (p) => `De bron geeft voor ${p.gemeente} geen waarde in '${p.series}' (${p.period}).${nlNote(p.note)}`,
      partialTable: (p) =>
        `'${p.series}' (${p.period}) heeft alleen rijen voor ${p.reporting.join(', ') || 'geen gemeente'}; ${p.notReporting.join(', ')} leveren (nog) niets. ` +
        `Een deels gevulde tabel, geen ontbrekende rijen per gemeente.`,
      normNotMet: (p) =>
        `Volgens ${p.document} · ${p.place} is '${p.numerator}' ${p.comparator === 'atLeast' ? 'minstens' : 'hoogstens'} ${NL.n(p.normValue, 2)} % van '${p.denominator}'` +
        ` ('${p.normLabel}'). In ${p.tableDocument} · ${p.tablePlace} ${p.failing.length > 0 ? `halen ${p.failing.length} van de ${p.rows} rijen dat niet: ${p.failing.join(', ')}` : 'haalt de regiorij dat niet'}` +
        (p.regionActual !== null && p.regionExpected !== null ? `; regio ${NL.n(p.regionActual)} waar de norm ${NL.n(p.regionExpected, 1)} vraagt` : '') +
        '.' +
        (p.bound === 'lowerBound' ? ' Het cijfer is een ondergrens, dus de bron laat niet zien dat de norm gehaald wordt; een tegenstrijdigheid is het niet.' : ''),
      claimContradicted: (p) =>
        `${p.document} · ${p.place}: "${unquoted(p.quote)}". Daar volgt uit dat ${NL_MEASURE[p.measure]} voor ${nlWhere(p.gemeente)} ${NL_COMPARATOR[p.comparator]} ${claimBound(NL, p, 'en', p.reference)} is; ` +
        `de cijfers geven ${claimObserved(NL, p, p.reference !== null)}.`,
      claimUncheckable: (p) =>
        `${p.document} · ${p.place}: "${unquoted(p.quote)}". De dataset heeft voor ${[...p.places, ...(p.region ? ['de regio'] : [])].join(', ')} geen cijfers in ${p.period}; de bewering is daar niet getoetst.`,
      sameQuantityDiffers: (p) =>
        `'${p.series}' voor ${nlWhere(p.gemeente)} (${p.period}) is ${range(NL, p.value, p.valueHigh)} volgens ${p.source} en ${range(NL, p.otherValue, p.otherValueHigh)} volgens ${p.otherSource}.`,
      sameQuantityOtherPeriod: (p) =>
        `'${p.series}' staat in meer dan één bron, met andere waarden: ${p.sources.join('; ')}. De perioden verschillen, dus dit is geen tegenstrijdigheid` +
        ` (${[...p.places, ...(p.region ? ['regio'] : [])].join(', ')}); vergelijk de cijfers alleen met hun eigen peildatum.`,
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
      norm: () => 'normcijfer',
      normRow: (p) => `rij ${nlWhere(p.gemeente)} (${NL.n(p.share, 1)} %)`,
      claimed: (p) => `cijfer ${p.period}`,
      claimReference: (p) => `vergelijkingscijfer ${p.period}`,
      givenBy: (p) => `volgens ${p.document} (${p.period})`,
    },
    severity: { contradiction: 'Tegenstrijdig', missing: 'Ontbreekt', info: 'Info' },
    severityTag: { contradiction: 'TEGENSTRIJDIG', missing: 'ONTBREEKT', info: 'info' },
    involved: 'Betrokken cijfers',
    correction: (p) =>
      `Eén correctie lost dit op: ${p.figureId} = ${NL.n(p.value, 2)}` +
      (p.others > 0 ? ` (lost ook ${p.others === 1 ? 'één andere bevinding' : `${p.others} andere bevindingen`} op: één fout, meer controles).` : '.') +
      ' Neem haar over als andere lezing in een scenario.',
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
      partialTable: (p) => `Partly filled table: ${p.seriesEn} ${p.period}`,
      normNotMet: (p) => `Norm not met: ${p.numeratorEn} (${p.tableDocument})`,
      claimContradicted: (p) => `A claim in the text does not match the figures: ${enWhere(p.gemeente)}`,
      claimUncheckable: (p) => `Claim cannot be checked (${p.document} · ${p.place})`,
      sameQuantityDiffers: (p) => `One quantity, two values: ${p.seriesEn}, ${enWhere(p.gemeente)}`,
      sameQuantityOtherPeriod: (p) => `One quantity in several sources, other periods: ${p.seriesEn}`,
    },
    message: {
      totalMismatch: (p) =>
        `${p.textFigure ? 'The regional figure in the text' : 'The printed regional total'} (${p.document} · ${p.place}) is ${EN.n(p.printed)}; ` +
        `the ${p.rows} municipality rows add up to ${EN.n(p.sum, 2)} (difference ${EN.signed(p.printed - p.sum, 2)}).` +
        (p.lacking.length === 0
          ? ''
          : p.lackingCanExplain
            ? ` Without a value: ${EN.list(p.lacking)}; that may explain part of the difference.`
            : ` Without a value: ${EN.list(p.lacking)}; that does not explain the difference, since the regional figure is smaller than the sum and a missing row can only make the sum larger.`),
      ratioMismatch: (p) =>
        `In ${p.document} · ${withoutDerived(p.place)}, '${p.numeratorEn}' is ${EN.n(p.ratio * 100, 2)}% of '${p.denominatorEn}' for the other municipalities${isDerived(p.place) ? ' (derived from the rows, not stated in words)' : ''}. ` +
        `For ${enWhere(p.gemeente)} that would be ${EN.n(p.expected, 1)} of ${EN.n(p.denominatorValue)}; the source gives ${EN.n(p.actual)} ` +
        `(difference ${EN.signed(p.actual - p.expected, 1)}).`,
      partLargerThanWhole: (p) => `'${p.partEn}' (${EN.n(p.partValue)}) is part of '${p.wholeEn}' (${EN.n(p.wholeValue)}) and cannot be larger.`,
      sumUnreadable: (p) => `The sum "${p.expression}" of ${p.figureId} cannot be read as a + b + … = n.`,
      sumWrong: (p) => `${p.document} · ${p.place} reads "${p.expression}", but the parts add up to ${EN.n(p.sum, 2)}, not ${EN.n(p.stated, 2)}.${nlNote(p.note)}`,
      valueDiffersFromSum: (p) => `The figure ${EN.n(p.value, 2)} differs from the outcome ${EN.n(p.stated, 2)} of "${p.expression}".`,
      missingRow: (p) => `${p.gemeente} has no row in '${p.seriesEn}' (${p.period}), while other municipalities do.`,
      duplicateRow: (p) => `${p.gemeente} appears ${p.count} times in '${p.seriesEn}' (${p.period}); the calculation uses the first.`,
      emptyRow: (p) => `The source gives no value for ${p.gemeente} in '${p.seriesEn}' (${p.period}).${nlNote(p.note)}`,
      partialTable: (p) =>
        `'${p.seriesEn}' (${p.period}) only has rows for ${p.reporting.length > 0 ? EN.list(p.reporting) : 'no municipality'}; ${EN.list(p.notReporting)} report nothing (yet). ` +
        `A partly filled table, not a missing row per municipality.`,
      normNotMet: (p) =>
        `According to ${p.document} · ${p.place}, '${p.numeratorEn}' is ${p.comparator === 'atLeast' ? 'at least' : 'at most'} ${EN.n(p.normValue, 2)}% of '${p.denominatorEn}'` +
        ` ('${p.normLabelEn}'). In ${p.tableDocument} · ${p.tablePlace} ${p.failing.length > 0 ? `${p.failing.length} of the ${p.rows} rows miss it: ${EN.list(p.failing)}` : 'the regional row misses it'}` +
        (p.regionActual !== null && p.regionExpected !== null ? `; region ${EN.n(p.regionActual)} where the norm asks ${EN.n(p.regionExpected, 1)}` : '') +
        '.' +
        (p.bound === 'lowerBound' ? ' The figure is a lower bound, so the source does not show the norm is met; it is not a contradiction.' : ''),
      claimContradicted: (p) =>
        `${p.document} · ${p.place}: "${unquoted(p.quote)}". It follows that ${EN_MEASURE[p.measure]} for ${enWhere(p.gemeente)} is ${EN_COMPARATOR[p.comparator]} ${claimBound(EN, p, 'and', p.referenceEn)}; ` +
        `the figures give ${claimObserved(EN, p, p.referenceEn !== null)}.`,
      claimUncheckable: (p) =>
        `${p.document} · ${p.place}: "${unquoted(p.quote)}". The dataset has no figures for ${EN.list([...p.places, ...(p.region ? ['the region'] : [])])} in ${p.period}; the claim is not checked there.`,
      sameQuantityDiffers: (p) =>
        `'${p.seriesEn}' for ${enWhere(p.gemeente)} (${p.period}) is ${range(EN, p.value, p.valueHigh)} according to ${p.source} and ${range(EN, p.otherValue, p.otherValueHigh)} according to ${p.otherSource}.`,
      sameQuantityOtherPeriod: (p) =>
        `'${p.seriesEn}' is given by more than one source, with other values: ${p.sources.join('; ')}. The periods differ, so this is not a contradiction` +
        ` (${[...p.places, ...(p.region ? ['region'] : [])].join(', ')}); compare each figure only with its own reference date.`,
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
      norm: () => 'norm figure',
      normRow: (p) => `row ${enWhere(p.gemeente)} (${EN.n(p.share, 1)}%)`,
      claimed: (p) => `figure ${p.period}`,
      claimReference: (p) => `reference figure ${p.period}`,
      givenBy: (p) => `according to ${p.document} (${p.period})`,
    },
    severity: { contradiction: 'Contradiction', missing: 'Missing', info: 'Note' },
    severityTag: { contradiction: 'CONTRADICTION', missing: 'MISSING', info: 'note' },
    involved: 'Figures involved',
    correction: (p) =>
      `One correction resolves this: ${p.figureId} = ${EN.n(p.value, 2)}` +
      (p.others > 0 ? ` (it also resolves ${p.others === 1 ? 'one other finding' : `${p.others} other findings`}: one error, several checks).` : '.') +
      ' Take it as the alternative reading in a scenario.',
    heading: (count) => `Consistency checks: ${count} findings`,
  },
);
