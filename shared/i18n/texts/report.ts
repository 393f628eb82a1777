import { defineTexts } from '../define';
import { formatNumber, formatSigned } from '../../format/nl';
import { EN, NL, remainsAsShown } from '../format';

/** The regional programme position, for the summary's first sentence. */
type ProgrammeFacts = { scenario: string; baseYear: number; pace: number; currentPace: number; requiredPace: number; projected: number; target: number };
/** A gemeente and its own figure (a shortfall or a surplus). */
type Named = { name: string; homes: number };
/**
 * Shortfall and surplus never netted (issue 9): the shortfall is the sum of the gemeenten behind,
 * the surplus of those ahead is named apart; the net appears only labelled as net.
 */
type ProgrammeGap = { shortfall: number; behind: Named[]; surplus: number; ahead: string[]; net: number; catchUpYear: number | null; notReached: string[] };
type ElderlyType = 'nultreden' | 'geclusterd' | 'zorggeschikt';
/** One type's surplus: who has more than its own need, together. */
type TypeSurplus = { type: ElderlyType; homes: number; names: string[] };
/** Shortfalls are sums over the gemeenten (and, for the total, over the types) of their own shortfalls. */
type ElderlyFacts = { nultreden: number; geclusterd: number; zorggeschikt: number; total: number; surplus: TypeSurplus[] };
/** Gemeenten whose new build is smaller than what it must supply for older people, summed. */
type TooSmall = { names: string[]; newBuild: number; needed: number };
type RequiredShare = { share: number | null; above100: boolean; tooSmall: TooSmall | null };
type AandachtsFacts = { perYear: number; cumulative: number; horizon: number; largest: { name: string; perYear: number } | null };
/** One gemeente's elderly figures: its shortfall (sum of its types'), per type, and its surpluses. */
type GemeenteElderly = { shortfall: number; parts: { type: ElderlyType; homes: number }[]; surplus: { type: ElderlyType; homes: number }[] };
type GemeenteShare = { share: number | null; above100: boolean; newBuild: number; needed: number };
/** The terminal's lines of `run` (electron/cli/commands/run.ts), short forms of the summary's. */
type RunProgramme = { projected: number; target: number; shortfall: number; behind: string[]; surplus: number; ahead: string[]; net: number };
/** The memo's key findings (sections/summary.ts keyFindings): one sentence per theme, also the opening of its chapter. */
type KeyProgramme = { projected: number; target: number; behind: Named[]; shortfall: number; ahead: string[]; surplus: number; band: KeyBand | null };
type KeyAffordable = { target: number; projected: number; shortfall: number; behind: number; members: number };
type KeyElderly = {
  total: number;
  largest: { type: ElderlyType; homes: number } | null;
  tooSmall: number;
  members: number;
  band: KeyBand | null;
  /** The largest type's need where 004 contradicts itself: the gemeentetabel's sum (used) against the text's regional figure. */
  disputed: { type: ElderlyType; table: number; text: number } | null;
};
/**
 * The region's P10–P90 band of a shortfall where the scenario has ranges or open choices (MODEL.md
 * §5.6), beside its point value; `outside` where the point value lies outside the band.
 */
type KeyBand = { p10: number; p90: number; outside: boolean };

/** The solidarity chapter (sections/solidarity.ts): facts from the ledger, worded here. */
type SolHost = { name: string; actual: number; per10k: number | null };
type SolNow = { total: number; units: string; year: number; hosts: SolHost[]; without: string[]; members: number };
type SolTypeNow = { name: string; unit: string; total: number; hosts: { name: string; actual: number }[] };
type SolEarlier = { name: string; unit: string; year: number; total: number; hosts: number; nowTotal: number; nowHosts: number };
type SolKey = { key: 'population' | 'equal' | 'socialRent' | 'custom'; label: string; others: string[]; fair: { min: { name: string; value: number }; max: { name: string; value: number } } | null };
type SolNamed = { name: string; value: number };
type SolPlacement = { name: string; action: 'add' | 'remove' | 'move'; units: number; unit: string; type: string; gemeente: string; from: string | null; year: number; status: string };
type SolAfterType = { name: string; unit: string; total: number; totalAfter: number; hosts: { name: string; actual: number; fair: number; surplus: number }[]; before: number; after: number };
type SolAfterAll = { changed: { name: string; before: number; after: number }[]; before: number; after: number };
type SolAdvice = { placement: string; units: number; unit: string; type: string; before: number; top: { name: string; rank: number; measure: number }[]; chosen: { name: string; rank: number } | null; members: number; allWorse: boolean };
/** Figures per 10 000 with one decimal always ("21,0"), so a list of them lines up in the reader's eye. */
const nl1 = (v: number): string => formatNumber(v, 1, 'nl-NL', 1);
const en1 = (v: number): string => formatNumber(v, 1, 'en-GB', 1);
const nlSigned1 = (v: number): string => formatSigned(v, 1, 'nl-NL', 1);
const enSigned1 = (v: number): string => formatSigned(v, 1, 'en-GB', 1);
/** Short names of the facility types in the chapter's sentences; a type the data gains later shows its label. */
/** The data's units in English sentences. */
const enUnits: Record<string, string> = { plekken: 'places', units: 'units', woningen: 'homes', 'gewogen eenheden': 'weighted units' };
/** Small counts in words ("drie van de zeven gemeenten"), larger ones as figures. */
const nlCount = (n: number): string => ['geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'][n] ?? NL.n(n);
const enCount = (n: number): string => ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][n] ?? EN.n(n);
/** "a, b of c" / "a, b or c". */
const orList = (items: readonly string[], or: string): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1) ?? ''}`);

/** " (P10–P90: 1.774–2.276)" after a shortfall: its band, and where its point value lies outside it, that the uncertainty chapter says why. */
const nlBand = (b: KeyBand | null): string =>
  b ? ` (P10–P90: ${NL.n(b.p10)}\u2060–\u2060${NL.n(b.p90)}${b.outside ? '; de puntwaarde van het scenario valt daarbuiten, zie ‘Onzekerheid en wat er nodig is’' : ''})` : '';
const enBand = (b: KeyBand | null): string =>
  b ? ` (P10–P90: ${EN.n(b.p10)}\u2060–\u2060${EN.n(b.p90)}${b.outside ? '; the scenario’s point value falls outside it, see ‘Uncertainty and what it would take’' : ''})` : '';

/** "Vier" at the start of a sentence. */
const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
/** Below half a home a figure shows as 0: it is neither a shortfall nor a surplus in words. */
const some = (homes: number): boolean => homes >= 0.5;

const nlType: Record<ElderlyType, { noun: string; adjective: string }> = {
  nultreden: { noun: 'nultredenwoningen', adjective: 'nultreden' },
  geclusterd: { noun: 'geclusterde woningen', adjective: 'geclusterd' },
  zorggeschikt: { noun: 'zorggeschikte woningen', adjective: 'zorggeschikt' },
};
const enType: Record<ElderlyType, { noun: string; adjective: string }> = {
  nultreden: { noun: 'zero-step homes', adjective: 'zero-step' },
  geclusterd: { noun: 'clustered homes', adjective: 'clustered' },
  zorggeschikt: { noun: 'care-suitable homes', adjective: 'care-suitable' },
};

/**
 * The memo's, the deck's and the workbook's words: the frame every document has (front matter,
 * captions, footer, sheet names) and the words of each report section (shared/export/sections),
 * grouped by section. The summary is written from the results, never canned.
 */
export const report = defineTexts(
  {
    title: 'Woonzorgopgave Gooi en Vechtstreek',
    dataAsOf: {
      realised: (year: number) => `realisatie t/m ${year}`,
      programme: (from: number, to: number) => `bouwprogramma Woondeal MRA ${from}–${to}`,
      population: (when: string) => `inwoners ${when}`,
    },
    front: {
      scenarios: (count: number) => (count > 1 ? 'Scenario’s' : 'Scenario'),
      date: 'Datum',
      data: 'Gegevens',
      dataAsOf: 'Stand van de cijfers',
    },
    memo: {
      scenarios: (names: readonly string[]) => names.map((n) => `'${n}'`).join(', '),
      figure: (n: number, title: string) => `Figuur ${n}. ${title}`,
      table: (n: number, title: string) => `Tabel ${n}. ${title}`,
      chartMissing: '(grafiek niet beschikbaar)',
      /** The page number follows. */
      footer: (scenarios: string, date: string) => `Woonzorgverkenner · ${scenarios} · ${date} · pagina `,
      /** Between the page number and the number of pages: "pagina 3 van 18". */
      pageOf: 'van',
      contents: 'Inhoud',
      description: (date: string) => `Memo gemaakt met de Woonzorgverkenner op ${date}`,
    },
    deck: {
      scenarios: (names: readonly string[]) => (names.length > 1 ? `Scenario’s: ${NL.list(names.map((n) => `‘${n}’`))}` : `Scenario: ‘${names[0] ?? ''}’`),
      dataAsOf: (what: string) => `Stand van de cijfers: ${what}`,
      continued: (title: string) => `${title} (vervolg)`,
      chartMissing: (title: string) => `Grafiek niet beschikbaar in deze presentatie: ${title}. Zie de Woonzorgverkenner of de Excel-bijlage voor de cijfers.`,
      /** After a source shortened to fit a slide. */
      sourceInNotes: '… (volledig in de notities)',
      company: 'Regio Gooi en Vechtstreek',
    },
    workbook: {
      intro: 'Toelichting',
      scenarios: (names: readonly string[]) => names.join('; '),
      sheets: 'Bladen',
      reading: 'Lezen',
      readingText: 'Getallen staan onafgerond in de cellen; de celopmaak rondt alleen de weergave af. Een lege cel betekent: geen gegeven (niet 0). Aandelen staan als fractie met procentopmaak.',
      /** A sheet whose table has no usable name. */
      table: 'Tabel',
    },
    summary: {
      title: 'Samenvatting',
      deckTitle: 'Regio: kerncijfers',
      programme: (p: ProgrammeFacts) =>
        `In het scenario '${p.scenario}' worden in de regio ${NL.n(p.pace, 1)} woningen per jaar opgeleverd (gerealiseerd tempo 2022–${p.baseYear}: ${NL.n(p.currentPace, 1)} per jaar; nodig voor het Woondeal-programma: ${NL.n(p.requiredPace, 1)} per jaar). ` +
        `Dan staan er in 2030 ${NL.n(p.projected)} van de ${NL.n(p.target)} geprogrammeerde woningen (${NL.pct(p.projected / p.target)}).`,
      programmeGap: (p: ProgrammeGap) =>
        (p.behind.length > 0
          ? `In 2030 is het tekort ${NL.n(p.shortfall)} woningen, opgeteld over de gemeenten die achterlopen: ${NL.list(p.behind.map((g) => `${g.name} (${NL.n(g.homes)})`))}.`
          : 'In 2030 loopt geen gemeente achter op haar programma.') +
        (p.ahead.length > 0
          ? ` ${NL.list(p.ahead)} ${p.ahead.length === 1 ? `bouwt ${NL.n(p.surplus)} woningen meer dan het eigen programma` : `bouwen samen ${NL.n(p.surplus)} woningen meer dan hun programma`}${p.behind.length > 0 ? '; dat vult de tekorten elders niet' : ''}.`
          : '') +
        // The net only beside both parts, and called net: on its own it hides what is still to build.
        (p.behind.length > 0 && p.ahead.length > 0
          ? ` Netto, met die voorsprong verrekend, staat de regio ${p.net >= 0 ? `${NL.n(p.net)} woningen achter op` : `${NL.n(-p.net)} woningen voor op`} het programma.`
          : '') +
        (p.notReached.length > 0
          ? ` ${NL.list(p.notReached)} ${p.notReached.length === 1 ? 'haalt' : 'halen'} het doel pas na 2040.`
          : p.catchUpYear === null
            ? ''
            : ` Alle gemeenten halen hun doel uiterlijk in ${p.catchUpYear}.`),
      elderly: (p: ElderlyFacts) =>
        (some(p.total)
          ? `Ouderenhuisvesting 2030: een tekort van ${NL.n(p.nultreden)} nultredenwoningen, ${NL.n(p.geclusterd)} geclusterde en ${NL.n(p.zorggeschikt)} zorggeschikte woningen (samen ${NL.n(p.total)}), opgeteld over de gemeenten en typen met een tekort.`
          : 'Ouderenhuisvesting 2030: geen tekort; in elke gemeente dekt het aanbod de behoefte van elk type.') +
        p.surplus
          .map(
            (s) =>
              ` ${NL.list(s.names)} ${s.names.length === 1 ? 'heeft' : 'hebben samen'} ${NL.n(s.homes)} ${nlType[s.type].noun} meer dan ${s.names.length === 1 ? 'de eigen' : 'hun'} behoefte` +
              `${some(p.total) ? '; dat vult geen tekort elders of aan een ander type' : ''}.`,
          )
          .join(''),
      requiredShare: (p: RequiredShare) =>
        (p.share === null
          ? ''
          : p.above100
            ? 'Om de behoefte uit nieuwbouw te dekken zou alle nieuwbouw in dit scenario (100 %) ouderengeschikt moeten zijn, en zelfs dat is niet genoeg.'
            : `Om de behoefte uit nieuwbouw te dekken zou ${NL.pct(p.share, 0)} van de nieuwbouw in dit scenario ouderengeschikt moeten zijn.`) +
        (p.tooSmall
          ? `${p.share === null ? '' : ' '}In ${NL.list(p.tooSmall.names)} is de nieuwbouw tot 2030 (${p.tooSmall.names.length > 1 ? 'samen ' : ''}${NL.n(p.tooSmall.newBuild)} woningen) kleiner dan wat die voor ouderen moet leveren (${NL.n(p.tooSmall.needed)}): ` +
            `ook als alle nieuwbouw daar ouderengeschikt is, blijven er ${NL.n(remainsAsShown(p.tooSmall.needed, p.tooSmall.newBuild))} tekort.`
          : ''),
      /** After the programme and the elderly: their bands where the scenario has ranges, the figures above named as point values. */
      bands: (p: { programme: KeyBand | null; elderly: KeyBand | null }) =>
        `Met de bandbreedtes en open keuzes van het scenario ligt ${NL.list([
          ...(p.programme ? [`het tekort op het programma in 2030 tussen ${NL.n(p.programme.p10)} en ${NL.n(p.programme.p90)} woningen`] : []),
          ...(p.elderly ? [`het tekort aan woningen voor ouderen tussen ${NL.n(p.elderly.p10)} en ${NL.n(p.elderly.p90)}`] : []),
        ])} (P10–P90). De cijfers hierboven zijn puntwaarden: de berekening met de waarden van het scenario zelf` +
        (p.programme?.outside || p.elderly?.outside ? '; waar een puntwaarde buiten de band valt, zegt het hoofdstuk ‘Onzekerheid en wat er nodig is’ waarom.' : '.'),
      aandachtsgroepen: (p: AandachtsFacts) =>
        `Aandachtsgroepen: ${NL.n(p.perYear)} sociale huurwoningen per jaar in ${p.horizon}, ${NL.n(p.cumulative)} in totaal t/m ${p.horizon}` +
        `${p.largest ? `; de grootste taak ligt bij ${p.largest.name} (${NL.n(p.largest.perYear, 1)} per jaar)` : ''}.`,
    },
    charts: { title: 'Grafieken', deckTitle: 'Regio' },
    tables: {
      title: 'Tabellen per gemeente',
      programme: { title: (scenario: string) => `Bouwprogramma 2022–2030 per gemeente — ${scenario}`, sheet: 'Bouwprogramma' },
      affordable: { title: (scenario: string) => `Betaalbaar (laag en midden) per gemeente — ${scenario}`, sheet: 'Betaalbaar' },
      elderly: { title: (scenario: string) => `Ouderenhuisvesting 2030 per gemeente en type — ${scenario}`, sheet: 'Ouderenhuisvesting' },
      elderlyNewBuild: { title: (scenario: string) => `Ouderenhuisvesting 2030: tekort en wat de nieuwbouw moet leveren — ${scenario}`, sheet: 'Ouderen en nieuwbouw' },
      aandachtsgroepen: { title: (scenario: string) => `Aandachtsgroepen per gemeente — ${scenario}`, sheet: 'Aandachtsgroepen' },
    },
    gemeenten: {
      title: 'Per gemeente',
      programme: (target: number, realised: number, baseYear: number) => `Programma ${NL.n(target)}, gerealiseerd ${NL.n(realised)} t/m ${baseYear}`,
      pace: (pace: number, required: number) => `Tempo ${NL.n(pace, 1)} per jaar, nodig ${NL.n(required, 1)}`,
      /** Only one of the two is ever above zero for a gemeente. */
      gap: (shortfall: number, surplus: number, catchUpYear: number | null) =>
        `${some(shortfall) ? `Tekort 2030: ${NL.n(shortfall)}` : some(surplus) ? `${NL.n(surplus)} voor op schema in 2030` : 'Op schema in 2030'}; doel gehaald ${catchUpYear ?? 'na 2040'}`,
      noProgramme: 'Geen Woondeal-bouwprogramma',
      elderly: (p: GemeenteElderly) =>
        (some(p.shortfall)
          ? `Tekort ouderenhuisvesting 2030: ${NL.n(p.shortfall)}${p.parts.length > 1 ? ` (${p.parts.map((t) => `${nlType[t.type].adjective} ${NL.n(t.homes)}`).join(', ')})` : p.parts[0] ? ` (${nlType[p.parts[0].type].adjective})` : ''}`
          : 'Geen tekort ouderenhuisvesting 2030') +
        (p.surplus.length > 0
          ? `; meer dan de behoefte: ${p.surplus.map((t) => `${nlType[t.type].adjective} ${NL.n(t.homes)}`).join(', ')}${some(p.shortfall) ? ' (dat vult de andere typen niet)' : ''}`
          : ''),
      requiredShare: (p: GemeenteShare) =>
        p.share === null
          ? `Geen nieuwbouw in dit scenario: wat de nieuwbouw voor ouderen moet leveren (${NL.n(p.needed)}), blijft tekort`
          : p.above100
            ? `Benodigd aandeel ouderengeschikt in de nieuwbouw: 100 %, en dat is niet genoeg: de nieuwbouw tot 2030 (${NL.n(p.newBuild)}) is kleiner dan wat die voor ouderen moet leveren (${NL.n(p.needed)}); ${NL.n(remainsAsShown(p.needed, p.newBuild))} blijven tekort`
            : `Benodigd aandeel ouderengeschikt in de nieuwbouw: ${NL.pct(p.share, 0)}`,
      aandachtsgroepen: (perYear: number, weight: number) => `Aandachtsgroepen: ${NL.n(perYear, 1)} woningen per jaar (${NL.pct(weight)})`,
      /** On the deck, where a chart would be. */
      noPathChart: (name: string) => `${name} heeft geen Woondeal-bouwprogramma: er is geen realisatiepad en geen tekort op het programma.`,
      noElderlyChart: (name: string) => `Voor ${name} geeft de bron geen behoefte aan ouderenhuisvesting: geen grafiek behoefte en aanbod.`,
    },
    comparison: {
      title: 'Scenario’s vergeleken',
      table: 'Scenario’s vergeleken (regio)',
      sheet: 'Vergelijking',
      source: 'Bron: 004 · Bijlage 2 en Bijlage 1; 000 — bewerking Woonzorgverkenner',
      /** The one row the result table's comparison words (tables.comparison) lack: capped at 100 %, the summary says why. */
      requiredShare: 'Benodigd aandeel ouderengeschikt in de nieuwbouw',
    },
    yearTables: {
      title: 'Per jaar',
      paths: { title: (scenario: string) => `Realisatiepaden per gemeente en jaar — ${scenario}`, sheet: 'Realisatiepaden' },
      demand: { title: (scenario: string) => `Aandachtsgroepen: regionale vraag per jaar — ${scenario}`, sheet: 'Vraag per jaar' },
    },
    assumptions: {
      title: 'Aannames',
      table: 'Aannames die afwijken van de standaard',
      sheet: 'Aannames',
      source: 'Bron: de instellingen van de scenario’s; hoe elke aanname doorwerkt staat in de bijlage over de methode.',
      /** The solidarity assumptions that are no single figure (sections/assumptions.ts). */
      typeWeight: (type: string) => `Gewicht per eenheid bij optellen: ${type}`,
      typeWeightDefault: '1',
      placements: 'Geplande plaatsingen',
      placementsValue: (n: number) => `${n} (zie hoofdstuk Solidariteit)`,
      noPlacements: 'geen',
    },
    findings: {
      /** One name in every format (memo, deck, workbook). */
      title: 'Tegenstrijdigheden in de bronnen',
      intro: 'De bronnen spreken elkaar op deze punten tegen. De uitkomsten gebruiken het gedrukte cijfer, tenzij het scenario anders aangeeft (zie Aannames).',
      none: 'De controles vonden geen tegenstrijdigheden in de cijfers waarop deze uitkomsten rusten.',
      /** The deck's and the workbook's sentence where there is none. */
      shortNone: 'Geen tegenstrijdigheden in de bronnen die de cijfers van deze rapportage raken.',
    },
    /** The command line's `ledger` (MODEL §5.4). */
    ledger: {
      heading: (scenario: string, key: string) => `Solidariteit: voorzieningen per gemeente, scenario ${scenario}; eerlijk deel ${key.toLowerCase()}.`,
      typeHeading: (label: string, year: number, total: string, unit: string) => `${label} (${year}): regio ${total} ${unit}`,
      gemeente: 'Gemeente',
      actual: 'Werkelijk',
      fair: 'Eerlijk deel',
      surplus: 'Verschil',
      actualPer10k: 'Per 10.000 inw.',
      fairPer10k: 'Eerlijk per 10.000',
      earlier: (year: number) => `Werkelijk ${year}`,
      afterPlacements: (total: string) => `; na de geplande plaatsingen ${total}`,
      placed: 'Gepland erbij',
      surplusAfter: 'Verschil na',
      surplusAfterPer10k: 'Verschil na per 10.000',
      placementsHeading: 'Geplande plaatsingen in dit scenario:',
      notCounted: { inactive: 'uitgeschakeld', unknownType: 'soort onbekend, telt niet mee', unknownGemeente: 'gemeente onbekend, telt niet mee', afterHorizon: 'na de horizon, telt niet mee' },
    },
    /** The placement advisor (advise, and the Solidariteit screen). */
    advice: {
      heading: (label: string, units: string, unit: string, scenario: string) => `Plaatsingsadvies: ${label}, ${units} ${unit} erbij; scenario ${scenario}.`,
      measureExplained: (before: string) =>
        `Maat: de som over de gemeenten van het verschil met het eerlijke deel per 10.000 inwoners, zonder teken (0 = elke gemeente precies haar deel). Zonder de nieuwe voorziening: ${before}. Hoe lager, hoe dichter bij een eerlijke verdeling.`,
      rank: 'Rang',
      gemeente: 'Gemeente',
      measure: 'Maat na plaatsing',
      change: 'Verandering van de maat',
      actualAfter: 'Daar dan',
      fairAfter: 'Eerlijk deel daar',
      surplusAfterPer10k: 'Verschil daar per 10.000',
      advisesOnly: 'Dit is een rekenkundig advies op één maat; het weegt geen locatie, draagvlak of zorginhoud en beslist niets.',
    },
    /** The Solidariteit chapter (sections/solidarity.ts), written from the ledger (MODEL §5.4), never canned. */
    solidarity: {
      title: 'Solidariteit: wie draagt welke voorzieningen',
      deckTitle: 'Solidariteit: wie draagt wat',
      /** The memo's sub-heading and the deck's slide for the planned placements and the advice. */
      plannedTitle: 'Geplande plaatsingen en plaatsingsadvies',
      /** The map of the chapter (all types together, now). */
      mapTitle: (year: number) => `Kaart: verschil met het eerlijke deel per 10.000 inwoners, alle voorzieningen samen (telling ${year})`,
      mapUnit: 'Verschil met het eerlijke deel per 10.000 inwoners (boven 0: draagt meer)',
      /** What all types together count in a sentence; weighted when a type weighs other than 1. */
      unitsTogether: (weighted: boolean) => (weighted ? 'gewogen eenheden' : 'plekken, units en woningen'),
      /** The data's units as a sentence of this language reads them. */
      unit: (unit: string) => unit,
      /** Short names of the facility types in sentences; a type the data gains later shows its label. */
      now: (p: SolNow) =>
        `Alle voorzieningen samen (${NL.n(p.total)} ${p.units}, telling ${p.year}) staan in ${p.hosts.length === p.members ? `alle ${nlCount(p.members)}` : `${nlCount(p.hosts.length)} van de ${nlCount(p.members)}`} gemeenten: ` +
        NL.list(p.hosts.map((h, i) => (h.per10k === null ? `${h.name} ${NL.n(h.actual)} (inwoners onbekend)` : `${h.name} ${nl1(h.per10k)}${i === 0 ? ' per 10.000 inwoners' : ''}`))) +
        (p.without.length > 0 ? `; ${NL.list(p.without)} ${p.without.length === 1 ? 'heeft' : 'hebben'} er geen` : '') +
        '.',
      perType: (types: SolTypeNow[]) =>
        `Per soort: ${types
          .map(
            (t) =>
              `${t.name} ${NL.n(t.total)} ${t.unit}` +
              (t.hosts.length === 0 ? ', nergens' : t.hosts.length === 1 ? `, alle in ${t.hosts[0]?.name ?? ''}` : ` in ${NL.list(t.hosts.map((h) => `${h.name} (${NL.n(h.actual)})`))}`),
          )
          .join('; ')}.`,
      earlier: (items: SolEarlier[], documents: string) =>
        `Bij de eerdere telling (bron ${documents}): ${items
          .map((e) =>
            e.total === e.nowTotal && e.hosts === e.nowHosts
              ? `${e.name} ${NL.n(e.total)} ${e.unit} in ${nlCount(e.hosts)} ${e.hosts === 1 ? 'gemeente' : 'gemeenten'} (${e.year}), nu evenveel`
              : `${e.name} ${NL.n(e.total)} ${e.unit} in ${nlCount(e.hosts)} ${e.hosts === 1 ? 'gemeente' : 'gemeenten'} (${e.year}), nu ${NL.n(e.nowTotal)} in ${nlCount(e.nowHosts)}`,
          )
          .join('; ')}.`,
      key: (p: SolKey) =>
        `Het eerlijke deel volgt de verdeelsleutel ‘${p.label.toLowerCase()}’` +
        (p.fair === null
          ? '.'
          : p.fair.min.value.toFixed(1) === p.fair.max.value.toFixed(1)
            ? `: dan is het voor elke gemeente ${NL.n(p.fair.max.value, 1)} per 10.000 inwoners, alle soorten samen.`
            : `: alle soorten samen van ${NL.n(p.fair.min.value, 1)} per 10.000 inwoners (${p.fair.min.name}) tot ${NL.n(p.fair.max.value, 1)} (${p.fair.max.name}).`) +
        ` Die sleutel is een aanname van dit scenario, geen regionale afspraak; ${p.others.length > 0 ? `een andere sleutel (${orList(p.others.map((o) => o.toLowerCase()), 'of')}) geeft een ander eerlijk deel.` : 'een andere sleutel geeft een ander eerlijk deel.'}`,
      weights: (weights: SolNamed[]) =>
        weights.length === 0
          ? 'Bij het optellen van de soorten telt elke plek, unit of woning even zwaar (gewicht 1); ook dat is een aanname.'
          : `Bij het optellen weegt een eenheid ${NL.list(weights.map((w) => `${w.name} ${NL.n(w.value, 2)}`))} en een van de andere soorten 1; ook dat is een aanname van het scenario.`,
      carry: (more: SolNamed[], less: SolNamed[], units: string) =>
        more.length === 0 && less.length === 0
          ? 'Elke gemeente draagt precies haar eerlijke deel.'
          : `Tegen dat deel ${more.length === 1 ? 'draagt' : 'dragen'} ${NL.list(more.map((g) => `${g.name} (${NL.signed(g.value)})`))} meer dan ${more.length === 1 ? 'haar' : 'hun'} deel` +
            (less.length > 0 ? `, ${NL.list(less.map((g) => `${g.name} (${NL.signed(g.value)})`))} minder` : '') +
            `; alle soorten samen, in ${units}.`,
      noPlacements: 'Dit scenario plaatst geen nieuwe voorzieningen; met geplande plaatsingen toont dit hoofdstuk ook de stand daarna en het plaatsingsadvies.',
      placements: (counted: SolPlacement[], notCounted: { name: string; reason: string }[]) =>
        (counted.length === 0
          ? 'Geen van de geplande plaatsingen telt mee.'
          : `Het scenario heeft ${counted.length === 1 ? 'één geplande plaatsing' : `${nlCount(counted.length)} geplande plaatsingen`}: ${NL.list(
              counted.map(
                (p) =>
                  `${p.name} (${p.action === 'add' ? `${NL.n(p.units)} ${p.unit} ${p.type} erbij in ${p.gemeente}` : p.action === 'remove' ? `${NL.n(p.units)} ${p.unit} ${p.type} minder in ${p.gemeente}` : `${NL.n(p.units)} ${p.unit} ${p.type} van ${p.from ?? ''} naar ${p.gemeente}`}, ${p.year}, ${p.status})`,
              ),
            )}.`) + (notCounted.length > 0 ? ` Niet meegeteld: ${NL.list(notCounted.map((p) => `${p.name} (${p.reason})`))}.` : ''),
      afterType: (p: SolAfterType) =>
        `Daarna ${p.name}: ${NL.n(p.totalAfter)} ${p.unit} in de regio (nu ${NL.n(p.total)})` +
        (p.hosts.length > 0 ? `; ${NL.list(p.hosts.map((h, i) => `${h.name} ${NL.n(h.actual)} tegen ${i === 0 ? 'een eerlijk deel van ' : ''}${nl1(h.fair)} (${nlSigned1(h.surplus)})`))}` : '') +
        `. Voor ${p.name} komt de verdeling daarmee ${p.after < p.before ? 'dichter bij' : p.after > p.before ? 'verder van' : 'niet dichter bij'} het eerlijke deel (som van de verschillen per 10.000 inwoners, zonder teken: van ${nl1(p.before)} naar ${nl1(p.after)}).`,
      afterAll: (p: SolAfterAll) =>
        `Alle soorten samen verschuift het verschil met het eerlijke deel per 10.000 inwoners: ${NL.list(p.changed.map((c) => `${c.name} van ${nlSigned1(c.before)} naar ${nlSigned1(c.after)}`))}; ` +
        `de som van de verschillen ${p.after < p.before ? 'daalt' : p.after > p.before ? 'stijgt' : 'blijft'} ${p.after === p.before ? nl1(p.before) : `van ${nl1(p.before)} naar ${nl1(p.after)}`}.`,
      advice: (p: SolAdvice) =>
        `Waar past ${p.placement} (${NL.n(p.units)} ${p.unit} ${p.type}) het best? Gerekend zonder deze plaatsing zelf (maat nu ${nl1(p.before)}) zet de plaatsingsadviseur bovenaan: ` +
        `${p.top.map((o, i) => `${o.rank}. ${o.name} (${i === 0 ? 'maat ' : ''}${nl1(o.measure)})`).join(', ')}.` +
        (p.allWorse && p.top[0] ? ` Waar de voorziening ook komt, de maat stijgt; in ${p.top[0].name} het minst.` : '') +
        (p.chosen ? ` Het scenario kiest ${p.chosen.name}: rang ${p.chosen.rank} van ${p.members}.` : ''),
      adviceNotForMove: (names: string[]) => `Voor ${NL.list(names)} geeft de adviseur geen rangorde: hij beoordeelt alleen waar een nieuwe voorziening erbij zou passen.`,
      /** The advisor's measure, stated once. */
      measure:
        'De maat van het advies: voor de soort de som over de gemeenten van het verschil met het eerlijke deel per 10.000 inwoners, zonder teken, met de voorziening erbij (0 = elke gemeente precies haar deel; hoe lager, hoe eerlijker verdeeld).',
      tables: {
        combined: (year: number, after: boolean, scenario: string) => `Alle voorzieningen samen per gemeente (telling ${year}${after ? ', en na de geplande plaatsingen' : ''}) — ${scenario}`,
        perType: (year: number) => `Voorzieningen per 10.000 inwoners, per gemeente en soort (telling ${year})`,
        placements: (scenario: string) => `Geplande plaatsingen — ${scenario}`,
        advice: (placement: string) => `Plaatsingsadvies voor ${placement}, gerekend zonder deze plaatsing`,
        ledger: (scenario: string) => `Solidariteit: voorzieningen per soort en gemeente, alle cijfers — ${scenario}`,
        adviceAll: (scenario: string) => `Plaatsingsadvies per geplande plaatsing — ${scenario}`,
      },
      sheets: { ledger: 'Solidariteit', placements: 'Plaatsingen', advice: 'Plaatsingsadvies' },
      /** The ledger's source line: what was counted where, the inhabitants, the key (an assumption). */
      source: (p: { current: string; earlier: string | null; population: string | null; key: string; scenario: string }) =>
        `Bron: telling ${p.current}${p.earlier ? `; eerdere telling ${p.earlier}` : ''}${p.population ? `; inwoners ${p.population}` : ''}; eerlijk deel ${p.key.toLowerCase()} (aanname van het scenario) — bewerking Woonzorgverkenner, scenario '${p.scenario}'`,
      /** A table of a source document, inside a running source line ("tabel 'Huidige stand van zaken, per gemeente'"). */
      table: 'tabel',
      /** "000 (2025)", "003 (2017 en 2019)". */
      counted: (document: string, place: string | null, years: number[]) => `${document}${place ? ` · ${place}` : ''} (${NL.list(years.map(String))})`,
      placementsSource: (scenario: string) => `Bron: scenario '${scenario}' (geplande plaatsingen: invoer, geen besluit)`,
      adviceSource: (ledgerSource: string) => `${ledgerSource}; plaatsingsadviseur Woonzorgverkenner`,
    },
    /** The result's warnings (sections/warnings.ts). */
    warnings: {
      title: 'Aandachtspunten bij deze uitkomst',
      intro: 'Bij deze uitkomst horen de volgende kanttekeningen: waar een cijfer op rust, wat het scenario vraagt dat niet kan meetellen, en waar de nieuwbouw te klein is voor de behoefte.',
      perGemeenteInMemo: (n: number) => `Daarnaast ${n} ${n === 1 ? 'aandachtspunt' : 'aandachtspunten'} per gemeente (zie de memo of de werkmap).`,
    },
    /** The appendix with the derivations of the headline figures (sections/derivations.ts). */
    /** The memo as a policy memo (electron/exports/docx.ts): header block, key findings, the decision asked, theme chapters, colophon. */
    policy: {
      memo: 'Memo',
      to: 'Aan',
      from: 'Van',
      date: 'Datum',
      subject: 'Onderwerp',
      status: 'Status',
      toText: 'Stuurgroep woonzorgopgave Gooi en Vechtstreek',
      fromText: '[naam], projectleider woonzorgopgave; [naam], analist',
      subjectText: (names: readonly string[]) =>
        names.length > 1
          ? `Woonzorgopgave: scenario '${names[0] ?? ''}' vergeleken met ${NL.list(names.slice(1).map((n) => `'${n}'`))}`
          : `Woonzorgopgave: uitkomsten van scenario '${names[0] ?? ''}'`,
      statusText: 'concept',
      keyTitle: 'Kernboodschap',
      decisionTitle: 'Gevraagd besluit / ter bespreking',
      decisionIntro: 'In te vullen door de projectleider vóór verzending: vervang de tekst tussen vierkante haken. De verkenner doet zelf geen voorstel; de hoofdstukken hierna zijn de onderbouwing.',
      decisionPoint: (n: number) => `[In te vullen: besluitpunt ${n}, wat de stuurgroep wordt gevraagd te besluiten]`,
      discussionPoint: '[In te vullen: wat de stuurgroep wordt gevraagd te bespreken]',
      keyProgramme: (p: KeyProgramme) =>
        `In 2030 staan er naar verwachting ${NL.n(p.projected)} van de ${NL.n(p.target)} geprogrammeerde woningen (${NL.pct(p.projected / p.target)}). ` +
        (p.behind.length > 0
          ? `${capital(nlCount(p.behind.length))} ${p.behind.length === 1 ? 'gemeente loopt' : 'gemeenten lopen'} achter, samen ${NL.n(p.shortfall)} woningen${nlBand(p.band)}` +
            (p.behind[0] && p.behind.length > 1 ? `; ${p.behind[0].name} het meest (${NL.n(p.behind[0].homes)})` : '') +
            `${p.ahead.length > 0 ? `. De voorsprong van ${NL.list(p.ahead)} (${NL.n(p.surplus)}) vult die tekorten niet` : ''}.`
          : `Geen gemeente loopt achter op haar programma${p.band && some(p.band.p90) ? `; met de bandbreedtes ligt het tekort tussen ${NL.n(p.band.p10)} en ${NL.n(p.band.p90)} (P10–P90)` : ''}.`),
      keyAffordable: (p: KeyAffordable) =>
        some(p.shortfall)
          ? `In 2030 staan er naar verwachting ${NL.n(p.projected)} van de ${NL.n(p.target)} betaalbare woningen (laag en midden): een tekort van ${NL.n(p.shortfall)}, ${p.behind === p.members ? `in alle ${nlCount(p.members)}` : `in ${nlCount(p.behind)} van de ${nlCount(p.members)}`} gemeenten met een doel. Dat is een bovengrens: de realisatie telt alleen appartementen.`
          : `In 2030 staan er naar verwachting ${NL.n(p.projected)} van de ${NL.n(p.target)} betaalbare woningen (laag en midden); geen gemeente heeft een tekort.`,
      keyElderly: (p: KeyElderly) =>
        some(p.total)
          ? `In 2030 een tekort van ${NL.n(p.total)} woningen voor ouderen${nlBand(p.band)}, opgeteld over gemeenten en typen${p.largest ? `, het grootst bij ${nlType[p.largest.type].noun} (${NL.n(p.largest.homes)})` : ''}.` +
            (p.tooSmall > 0 ? ` In ${nlCount(p.tooSmall)} van de ${nlCount(p.members)} gemeenten is de nieuwbouw te klein om dat te dekken, ook als die helemaal ouderengeschikt is.` : '') +
            (p.disputed
              ? ` Let op: de behoefte aan ${nlType[p.disputed.type].noun} komt uit de gemeentetabel van 004 (samen ${NL.n(p.disputed.table)}); de tekst van hetzelfde document noemt ${NL.n(p.disputed.text)} voor de regio.`
              : '')
          : 'In 2030 geen tekort; in elke gemeente dekt het aanbod de behoefte van elk type.',
      keyAandachts: (p: AandachtsFacts) =>
        `${capital(NL.n(p.perYear))} sociale huurwoningen per jaar voor aandachtsgroepen in ${p.horizon}, ${NL.n(p.cumulative)} in totaal t/m ${p.horizon}` +
        `${p.largest ? `; de grootste taak ligt bij ${p.largest.name} (${NL.n(p.largest.perYear, 1)} per jaar)` : ''}.`,
      compareLabel: 'Scenario’s vergeleken',
      themes: {
        programme: 'Bouwprogramma',
        affordable: 'Betaalbaar bouwen (laag en midden)',
        elderly: 'Ouderenhuisvesting',
        aandachtsgroepen: 'Aandachtsgroepen',
      },
      affordableLowerBound: 'Gerealiseerd betaalbaar is geteld als sociale en middeldure appartementen (S+M app): eengezinswoningen ontbreken in die telling, dus de werkelijke realisatie is hoger en het tekort kleiner dan hier staat.',
      aandachtsIntro: 'De regionale taak in sociale huurwoningen voor aandachtsgroepen is verdeeld over de gemeenten naar de verdeelsleutel van het scenario.',
    },
    /** The colophon (sections/colophon.ts): the source documents, the analyst's figures, the scenarios in words. */
    colophon: {
      title: 'Colofon en bronnen',
      intro:
        "Elke bronregel in deze memo noemt een brondocument met zijn nummer (000 tot en met 004) en de plaats in dat document: '004 · Bijlage 2' is Bijlage 2 van document 004. 'Eigen invoer analist' is een cijfer dat de analist zelf heeft ingevoerd of ingelezen. 'Bewerking Woonzorgverkenner' betekent dat de verkenner met die cijfers heeft gerekend.",
      table: 'Brondocumenten',
      sheet: 'Bronnen',
      id: 'Nr.',
      document: 'Document',
      organisation: 'Organisatie',
      date: 'Datum',
      source: 'Bron: de vijf brondocumenten zoals opgenomen in de Woonzorgverkenner (tekst uit de pdf).',
      analystTitle: 'Invoer van de analist',
      analystNone: 'Alle cijfers in deze memo komen uit de vijf documenten: de analist heeft geen cijfers ingevoerd of ingelezen.',
      analystIntro: (n: number) => `${NL.n(n)} ${n === 1 ? 'cijfer is' : 'cijfers zijn'} door de analist ingevoerd of ingelezen (in de bronregels 'eigen invoer analist'):`,
      analystItem: (place: string, count: number) => `${place}: ${NL.n(count)} ${count === 1 ? 'cijfer' : 'cijfers'}`,
      editsIntro: (n: number) => `${NL.n(n)} ${n === 1 ? 'cijfer uit de brondocumenten is' : 'cijfers uit de brondocumenten zijn'} door de analist met de hand gewijzigd; deze memo rekent met de gewijzigde waarde:`,
      editItem: (figure: string, source: string, from: string, to: string, date: string, note: string) => `${figure} (${source}): ${from} in de bron, ${to} gebruikt; gewijzigd op ${date}${note.trim() === '' ? '' : `, toelichting: ${note.trim()}`}.`,
      scenariosTitle: 'Scenario’s in deze memo',
      scenarioDefault: (name: string) => `'${name}': alle aannames op hun standaardwaarde.`,
      scenarioChanges: (name: string, changes: string) => `'${name}' wijkt af van de standaard: ${changes}.`,
      change: (label: string, value: string, standard: string) => `${label.charAt(0).toLowerCase()}${label.slice(1)} ${value} (standaard: ${standard})`,
      made: 'Gemaakt met de Woonzorgverkenner. Alle cijfers zijn berekend met het rekenmodel van de verkenner uit de bronnen hierboven; de rekenmethode staat in de bijlage.',
      glossaryTitle: 'Bijlage: begrippen',
      glossaryIntro: 'De begrippen zoals deze memo en de Woonzorgverkenner ze gebruiken, met tussen haakjes de brondocumenten waar ze vandaan komen.',
      methodTitle: 'Bijlage: de rekenmethode',
      methodIntro: 'Hoe de Woonzorgverkenner van de cijfers in de bronnen tot de uitkomsten in deze memo komt. Dezelfde tekst staat in de verkenner onder Uitleg.',
      termSources: (ids: string) => `bron ${ids}`,
      // The deck's closing slide (sourceSlides): the documents and, in short, the analyst's figures.
      deckTitle: 'Bronnen',
      deckAnalystNone: 'Alle cijfers komen uit deze vijf documenten: de analist heeft geen cijfers ingevoerd, ingelezen of met de hand gewijzigd.',
      deckEditsTitle: (n: number) => `Met de hand gewijzigd: ${NL.n(n)} ${n === 1 ? 'cijfer' : 'cijfers'} (gerekend met de gewijzigde waarde)`,
      deckEdit: (figure: string, from: string, to: string, date: string) => `${figure}: ${from} in de bron, ${to} gebruikt (${date})`,
      deckEditsMore: (n: number) => `; en ${NL.n(n)} meer, zie het colofon van de memo`,
    },
    derivations: {
      title: 'Bijlage: hoe de kerncijfers berekend zijn',
      intro:
        'Elk kerncijfer hieronder staat met zijn formule, eerst in woorden en dan met de getallen, en met de herkomst van elk getal: een tabel in een brondocument, een aanname van het scenario of een ander cijfer van de uitkomst. De regiocijfers zijn sommen over de gemeenten; een tekort is de som van de tekorten van de gemeenten die achter liggen, zodat een overschot elders het niet verkleint. Als voorbeeld is de gemeente met het grootste tekort op het bouwprogramma één stap verder uitgewerkt. De afleidingen komen uit hetzelfde rekenmodel als de uitkomsten.',
      number: 'Getal',
      what: 'Wat het is',
      source: 'Herkomst',
      place: 'Gemeente of regio',
      figure: 'Cijfer',
      inWords: 'Formule',
      withNumbers: 'Met de getallen',
      value: 'Uitkomst',
      sheet: 'Afleidingen',
      tableSource: 'Bron: Woonzorgverkenner, afleiding uit het rekenmodel (zie de herkomst per getal).',
    },
    /** The command line's `run` text (electron/cli/commands/run.ts): the summary in short lines. */
    run: {
      scenario: (name: string, id: string) => `Scenario: ${name} (${id})`,
      period: (baseYear: number, from: number, to: number, horizon: number) => `Realisatie t/m ${baseYear}; programma ${from}–${to}; horizon ${horizon}.`,
      programme: (p: RunProgramme) =>
        `Regio: prognose 2030 ${NL.n(p.projected)} van ${NL.n(p.target)} woningen (${NL.pct(p.projected / p.target)}); ` +
        `tekort ${NL.n(p.shortfall)} (${p.behind.length > 0 ? `som van de gemeenten die achterlopen: ${p.behind.join(', ')}` : 'geen gemeente loopt achter'})` +
        (p.ahead.length > 0 ? `; voor op schema ${NL.n(p.surplus)} (${p.ahead.join(', ')})` : '') +
        (p.behind.length > 0 && p.ahead.length > 0 ? `; netto ${p.net >= 0 ? `${NL.n(p.net)} achter` : `${NL.n(-p.net)} voor`}` : '') +
        '.',
      elderly: (p: ElderlyFacts) =>
        `Ouderen 2030, tekort (som van de gemeenten): nultreden ${NL.n(p.nultreden)}, geclusterd ${NL.n(p.geclusterd)}, zorggeschikt ${NL.n(p.zorggeschikt)}, samen ${NL.n(p.total)}` +
        (p.surplus.length > 0 ? `; boven de behoefte: ${p.surplus.map((s) => `${nlType[s.type].adjective} ${NL.n(s.homes)} (${s.names.join(', ')})`).join(', ')}` : '') +
        '.',
      requiredShare: (p: RequiredShare) =>
        `Benodigd aandeel ouderengeschikt in de nieuwbouw: ${p.share === null ? '– (dit scenario bouwt niets)' : NL.pct(p.share)}` +
        (p.tooSmall ? `; te weinig nieuwbouw in ${p.tooSmall.names.join(', ')}: ook bij 100 % blijven er ${NL.n(remainsAsShown(p.tooSmall.needed, p.tooSmall.newBuild))} tekort (zie Let op)` : '') +
        '.',
      aandachtsgroepen: (perYear: number, horizon: number, cumulative: number) => `Aandachtsgroepen: ${NL.n(perYear)} woningen per jaar in ${horizon}, ${NL.n(cumulative)} cumulatief.`,
      sources: 'Bron: 004 Bijlage 2 (programma, realisatie, behoefte), 004 Bijlage 1 (aandachtsgroepen), 000 (inwoners 1-1-2024).',
      warnings: 'Let op:',
    },
  },
  {
    title: 'Housing with care, Gooi en Vechtstreek',
    dataAsOf: {
      realised: (year) => `completions to ${year}`,
      programme: (from, to) => `Woondeal MRA programme ${from}–${to}`,
      population: (when) => `population ${when}`,
    },
    front: {
      scenarios: (count) => (count > 1 ? 'Scenarios' : 'Scenario'),
      date: 'Date',
      data: 'Data',
      dataAsOf: 'Figures as of',
    },
    memo: {
      scenarios: (names) => names.map((n) => `'${n}'`).join(', '),
      figure: (n, title) => `Figure ${n}. ${title}`,
      table: (n, title) => `Table ${n}. ${title}`,
      chartMissing: '(chart not available)',
      footer: (scenarios, date) => `Woonzorgverkenner · ${scenarios} · ${date} · page `,
      pageOf: 'of',
      contents: 'Contents',
      description: (date) => `Memo made with the Woonzorgverkenner on ${date}`,
    },
    deck: {
      scenarios: (names) => (names.length > 1 ? `Scenarios: ${EN.list(names.map((n) => `‘${n}’`))}` : `Scenario: ‘${names[0] ?? ''}’`),
      dataAsOf: (what) => `Figures as of: ${what}`,
      continued: (title) => `${title} (continued)`,
      chartMissing: (title) => `Chart not available in this presentation: ${title}. See the Woonzorgverkenner or the Excel workbook for the figures.`,
      sourceInNotes: '… (in full in the notes)',
      company: 'Gooi en Vechtstreek region',
    },
    workbook: {
      intro: 'Explanation',
      scenarios: (names) => names.join('; '),
      sheets: 'Sheets',
      reading: 'Reading',
      readingText: 'Numbers are stored unrounded; the cell format only rounds what is shown. An empty cell means: no data (not 0). Shares are fractions with a percentage format.',
      table: 'Table',
    },
    summary: {
      title: 'Summary',
      deckTitle: 'Region: key figures',
      programme: (p) =>
        `In scenario '${p.scenario}' the region completes ${EN.n(p.pace, 1)} homes a year (realised pace 2022–${p.baseYear}: ${EN.n(p.currentPace, 1)} a year; required for the Woondeal programme: ${EN.n(p.requiredPace, 1)} a year). ` +
        `By 2030 that gives ${EN.n(p.projected)} of the ${EN.n(p.target)} programmed homes (${EN.pct(p.projected / p.target)}).`,
      programmeGap: (p) =>
        (p.behind.length > 0
          ? `In 2030 the shortfall is ${EN.n(p.shortfall)} homes, added up over the municipalities that are behind: ${EN.list(p.behind.map((g) => `${g.name} (${EN.n(g.homes)})`))}.`
          : 'In 2030 no municipality is behind its programme.') +
        (p.ahead.length > 0
          ? ` ${EN.list(p.ahead)} ${p.ahead.length === 1 ? `builds ${EN.n(p.surplus)} homes more than its own programme` : `together build ${EN.n(p.surplus)} homes more than their programmes`}${p.behind.length > 0 ? '; that does not fill the shortfalls elsewhere' : ''}.`
          : '') +
        (p.behind.length > 0 && p.ahead.length > 0
          ? ` Net, with that lead set off, the region is ${p.net >= 0 ? `${EN.n(p.net)} homes behind` : `${EN.n(-p.net)} homes ahead of`} the programme.`
          : '') +
        (p.notReached.length > 0
          ? ` ${EN.list(p.notReached)} ${p.notReached.length === 1 ? 'does' : 'do'} not reach the target until after 2040.`
          : p.catchUpYear === null
            ? ''
            : ` Every municipality reaches its target by ${p.catchUpYear}.`),
      elderly: (p) =>
        (some(p.total)
          ? `Housing for older people 2030: a shortfall of ${EN.n(p.nultreden)} zero-step, ${EN.n(p.geclusterd)} clustered and ${EN.n(p.zorggeschikt)} care-suitable homes (${EN.n(p.total)} in all), added up over the municipalities and types that fall short.`
          : 'Housing for older people 2030: no shortfall; in every municipality supply meets the need for every type.') +
        p.surplus
          .map(
            (s) =>
              ` ${EN.list(s.names)} ${s.names.length === 1 ? 'has' : 'together have'} ${EN.n(s.homes)} ${enType[s.type].noun} more than ${s.names.length === 1 ? 'its own' : 'their'} need` +
              `${some(p.total) ? '; that fills no shortfall elsewhere or of another type' : ''}.`,
          )
          .join(''),
      requiredShare: (p) =>
        (p.share === null
          ? ''
          : p.above100
            ? 'To meet the need from new build, all new build in this scenario (100%) would have to suit older people, and even that is not enough.'
            : `To meet the need from new build, ${EN.pct(p.share, 0)} of the new build in this scenario would have to suit older people.`) +
        (p.tooSmall
          ? `${p.share === null ? '' : ' '}In ${EN.list(p.tooSmall.names)} new build up to 2030 (${p.tooSmall.names.length > 1 ? 'together ' : ''}${EN.n(p.tooSmall.newBuild)} homes) is less than what it must supply for older people (${EN.n(p.tooSmall.needed)}): ` +
            `even if all new build there suits older people, ${EN.n(remainsAsShown(p.tooSmall.needed, p.tooSmall.newBuild))} remain short.`
          : ''),
      bands: (p) =>
        `With the scenario’s ranges and open choices ${EN.list([
          ...(p.programme ? [`the programme shortfall in 2030 lies between ${EN.n(p.programme.p10)} and ${EN.n(p.programme.p90)} homes`] : []),
          ...(p.elderly ? [`the shortfall of homes for older people between ${EN.n(p.elderly.p10)} and ${EN.n(p.elderly.p90)}`] : []),
        ])} (P10–P90). The figures above are point values: the calculation with the scenario’s own values` +
        (p.programme?.outside || p.elderly?.outside ? '; where a point value falls outside its band, the chapter ‘Uncertainty and what it would take’ says why.' : '.'),
      aandachtsgroepen: (p) =>
        `Vulnerable groups: ${EN.n(p.perYear)} social-rent homes a year in ${p.horizon}, ${EN.n(p.cumulative)} in all to ${p.horizon}` +
        `${p.largest ? `; the largest task falls to ${p.largest.name} (${EN.n(p.largest.perYear, 1)} a year)` : ''}.`,
    },
    charts: { title: 'Charts', deckTitle: 'Region' },
    tables: {
      title: 'Tables per municipality',
      programme: { title: (scenario) => `Build programme 2022–2030 per municipality — ${scenario}`, sheet: 'Build programme' },
      affordable: { title: (scenario) => `Affordable segment per municipality — ${scenario}`, sheet: 'Affordable' },
      elderly: { title: (scenario) => `Housing for older people 2030 per municipality and type — ${scenario}`, sheet: 'Older people' },
      elderlyNewBuild: { title: (scenario) => `Housing for older people 2030: shortfall and what new build must supply — ${scenario}`, sheet: 'Older people, new build' },
      aandachtsgroepen: { title: (scenario) => `Vulnerable groups per municipality — ${scenario}`, sheet: 'Vulnerable groups' },
    },
    gemeenten: {
      title: 'Per municipality',
      programme: (target, realised, baseYear) => `Programme ${EN.n(target)}, realised ${EN.n(realised)} to ${baseYear}`,
      pace: (pace, required) => `Pace ${EN.n(pace, 1)} a year, required ${EN.n(required, 1)}`,
      gap: (shortfall, surplus, catchUpYear) =>
        `${some(shortfall) ? `Shortfall 2030: ${EN.n(shortfall)}` : some(surplus) ? `${EN.n(surplus)} ahead of schedule in 2030` : 'On schedule in 2030'}; target reached ${catchUpYear ?? 'after 2040'}`,
      noProgramme: 'No Woondeal build programme',
      elderly: (p) =>
        (some(p.shortfall)
          ? `Elderly housing shortfall 2030: ${EN.n(p.shortfall)}${p.parts.length > 1 ? ` (${p.parts.map((t) => `${enType[t.type].adjective} ${EN.n(t.homes)}`).join(', ')})` : p.parts[0] ? ` (${enType[p.parts[0].type].adjective})` : ''}`
          : 'No elderly housing shortfall 2030') +
        (p.surplus.length > 0
          ? `; more than the need: ${p.surplus.map((t) => `${enType[t.type].adjective} ${EN.n(t.homes)}`).join(', ')}${some(p.shortfall) ? ' (that does not fill the other types)' : ''}`
          : ''),
      requiredShare: (p) =>
        p.share === null
          ? `No new build in this scenario: what new build must supply for older people (${EN.n(p.needed)}) remains short`
          : p.above100
            ? `Required share of new build suited to older people: 100%, and that is not enough: new build up to 2030 (${EN.n(p.newBuild)}) is less than what it must supply for older people (${EN.n(p.needed)}); ${EN.n(remainsAsShown(p.needed, p.newBuild))} remain short`
            : `Required share of new build suited to older people: ${EN.pct(p.share, 0)}`,
      aandachtsgroepen: (perYear, weight) => `Vulnerable groups: ${EN.n(perYear, 1)} homes a year (${EN.pct(weight)})`,
      noPathChart: (name) => `${name} has no Woondeal build programme: there is no realisation path and no programme shortfall.`,
      noElderlyChart: (name) => `For ${name} the source gives no need for housing for older people: no need and supply chart.`,
    },
    comparison: {
      title: 'Scenarios compared',
      table: 'Scenarios compared (region)',
      sheet: 'Comparison',
      source: 'Source: 004 · Bijlage 2 and Bijlage 1; 000 — Woonzorgverkenner calculation',
      requiredShare: 'Required share of new build suited to older people',
    },
    yearTables: {
      title: 'Per year',
      paths: { title: (scenario) => `Realisation paths per municipality and year — ${scenario}`, sheet: 'Realisation paths' },
      demand: { title: (scenario) => `Vulnerable groups: regional demand per year — ${scenario}`, sheet: 'Demand per year' },
    },
    assumptions: {
      title: 'Assumptions',
      table: 'Assumptions that differ from the default',
      sheet: 'Assumptions',
      source: 'Source: the scenarios’ settings; how each assumption works is in the appendix on the method.',
      typeWeight: (type) => `Weight per unit when adding up: ${type}`,
      typeWeightDefault: '1',
      placements: 'Planned placements',
      placementsValue: (n) => `${n} (see the chapter Solidarity)`,
      noPlacements: 'none',
    },
    findings: {
      title: 'Contradictions in the sources',
      intro: 'The sources contradict each other on these points. The results use the printed figure unless the scenario says otherwise (see Assumptions).',
      none: 'The checks found no contradictions in the figures these results rest on.',
      shortNone: 'No contradictions in the sources that affect the figures of this report.',
    },
    ledger: {
      heading: (scenario, key) => `Solidarity: facilities per municipality, scenario ${scenario}; fair share ${key.toLowerCase()}.`,
      typeHeading: (label, year, total, unit) => `${label} (${year}): region ${total} ${unit}`,
      gemeente: 'Municipality',
      actual: 'Actual',
      fair: 'Fair share',
      surplus: 'Difference',
      actualPer10k: 'Per 10,000 inh.',
      fairPer10k: 'Fair per 10,000',
      earlier: (year) => `Actual ${year}`,
      afterPlacements: (total) => `; after the planned placements ${total}`,
      placed: 'Planned',
      surplusAfter: 'Difference after',
      surplusAfterPer10k: 'Difference after per 10,000',
      placementsHeading: 'Planned placements in this scenario:',
      notCounted: { inactive: 'switched off', unknownType: 'unknown type, not counted', unknownGemeente: 'unknown municipality, not counted', afterHorizon: 'after the horizon, not counted' },
    },
    advice: {
      heading: (label, units, unit, scenario) => `Placement advice: ${label}, ${units} more ${unit}; scenario ${scenario}.`,
      measureExplained: (before) =>
        `Measure: the sum over the municipalities of the difference from the fair share per 10,000 inhabitants, without sign (0 = every municipality exactly its share). Without the new facility: ${before}. The lower, the closer to a fair division.`,
      rank: 'Rank',
      gemeente: 'Municipality',
      measure: 'Measure after placing',
      change: 'Change in the measure',
      actualAfter: 'There then',
      fairAfter: 'Fair share there',
      surplusAfterPer10k: 'Difference there per 10,000',
      advisesOnly: 'This is arithmetic advice on one measure; it weighs no location, support or care content and decides nothing.',
    },
    solidarity: {
      title: 'Solidarity: who carries which facilities',
      deckTitle: 'Solidarity: who carries what',
      plannedTitle: 'Planned placements and placement advice',
      mapTitle: (year) => `Map: difference from the fair share per 10,000 inhabitants, all facilities together (count ${year})`,
      mapUnit: 'Difference from the fair share per 10,000 inhabitants (above 0: carries more)',
      unitsTogether: (weighted) => (weighted ? 'weighted units' : 'places, units and homes'),
      unit: (unit) => enUnits[unit] ?? unit,
      now: (p) =>
        `All facilities together (${EN.n(p.total)} ${p.units}, count ${p.year}) are in ${p.hosts.length === p.members ? `all ${enCount(p.members)}` : `${enCount(p.hosts.length)} of the ${enCount(p.members)}`} municipalities: ` +
        EN.list(p.hosts.map((h, i) => (h.per10k === null ? `${h.name} ${EN.n(h.actual)} (inhabitants unknown)` : `${h.name} ${en1(h.per10k)}${i === 0 ? ' per 10,000 inhabitants' : ''}`))) +
        (p.without.length > 0 ? `; ${EN.list(p.without)} ${p.without.length === 1 ? 'has' : 'have'} none` : '') +
        '.',
      perType: (types) =>
        `Per type: ${types
          .map(
            (t) =>
              `${t.name} ${EN.n(t.total)} ${t.unit}` +
              (t.hosts.length === 0 ? ', nowhere' : t.hosts.length === 1 ? `, all in ${t.hosts[0]?.name ?? ''}` : ` in ${EN.list(t.hosts.map((h) => `${h.name} (${EN.n(h.actual)})`))}`),
          )
          .join('; ')}.`,
      earlier: (items, documents) =>
        `At the earlier count (source ${documents}): ${items
          .map((e) =>
            e.total === e.nowTotal && e.hosts === e.nowHosts
              ? `${e.name} ${EN.n(e.total)} ${e.unit} in ${enCount(e.hosts)} ${e.hosts === 1 ? 'municipality' : 'municipalities'} (${e.year}), the same now`
              : `${e.name} ${EN.n(e.total)} ${e.unit} in ${enCount(e.hosts)} ${e.hosts === 1 ? 'municipality' : 'municipalities'} (${e.year}), now ${EN.n(e.nowTotal)} in ${enCount(e.nowHosts)}`,
          )
          .join('; ')}.`,
      key: (p) =>
        `The fair share follows the key ‘${p.label.toLowerCase()}’` +
        (p.fair === null
          ? '.'
          : p.fair.min.value.toFixed(1) === p.fair.max.value.toFixed(1)
            ? `: under it every municipality's share is ${EN.n(p.fair.max.value, 1)} per 10,000 inhabitants, all types together.`
            : `: all types together from ${EN.n(p.fair.min.value, 1)} per 10,000 inhabitants (${p.fair.min.name}) to ${EN.n(p.fair.max.value, 1)} (${p.fair.max.name}).`) +
        ` The key is an assumption of this scenario, not a regional agreement; ${p.others.length > 0 ? `another key (${orList(p.others.map((o) => o.toLowerCase()), 'or')}) gives another fair share.` : 'another key gives another fair share.'}`,
      weights: (weights) =>
        weights.length === 0
          ? 'When the types are added up, every place, unit or home counts the same (weight 1); that too is an assumption.'
          : `When the types are added up, a unit of ${EN.list(weights.map((w) => `${w.name} weighs ${EN.n(w.value, 2)}`))} and one of the other types 1; that too is an assumption of the scenario.`,
      carry: (more, less, units) =>
        more.length === 0 && less.length === 0
          ? 'Every municipality carries exactly its fair share.'
          : `Against that share ${EN.list(more.map((g) => `${g.name} (${EN.signed(g.value)})`))} ${more.length === 1 ? 'carries' : 'carry'} more than ${more.length === 1 ? 'its' : 'their'} share` +
            (less.length > 0 ? `, ${EN.list(less.map((g) => `${g.name} (${EN.signed(g.value)})`))} less` : '') +
            `; all types together, in ${units}.`,
      noPlacements: 'This scenario places no new facilities; with planned placements this chapter also shows the position after them and the placement advice.',
      placements: (counted, notCounted) =>
        (counted.length === 0
          ? 'None of the planned placements counts.'
          : `The scenario has ${counted.length === 1 ? 'one planned placement' : `${enCount(counted.length)} planned placements`}: ${EN.list(
              counted.map(
                (p) =>
                  `${p.name} (${p.action === 'add' ? `${EN.n(p.units)} ${p.unit} of ${p.type} added in ${p.gemeente}` : p.action === 'remove' ? `${EN.n(p.units)} ${p.unit} of ${p.type} removed in ${p.gemeente}` : `${EN.n(p.units)} ${p.unit} of ${p.type} moved from ${p.from ?? ''} to ${p.gemeente}`}, ${p.year}, ${p.status})`,
              ),
            )}.`) + (notCounted.length > 0 ? ` Not counted: ${EN.list(notCounted.map((p) => `${p.name} (${p.reason})`))}.` : ''),
      afterType: (p) =>
        `After that, ${p.name}: ${EN.n(p.totalAfter)} ${p.unit} in the region (now ${EN.n(p.total)})` +
        (p.hosts.length > 0 ? `; ${EN.list(p.hosts.map((h, i) => `${h.name} ${EN.n(h.actual)} against ${i === 0 ? 'a fair share of ' : ''}${en1(h.fair)} (${enSigned1(h.surplus)})`))}` : '') +
        `. For ${p.name} the division thereby comes ${p.after < p.before ? 'closer to' : p.after > p.before ? 'further from' : 'no closer to'} the fair share (sum of the differences per 10,000 inhabitants, without sign: from ${en1(p.before)} to ${en1(p.after)}).`,
      afterAll: (p) =>
        `All types together, the difference from the fair share per 10,000 inhabitants shifts: ${EN.list(p.changed.map((c) => `${c.name} from ${enSigned1(c.before)} to ${enSigned1(c.after)}`))}; ` +
        `the sum of the differences ${p.after < p.before ? 'falls' : p.after > p.before ? 'rises' : 'stays'} ${p.after === p.before ? `at ${en1(p.before)}` : `from ${en1(p.before)} to ${en1(p.after)}`}.`,
      advice: (p) =>
        `Where would ${p.placement} (${EN.n(p.units)} ${p.unit} of ${p.type}) fit best? Calculated without this placement itself (measure now ${en1(p.before)}), the placement advisor puts at the top: ` +
        `${p.top.map((o, i) => `${o.rank}. ${o.name} (${i === 0 ? 'measure ' : ''}${en1(o.measure)})`).join(', ')}.` +
        (p.allWorse && p.top[0] ? ` Wherever the facility goes, the measure rises; in ${p.top[0].name} least.` : '') +
        (p.chosen ? ` The scenario chooses ${p.chosen.name}: rank ${p.chosen.rank} of ${p.members}.` : ''),
      adviceNotForMove: (names) => `For ${EN.list(names)} the advisor gives no ranking: it only judges where a new facility would fit.`,
      measure:
        "The advice's measure: for the type, the sum over the municipalities of the difference from the fair share per 10,000 inhabitants, without sign, with the facility added (0 = every municipality exactly its share; the lower, the fairer).",
      tables: {
        combined: (year, after, scenario) => `All facilities together per municipality (count ${year}${after ? ', and after the planned placements' : ''}) — ${scenario}`,
        perType: (year) => `Facilities per 10,000 inhabitants, per municipality and type (count ${year})`,
        placements: (scenario) => `Planned placements — ${scenario}`,
        advice: (placement) => `Placement advice for ${placement}, calculated without this placement`,
        ledger: (scenario) => `Solidarity: facilities per type and municipality, all figures — ${scenario}`,
        adviceAll: (scenario) => `Placement advice per planned placement — ${scenario}`,
      },
      sheets: { ledger: 'Solidarity', placements: 'Placements', advice: 'Placement advice' },
      source: (p) =>
        `Source: count ${p.current}${p.earlier ? `; earlier count ${p.earlier}` : ''}${p.population ? `; inhabitants ${p.population}` : ''}; fair share ${p.key.toLowerCase()} (an assumption of the scenario) — Woonzorgverkenner calculation, scenario '${p.scenario}'`,
      table: 'table',
      counted: (document, place, years) => `${document}${place ? ` · ${place}` : ''} (${EN.list(years.map(String))})`,
      placementsSource: (scenario) => `Source: scenario '${scenario}' (planned placements: input, not a decision)`,
      adviceSource: (ledgerSource) => `${ledgerSource}; Woonzorgverkenner placement advisor`,
    },
    warnings: {
      title: 'Points to note for this result',
      intro: 'These caveats belong to this result: what a figure rests on, what the scenario asks that cannot count, and where new build is too small for the need.',
      perGemeenteInMemo: (n) => `In addition, ${n} ${n === 1 ? 'point' : 'points'} per municipality (see the memo or the workbook).`,
    },
    policy: {
      memo: 'Memo',
      to: 'To',
      from: 'From',
      date: 'Date',
      subject: 'Subject',
      status: 'Status',
      toText: 'Steering group for housing with care, Gooi en Vechtstreek',
      fromText: '[name], project lead housing with care; [name], analyst',
      subjectText: (names) =>
        names.length > 1
          ? `Housing with care: scenario '${names[0] ?? ''}' compared with ${EN.list(names.slice(1).map((n) => `'${n}'`))}`
          : `Housing with care: results of scenario '${names[0] ?? ''}'`,
      statusText: 'draft',
      keyTitle: 'Key message',
      decisionTitle: 'Decision requested / for discussion',
      decisionIntro: 'To be filled in by the project lead before sending: replace the text in square brackets. The tool makes no proposal of its own; the chapters that follow are the evidence.',
      decisionPoint: (n) => `[To be filled in: decision ${n}, what the steering group is asked to decide]`,
      discussionPoint: '[To be filled in: what the steering group is asked to discuss]',
      keyProgramme: (p) =>
        `By 2030 ${EN.n(p.projected)} of the ${EN.n(p.target)} programmed homes are expected (${EN.pct(p.projected / p.target)}). ` +
        (p.behind.length > 0
          ? `${capital(enCount(p.behind.length))} ${p.behind.length === 1 ? 'municipality is' : 'municipalities are'} behind, ${EN.n(p.shortfall)} homes together${enBand(p.band)}` +
            (p.behind[0] && p.behind.length > 1 ? `; ${p.behind[0].name} the most (${EN.n(p.behind[0].homes)})` : '') +
            `${p.ahead.length > 0 ? `. The lead of ${EN.list(p.ahead)} (${EN.n(p.surplus)}) does not fill those shortfalls` : ''}.`
          : `No municipality is behind its programme${p.band && some(p.band.p90) ? `; with the ranges the shortfall lies between ${EN.n(p.band.p10)} and ${EN.n(p.band.p90)} (P10–P90)` : ''}.`),
      keyAffordable: (p) =>
        some(p.shortfall)
          ? `By 2030 ${EN.n(p.projected)} of the ${EN.n(p.target)} affordable homes (low and middle) are expected: a shortfall of ${EN.n(p.shortfall)}, ${p.behind === p.members ? `in all ${enCount(p.members)}` : `in ${enCount(p.behind)} of the ${enCount(p.members)}`} municipalities with a target. That is an upper bound: completions count apartments only.`
          : `By 2030 ${EN.n(p.projected)} of the ${EN.n(p.target)} affordable homes (low and middle) are expected; no municipality has a shortfall.`,
      keyElderly: (p) =>
        some(p.total)
          ? `In 2030 a shortfall of ${EN.n(p.total)} homes${enBand(p.band)}, added up over municipalities and types${p.largest ? `, the largest in ${enType[p.largest.type].noun} (${EN.n(p.largest.homes)})` : ''}.` +
            (p.tooSmall > 0 ? ` In ${enCount(p.tooSmall)} of the ${enCount(p.members)} municipalities new build is too small to cover it, even if all of it is suitable for older people.` : '') +
            (p.disputed
              ? ` Note: the need for ${enType[p.disputed.type].noun} comes from 004's municipal table (${EN.n(p.disputed.table)} together); the text of the same document gives ${EN.n(p.disputed.text)} for the region.`
              : '')
          : 'No shortfall in 2030; in every municipality supply covers the need of every type.',
      keyAandachts: (p) =>
        `${EN.n(p.perYear)} social-rent homes a year for vulnerable groups in ${p.horizon}, ${EN.n(p.cumulative)} in total to ${p.horizon}` +
        `${p.largest ? `; the largest task is ${p.largest.name}'s (${EN.n(p.largest.perYear, 1)} a year)` : ''}.`,
      compareLabel: 'Scenarios compared',
      themes: {
        programme: 'Build programme',
        affordable: 'Affordable housing (low and middle)',
        elderly: 'Housing for older people',
        aandachtsgroepen: 'Vulnerable groups',
      },
      affordableLowerBound: 'Affordable completions are counted as social and mid-priced apartments (S+M app): single-family homes are missing from that count, so actual completions are higher and the shortfall smaller than shown here.',
      aandachtsIntro: 'The regional task in social-rent homes for vulnerable groups is shared among the municipalities by the scenario’s allocation key.',
    },
    colophon: {
      title: 'Colophon and sources',
      intro:
        "Every source line in this memo names a source document by its number (000 to 004) and the place in it: '004 · Bijlage 2' is appendix 2 of document 004. 'Analyst's own input' is a figure the analyst entered or imported. 'Woonzorgverkenner calculation' means the tool calculated with those figures.",
      table: 'Source documents',
      sheet: 'Sources',
      id: 'No.',
      document: 'Document',
      organisation: 'Organisation',
      date: 'Date',
      source: 'Source: the five source documents as held in the Woonzorgverkenner (text extracted from the PDF).',
      analystTitle: 'Figures entered by the analyst',
      analystNone: 'Every figure in this memo comes from the five documents: the analyst entered or imported none.',
      analystIntro: (n) => `${EN.n(n)} ${n === 1 ? 'figure was' : 'figures were'} entered or imported by the analyst ("analyst's own input" in the source lines):`,
      analystItem: (place, count) => `${place}: ${EN.n(count)} ${count === 1 ? 'figure' : 'figures'}`,
      editsIntro: (n) => `${EN.n(n)} ${n === 1 ? 'figure from the source documents was' : 'figures from the source documents were'} changed by hand by the analyst; this memo uses the changed value:`,
      editItem: (figure, source, from, to, date, note) => `${figure} (${source}): ${from} in the source, ${to} used; changed on ${date}${note.trim() === '' ? '' : `, note: ${note.trim()}`}.`,
      scenariosTitle: 'Scenarios in this memo',
      scenarioDefault: (name) => `'${name}': every assumption at its default.`,
      scenarioChanges: (name, changes) => `'${name}' differs from the defaults: ${changes}.`,
      change: (label, value, standard) => `${label.charAt(0).toLowerCase()}${label.slice(1)} ${value} (default: ${standard})`,
      made: "Made with the Woonzorgverkenner. Every figure was calculated with the tool's model from the sources above; the calculation method is in the appendix.",
      glossaryTitle: 'Appendix: terms',
      glossaryIntro: 'The terms as this memo and the Woonzorgverkenner use them, with the source documents they come from in brackets.',
      methodTitle: 'Appendix: the calculation method',
      methodIntro: 'How the Woonzorgverkenner gets from the figures in the sources to the results in this memo. The same text is in the tool under Help.',
      termSources: (ids) => `source ${ids}`,
      deckTitle: 'Sources',
      deckAnalystNone: 'Every figure comes from these five documents: the analyst entered, imported or changed none.',
      deckEditsTitle: (n) => `Changed by hand: ${EN.n(n)} ${n === 1 ? 'figure' : 'figures'} (calculated with the changed value)`,
      deckEdit: (figure, from, to, date) => `${figure}: ${from} in the source, ${to} used (${date})`,
      deckEditsMore: (n) => `; and ${EN.n(n)} more, see the memo's colophon`,
    },
    derivations: {
      title: 'Appendix: how the headline figures are computed',
      intro:
        'Each headline figure below comes with its formula, first in words and then with the numbers, and with where each number comes from: a table in a source document, an assumption of the scenario or another figure of the result. The region\'s figures are sums over the municipalities; a shortfall is the sum of the shortfalls of the municipalities that are behind, so a surplus elsewhere does not reduce it. As an example, the municipality with the largest programme shortfall is worked out one step further. The derivations come from the same model as the results.',
      number: 'Number',
      what: 'What it is',
      source: 'Origin',
      place: 'Municipality or region',
      figure: 'Figure',
      inWords: 'Formula',
      withNumbers: 'With the numbers',
      value: 'Result',
      sheet: 'Derivations',
      tableSource: 'Source: Woonzorgverkenner, derivation from the model (see the origin of each number).',
    },
    run: {
      scenario: (name, id) => `Scenario: ${name} (${id})`,
      period: (baseYear, from, to, horizon) => `Completions to ${baseYear}; programme ${from}–${to}; horizon ${horizon}.`,
      programme: (p) =>
        `Region: projected 2030 ${EN.n(p.projected)} of ${EN.n(p.target)} homes (${EN.pct(p.projected / p.target)}); ` +
        `shortfall ${EN.n(p.shortfall)} (${p.behind.length > 0 ? `sum of the municipalities behind: ${p.behind.join(', ')}` : 'no municipality is behind'})` +
        (p.ahead.length > 0 ? `; ahead of schedule ${EN.n(p.surplus)} (${p.ahead.join(', ')})` : '') +
        (p.behind.length > 0 && p.ahead.length > 0 ? `; net ${p.net >= 0 ? `${EN.n(p.net)} behind` : `${EN.n(-p.net)} ahead`}` : '') +
        '.',
      elderly: (p) =>
        `Older people 2030, shortfall (sum of the municipalities): zero-step ${EN.n(p.nultreden)}, clustered ${EN.n(p.geclusterd)}, care-suitable ${EN.n(p.zorggeschikt)}, ${EN.n(p.total)} in all` +
        (p.surplus.length > 0 ? `; above the need: ${p.surplus.map((s) => `${enType[s.type].adjective} ${EN.n(s.homes)} (${s.names.join(', ')})`).join(', ')}` : '') +
        '.',
      requiredShare: (p) =>
        `Required share of new build suited to older people: ${p.share === null ? '– (this scenario builds nothing)' : EN.pct(p.share)}` +
        (p.tooSmall ? `; too little new build in ${p.tooSmall.names.join(', ')}: even at 100%, ${EN.n(remainsAsShown(p.tooSmall.needed, p.tooSmall.newBuild))} remain short (see Note)` : '') +
        '.',
      aandachtsgroepen: (perYear, horizon, cumulative) => `Vulnerable groups: ${EN.n(perYear)} homes a year in ${horizon}, ${EN.n(cumulative)} cumulative.`,
      sources: 'Source: 004 Bijlage 2 (programme, completions, need), 004 Bijlage 1 (vulnerable groups), 000 (population 1-1-2024).',
      warnings: 'Note:',
    },
  },
);
