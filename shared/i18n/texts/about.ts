import { defineTexts } from '../define';

/** The About dialog (Help → Over Woonzorgverkenner in Electron, the "Over" button in the header). */
type AboutTexts = {
  open: string;
  title: string;
  purpose: string;
  version: (v: string) => string;
  dataHeading: string;
  figures: (figures: number, edited: number) => string;
  imports: (count: number) => string;
  lastChange: (when: string | null) => string;
  location: string;
  /** The program's own licence: not settled yet, and said so rather than invented. */
  licence: string;
  creditsHeading: string;
  sourcesNote: string;
  libraries: string;
  close: string;
  loading: string;
};

export const about = defineTexts<AboutTexts>(
  {
    open: 'Over',
    title: 'Over Woonzorgverkenner',
    purpose: 'Scenariomodel voor de woonzorgopgave van de regio Gooi en Vechtstreek: de vraag naar woningen voor ouderen en aandachtsgroepen in 2030 tegenover het Woondeal-programma, per gemeente.',
    version: (v) => `Versie ${v}`,
    dataHeading: 'Gegevens',
    figures: (figures, edited) => `${figures} cijfers, waarvan ${edited} door een analist gewijzigd`,
    imports: (count) => (count === 0 ? 'geen ingelezen bestanden' : count === 1 ? '1 ingelezen bestand' : `${count} ingelezen bestanden`),
    lastChange: (when) => (when === null ? 'ongewijzigd sinds de levering' : `laatst gewijzigd op ${when}`),
    location: 'De scenario’s en gegevens staan in',
    licence: 'Licentie van het programma: nog niet vastgesteld.',
    creditsHeading: 'Bronnen en dank',
    sourcesNote: 'De cijfers komen uit vijf documenten van de regio; elk cijfer noemt zijn bron (Data & bronnen).',
    libraries: 'Gemaakt met',
    close: 'Sluiten',
    loading: 'Gegevens worden gelezen…',
  },
  {
    open: 'About',
    title: 'About Woonzorgverkenner',
    purpose: 'Scenario model for the housing-and-care task of the Gooi en Vechtstreek region: the need for homes for older people and vulnerable groups in 2030 against the Woondeal programme, per municipality.',
    version: (v) => `Version ${v}`,
    dataHeading: 'Data',
    figures: (figures, edited) => `${figures} figures, ${edited} of them changed by an analyst`,
    imports: (count) => (count === 0 ? 'no imported files' : count === 1 ? '1 imported file' : `${count} imported files`),
    lastChange: (when) => (when === null ? 'unchanged since delivery' : `last changed on ${when}`),
    location: 'The scenarios and data are stored in',
    licence: 'Licence of the program: not yet settled.',
    creditsHeading: 'Sources and credits',
    sourcesNote: 'The figures come from five documents of the region; every figure names its source (Data & sources).',
    libraries: 'Made with',
    close: 'Close',
    loading: 'Reading the data…',
  },
);
