import type { IMPORT_ISSUES } from '../../imports/issues';
import type { CodedTexts } from '../coded';
import { defineTexts } from '../define';
import { EN, NL } from '../format';
import { validation } from './validation';

type Kind = { name: string; short: string; help: string };

type Imports = {
  issue: CodedTexts<typeof IMPORT_ISSUES>;
  /** What a row or cell issue is put after. */
  at: { row: (line: number) => string; cell: (line: number, column: string) => string };
  kind: { realisation: Kind; projects: Kind; figures: Kind; plaatsingen: Kind };
  /** The import panel. */
  heading: string;
  kindLabel: string;
  file: string;
  peildatum: string;
  peildatumFormat: string;
  template: string;
  check: string;
  checking: string;
  importing: string;
  apply: string;
  chooseFile: string;
  fileTooLarge: (fileName: string) => string;
  summary: (valid: number, errors: number, warnings: number) => string;
  changesHeading: (changes: number, unchanged: number) => string;
  isNew: string;
  newFindings: string;
  resolved: string;
  fixErrorsFirst: string;
  nothingChanges: string;
  applied: (fileName: string, importId: number, changes: number) => string;
  /** Why an import is refused (window and command line). */
  refusal: { errors: (count: number, first: string) => string; nothing: string };
  /** The command line's report. */
  report: {
    header: (fileName: string, kind: string, peildatum: string | null) => string;
    counts: (valid: number, errors: number, warnings: number) => string;
    severity: { error: string; warning: string };
    more: (count: number) => string;
    changes: (changes: number, unchanged: number) => string;
    newFigure: (value: string) => string;
    edited: (from: string, to: string) => string;
    newProject: (homes: number) => string;
    updatedProject: (from: number, to: number) => string;
    newFindings: string;
    resolved: (titles: readonly string[]) => string;
    notApplied: (errors: number, fileName: string) => string;
    applied: (importId: number, changes: number) => string;
  };
};

const NL_DELIMITER = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' } as const;
const EN_DELIMITER = { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' } as const;
const NL_SEPARATOR = { '|': 'verticale streep (|)', ':': 'dubbele punt (:)', '/': 'schuine streep (/)' } as const;
const EN_SEPARATOR = { '|': 'vertical bar (|)', ':': 'colon (:)', '/': 'slash (/)' } as const;
const quoted = (names: readonly string[]) => names.map((t) => `"${t}"`).join(', ');
/** What a row that counts nowhere is (countsNowhereNoProgramme). */
const NL_WHAT = { realisation: 'deze realisatie', figure: 'dit cijfer', project: 'dit project' } as const;
const EN_WHAT = { realisation: 'this realisation', figure: 'this figure', project: 'this project' } as const;
const yearsNl = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** Reading and checking import files: every issue per code, the import panel and the command line's report. */
export const imports = defineTexts<Imports>(
  {
    issue: {
      fileEmpty: (p) => `Het bestand "${p.fileName}" is leeg.`,
      fileTooLarge: (p) => `Het bestand is ${p.megabytes.toFixed(1).replace('.', ',')} MB; een import mag hoogstens ${p.maxMegabytes} MB zijn.`,
      fileType: (p) => `Bestanden van het type "${p.extension === '' ? 'zonder extensie' : `.${p.extension}`}" kunnen niet worden ingelezen; kies een .csv-, .txt- of .xlsx-bestand.`,
      oldExcel: () =>
        'Dit is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, zonder wachtwoord.',
      xlsxNotZip: () => 'Dit bestand heet .xlsx maar is geen Excel-werkmap (het is geen zip-bestand). Sla het in Excel opnieuw op als Excel-werkmap (.xlsx).',
      unreadable: () => 'Het bestand kon niet worden gelezen; sla het opnieuw op als CSV of als Excel-werkmap (.xlsx).',
      notText: () =>
        'Het bestand is geen tekstbestand (het bevat binaire gegevens). Kies een CSV-bestand (opslaan als "CSV (gescheiden door lijstscheidingsteken)") of een Excel-werkmap (.xlsx).',
      readAsWindows1252: () => 'Het bestand is geen UTF-8 en is gelezen als Windows-1252 (zoals Excel CSV opslaat); controleer tekens als é, ë en €.',
      onlyBlankLines: () => 'Het bestand bevat geen gegevens (alleen lege regels).',
      oneColumnHeader: (p) =>
        `De kopregel "${p.header}" heeft maar één kolom: verkeerd scheidingsteken? ` +
        (p.separators.length > 0 ? `Gevonden: ${p.separators.map((s) => NL_SEPARATOR[s]).join(', ')}; ` : 'Er staat geen puntkomma, komma of tab in; ') +
        'gebruik een puntkomma (;), komma (,) of tab tussen de kolommen.',
      headerTooWide: (p) => `De kopregel heeft ${p.columns} kolommen; meer dan ${p.max} wordt niet ingelezen.`,
      tooManyRows: (p) => `Het bestand heeft meer dan ${NL.n(p.max)} gegevensrijen; splits het in kleinere bestanden.`,
      rowTooWide: (p) =>
        `Rij ${p.line} heeft ${p.cells} cellen, de kopregel ${p.columns} kolommen; de rij is niet ingelezen. Staat er een ${NL_DELIMITER[p.delimiter]} in een waarde zonder aanhalingstekens?`,
      moreRowsTooWide: (p) => `En nog ${p.count} rijen met te veel cellen.`,
      csvRowUnreadable: (p) => `Rij ${p.line} kon niet als CSV worden gelezen; sla het bestand opnieuw op als CSV.`,
      workbookNamedOther: (p) => `Het bestand heet .${p.extension} maar is een Excel-werkmap (.xlsx); het is als werkmap gelezen.`,
      workbookTimeout: () => 'Het lezen van de Excel-werkmap duurde te lang en is afgebroken.',
      workbookDamaged: () => 'Het bestand kon niet als Excel-werkmap worden gelezen: het is beschadigd of geen geldige .xlsx-werkmap. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).',
      workbookCellUnreadable: (p) =>
        `Het bestand kon niet als Excel-werkmap worden gelezen: cel ${p.column}${p.line} (rij ${p.line}, kolom ${p.column}) is onleesbaar. Open het in Excel, controleer die cel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
      workbookNoSheet: () => 'De Excel-werkmap heeft geen werkblad.',
      sheetTooManyRows: (p) => `Het werkblad heeft meer dan ${NL.n(p.max)} gegevensrijen; splits het in kleinere bestanden.`,
      onlyFirstSheet: (p) => `Alleen het eerste werkblad ("${p.sheet}") is gelezen; de werkmap heeft er ${p.sheets}.`,
      firstSheetEmpty: (p) => `Het eerste werkblad ("${p.sheet}") is leeg.`,
      rowBeyondColumns: (p) => `Rij ${p.line} heeft gegevens rechts van de laatste kolom van de kopregel (${p.columns} kolommen); de rij is niet ingelezen.`,
      moreRowsBeyondColumns: (p) => `En nog ${p.count} rijen met gegevens buiten de kolommen.`,
      zipDamaged: () => 'Het Excel-bestand is beschadigd of geen geldige .xlsx-werkmap (de inhoudsopgave van het zip-bestand klopt niet).',
      zipNotWorkbook: () => 'Dit zip-bestand is geen Excel-werkmap (.xlsx). Een OpenDocument-rekenblad (.ods) of Numbers-bestand: sla het op als .xlsx of CSV.',
      zipMultiDisk: () => 'Het zip-bestand bestaat uit meerdere delen; dat kan niet worden ingelezen.',
      zipEncrypted: () => 'Het Excel-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op.',
      zipCompression: (p) => `Het zip-bestand gebruikt een onbekende compressiemethode (${p.method}); sla de werkmap opnieuw op als .xlsx.`,
      zipTooLarge: (p) => `Het Excel-bestand pakt uit tot meer dan ${p.maxMegabytes} MB; dat is te groot voor een import (of het is een zip-bom). Het is niet uitgepakt.`,
      zipRatio: (p) => `Onderdeel "${p.entry}" van het Excel-bestand pakt uit tot ${Math.round(p.ratio)} keer zijn grootte; dat doet een echte werkmap niet (zip-bom?). Het is niet uitgepakt.`,
      zipTooManyEntries: (p) => `Het zip-bestand heeft ${p.count} onderdelen; dat is geen gewone Excel-werkmap.`,
      zipEntryDamaged: (p) => `Onderdeel "${p.entry}" van het Excel-bestand is beschadigd of groter dan opgegeven; het is niet ingelezen.`,
      unknownColumn: (p) => `Kolom "${p.column}" is onbekend en wordt niet gebruikt.`,
      duplicateColumn: (p) => `De kolommen "${p.first}" en "${p.second}" betekenen allebei "${p.name}"; laat er één staan.`,
      missingColumn: (p) =>
        `De kolom "${p.name}" ontbreekt (ook goed: ${quoted(p.aliases) || 'geen andere naam'}). Gevonden kolommen: ${p.found.length > 0 ? quoted(p.found) : 'geen'}.`,
      noDataRows: () => 'Het bestand heeft geen gegevensrijen: er is niets in te lezen.',
      moreIssues: (p) => `En nog ${p.count} meldingen (${p.errors} fouten, ${p.warnings} waarschuwingen) die niet worden getoond.`,

      quoteNotClosed: () => 'een aanhalingsteken (") wordt niet gesloten, zodat de rest van het bestand één waarde zou worden.',
      textAfterQuote: () => 'na een aanhalingsteken (") dat een waarde afsluit staat nog tekst. Zet de hele waarde tussen aanhalingstekens en schrijf een aanhalingsteken in de waarde dubbel ("").',
      duplicateRealisation: (p) => `${p.gemeente} ${p.year} staat al in rij ${p.first}; elke gemeente en elk jaar mag één keer voorkomen.`,
      leftRegion: (p) => `${p.gemeente} hoort sinds ${p.since} niet meer bij de regio; deze rij wordt bewaard maar telt niet mee in de berekening.`,
      countsNowhereNoProgramme: (p) =>
        `${p.gemeente} heeft geen bouwprogramma; ${NL_WHAT[p.what]} wordt bewaard maar telt in geen enkele uitkomst mee (zonder programma is er geen tempo, prognose of tekort voor ${p.gemeente}).`,
      outsideProgramme: (p) =>
        `${yearsNl(p.from, p.to)} valt buiten het bouwprogramma (${p.start}–${p.end}); de realisatie van ${p.gemeente} wordt bewaard maar telt alleen mee voor de jaren van het programma, dus hier in geen enkele uitkomst.`,
      projectInRealisation: (p) =>
        `project "${p.name}" wordt opgeleverd in ${p.year}, in of vóór ${p.baseYear}, het laatste jaar met realisatiecijfers van ${p.gemeente}; het wordt bewaard, maar de pijplijn telt het niet mee: die woningen horen al in de realisatiecijfers.`,
      duplicateProject: (p) => `project "${p.name}" in ${p.gemeente} staat ook in rij ${p.first}; is het twee keer ingevoerd?`,
      duplicateFigure: (p) => `cijfer ${p.figureId} staat al in rij ${p.first}; elk cijfer mag één keer voorkomen.`,
      invalidRow: () => 'de rij is ongeldig.',

      homesEmpty: () => 'de cel is leeg; vul een aantal woningen in.',
      notANumber: (p) => `"${p.text}" is geen getal.`,
      notWholeHomes: (p) => `"${p.text}" is geen geheel aantal woningen.`,
      negativeHomes: (p) => `${p.text} is negatief; een aantal woningen is 0 of meer.`,
      yearEmpty: () => 'de cel is leeg; vul een jaartal in.',
      notAYear: (p) => `"${p.text}" is geen jaartal.`,
      yearOutOfRange: (p) => `${p.text} ligt niet tussen ${p.min} en ${p.max}.`,
      householdsEmpty: () => 'de cel is leeg; vul een aantal huishoudens in (0 als er niemand is geplaatst).',
      notWholeHouseholds: (p) => `"${p.text}" is geen geheel aantal huishoudens.`,
      negativeHouseholds: (p) => `${p.text} is negatief; een aantal plaatsingen is 0 of meer.`,
      placementOutsideProgramme: (p) => `${p.text} valt buiten de looptijd van het programma (${p.start}–${p.end}); plaatsingen worden alleen voor die jaren tegen de opgave gelegd.`,
      ambiguousNumber: (p) => `"${p.text}" is dubbelzinnig: een duizendtal of een decimaal getal? Schrijf een duizendtal zonder punt of komma (bijvoorbeeld 1234).`,
      gemeenteEmpty: (p) => `de cel is leeg; vul een gemeente in (naam of CBS-code). Bekende gemeenten: ${p.known.join(', ')}.`,
      unknownGemeente: (p) => `"${p.text}" is geen bekende gemeente. Bekende gemeenten: ${p.known.join(', ')}.`,
      statusEmpty: (p) => `de cel is leeg; kies uit ${p.statuses.join(', ')}.`,
      unknownStatus: (p) => `"${p.text}" is geen bekende status; kies uit ${p.statuses.join(', ')}.`,
      figureIdEmpty: () => 'de cel is leeg; vul het id van een bestaand cijfer in.',
      unknownFigure: (p) => (p.suggestion ? `"${p.text}" is geen bekend cijfer; bedoelt u "${p.suggestion}"?` : `"${p.text}" is geen bekend cijfer.`),
      valueCleared: (p) => `de cel is leeg: cijfer ${p.figureId} krijgt geen waarde meer (nu ${String(p.now).replace('.', ',')}).`,
      projectNameMissing: () => 'Geef het project een naam.',
      categoryAboveTotal: (p) => `meer woningen (${p.count}) dan het project in totaal heeft (${p.total}).`,
      valueTooLarge: (p) => `de waarde is te groot (hoogstens ${p.max}).`,
      valueTooSmall: (p) => `de waarde is te klein (minstens ${p.min}).`,
      textTooLong: (p) => `de tekst is te lang (hoogstens ${p.max} tekens).`,
      unsafeCharacter: (p) => `de tekst bevat ${validation['nl-NL'].kind[p.kind]} (${p.codePoint}) op positie ${p.position}; haal het weg.`,
      invalidValue: () => 'de waarde is ongeldig.',
    },
    at: { row: (line) => `Rij ${line}: `, cell: (line, column) => `Rij ${line}, kolom "${column}": ` },
    kind: {
      realisation: {
        name: 'Realisatie per gemeente en jaar',
        short: 'realisatie',
        help: 'Kolommen gemeente; jaar; opleveringen; sm_app (optioneel). Een nieuw jaar schuift het basisjaar op.',
      },
      projects: {
        name: 'Projecten',
        short: 'projecten',
        help: 'Eén project per rij: naam; gemeente; opleverjaar; status; woningen; en per categorie. Een project met dezelfde naam in dezelfde gemeente wordt bijgewerkt.',
      },
      figures: {
        name: 'Correcties op cijfers',
        short: 'correcties',
        help: 'Het sjabloon bevat alle cijfers met hun huidige waarde: pas de waarde aan en lees het terug in.',
      },
      plaatsingen: {
        name: 'Plaatsingen aandachtsgroepen per gemeente en jaar',
        short: 'plaatsingen',
        help: 'Kolommen gemeente; jaar; plaatsingen: huishoudens uit de aandachtsgroepen die dat jaar in de gemeente een sociale huurwoning kregen. Ze worden opgeteld en tegen de taak van de gemeente gelegd.',
      },
    },
    heading: 'Gegevens inlezen (CSV of Excel)',
    kindLabel: 'Soort gegevens',
    file: 'Bestand',
    peildatum: 'Peildatum van de cijfers (jjjj-mm-dd)',
    peildatumFormat: 'Gebruik de vorm jjjj-mm-dd.',
    template: 'Sjabloon downloaden',
    check: 'Controleren',
    checking: 'Bestand controleren…',
    importing: 'Inlezen…',
    apply: 'Inlezen',
    chooseFile: 'Kies eerst een bestand.',
    fileTooLarge: (fileName) => `${fileName} is groter dan 10 MB.`,
    summary: (valid, errors, warnings) =>
      `${valid} geldige ${valid === 1 ? 'rij' : 'rijen'}, ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
    changesHeading: (changes, unchanged) => `Wat er verandert (${changes}; ongewijzigd ${unchanged})`,
    isNew: 'nieuw',
    newFindings: 'Nieuwe bevindingen van de controles na deze import',
    resolved: 'Opgelost door deze import',
    fixErrorsFirst: 'Verbeter eerst de fouten; er is niets ingelezen.',
    nothingChanges: 'Dit bestand verandert niets.',
    applied: (fileName, importId, changes) => `${fileName} ingelezen (import ${importId}, ${changes} wijzigingen). Terugdraaien kan onder Wijzigingen.`,
    refusal: {
      errors: (count, first) => `Het bestand heeft ${count} fout(en); er is niets ingelezen. ${first}`,
      nothing: 'Het bestand verandert niets aan de gegevens; er is niets ingelezen.',
    },
    report: {
      header: (fileName, kind, peildatum) => `Import ${fileName} (${kind})${peildatum ? `, peildatum ${peildatum}` : ''}`,
      counts: (valid, errors, warnings) => `Geldige rijen: ${valid}; fouten: ${errors}; waarschuwingen: ${warnings}.`,
      severity: { error: 'FOUT', warning: 'let op' },
      more: (count) => `… en nog ${count} meldingen.`,
      changes: (changes, unchanged) => `Wijzigingen (${changes}; ongewijzigd ${unchanged}):`,
      newFigure: (value) => `nieuw: ${value}`,
      edited: (from, to) => `${from} → ${to}`,
      newProject: (homes) => `nieuw project, ${homes} woningen`,
      updatedProject: (from, to) => `${from} → ${to} woningen`,
      newFindings: 'Nieuwe bevindingen van de controles na deze import:',
      resolved: (titles) => `Opgeloste bevindingen: ${titles.join('; ')}`,
      notApplied: (errors, fileName) => `${errors} fout(en) in ${fileName}; er is niets ingelezen.`,
      applied: (importId, changes) => `Ingelezen als import ${importId}: ${changes} wijziging(en). Terugdraaien: history revert-import ${importId}.`,
    },
  },
  {
    issue: {
      fileEmpty: (p) => `The file "${p.fileName}" is empty.`,
      fileTooLarge: (p) => `The file is ${p.megabytes.toFixed(1)} MB; an import may be at most ${p.maxMegabytes} MB.`,
      fileType: (p) => `Files of type "${p.extension === '' ? 'without extension' : `.${p.extension}`}" cannot be imported; choose a .csv, .txt or .xlsx file.`,
      oldExcel: () => 'This is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, without a password.',
      xlsxNotZip: () => 'This file is called .xlsx but is not an Excel workbook (it is not a zip file). Save it again in Excel as an Excel workbook (.xlsx).',
      unreadable: () => 'The file could not be read; save it again as CSV or as an Excel workbook (.xlsx).',
      notText: () => 'The file is not a text file (it holds binary data). Choose a CSV file (save as "CSV (comma delimited)") or an Excel workbook (.xlsx).',
      readAsWindows1252: () => 'The file is not UTF-8 and was read as Windows-1252 (as Excel saves CSV); check characters such as é, ë and €.',
      onlyBlankLines: () => 'The file holds no data (only blank lines).',
      oneColumnHeader: (p) =>
        `The header line "${p.header}" has only one column: wrong separator? ` +
        (p.separators.length > 0 ? `Found: ${p.separators.map((s) => EN_SEPARATOR[s]).join(', ')}; ` : 'It holds no semicolon, comma or tab; ') +
        'put a semicolon (;), comma (,) or tab between the columns.',
      headerTooWide: (p) => `The header line has ${p.columns} columns; more than ${p.max} are not read.`,
      tooManyRows: (p) => `The file has more than ${EN.n(p.max)} data rows; split it into smaller files.`,
      rowTooWide: (p) =>
        `Row ${p.line} has ${p.cells} cells, the header line ${p.columns} columns; the row was not read. Is there a ${EN_DELIMITER[p.delimiter]} in a value without quotes?`,
      moreRowsTooWide: (p) => `And ${p.count} more rows with too many cells.`,
      csvRowUnreadable: (p) => `Row ${p.line} could not be read as CSV; save the file again as CSV.`,
      workbookNamedOther: (p) => `The file is called .${p.extension} but is an Excel workbook (.xlsx); it was read as a workbook.`,
      workbookTimeout: () => 'Reading the Excel workbook took too long and was stopped.',
      workbookDamaged: () => 'The file could not be read as an Excel workbook: it is damaged or not a valid .xlsx workbook. Open it in Excel and save it again as an Excel workbook (.xlsx).',
      workbookCellUnreadable: (p) =>
        `The file could not be read as an Excel workbook: cell ${p.column}${p.line} (row ${p.line}, column ${p.column}) cannot be read. Open it in Excel, check that cell and save it again as an Excel workbook (.xlsx).`,
      workbookNoSheet: () => 'The Excel workbook has no worksheet.',
      sheetTooManyRows: (p) => `The worksheet has more than ${EN.n(p.max)} data rows; split it into smaller files.`,
      onlyFirstSheet: (p) => `Only the first worksheet ("${p.sheet}") was read; the workbook has ${p.sheets}.`,
      firstSheetEmpty: (p) => `The first worksheet ("${p.sheet}") is empty.`,
      rowBeyondColumns: (p) => `Row ${p.line} has data to the right of the header line's last column (${p.columns} columns); the row was not read.`,
      moreRowsBeyondColumns: (p) => `And ${p.count} more rows with data outside the columns.`,
      zipDamaged: () => 'The Excel file is damaged or not a valid .xlsx workbook (the table of contents of the zip file is wrong).',
      zipNotWorkbook: () => 'This zip file is not an Excel workbook (.xlsx). An OpenDocument spreadsheet (.ods) or a Numbers file: save it as .xlsx or CSV.',
      zipMultiDisk: () => 'The zip file consists of several parts; that cannot be imported.',
      zipEncrypted: () => 'The Excel file is protected with a password; save it without a password.',
      zipCompression: (p) => `The zip file uses an unknown compression method (${p.method}); save the workbook again as .xlsx.`,
      zipTooLarge: (p) => `The Excel file unpacks to more than ${p.maxMegabytes} MB; that is too large for an import (or it is a zip bomb). It was not unpacked.`,
      zipRatio: (p) => `Part "${p.entry}" of the Excel file unpacks to ${Math.round(p.ratio)} times its size; a real workbook does not do that (zip bomb?). It was not unpacked.`,
      zipTooManyEntries: (p) => `The zip file has ${p.count} parts; that is not an ordinary Excel workbook.`,
      zipEntryDamaged: (p) => `Part "${p.entry}" of the Excel file is damaged or larger than declared; it was not read.`,
      unknownColumn: (p) => `Column "${p.column}" is unknown and is not used.`,
      duplicateColumn: (p) => `The columns "${p.first}" and "${p.second}" both mean "${p.name}"; keep one of them.`,
      missingColumn: (p) =>
        `The column "${p.name}" is missing (also accepted: ${quoted(p.aliases) || 'no other name'}). Columns found: ${p.found.length > 0 ? quoted(p.found) : 'none'}.`,
      noDataRows: () => 'The file has no data rows: there is nothing to import.',
      moreIssues: (p) => `And ${p.count} more messages (${p.errors} errors, ${p.warnings} warnings) that are not shown.`,

      quoteNotClosed: () => 'a quote (") is not closed, so the rest of the file would become one value.',
      textAfterQuote: () => 'there is text after a quote (") that closes a value. Put the whole value in quotes and double any quote inside it ("").',
      duplicateRealisation: (p) => `${p.gemeente} ${p.year} is already in row ${p.first}; each municipality and year may occur once.`,
      leftRegion: (p) => `${p.gemeente} has not been part of the region since ${p.since}; this row is kept but does not count in the calculation.`,
      countsNowhereNoProgramme: (p) =>
        `${p.gemeente} has no build programme; ${EN_WHAT[p.what]} is stored but counts in no result (without a programme there is no pace, projection or shortfall for ${p.gemeente}).`,
      outsideProgramme: (p) =>
        `${yearsNl(p.from, p.to)} is outside the build programme (${p.start}–${p.end}); the realisation of ${p.gemeente} is stored but only counts for the programme's years, so here in no result.`,
      projectInRealisation: (p) =>
        `project "${p.name}" completes in ${p.year}, in or before ${p.baseYear}, the last year with realisation figures for ${p.gemeente}; it is stored, but the pipeline does not count it: those homes belong in the realisation figures.`,
      duplicateProject: (p) => `project "${p.name}" in ${p.gemeente} is also in row ${p.first}; was it entered twice?`,
      duplicateFigure: (p) => `figure ${p.figureId} is already in row ${p.first}; each figure may occur once.`,
      invalidRow: () => 'the row is not valid.',

      homesEmpty: () => 'the cell is empty; fill in a number of homes.',
      notANumber: (p) => `"${p.text}" is not a number.`,
      notWholeHomes: (p) => `"${p.text}" is not a whole number of homes.`,
      negativeHomes: (p) => `${p.text} is negative; a number of homes is 0 or more.`,
      yearEmpty: () => 'the cell is empty; fill in a year.',
      notAYear: (p) => `"${p.text}" is not a year.`,
      yearOutOfRange: (p) => `${p.text} is not between ${p.min} and ${p.max}.`,
      householdsEmpty: () => 'the cell is empty; fill in a number of households (0 if no one was placed).',
      notWholeHouseholds: (p) => `"${p.text}" is not a whole number of households.`,
      negativeHouseholds: (p) => `${p.text} is negative; a number of placements is 0 or more.`,
      placementOutsideProgramme: (p) => `${p.text} is outside the programme's years (${p.start}–${p.end}); placements are weighed against the task for those years only.`,
      ambiguousNumber: (p) => `"${p.text}" is ambiguous: thousands or a decimal number? Write thousands without a point or comma (for example 1234).`,
      gemeenteEmpty: (p) => `the cell is empty; fill in a municipality (name or CBS code). Known municipalities: ${p.known.join(', ')}.`,
      unknownGemeente: (p) => `"${p.text}" is not a known municipality. Known municipalities: ${p.known.join(', ')}.`,
      statusEmpty: (p) => `the cell is empty; choose from ${p.statuses.join(', ')}.`,
      unknownStatus: (p) => `"${p.text}" is not a known status; choose from ${p.statuses.join(', ')}.`,
      figureIdEmpty: () => 'the cell is empty; fill in the id of an existing figure.',
      unknownFigure: (p) => (p.suggestion ? `"${p.text}" is not a known figure; did you mean "${p.suggestion}"?` : `"${p.text}" is not a known figure.`),
      valueCleared: (p) => `the cell is empty: figure ${p.figureId} will have no value any more (now ${String(p.now)}).`,
      projectNameMissing: () => 'Give the project a name.',
      categoryAboveTotal: (p) => `more homes (${p.count}) than the project has in total (${p.total}).`,
      valueTooLarge: (p) => `the value is too large (at most ${p.max}).`,
      valueTooSmall: (p) => `the value is too small (at least ${p.min}).`,
      textTooLong: (p) => `the text is too long (at most ${p.max} characters).`,
      unsafeCharacter: (p) => `the text contains ${validation['en-GB'].kind[p.kind]} (${p.codePoint}) at position ${p.position}; remove it.`,
      invalidValue: () => 'the value is not valid.',
    },
    at: { row: (line) => `Row ${line}: `, cell: (line, column) => `Row ${line}, column "${column}": ` },
    kind: {
      realisation: {
        name: 'Completions per municipality and year',
        short: 'completions',
        help: 'Columns municipality; year; completions; S+M app (optional). A new year moves the base year on.',
      },
      projects: {
        name: 'Projects',
        short: 'projects',
        help: 'One project per row: name; municipality; completion year; status; total homes; and per category. A project with the same name in the same municipality is updated.',
      },
      figures: {
        name: 'Corrections to figures',
        short: 'corrections',
        help: 'The template holds every figure with its current value: change the value and import it again.',
      },
      plaatsingen: {
        name: 'Placements of vulnerable groups per municipality and year',
        short: 'placements',
        help: 'Columns municipality; year; placements: households from the vulnerable groups that got a social-rent home in the municipality that year. They are added up and set against the municipality\'s task.',
      },
    },
    heading: 'Import data (CSV or Excel)',
    kindLabel: 'Kind of data',
    file: 'File',
    peildatum: 'Reference date of the figures (yyyy-mm-dd)',
    peildatumFormat: 'Use the form yyyy-mm-dd.',
    template: 'Download template',
    check: 'Check',
    checking: 'Checking the file…',
    importing: 'Importing…',
    apply: 'Import',
    chooseFile: 'Choose a file first.',
    fileTooLarge: (fileName) => `${fileName} is larger than 10 MB.`,
    summary: (valid, errors, warnings) =>
      `${valid} valid ${valid === 1 ? 'row' : 'rows'}, ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
    changesHeading: (changes, unchanged) => `What changes (${changes}; unchanged ${unchanged})`,
    isNew: 'new',
    newFindings: 'New findings of the checks after this import',
    resolved: 'Resolved by this import',
    fixErrorsFirst: 'Fix the errors first; nothing was imported.',
    nothingChanges: 'This file changes nothing.',
    applied: (fileName, importId, changes) => `${fileName} imported (import ${importId}, ${changes} changes). It can be reverted under Changes.`,
    refusal: {
      errors: (count, first) => `The file has ${count} error(s); nothing was imported. ${first}`,
      nothing: 'The file changes nothing in the data; nothing was imported.',
    },
    report: {
      header: (fileName, kind, peildatum) => `Import ${fileName} (${kind})${peildatum ? `, reference date ${peildatum}` : ''}`,
      counts: (valid, errors, warnings) => `Valid rows: ${valid}; errors: ${errors}; warnings: ${warnings}.`,
      severity: { error: 'ERROR', warning: 'note' },
      more: (count) => `… and ${count} more messages.`,
      changes: (changes, unchanged) => `Changes (${changes}; unchanged ${unchanged}):`,
      newFigure: (value) => `new: ${value}`,
      edited: (from, to) => `${from} to ${to}`,
      newProject: (homes) => `new project, ${homes} homes`,
      updatedProject: (from, to) => `${from} to ${to} homes`,
      newFindings: 'New findings of the checks after this import:',
      resolved: (titles) => `Resolved findings: ${titles.join('; ')}`,
      notApplied: (errors, fileName) => `${errors} error(s) in ${fileName}; nothing was imported.`,
      applied: (importId, changes) => `Imported as import ${importId}: ${changes} change(s). To revert: history revert-import ${importId}.`,
    },
  },
);
