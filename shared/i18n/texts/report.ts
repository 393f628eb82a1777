import { defineTexts } from '../define';
import { EN, NL } from '../format';

/** The regional programme position, for the summary's first sentence. */
type ProgrammeFacts = {
  scenario: string;
  baseYear: number;
  pace: number;
  currentPace: number;
  requiredPace: number;
  projected: number;
  target: number;
  gap: number;
  catchUpYear: number | null;
};
type BehindAhead = { behind: { name: string; gap: number }[]; ahead: string[] };
type ElderlyFacts = { nultreden: number; geclusterd: number; zorggeschikt: number; total: number; requiredShare: number | null; above100: boolean };
type AandachtsFacts = { perYear: number; cumulative: number; horizon: number; largest: { name: string; perYear: number } | null };
type Comparison = { first: string; others: { name: string; gap: number; diff: number }[] };

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
      description: (date: string) => `Memo gemaakt met de Woonzorgverkenner op ${date}`,
    },
    deck: {
      scenarios: (names: readonly string[]) => (names.length > 1 ? `Scenario’s: ${NL.list(names.map((n) => `‘${n}’`))}` : `Scenario: ‘${names[0] ?? ''}’`),
      dataAsOf: (what: string) => `Stand van de cijfers: ${what}`,
      continued: (title: string) => `${title} (vervolg)`,
      chartMissing: (title: string) => `Grafiek niet beschikbaar in deze presentatie: ${title}. Zie de Woonzorgverkenner of de Excel-bijlage voor de cijfers.`,
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
        `Dan staan er in 2030 ${NL.n(p.projected)} van de ${NL.n(p.target)} geprogrammeerde woningen (${NL.pct(p.projected / p.target)}): ` +
        `${p.gap > 0.5 ? `een tekort van ${NL.n(p.gap)} woningen` : `${NL.n(-p.gap)} woningen meer dan het programma`}. ` +
        (p.catchUpYear === null ? 'Het regionale doel wordt vóór 2041 niet gehaald.' : `Het regionale doel wordt gehaald in ${p.catchUpYear}.`),
      behindAhead: (p: BehindAhead) =>
        (p.behind.length > 0 ? `Achter op het programma: ${p.behind.map((g) => `${g.name} (${NL.n(g.gap)})`).join(', ')}.` : 'Geen gemeente loopt achter op het programma.') +
        (p.ahead.length > 0 ? ` Voor op schema: ${p.ahead.join(', ')}.` : ''),
      elderly: (p: ElderlyFacts) =>
        `Ouderenhuisvesting 2030: tekort van ${NL.n(p.nultreden)} nultredenwoningen, ${NL.n(p.geclusterd)} geclusterde en ${NL.n(p.zorggeschikt)} zorggeschikte woningen (samen ${NL.n(p.total)}).` +
        (p.requiredShare === null
          ? ''
          : ` Om de behoefte uit nieuwbouw te dekken zou ${NL.pct(p.requiredShare, 0)} van het resterende programma ouderengeschikt moeten zijn${p.above100 ? '; het programma alleen is daarvoor te klein' : ''}.`),
      aandachtsgroepen: (p: AandachtsFacts) =>
        `Aandachtsgroepen: ${NL.n(p.perYear)} sociale huurwoningen per jaar in ${p.horizon}, ${NL.n(p.cumulative)} in totaal t/m ${p.horizon}` +
        `${p.largest ? `; de grootste taak ligt bij ${p.largest.name} (${NL.n(p.largest.perYear, 1)} per jaar)` : ''}.`,
      comparison: (p: Comparison) =>
        `${p.others.map((o) => `'${o.name}' geeft een tekort 2030 van ${NL.n(o.gap)} (${o.diff <= 0 ? `${NL.n(-o.diff)} minder` : `${NL.n(o.diff)} meer`} dan '${p.first}')`).join('; ')}.`,
    },
    charts: { title: 'Grafieken', deckTitle: 'Regio' },
    tables: {
      title: 'Tabellen per gemeente',
      programme: { title: (scenario: string) => `Bouwprogramma 2022–2030 per gemeente — ${scenario}`, sheet: 'Bouwprogramma' },
      affordable: { title: (scenario: string) => `Betaalbaar (laag en midden) per gemeente — ${scenario}`, sheet: 'Betaalbaar' },
      elderly: { title: (scenario: string) => `Ouderenhuisvesting 2030 per gemeente — ${scenario}`, sheet: 'Ouderenhuisvesting' },
      aandachtsgroepen: { title: (scenario: string) => `Aandachtsgroepen per gemeente — ${scenario}`, sheet: 'Aandachtsgroepen' },
    },
    gemeenten: {
      title: 'Per gemeente',
      programme: (target: number, realised: number, baseYear: number) => `Programma ${NL.n(target)}, gerealiseerd ${NL.n(realised)} t/m ${baseYear}`,
      pace: (pace: number, required: number) => `Tempo ${NL.n(pace, 1)} per jaar, nodig ${NL.n(required, 1)}`,
      gap: (gap: number, catchUpYear: number | null) => `Tekort 2030: ${NL.n(gap)}; doel gehaald ${catchUpYear ?? 'na 2040'}`,
      noProgramme: 'Geen Woondeal-bouwprogramma',
      elderly: (gap: number) => `Tekort ouderenhuisvesting 2030: ${NL.n(gap)}`,
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
      source: 'Aannames: MODEL §5.1–5.3, zie docs/rekenmethode.md',
    },
    findings: {
      /** The memo's heading and sentences. */
      title: 'Kanttekeningen bij de bronnen',
      intro: 'De bronnen spreken elkaar op deze punten tegen. De uitkomsten gebruiken het gedrukte cijfer, tenzij het scenario anders aangeeft (zie Aannames).',
      none: 'De controles vonden geen tegenstrijdigheden in de cijfers waarop deze uitkomsten rusten.',
      /** The deck's and the workbook's. */
      shortTitle: 'Tegenstrijdigheden in de bronnen',
      shortNone: 'Geen tegenstrijdigheden in de bronnen die de cijfers van deze rapportage raken.',
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
      description: (date) => `Memo made with the Woonzorgverkenner on ${date}`,
    },
    deck: {
      scenarios: (names) => (names.length > 1 ? `Scenarios: ${EN.list(names.map((n) => `‘${n}’`))}` : `Scenario: ‘${names[0] ?? ''}’`),
      dataAsOf: (what) => `Figures as of: ${what}`,
      continued: (title) => `${title} (continued)`,
      chartMissing: (title) => `Chart not available in this presentation: ${title}. See the Woonzorgverkenner or the Excel workbook for the figures.`,
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
        `By 2030 that gives ${EN.n(p.projected)} of the ${EN.n(p.target)} programmed homes (${EN.pct(p.projected / p.target)}): ` +
        `${p.gap > 0.5 ? `a shortfall of ${EN.n(p.gap)} homes` : `${EN.n(-p.gap)} homes more than the programme`}. ` +
        (p.catchUpYear === null ? 'The regional target is not reached before 2041.' : `The regional target is reached in ${p.catchUpYear}.`),
      behindAhead: (p) =>
        (p.behind.length > 0 ? `Behind the programme: ${p.behind.map((g) => `${g.name} (${EN.n(g.gap)})`).join(', ')}.` : 'No municipality is behind the programme.') +
        (p.ahead.length > 0 ? ` Ahead of schedule: ${p.ahead.join(', ')}.` : ''),
      elderly: (p) =>
        `Housing for older people 2030: a shortfall of ${EN.n(p.nultreden)} zero-step, ${EN.n(p.geclusterd)} clustered and ${EN.n(p.zorggeschikt)} care-suitable homes (${EN.n(p.total)} in all).` +
        (p.requiredShare === null
          ? ''
          : ` To meet the need from new build, ${EN.pct(p.requiredShare, 0)} of the remaining programme would have to be suitable${p.above100 ? '; the programme alone is too small for that' : ''}.`),
      aandachtsgroepen: (p) =>
        `Vulnerable groups: ${EN.n(p.perYear)} social-rent homes a year in ${p.horizon}, ${EN.n(p.cumulative)} in all to ${p.horizon}` +
        `${p.largest ? `; the largest task falls to ${p.largest.name} (${EN.n(p.largest.perYear, 1)} a year)` : ''}.`,
      comparison: (p) =>
        `${p.others.map((o) => `'${o.name}' gives a 2030 shortfall of ${EN.n(o.gap)} (${o.diff <= 0 ? `${EN.n(-o.diff)} less` : `${EN.n(o.diff)} more`} than '${p.first}')`).join('; ')}.`,
    },
    charts: { title: 'Charts', deckTitle: 'Region' },
    tables: {
      title: 'Tables per municipality',
      programme: { title: (scenario) => `Build programme 2022–2030 per municipality — ${scenario}`, sheet: 'Build programme' },
      affordable: { title: (scenario) => `Affordable segment per municipality — ${scenario}`, sheet: 'Affordable' },
      elderly: { title: (scenario) => `Housing for older people 2030 per municipality — ${scenario}`, sheet: 'Older people' },
      aandachtsgroepen: { title: (scenario) => `Vulnerable groups per municipality — ${scenario}`, sheet: 'Vulnerable groups' },
    },
    gemeenten: {
      title: 'Per municipality',
      programme: (target, realised, baseYear) => `Programme ${EN.n(target)}, realised ${EN.n(realised)} to ${baseYear}`,
      pace: (pace, required) => `Pace ${EN.n(pace, 1)} a year, required ${EN.n(required, 1)}`,
      gap: (gap, catchUpYear) => `Shortfall 2030: ${EN.n(gap)}; target reached ${catchUpYear ?? 'after 2040'}`,
      noProgramme: 'No Woondeal build programme',
      elderly: (gap) => `Elderly housing shortfall 2030: ${EN.n(gap)}`,
      aandachtsgroepen: (perYear, weight) => `Vulnerable groups: ${EN.n(perYear, 1)} homes a year (${EN.pct(weight)})`,
      noPathChart: (name) => `${name} has no Woondeal build programme: there is no realisation path and no programme shortfall.`,
      noElderlyChart: (name) => `For ${name} the source gives no need for housing for older people: no need and supply chart.`,
    },
    comparison: {
      title: 'Scenarios compared',
      table: 'Scenarios compared (region)',
      sheet: 'Comparison',
      source: 'Source: 004 · Bijlage 2 and Bijlage 1; 000 — Woonzorgverkenner calculation',
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
      source: 'Assumptions: MODEL §5.1–5.3, see docs/rekenmethode.md',
    },
    findings: {
      title: 'Caveats on the sources',
      intro: 'The sources contradict each other on these points. The results use the printed figure unless the scenario says otherwise (see Assumptions).',
      none: 'The checks found no contradictions in the figures these results rest on.',
      shortTitle: 'Contradictions in the sources',
      shortNone: 'No contradictions in the sources that affect the figures of this report.',
    },
  },
);
