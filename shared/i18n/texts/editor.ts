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
  /** The solidarity assumptions edited on their own screen: what the scenario holds, and where to edit it. */
  solidarity: { placements: (count: number, counted: number) => string; typeWeights: (changed: readonly string[]) => string; allOne: string; editOn: string };
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
  /**
   * New-build shares adding up to more than all new build: refused (shared/scenario/newBuildShares.ts).
   * `gemeente` is null for the regional shares; `parts` the shares given, "nultreden 50 % + …";
   * `historic`: nultreden is on the historic share, which the check cannot know and does not count.
   */
  sharesOver100: (p: { gemeente: string | null; parts: string; total: string; historic: boolean }) => string;
  /** A stored scenario that breaks a rule added after it was saved: it opens, but says what to fix. */
  storedInvalid: string;
  /** Choosing the pipeline pace: what it changes, shown before it applies. */
  pipeline: {
    heading: string;
    rule: string;
    withProjects: string;
    withoutProjects: string;
    projects: (count: number) => string;
    keepsCustom: (pace: string) => string;
    keepsTrend: (pace: string) => string;
    noProjects: string;
    noProgramme: (names: string) => string;
    apply: string;
    cancel: string;
  };
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
    solidarity: {
      placements: (count, counted) => (count === 0 ? 'Geen geplande plaatsingen.' : `${count} ${count === 1 ? 'geplande plaatsing' : 'geplande plaatsingen'}, waarvan ${counted} ${counted === 1 ? 'telt' : 'tellen'} mee.`),
      typeWeights: (changed) => `Afwijkend: ${changed.join(', ')}; de andere soorten 1.`,
      allOne: 'Elke soort weegt 1.',
      editOn: 'Te bewerken op het scherm Solidariteit.',
    },
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
    sharesOver100: (p) =>
      (p.gemeente === null ? 'De aandelen ouderengeschikte nieuwbouw tellen' : `In ${p.gemeente} tellen de aandelen ouderengeschikte nieuwbouw (de eigen waarden aangevuld met de algemene)`) +
      ` op tot ${p.total} (${p.parts}); samen kunnen ze hoogstens 100 % van de nieuwbouw zijn.` +
      (p.historic ? ' Nultreden op het historische aandeel telt hier niet mee: dat aandeel volgt pas uit de realisatiecijfers.' : ''),
    storedInvalid: 'Dit scenario is bewaard voordat deze regel gold. Het rekent nog, maar een wijziging wordt pas bewaard als de aandelen samen niet meer dan 100 % zijn:',
    pipeline: {
      heading: 'Wat de pijplijn verandert',
      rule: 'Met de pijplijn bouwt een gemeente met projecten in het register (opleverjaar na het laatste realisatiejaar) volgens die projecten, gewogen met de kans per status. Een gemeente zonder projecten in het register houdt haar eigen bouwtempo als het scenario dat zet, anders haar trend (huidig tempo × tempofactor).',
      withProjects: 'Met projecten in het register',
      withoutProjects: 'Zonder projecten in het register',
      projects: (count) => (count === 1 ? '1 project' : `${count} projecten`),
      keepsCustom: (pace) => `eigen tempo, ${pace} per jaar`,
      keepsTrend: (pace) => `trend, ${pace} per jaar`,
      noProjects: 'Het register heeft geen projecten na het laatste realisatiejaar: elke gemeente houdt haar eigen tempo of haar trend.',
      noProgramme: (names) => `Zonder bouwprogramma, dus zonder tempo: ${names}.`,
      apply: 'Reken met de pijplijn',
      cancel: 'Annuleer',
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
    solidarity: {
      placements: (count, counted) => (count === 0 ? 'No planned placements.' : `${count} planned ${count === 1 ? 'placement' : 'placements'}, of which ${counted} ${counted === 1 ? 'counts' : 'count'}.`),
      typeWeights: (changed) => `Different: ${changed.join(', ')}; the other types 1.`,
      allOne: 'Every type weighs 1.',
      editOn: 'Edited on the Solidarity screen.',
    },
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
    sharesOver100: (p) =>
      (p.gemeente === null ? 'The shares of suitable new build' : `In ${p.gemeente}, the shares of suitable new build (its own values completed by the general ones)`) +
      ` add up to ${p.total} (${p.parts}); together they can be at most 100% of new build.` +
      (p.historic ? ' Zero-step on the historic share does not count here: that share only follows from the realisation figures.' : ''),
    storedInvalid: 'This scenario was saved before this rule applied. It still calculates, but a change is only saved once the shares add up to no more than 100%:',
    pipeline: {
      heading: 'What the pipeline changes',
      rule: 'With the pipeline, a municipality with projects in the register (completing after the last realisation year) builds as those projects, weighted by the probability of their status. A municipality without projects in the register keeps its own pace if the scenario sets one, otherwise its trend (current pace × multiplier).',
      withProjects: 'With projects in the register',
      withoutProjects: 'Without projects in the register',
      projects: (count) => (count === 1 ? '1 project' : `${count} projects`),
      keepsCustom: (pace) => `own pace, ${pace} a year`,
      keepsTrend: (pace) => `trend, ${pace} a year`,
      noProjects: 'The register has no projects after the last realisation year: every municipality keeps its own pace or its trend.',
      noProgramme: (names) => `No build programme, so no pace: ${names}.`,
      apply: 'Use the pipeline',
      cancel: 'Cancel',
    },
  },
);
