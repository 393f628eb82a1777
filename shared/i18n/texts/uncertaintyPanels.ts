import { defineTexts } from '../define';

type UncertaintyPanels = {
  /** The tornado (MODEL.md §5.6, one input at a time). Numbers and names come in formatted. */
  tornado: {
    heading: string;
    /** The figure chooser's label. */
    figure: string;
    /** The scenario has no ranges and no open choices. */
    none: string;
    /** None of them moves the chosen figure. */
    noSwing: string;
    /** Chart title: the figure and the place. */
    title: (figure: string, place: string) => string;
    /** Legend of the two series. */
    low: string;
    high: string;
    /** The dotted line at the scenario's own value (in the axis title). */
    likely: (value: string) => string;
    /** Hover: the input's value and the figure with it. */
    hover: (input: string, value: string) => string;
    axis: string;
    /** Appended to the chart's source line. */
    note: string;
    /** Inputs whose swing is zero for this figure, listed under the chart. */
    noEffect: (labels: string) => string;
  };
  /** "Wat is er nodig": per gap the value of one lever that closes it. */
  goalSeek: {
    heading: string;
    intro: string;
    /** A gap's heading, e.g. "Tekort 2030: 1.558 woningen". */
    gap: (name: string, homes: string) => string;
    gapName: {
      programme: (year: string) => string;
      elderly: (type: string) => string;
    };
    lever: {
      pace: string;
      paceMultiplier: string;
      nultredenShare: string;
      existingStock: (type: string) => string;
      catchUpYear: string;
    };
    /** The lever's value now when the scenario has none (a share taken from history). */
    fromHistory: string;
    perYear: (value: string) => string;
    times: (value: string) => string;
    catchUp: { reached: (year: string) => string; notBefore: (year: string) => string };
    closed: string;
    infeasible: (bounds: string) => string;
    notApplicable: string;
    /** How the answer was found (not shown for the catch-up year, read from the result). */
    method: { exact: string; bisection: string };
    methodTitle: { exact: string; bisection: string };
    apply: string;
    /** Screen readers: what the button sets. */
    applyLabel: (lever: string, value: string) => string;
    builtinNote: (name: string) => string;
    applied: (lever: string, value: string, scenario: string) => string;
    copied: (copy: string, builtin: string) => string;
    undo: string;
    /** The undo came after another change or in another scenario. */
    notOpen: (scenario: string) => string;
    noGaps: string;
  };
  /** The command line's `sensitivity` and `goalseek` (electron/cli/commands), around the panels' own words. */
  cli: {
    /** The first line: what is shown, for which scenario. */
    about: (title: string, scenario: string) => string;
    /** The goal seek's heading for one place, as the tornado's title names it. */
    placeTitle: (heading: string, place: string) => string;
    /** The tornado's figure in the scenario itself (the likely value). */
    scenarioValue: (value: string) => string;
    /** Columns: the figure with the assumption at its low and at its high end. */
    atLow: string;
    atHigh: string;
    /** After `tornado.none`: how to give a scenario ranges without the window. */
    noneHint: (scenarioId: string) => string;
  };
};

/** The sensitivity and "what would it take" panels on Overzicht and Gemeente (issue 11). */
export const uncertaintyPanels = defineTexts<UncertaintyPanels>(
  {
    tornado: {
      heading: 'Gevoeligheid: welke aanname telt het zwaarst',
      figure: 'Cijfer',
      none: 'Dit scenario heeft geen bandbreedtes of open keuzes. Geef ze op in de scenario-editor (onderdeel Onzekerheid) om te zien welke aanname het zwaarst telt.',
      noSwing: 'Geen van de bandbreedtes van dit scenario verandert dit cijfer.',
      title: (figure, place) => `Gevoeligheid: ${figure} (${place})`,
      low: 'Aanname laag',
      high: 'Aanname hoog',
      likely: (value) => `stippellijn: scenario ${value}`,
      hover: (input, value) => `bij ${input}: ${value}`,
      axis: 'uitkomst (woningen)',
      note: 'Eén aanname tegelijk van laag naar hoog (een open keuze: elke optie), de andere op hun waarschijnlijke waarde, met de volledige berekening.',
      noEffect: (labels) => `Geen invloed op dit cijfer: ${labels}.`,
    },
    goalSeek: {
      heading: 'Wat is er nodig',
      intro: 'Per tekort de waarde van één knop die het sluit (einde programma; ouderen: het jaar van de behoefte), al het andere zoals in het scenario.',
      gap: (name, homes) => `${name}: ${homes} woningen`,
      gapName: {
        programme: (year) => `Tekort ${year}`,
        elderly: (type) => `Tekort ${type}`,
      },
      lever: {
        pace: 'Bouwtempo',
        paceMultiplier: 'Tempofactor',
        nultredenShare: 'Aandeel nultreden in nieuwbouw',
        existingStock: (type) => `Bestaande woningen ${type} maken per jaar`,
        catchUpYear: 'Inhaaljaar bij het scenariotempo',
      },
      fromHistory: 'historisch',
      perYear: (value) => `${value} woningen/jaar`,
      times: (value) => `${value} ×`,
      catchUp: { reached: (year) => `doel gehaald in ${year}`, notBefore: (year) => `niet vóór ${year}` },
      closed: 'geen tekort',
      infeasible: (bounds) => `niet haalbaar binnen de grenzen (${bounds})`,
      notApplicable: 'niet van toepassing (bouwtempo uit projecten)',
      method: { exact: 'exact', bisection: 'gezocht' },
      methodTitle: {
        exact: 'Exact opgelost uit de formule',
        bisection: 'Gezocht met de volledige berekening (bisectie)',
      },
      apply: 'Neem over in scenario',
      applyLabel: (lever, value) => `Neem over in scenario: ${lever} ${value}`,
      builtinNote: (name) => `‘${name}’ is een ingebouwd scenario en blijft zoals het is: overnemen maakt eerst een kopie en opent die.`,
      applied: (lever, value, scenario) => `${lever} ${value} overgenomen in ‘${scenario}’.`,
      copied: (copy, builtin) => `Kopie ‘${copy}’ van ‘${builtin}’ gemaakt.`,
      undo: 'Ongedaan maken',
      notOpen: (scenario) => `Niet ongedaan gemaakt: ‘${scenario}’ is niet meer open of is sindsdien gewijzigd (Ctrl+Z in dat scenario).`,
      noGaps: 'Geen tekorten om te sluiten.',
    },
    cli: {
      about: (title, scenario) => `${title} — scenario ‘${scenario}’`,
      placeTitle: (heading, place) => `${heading} (${place})`,
      scenarioValue: (value) => `In het scenario: ${value} woningen`,
      atLow: 'Uitkomst bij laag',
      atHigh: 'Uitkomst bij hoog',
      noneHint: (id) =>
        `Op de opdrachtregel: exporteer het scenario (scenario export ${id} --out scenario.json), zet ze onder scenario.params.uncertainty.ranges (bandbreedtes, bijvoorbeeld "programme.paceMultiplier": { "low": 0.75, "high": 1.25 }) of scenario.params.uncertainty.alternatives (open keuzes), en geef het bestand aan --scenario of lees het in met scenario import. Of begin met scenario create --from bandbreedte. Met --set gaat dat niet.`,
    },
  },
  {
    tornado: {
      heading: 'Sensitivity: which assumption weighs most',
      figure: 'Figure',
      none: 'This scenario has no ranges or open choices. Enter them in the scenario editor (Uncertainty section) to see which assumption weighs most.',
      noSwing: 'None of the ranges of this scenario changes this figure.',
      title: (figure, place) => `Sensitivity: ${figure} (${place})`,
      low: 'Assumption low',
      high: 'Assumption high',
      likely: (value) => `dotted line: scenario ${value}`,
      hover: (input, value) => `at ${input}: ${value}`,
      axis: 'outcome (homes)',
      note: 'One assumption at a time from low to high (an open choice: each option), the others at their likely value, with the full calculation.',
      noEffect: (labels) => `No effect on this figure: ${labels}.`,
    },
    goalSeek: {
      heading: 'What would it take',
      intro: 'For each shortfall the value of one lever that closes it (end of the programme; elderly: the year of the need), everything else as in the scenario.',
      gap: (name, homes) => `${name}: ${homes} homes`,
      gapName: {
        programme: (year) => `Shortfall ${year}`,
        elderly: (type) => `Shortfall ${type}`,
      },
      lever: {
        pace: 'Build pace',
        paceMultiplier: 'Pace factor',
        nultredenShare: 'Zero-step share of new build',
        existingStock: (type) => `Existing homes made ${type} per year`,
        catchUpYear: 'Catch-up year at the scenario pace',
      },
      fromHistory: 'historic',
      perYear: (value) => `${value} homes/year`,
      times: (value) => `${value} ×`,
      catchUp: { reached: (year) => `target reached in ${year}`, notBefore: (year) => `not before ${year}` },
      closed: 'no shortfall',
      infeasible: (bounds) => `not feasible within the bounds (${bounds})`,
      notApplicable: 'not applicable (build pace from projects)',
      method: { exact: 'solved', bisection: 'searched' },
      methodTitle: {
        exact: 'Solved exactly from the formula',
        bisection: 'Searched with the full calculation (bisection)',
      },
      apply: 'Apply to scenario',
      applyLabel: (lever, value) => `Apply to scenario: ${lever} ${value}`,
      builtinNote: (name) => `‘${name}’ is a built-in scenario and stays as it is: applying first makes a copy and opens it.`,
      applied: (lever, value, scenario) => `${lever} ${value} applied to ‘${scenario}’.`,
      copied: (copy, builtin) => `Copy ‘${copy}’ of ‘${builtin}’ made.`,
      undo: 'Undo',
      notOpen: (scenario) => `Not undone: ‘${scenario}’ is no longer open or has changed since (Ctrl+Z in that scenario).`,
      noGaps: 'No shortfalls to close.',
    },
    cli: {
      about: (title, scenario) => `${title} — scenario ‘${scenario}’`,
      placeTitle: (heading, place) => `${heading} (${place})`,
      scenarioValue: (value) => `In the scenario: ${value} homes`,
      atLow: 'Outcome at low',
      atHigh: 'Outcome at high',
      noneHint: (id) =>
        `On the command line: export the scenario (scenario export ${id} --out scenario.json), put them under scenario.params.uncertainty.ranges (ranges, for example "programme.paceMultiplier": { "low": 0.75, "high": 1.25 }) or scenario.params.uncertainty.alternatives (open choices), and give the file to --scenario or read it in with scenario import. Or start from scenario create --from bandbreedte. --set cannot do this.`,
    },
  },
);
