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
  columns: { series: string; gemeente: string; period: string; value: string; seedValue: string; source: string; actions: string };
  region: string;
  /** How the figure list is used from the keyboard: one tab stop, arrows between rows. */
  keysHint: string;
  documents: string;
  /** Editing a figure in the table. */
  edit: string;
  /** The edit button's full name for a screen reader: which figure it edits. */
  editFigure: (series: string, gemeente: string) => string;
  newValue: string;
  note: string;
  notePlaceholder: string;
  save: string;
  cancel: string;
  revert: string;
  notANumber: (text: string) => string;
  changed: (series: string, gemeente: string) => string;
  undo: string;
  /**
   * The other reading a finding offers, as one click in the open scenario (shared/scenario/alternatives.ts).
   * An action is a phrase ("rekenen met 330 (…)") that the button and the notices put in a sentence.
   */
  alternative: {
    heading: string;
    overrideAction: (value: string, what: string) => string;
    needAction: (type: string, text: string) => string;
    inScenario: (action: string, scenario: string) => string;
    inCopy: (action: string, scenario: string) => string;
    resolves: (titles: string[]) => string;
    needEffect: (type: string, tableSum: string, text: string) => string;
    otherValue: (value: string) => string;
    inForce: (action: string, scenario: string) => string;
    drop: string;
    applied: (action: string, scenario: string) => string;
    dropped: (action: string, scenario: string) => string;
    copied: (copy: string, scenario: string) => string;
    notOpen: (scenario: string) => string;
  };
  /** The command line's `data` listing. */
  cli: { peildatum: (date: string) => string; source: (source: string) => string; edited: (seedValue: string) => string };
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The Data & bronnen screen: every figure with its source, the checks' findings, and editing a figure. */
export const dataScreen = defineTexts<DataScreen>(
  {
    tabs: { cijfers: 'Cijfers en controles', inlezen: 'Inlezen', wijzigingen: 'Wijzigingen' },
    checksHeading: (findings) => `Controles op de gegevens (${findings} bevindingen)`,
    checksNote:
      'De bronnen spreken elkaar op enkele punten tegen. Het gedrukte cijfer blijft de standaard; waar een bevinding een andere lezing heeft, kiest u die hier met één klik voor het geopende scenario (en haalt u hem weer weg), of in Scenario’s → Alternatieve broncijfers.',
    emptyCells: (count) => `Lege cellen in de bron (${count})`,
    allFigures: (count) => `Alle cijfers (${count})`,
    search: 'Zoeken',
    searchPlaceholder: 'Zoek op reeks, gemeente of bron',
    onlyEdited: 'alleen gewijzigde cijfers',
    shown: (count) => `${count} getoond`,
    columns: { series: 'Reeks', gemeente: 'Gemeente', period: 'Periode / peildatum', value: 'Waarde', seedValue: 'Bronwaarde', source: 'Bron', actions: 'Acties' },
    region: 'Regio',
    keysHint: 'Met het toetsenbord: pijl omhoog en omlaag gaan door de cijfers, Enter wijzigt de waarde van de regel, Esc annuleert.',
    documents: 'Brondocumenten',
    edit: 'Wijzig',
    editFigure: (series, gemeente) => `Wijzig ${series}, ${gemeente}`,
    newValue: 'Nieuwe waarde',
    note: 'Toelichting',
    notePlaceholder: 'toelichting (bron van de wijziging)',
    save: 'Bewaar',
    cancel: 'Annuleer',
    revert: 'Terug naar bron',
    notANumber: (text) => `"${text}" is geen getal.`,
    changed: (series, gemeente) => `${series} (${gemeente}) gewijzigd; de controles en uitkomsten zijn bijgewerkt.`,
    undo: 'Ongedaan maken',
    alternative: {
      heading: 'Andere lezing',
      overrideAction: (value, what) => `rekenen met ${value} (${what})`,
      needAction: (type, text) => `voor ${type} rekenen met het regiocijfer uit de tekst (${text}, naar rato over de tabel)`,
      inScenario: (action, scenario) => `${cap(action)} in scenario ‘${scenario}’`,
      inCopy: (action, scenario) => `Kopie van ‘${scenario}’ maken en daarin ${action}`,
      resolves: (titles) => `Lost ${titles.length === 1 ? 'deze bevinding' : `${titles.length} bevindingen`} op: ${titles.join('; ')}.`,
      needEffect: (type, tableSum, text) => `De gemeentetabel telt op tot ${tableSum}, de tekst noemt ${text}; alleen ${type} verandert, de andere woningtypen houden hun bron.`,
      otherValue: (value) => `Dit scenario rekent nu met ${value}.`,
      inForce: (action, scenario) => `In gebruik in scenario ‘${scenario}’: ${action}.`,
      drop: 'Weghalen',
      applied: (action, scenario) => `Gekozen in scenario ‘${scenario}’: ${action}. De uitkomsten zijn bijgewerkt.`,
      dropped: (action, scenario) => `Weggehaald uit scenario ‘${scenario}’: ${action}.`,
      copied: (copy, scenario) => `‘${scenario}’ is ingebouwd en blijft zoals het is; de kopie ‘${copy}’ is gemaakt en geopend.`,
      notOpen: (scenario) => `Scenario ‘${scenario}’ is niet meer geopend; open het om de keuze weg te halen.`,
    },
    cli: { peildatum: (date) => `peildatum ${date}`, source: (source) => `bron: ${source}`, edited: (seedValue) => `(aangepast; bron: ${seedValue})` },
  },
  {
    tabs: { cijfers: 'Figures and checks', inlezen: 'Import', wijzigingen: 'Changes' },
    checksHeading: (findings) => `Data checks (${findings} findings)`,
    checksNote:
      'The sources contradict each other in places. The printed figure stays the default; where a finding has another reading, choose it here with one click for the open scenario (and remove it again), or in Scenarios → Alternative source figures.',
    emptyCells: (count) => `Empty cells in the source (${count})`,
    allFigures: (count) => `All figures (${count})`,
    search: 'Search',
    searchPlaceholder: 'Search series, municipality or source',
    onlyEdited: 'edited figures only',
    shown: (count) => `${count} shown`,
    columns: { series: 'Series', gemeente: 'Municipality', period: 'Period / reference date', value: 'Value', seedValue: 'Source value', source: 'Source', actions: 'Actions' },
    region: 'Region',
    keysHint: 'With the keyboard: the up and down arrows move through the figures, Enter edits the value of the row, Esc cancels.',
    documents: 'Source documents',
    edit: 'Edit',
    editFigure: (series, gemeente) => `Edit ${series}, ${gemeente}`,
    newValue: 'New value',
    note: 'Note',
    notePlaceholder: 'note (source of the change)',
    save: 'Save',
    cancel: 'Cancel',
    revert: 'Back to source',
    notANumber: (text) => `"${text}" is not a number.`,
    changed: (series, gemeente) => `${series} (${gemeente}) changed; the checks and results are updated.`,
    undo: 'Undo',
    alternative: {
      heading: 'Other reading',
      overrideAction: (value, what) => `calculate with ${value} (${what})`,
      needAction: (type, text) => `calculate with the regional figure of the text for ${type} (${text}, pro rata over the table)`,
      inScenario: (action, scenario) => `${cap(action)} in scenario ‘${scenario}’`,
      inCopy: (action, scenario) => `Make a copy of ‘${scenario}’ and ${action} there`,
      resolves: (titles) => `Resolves ${titles.length === 1 ? 'this finding' : `${titles.length} findings`}: ${titles.join('; ')}.`,
      needEffect: (type, tableSum, text) => `The municipality table adds up to ${tableSum}, the text says ${text}; only ${type} changes, the other housing types keep their source.`,
      otherValue: (value) => `This scenario now calculates with ${value}.`,
      inForce: (action, scenario) => `In force in scenario ‘${scenario}’: ${action}.`,
      drop: 'Remove',
      applied: (action, scenario) => `Chosen in scenario ‘${scenario}’: ${action}. The results are updated.`,
      dropped: (action, scenario) => `Removed from scenario ‘${scenario}’: ${action}.`,
      copied: (copy, scenario) => `‘${scenario}’ is built in and stays as it is; the copy ‘${copy}’ has been made and opened.`,
      notOpen: (scenario) => `Scenario ‘${scenario}’ is no longer open; open it to remove the choice.`,
    },
    cli: { peildatum: (date) => `reference date ${date}`, source: (source) => `source: ${source}`, edited: (seedValue) => `(edited; source: ${seedValue})` },
  },
);
