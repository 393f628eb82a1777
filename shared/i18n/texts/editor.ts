import { defineTexts } from '../define';

type Editor = {
  /** Beside each assumption: its default, and going back to it. */
  changed: string;
  default: string;
  reset: string;
  resetTitle: string;
  fromDataset: string;
  noCustomPace: string;
  none: string;
  /** The per-gemeente table of an assumption. */
  gemeente: string;
  value: string;
  emptyIsGeneral: string;
  /** What an empty field means. */
  placeholder: { historic: string; dataset: string };
  /** Choosing the other reading of a figure the sources contradict on. */
  overrides: {
    summary: string;
    figure: string;
    source: string;
    printed: string;
    thisScenario: string;
    unknownFigure: string;
    suggestion: (value: string) => string;
    printedPlaceholder: string;
  };
  /** A number field's complaints; the text typed stays in the field. */
  field: { enterNumber: string; notANumber: (text: string) => string; range: (low: string, high: string) => string };
};

/** The scenario editor: the assumptions, their per-gemeente values and the number fields. */
export const editor = defineTexts<Editor>(
  {
    changed: 'afwijkend',
    default: 'standaard',
    reset: 'herstel',
    resetTitle: 'Terug naar de standaardwaarde',
    fromDataset: 'uit de dataset',
    noCustomPace: 'geen (huidig tempo)',
    none: 'geen',
    gemeente: 'Gemeente',
    value: 'Waarde',
    emptyIsGeneral: 'Leeg = de algemene waarde.',
    placeholder: { historic: 'historisch', dataset: 'dataset' },
    overrides: {
      summary: 'Cijfers uit tegenstrijdige bronnen',
      figure: 'Cijfer',
      source: 'Bron',
      printed: 'Gedrukt',
      thisScenario: 'Dit scenario',
      unknownFigure: 'onbekend cijfer',
      suggestion: (value) => `bijv. ${value}`,
      printedPlaceholder: 'gedrukt',
    },
    field: {
      enterNumber: 'Vul een getal in.',
      notANumber: (text) => `"${text}" is geen getal (gebruik bijv. 1,25).`,
      range: (low, high) => `Kies een waarde van ${low} tot en met ${high}.`,
    },
  },
  {
    changed: 'changed',
    default: 'default',
    reset: 'reset',
    resetTitle: 'Back to the default',
    fromDataset: 'from the dataset',
    noCustomPace: 'none (current pace)',
    none: 'none',
    gemeente: 'Municipality',
    value: 'Value',
    emptyIsGeneral: 'Empty = the general value.',
    placeholder: { historic: 'historic', dataset: 'dataset' },
    overrides: {
      summary: 'Figures from contradicting sources',
      figure: 'Figure',
      source: 'Source',
      printed: 'Printed',
      thisScenario: 'This scenario',
      unknownFigure: 'unknown figure',
      suggestion: (value) => `e.g. ${value}`,
      printedPlaceholder: 'printed',
    },
    field: {
      enterNumber: 'Enter a number.',
      notANumber: (text) => `"${text}" is not a number (e.g. 1.25).`,
      range: (low, high) => `Choose a value from ${low} to ${high}.`,
    },
  },
);
