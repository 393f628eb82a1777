import { defineTexts } from '../define';
import { formatNumber } from '../../format/nl';
import { EN, NL } from '../format';

/** A band of one figure, in homes (rounded when worded). */
type BandFacts = { year: number; p10: number; p50: number; p90: number; likely: number };
/** One end of a tornado bar in words: the assumption's value (formatted) and the figure there. */
type End = { input: string; value: number };
/** The largest bar of a tornado. */
type TornadoTop = { assumption: string; choice: boolean; low: End; high: End };
type ElderlyType = 'nultreden' | 'geclusterd' | 'zorggeschikt';
type Lever = 'pace' | 'paceMultiplier' | 'nultredenShare' | 'existingStock' | 'catchUpYear';
/** The region's answers for the programme, where they are numbers. */
/**
 * Why the scenario's point value lies outside its band: an open choice that also weighs an option
 * giving a figure on the band's side, ranges whose other values all lie on that side (the point
 * value at one end of the range).
 */
type Outside = { above: boolean; choices: { assumption: string; option: string }[]; ranges: string[] };
type RegionProgramme = { year: number; shortfall: number; pace: { current: number; needed: number | null }; factor: number | null; trend: boolean; catchUpYear: number | null };

/**
 * The report's chapter on uncertainty and "what would it take" (MODEL.md §5.6, issue 11;
 * shared/export/sections/uncertainty.ts): the bands of the ranges entered, the tornado and the
 * goal seek, in memo, deck and workbook. The band is the spread of the assumptions entered, never
 * a forecast error; the goal seek's answers are arithmetic, not advice.
 */
type UncertaintyReport = {
  title: string;
  /** The chapter's parts: sub-headings in the memo, slide titles in the deck. */
  parts: { bands: string; tornado: string; goal: string };
  /** Without ranges the chapter still answers "what would it take". */
  noRanges: string;
  programmeFinding: (p: BandFacts) => string;
  elderlyFinding: (p: BandFacts) => string;
  /** Where the scenario's own figure lies outside P10–P90, and what pulls the draws to one side of it. */
  outside: (p: Outside) => string;
  /** What the band is and is not. */
  bandLabel: (draws: number, seed: number) => string;
  /** The region's band is its own, not added up. */
  regionNotSum: string;
  warnings: {
    drawsCapped: (asked: number, made: number) => string;
    likelyOutsideRange: (assumption: string, likely: string, low: string, high: string) => string;
    other: (code: string) => string;
  };
  tornadoText: (figure: string, top: TornadoTop | null, none: readonly string[]) => string;
  /** The figures the tornado is drawn for, in a sentence and as a chart title. */
  figures: { programme: (year: number) => string; elderly: string };
  goalIntro: (year: number) => string;
  goalRegion: (p: RegionProgramme) => string;
  goalRegionShare: (p: { shortfall: number; status: 'closes' | 'closed' | 'infeasible' | 'notApplicable'; current: number | null; needed: number | null }) => string;
  inputKind: { range: string; alternatives: string };
  /** "0,75 – 1 – 1,25" and "Gemeentetabel (Bijlage 2): 1 van 2". */
  rangeText: (low: string, likely: string, high: string) => string;
  optionText: (option: string, share: number) => string;
  status: { infeasible: string; closed: string; notApplicable: string; after: (year: number) => string };
  lever: Record<Lever, string>;
  housingType: Record<ElderlyType, string>;
  tables: {
    inputs: (scenario: string, draws: number) => string;
    programmeBands: (year: number, scenario: string) => string;
    elderlyBands: (scenario: string) => string;
    tornado: (figure: string, scenario: string) => string;
    tornadoAll: (scenario: string) => string;
    goalProgramme: (year: number, scenario: string) => string;
    goalElderly: (scenario: string) => string;
    percentiles: (scenario: string) => string;
    goal: (scenario: string) => string;
  };
  sheets: { percentiles: string; tornado: string; goal: string };
  headers: {
    place: string;
    code: string;
    assumption: string;
    kind: string;
    entered: string;
    figure: string;
    path: string;
    likely: string;
    type: string;
    shortfall: string;
    shortfall2030: (year: number) => string;
    lowInput: string;
    atLow: string;
    highInput: string;
    atHigh: string;
    swing: string;
    paceNow: string;
    paceNeeded: string;
    factorNow: string;
    factorNeeded: string;
    shareNow: string;
    shareNeeded: string;
    stockNow: string;
    stockNeeded: string;
    catchUp: string;
  };
  chart: {
    title: (figure: string) => string;
    axis: (likely: number) => string;
    lower: string;
    higher: string;
  };
  sources: {
    bands: (scenario: string, draws: number, seed: number) => string;
    tornado: (scenario: string) => string;
    goal: (scenario: string) => string;
  };
};

const nlHomes = (n: number) => NL.n(Math.round(n));
const enHomes = (n: number) => EN.n(Math.round(n));

export const uncertaintyReport = defineTexts<UncertaintyReport>(
  {
    title: 'Onzekerheid en wat er nodig is',
    parts: { bands: 'Bandbreedtes van de tekorten', tornado: 'Welke aanname weegt het zwaarst', goal: 'Wat is er nodig' },
    noRanges:
      'Dit scenario heeft geen bandbreedtes of open keuzes: de uitkomsten zijn één berekening met de waarden van het scenario. Het ingebouwde scenario ‘Basis met bandbreedtes’ laat zien wat de onzekerheid die de bronnen zelf noemen doet. Wat er nodig is om de tekorten te sluiten staat hieronder.',
    programmeFinding: (p) =>
      `Met de ingevoerde bandbreedtes ligt het tekort in ${p.year} voor de regio tussen ${nlHomes(p.p10)} (P10) en ${nlHomes(p.p90)} (P90) woningen; de puntwaarde van het scenario, met zijn eigen waarden, is ${nlHomes(p.likely)}.`,
    elderlyFinding: (p) =>
      `Het tekort aan woningen voor ouderen (nultreden, geclusterd en zorggeschikt samen) ligt voor de regio tussen ${nlHomes(p.p10)} (P10) en ${nlHomes(p.p90)} (P90); de puntwaarde van het scenario, met zijn eigen waarden, is ${nlHomes(p.likely)}.`,
    outside: (p) => {
      const side = p.above ? 'kleiner' : 'groter';
      const reasons = [
        ...p.choices.map((c) => `de open keuze ‘${c.assumption}’ ook gewicht geeft aan ‘${c.option}’ (dat geeft een ${side} tekort)`),
        ...(p.ranges.length === 0 ? [] : [`${p.ranges.length === 1 ? 'de bandbreedte' : 'de bandbreedtes'} van ${NL.list(p.ranges.map((x) => `‘${x}’`))} alleen naar een ${side} tekort ${p.ranges.length === 1 ? 'uitvalt' : 'uitvallen'}`]),
      ];
      const why = reasons.length > 0 ? reasons.join(', en omdat ') : `de ingevoerde bandbreedtes en open keuzes vooral naar een ${side} tekort uitvallen`;
      return `Die puntwaarde ligt ${p.above ? 'boven P90' : 'onder P10'}: meer dan negen op de tien trekkingen geven een ${side} tekort, omdat ${why}. De puntwaarde is dus niet de waarschijnlijke uitkomst van de trekkingen, maar de berekening met de waarden van het scenario zelf.`;
    },
    bandLabel: (draws, seed) =>
      `De band is de spreiding van de aannames die bij het scenario als bandbreedte of open keuze zijn ingevoerd, geen voorspelfout: onzekerheid in de bronnen zelf en aannames zonder bandbreedte zitten er niet in. P10: een op de tien trekkingen geeft minder; P90: een op de tien geeft meer (${NL.n(draws)} trekkingen uit een vast startgetal (seed) ${seed}; hetzelfde startgetal geeft dezelfde band).`,
    regionNotSum: 'De band van de regio is per trekking berekend uit het tekort van de regio, niet opgeteld uit de banden van de gemeenten.',
    warnings: {
      drawsCapped: (asked, made) => `Minder trekkingen dan gevraagd: ${NL.n(made)} in plaats van ${NL.n(asked)}, om het geheugen te sparen.`,
      likelyOutsideRange: (assumption, likely, low, high) => `${assumption}: de waarde uit de gegevens (${likely}) ligt buiten de bandbreedte ${low}–${high}; de trekkingen gebruiken de dichtstbijzijnde grens als waarschijnlijke waarde.`,
      other: (code) => `Opmerking bij de trekkingen: ${code}.`,
    },
    tornadoText: (figure, top, none) => {
      const first = top
        ? top.choice
          ? `Het ${figure} hangt het meest af van de keuze ‘${top.assumption}’: met ‘${top.low.input}’ is het ${nlHomes(top.low.value)} woningen, met ‘${top.high.input}’ ${nlHomes(top.high.value)}.`
          : `Het ${figure} hangt het meest af van de aanname ‘${top.assumption}’: van ${top.low.input} tot ${top.high.input} loopt het van ${nlHomes(top.low.value)} naar ${nlHomes(top.high.value)} woningen.`
        : `Geen van de ingevoerde bandbreedtes verandert het ${figure}.`;
      return none.length > 0 && top ? `${first} Geen invloed erop: ${NL.list(none.map((x) => `‘${x}’`))}.` : first;
    },
    figures: { programme: (year) => `tekort van de regio in ${year}`, elderly: 'tekort aan woningen voor ouderen in de regio' },
    goalIntro: (year) =>
      `Per tekort de waarde van één hefboom die het sluit vóór het einde van het programma (${year}; voor de ouderen het jaar van de behoefte), al het andere zoals in het scenario. Het zijn rekenkundige antwoorden, geen adviezen. ‘Niet haalbaar binnen de grenzen’: geen waarde binnen de grenzen van de hefboom sluit het (tempofactor tot 5, aandeel tot 100 %).`,
    goalRegion: (p) => {
      if (p.shortfall < 0.5) return `De regio heeft in ${p.year} geen tekort op het programma.`;
      const pace =
        p.pace.needed === null
          ? `Het tekort van de regio (${nlHomes(p.shortfall)} woningen) is vóór ${p.year} niet meer met een hoger tempo te sluiten.`
          : `Om het tekort van de regio in ${p.year} (${nlHomes(p.shortfall)} woningen) te sluiten, moeten de gemeenten samen ${NL.n(p.pace.needed)} woningen per jaar bouwen, elk haar eigen benodigde tempo (nu samen ${NL.n(p.pace.current)})`;
      const factor = p.trend && p.pace.needed !== null ? (p.factor === null ? '. Met één tempofactor voor alle gemeenten lukt dat niet binnen de grenzen.' : `. Met één tempofactor voor alle gemeenten is een factor ${formatNumber(p.factor, 1, 'nl-NL', 1)} op de trend nodig: de gemeente die het verst achterloopt bepaalt die, en de andere bouwen dan meer dan nodig.`) : p.pace.needed === null ? '' : '.';
      const year = p.catchUpYear === null ? ' In het tempo van het scenario haalt de regio het doel pas na 2040.' : ` In het tempo van het scenario haalt de regio het doel in ${p.catchUpYear}.`;
      return pace + factor + year;
    },
    goalRegionShare: (p) =>
      p.status === 'closed'
        ? 'De regio heeft geen tekort aan nultredenwoningen.'
        : p.status === 'notApplicable'
          ? 'Met bouwtempo ‘pijplijn’ bepaalt het register de nieuwbouw: het aandeel nultreden is dan geen hefboom.'
          : p.status === 'infeasible'
            ? `Het tekort aan nultredenwoningen in de regio (${nlHomes(p.shortfall)}) is met een groter aandeel nultreden in de nieuwbouw alleen niet te sluiten, ook niet met 100 %.`
            : `Het tekort aan nultredenwoningen in de regio (${nlHomes(p.shortfall)}) sluit bij een aandeel nultreden in de nieuwbouw van ${NL.pct(p.needed ?? 0)}${p.current === null ? '' : ` (nu ${NL.pct(p.current)})`}.`,
    inputKind: { range: 'Bandbreedte', alternatives: 'Open keuze' },
    rangeText: (low, likely, high) => `${low} – ${likely} – ${high}`,
    optionText: (option, share) => `${option}: ${NL.pct(share, 0)}`,
    status: { infeasible: 'niet haalbaar binnen de grenzen', closed: 'geen tekort', notApplicable: 'n.v.t.', after: (year) => `na ${year}` },
    lever: { pace: 'Bouwtempo', paceMultiplier: 'Tempofactor', nultredenShare: 'Aandeel nultreden in nieuwbouw', existingStock: 'Geschikt maken in bestaande voorraad', catchUpYear: 'Doel bereikt in' },
    housingType: { nultreden: 'Nultreden', geclusterd: 'Geclusterd', zorggeschikt: 'Zorggeschikt' },
    tables: {
      inputs: (scenario, draws) => `Ingevoerde bandbreedtes en open keuzes (${NL.n(draws)} trekkingen) — ${scenario}`,
      programmeBands: (year, scenario) => `Tekort Woondeal-programma ${year}: puntwaarde en P10–P90 — ${scenario}`,
      elderlyBands: (scenario) => `Tekort woningen voor ouderen (totaal): puntwaarde en P10–P90 — ${scenario}`,
      tornado: (figure, scenario) => `Invloed van elke bandbreedte apart op het ${figure} — ${scenario}`,
      tornadoAll: (scenario) => `Invloed van elke bandbreedte apart op de tekorten van de regio — ${scenario}`,
      goalProgramme: (year, scenario) => `Wat is er nodig: het tekort op het programma in ${year} sluiten — ${scenario}`,
      goalElderly: (scenario) => `Wat is er nodig: de tekorten aan woningen voor ouderen sluiten — ${scenario}`,
      percentiles: (scenario) => `Bandbreedtes: puntwaarde, P10, P50 en P90 van elk cijfer — ${scenario}`,
      goal: (scenario) => `Wat is er nodig: per tekort de hefbomen die het sluiten — ${scenario}`,
    },
    sheets: { percentiles: 'Bandbreedtes', tornado: 'Invloed aannames', goal: 'Wat is er nodig' },
    headers: {
      place: 'Plaats',
      code: 'CBS-code',
      assumption: 'Aanname',
      kind: 'Soort',
      entered: 'Laag – waarschijnlijk – hoog, of opties',
      figure: 'Cijfer',
      path: 'Sleutel',
      likely: 'Puntwaarde scenario',
      type: 'Woonvorm',
      shortfall: 'Tekort',
      shortfall2030: (year) => `Tekort ${year}`,
      lowInput: 'Laag of optie (1)',
      atLow: 'Tekort bij (1)',
      highInput: 'Hoog of andere optie (2)',
      atHigh: 'Tekort bij (2)',
      swing: 'Verschil',
      paceNow: 'Tempo nu (per jaar)',
      paceNeeded: 'Tempo nodig (per jaar)',
      factorNow: 'Tempofactor nu',
      factorNeeded: 'Tempofactor nodig',
      shareNow: 'Aandeel nultreden nu',
      shareNeeded: 'Aandeel nultreden nodig',
      stockNow: 'Geschikt maken per jaar nu',
      stockNeeded: 'Geschikt maken per jaar nodig',
      catchUp: 'Doel bereikt in (tempo scenario)',
    },
    chart: {
      title: (figure) => `Invloed van elke bandbreedte op het ${figure}`,
      axis: (likely) => `Verschil met de puntwaarde van het scenario (${nlHomes(likely)} woningen)`,
      lower: 'Kleiner tekort',
      higher: 'Groter tekort',
    },
    sources: {
      bands: (scenario, draws, seed) => `Bron: Woonzorgverkenner, trekkingen over de ingevoerde bandbreedtes van scenario '${scenario}' (${NL.n(draws)} trekkingen, vast startgetal (seed) ${seed}); spreiding van de aannames, geen voorspelfout.`,
      tornado: (scenario) => `Bron: Woonzorgverkenner, scenario '${scenario}': elke bandbreedte apart van laag naar hoog (een open keuze: elke optie; in de tabel de opties met het kleinste en het grootste tekort, in de volgorde waarin ze zijn ingevoerd), de andere aannames op hun waarschijnlijke waarde.`,
      goal: (scenario) => `Bron: Woonzorgverkenner, scenario '${scenario}': per gemeente exact uit de rekenregel, voor de regio gezocht met het hele rekenmodel; één hefboom tegelijk, al het andere zoals in het scenario.`,
    },
  },
  {
    title: 'Uncertainty and what it would take',
    parts: { bands: 'Ranges of the shortfalls', tornado: 'Which assumption weighs most', goal: 'What it would take' },
    noRanges:
      'This scenario has no ranges or open choices: its results are one calculation with the scenario’s values. The built-in scenario ‘Basis met bandbreedtes’ shows what the uncertainty the sources themselves name does. What it would take to close the shortfalls follows below.',
    programmeFinding: (p) =>
      `With the ranges entered, the region’s shortfall in ${p.year} lies between ${enHomes(p.p10)} (P10) and ${enHomes(p.p90)} (P90) homes; the scenario’s point value, with its own values, is ${enHomes(p.likely)}.`,
    elderlyFinding: (p) =>
      `The region’s shortfall of homes for older people (zero-step, clustered and care-suitable together) lies between ${enHomes(p.p10)} (P10) and ${enHomes(p.p90)} (P90); the scenario’s point value, with its own values, is ${enHomes(p.likely)}.`,
    outside: (p) => {
      const side = p.above ? 'smaller' : 'larger';
      const reasons = [
        ...p.choices.map((c) => `the open choice ‘${c.assumption}’ also gives weight to ‘${c.option}’ (which gives a ${side} shortfall)`),
        ...(p.ranges.length === 0 ? [] : [`${p.ranges.length === 1 ? 'the range' : 'the ranges'} of ${EN.list(p.ranges.map((x) => `‘${x}’`))} only ${p.ranges.length === 1 ? 'falls' : 'fall'} towards a ${side} shortfall`]),
      ];
      const why = reasons.length > 0 ? reasons.join(', and because ') : `the ranges and open choices entered mostly fall towards a ${side} shortfall`;
      return `That point value lies ${p.above ? 'above P90' : 'below P10'}: more than nine in ten draws give a ${side} shortfall, because ${why}. The point value is therefore not the likely outcome of the draws, but the calculation with the scenario’s own values.`;
    },
    bandLabel: (draws, seed) =>
      `The band is the spread of the assumptions entered with the scenario as ranges or open choices, not a forecast error: uncertainty in the sources themselves and assumptions without a range are not in it. P10: one in ten draws gives less; P90: one in ten gives more (${EN.n(draws)} draws from a fixed seed ${seed}; the same seed gives the same band).`,
    regionNotSum: 'The region’s band is computed per draw from the region’s shortfall, not added up from the municipalities’ bands.',
    warnings: {
      drawsCapped: (asked, made) => `Fewer draws than asked: ${EN.n(made)} instead of ${EN.n(asked)}, to spare memory.`,
      likelyOutsideRange: (assumption, likely, low, high) => `${assumption}: the value from the data (${likely}) lies outside the range ${low}–${high}; the draws use the nearest bound as the likely value.`,
      other: (code) => `Note on the draws: ${code}.`,
    },
    tornadoText: (figure, top, none) => {
      const first = top
        ? top.choice
          ? `The ${figure} depends most on the choice ‘${top.assumption}’: with ‘${top.low.input}’ it is ${enHomes(top.low.value)} homes, with ‘${top.high.input}’ ${enHomes(top.high.value)}.`
          : `The ${figure} depends most on the assumption ‘${top.assumption}’: from ${top.low.input} to ${top.high.input} it goes from ${enHomes(top.low.value)} to ${enHomes(top.high.value)} homes.`
        : `None of the ranges entered changes the ${figure}.`;
      return none.length > 0 && top ? `${first} No effect on it: ${EN.list(none.map((x) => `‘${x}’`))}.` : first;
    },
    figures: { programme: (year) => `region’s shortfall in ${year}`, elderly: 'region’s shortfall of homes for older people' },
    goalIntro: (year) =>
      `For each shortfall, the value of one lever that closes it before the end of the programme (${year}; for older people the year of the need), everything else as in the scenario. These are arithmetic answers, not advice. ‘Not feasible within the bounds’: no value within the lever’s bounds closes it (pace multiplier up to 5, share up to 100%).`,
    goalRegion: (p) => {
      if (p.shortfall < 0.5) return `The region has no programme shortfall in ${p.year}.`;
      const pace =
        p.pace.needed === null
          ? `The region’s shortfall (${enHomes(p.shortfall)} homes) can no longer be closed by a higher pace before ${p.year}.`
          : `To close the region’s shortfall in ${p.year} (${enHomes(p.shortfall)} homes), the municipalities together must build ${EN.n(p.pace.needed)} homes a year, each its own required pace (now ${EN.n(p.pace.current)} together)`;
      const factor = p.trend && p.pace.needed !== null ? (p.factor === null ? '. One pace multiplier for all municipalities cannot do it within the bounds.' : `. With one pace multiplier for all municipalities it takes ${formatNumber(p.factor, 1, 'en-GB', 1)} on the trend: the municipality furthest behind sets it, and the others then build more than they need.`) : p.pace.needed === null ? '' : '.';
      const year = p.catchUpYear === null ? ' At the scenario’s pace the region does not reach the target until after 2040.' : ` At the scenario’s pace the region reaches the target in ${p.catchUpYear}.`;
      return pace + factor + year;
    },
    goalRegionShare: (p) =>
      p.status === 'closed'
        ? 'The region has no shortfall of zero-step homes.'
        : p.status === 'notApplicable'
          ? 'With the pace ‘pipeline’ the register sets the new build: the zero-step share is then no lever.'
          : p.status === 'infeasible'
            ? `The region’s shortfall of zero-step homes (${enHomes(p.shortfall)}) cannot be closed by a larger zero-step share of new build alone, not even at 100%.`
            : `The region’s shortfall of zero-step homes (${enHomes(p.shortfall)}) closes at a zero-step share of new build of ${EN.pct(p.needed ?? 0)}${p.current === null ? '' : ` (now ${EN.pct(p.current)})`}.`,
    inputKind: { range: 'Range', alternatives: 'Open choice' },
    rangeText: (low, likely, high) => `${low} – ${likely} – ${high}`,
    optionText: (option, share) => `${option}: ${EN.pct(share, 0)}`,
    status: { infeasible: 'not feasible within the bounds', closed: 'no shortfall', notApplicable: 'n/a', after: (year) => `after ${year}` },
    lever: { pace: 'Pace', paceMultiplier: 'Pace multiplier', nultredenShare: 'Zero-step share of new build', existingStock: 'Made suitable in the existing stock', catchUpYear: 'Target reached in' },
    housingType: { nultreden: 'Zero-step', geclusterd: 'Clustered', zorggeschikt: 'Care-suitable' },
    tables: {
      inputs: (scenario, draws) => `Ranges and open choices entered (${EN.n(draws)} draws) — ${scenario}`,
      programmeBands: (year, scenario) => `Woondeal programme shortfall ${year}: point value and P10–P90 — ${scenario}`,
      elderlyBands: (scenario) => `Shortfall of homes for older people (total): point value and P10–P90 — ${scenario}`,
      tornado: (figure, scenario) => `Effect of each range on its own on the ${figure} — ${scenario}`,
      tornadoAll: (scenario) => `Effect of each range on its own on the region’s shortfalls — ${scenario}`,
      goalProgramme: (year, scenario) => `What it would take: closing the programme shortfall in ${year} — ${scenario}`,
      goalElderly: (scenario) => `What it would take: closing the shortfalls of homes for older people — ${scenario}`,
      percentiles: (scenario) => `Ranges: point value, P10, P50 and P90 of every figure — ${scenario}`,
      goal: (scenario) => `What it would take: for each shortfall the levers that close it — ${scenario}`,
    },
    sheets: { percentiles: 'Ranges', tornado: 'Effect of assumptions', goal: 'What it would take' },
    headers: {
      place: 'Place',
      code: 'CBS code',
      assumption: 'Assumption',
      kind: 'Kind',
      entered: 'Low – likely – high, or options',
      figure: 'Figure',
      path: 'Key',
      likely: 'Scenario point value',
      type: 'Housing type',
      shortfall: 'Shortfall',
      shortfall2030: (year) => `Shortfall ${year}`,
      lowInput: 'Low or option (1)',
      atLow: 'Shortfall at (1)',
      highInput: 'High or other option (2)',
      atHigh: 'Shortfall at (2)',
      swing: 'Difference',
      paceNow: 'Pace now (a year)',
      paceNeeded: 'Pace needed (a year)',
      factorNow: 'Pace multiplier now',
      factorNeeded: 'Pace multiplier needed',
      shareNow: 'Zero-step share now',
      shareNeeded: 'Zero-step share needed',
      stockNow: 'Made suitable a year now',
      stockNeeded: 'Made suitable a year needed',
      catchUp: 'Target reached in (scenario pace)',
    },
    chart: {
      title: (figure) => `Effect of each range on the ${figure}`,
      axis: (likely) => `Difference from the scenario’s point value (${enHomes(likely)} homes)`,
      lower: 'Smaller shortfall',
      higher: 'Larger shortfall',
    },
    sources: {
      bands: (scenario, draws, seed) => `Source: Woonzorgverkenner, draws over the ranges entered in scenario '${scenario}' (${EN.n(draws)} draws, fixed seed ${seed}); spread of the assumptions, not a forecast error.`,
      tornado: (scenario) => `Source: Woonzorgverkenner, scenario '${scenario}': each range on its own from low to high (an open choice: each option; in the table the options giving the smallest and the largest shortfall, in the order they were entered), the other assumptions at their likely values.`,
      goal: (scenario) => `Source: Woonzorgverkenner, scenario '${scenario}': per municipality exact from the rule, for the region searched with the whole model; one lever at a time, everything else as in the scenario.`,
    },
  },
);
