import { defineTexts } from '../define';

type DataScreen = {
  tabs: { cijfers: string; inlezen: string; wijzigingen: string };
  checksHeading: (findings: number) => string;
  checksNote: string;
  emptyCells: (count: number) => string;
  allFigures: (count: number) => string;
  search: string;
  searchPlaceholder: string;
  onlyEdited: string;
  shown: (count: number) => string;
  columns: { series: string; gemeente: string; period: string; value: string; seedValue: string; source: string };
  region: string;
  refine: string;
  documents: string;
  /** Editing a figure in the table. */
  edit: string;
  newValue: string;
  note: string;
  notePlaceholder: string;
  save: string;
  cancel: string;
  revert: string;
  notANumber: (text: string) => string;
  changed: (series: string, gemeente: string) => string;
  undo: string;
  /** The command line's `data` listing. */
  cli: { peildatum: (date: string) => string; source: (source: string) => string; edited: (seedValue: string) => string };
};

/** The Data & bronnen screen: every figure with its source, the checks' findings, and editing a figure. */
export const dataScreen = defineTexts<DataScreen>(
  {
    tabs: { cijfers: 'Cijfers en controles', inlezen: 'Inlezen', wijzigingen: 'Wijzigingen' },
    checksHeading: (findings) => `Controles op de gegevens (${findings} bevindingen)`,
    checksNote:
      'De bronnen spreken elkaar op enkele punten tegen. Het gedrukte cijfer blijft de standaard; in een scenario kan de andere lezing worden gekozen (Scenario’s → Alternatieve broncijfers).',
    emptyCells: (count) => `Lege cellen in de bron (${count})`,
    allFigures: (count) => `Alle cijfers (${count})`,
    search: 'Zoeken',
    searchPlaceholder: 'Zoek op reeks, gemeente of bron',
    onlyEdited: 'alleen gewijzigde cijfers',
    shown: (count) => `${count} getoond`,
    columns: { series: 'Reeks', gemeente: 'Gemeente', period: 'Periode / peildatum', value: 'Waarde', seedValue: 'Bronwaarde', source: 'Bron' },
    region: 'Regio',
    refine: 'Verfijn de zoekopdracht om de overige cijfers te zien.',
    documents: 'Brondocumenten',
    edit: 'Wijzig',
    newValue: 'Nieuwe waarde',
    note: 'Toelichting',
    notePlaceholder: 'toelichting (bron van de wijziging)',
    save: 'Bewaar',
    cancel: 'Annuleer',
    revert: 'Terug naar bron',
    notANumber: (text) => `"${text}" is geen getal.`,
    changed: (series, gemeente) => `${series} (${gemeente}) gewijzigd; de controles en uitkomsten zijn bijgewerkt.`,
    undo: 'Ongedaan maken',
    cli: { peildatum: (date) => `peildatum ${date}`, source: (source) => `bron: ${source}`, edited: (seedValue) => `(aangepast; bron: ${seedValue})` },
  },
  {
    tabs: { cijfers: 'Figures and checks', inlezen: 'Import', wijzigingen: 'Changes' },
    checksHeading: (findings) => `Data checks (${findings} findings)`,
    checksNote:
      'The sources contradict each other in places. The printed figure stays the default; a scenario can choose the other reading (Scenarios → Alternative source figures).',
    emptyCells: (count) => `Empty cells in the source (${count})`,
    allFigures: (count) => `All figures (${count})`,
    search: 'Search',
    searchPlaceholder: 'Search series, municipality or source',
    onlyEdited: 'edited figures only',
    shown: (count) => `${count} shown`,
    columns: { series: 'Series', gemeente: 'Municipality', period: 'Period / reference date', value: 'Value', seedValue: 'Source value', source: 'Source' },
    region: 'Region',
    refine: 'Refine the search to see the other figures.',
    documents: 'Source documents',
    edit: 'Edit',
    newValue: 'New value',
    note: 'Note',
    notePlaceholder: 'note (source of the change)',
    save: 'Save',
    cancel: 'Cancel',
    revert: 'Back to source',
    notANumber: (text) => `"${text}" is not a number.`,
    changed: (series, gemeente) => `${series} (${gemeente}) changed; the checks and results are updated.`,
    undo: 'Undo',
    cli: { peildatum: (date) => `reference date ${date}`, source: (source) => `source: ${source}`, edited: (seedValue) => `(edited; source: ${seedValue})` },
  },
);
