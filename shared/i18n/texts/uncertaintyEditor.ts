import { defineTexts } from '../define';
import type { RangeBasis } from '../../scenario/assumptionMeta';

type UncertaintyEditor = {
  /** Beside a number that can carry a range (MODEL §5.6). */
  range: {
    toggle: string;
    toggleTitle: string;
    low: string;
    high: string;
    /** The accessible names of the two fields: "Tempofactor, laag". */
    lowOf: (label: string) => string;
    highOf: (label: string) => string;
    /** Between the two fields: the likely value is the assumption's own value. */
    likely: (value: string) => string;
    /** A nullable number without a value and without a dataset figure to fall back on. */
    needsValue: string;
    /** Beside the switch it cannot use yet. */
    needsValueShort: string;
    /** Read-only: the range as it is stored. */
    readOnly: (low: string, high: string) => string;
    /** The size of the range offered first: relative to the value, or in percentage points or units around it. */
    spread: { relative: (percent: string) => string; factor: (low: string, high: string) => string; points: (points: string) => string; plain: (n: string) => string };
    /** Why the range offered first is what it is (RangeBasis in shared/scenario/assumptionMeta.ts); `spread` is worded above. */
    basis: Record<RangeBasis, (spread: string) => string>;
  };
  /** Beside a choice that can be left open. */
  alternatives: {
    toggle: string;
    toggleTitle: string;
    weight: string;
    weightOf: (label: string, option: string) => string;
    readOnly: (weights: string) => string;
  };
  /** The section with the seed and the number of draws. */
  section: {
    heading: string;
    explanation: string;
    none: string;
    some: (ranges: number, open: number) => string;
    seed: string;
    draws: string;
  };
};

/** The scenario editor's ranges and open choices (MODEL.md §5.6); the bands on the screens are in `uncertaintyResults`. */
export const uncertaintyEditor = defineTexts<UncertaintyEditor>(
  {
    range: {
      toggle: 'Bandbreedte',
      toggleTitle: 'Geef deze aanname een ondergrens en een bovengrens; de waarde zelf is de waarschijnlijke waarde.',
      low: 'laag',
      high: 'hoog',
      lowOf: (label) => `${label}, laag`,
      highOf: (label) => `${label}, hoog`,
      likely: (value) => `waarschijnlijk ${value}`,
      needsValue: 'Geef eerst een waarde; de bandbreedte ligt om die waarde heen.',
      needsValueShort: '(eerst een waarde)',
      readOnly: (low, high) => `Bandbreedte ${low} – ${high}`,
      spread: {
        relative: (percent) => `± ${percent}`,
        factor: (low, high) => `× ${low} tot ${high}`,
        points: (points) => `± ${points} procentpunt`,
        plain: (n) => `± ${n}`,
      },
      basis: {
        paceTwoYears: (spread) => `Voorgesteld ${spread}: het bouwtempo is over maar twee jaar gemeten.`,
        estimatedFigure: (spread) => `Voorgesteld ${spread}: in 004 staat dit cijfer als ‘geraamd’.`,
        newBuildShare: (spread) => `Voorgesteld ${spread}: geen bron noemt welk deel van de nieuwbouw dit wordt.`,
        completionProbability: (spread) => `Voorgesteld ${spread}: een kans op oplevering is een schatting.`,
      },
    },
    alternatives: {
      toggle: 'Open laten',
      toggleTitle: 'Reken met beide bronnen: elke trekking kiest er één, naar het gewicht dat u geeft.',
      weight: 'Gewicht per keuze',
      weightOf: (label, option) => `${label}, gewicht van ${option}`,
      readOnly: (weights) => `Open gelaten: ${weights}`,
    },
    section: {
      heading: 'Onzekerheid',
      explanation: 'De banden tonen de spreiding die volgt uit de ingevoerde bandbreedtes en open keuzes, geen voorspelfout.',
      none: 'Nog geen bandbreedtes: zet bij een aanname ‘Bandbreedte’ of ‘Open laten’ aan.',
      some: (ranges, open) => `${ranges === 1 ? '1 bandbreedte' : `${ranges} bandbreedtes`}, ${open === 1 ? '1 open keuze' : `${open} open keuzes`}.`,
      seed: 'Startgetal',
      draws: 'Trekkingen',
    },
  },
  {
    range: {
      toggle: 'Range',
      toggleTitle: 'Give this assumption a low and a high bound; the value itself is the likely value.',
      low: 'low',
      high: 'high',
      lowOf: (label) => `${label}, low`,
      highOf: (label) => `${label}, high`,
      likely: (value) => `likely ${value}`,
      needsValue: 'Enter a value first; the range lies around that value.',
      needsValueShort: '(enter a value first)',
      readOnly: (low, high) => `Range ${low} – ${high}`,
      spread: {
        relative: (percent) => `± ${percent}`,
        factor: (low, high) => `× ${low} to ${high}`,
        points: (points) => `± ${points} percentage points`,
        plain: (n) => `± ${n}`,
      },
      basis: {
        paceTwoYears: (spread) => `Suggested ${spread}: the building pace is measured over only two years.`,
        estimatedFigure: (spread) => `Suggested ${spread}: 004 gives this figure as ‘estimated’.`,
        newBuildShare: (spread) => `Suggested ${spread}: no source says what share of new build this will be.`,
        completionProbability: (spread) => `Suggested ${spread}: a completion probability is an estimate.`,
      },
    },
    alternatives: {
      toggle: 'Leave open',
      toggleTitle: 'Calculate with both sources: each draw picks one, by the weight you give.',
      weight: 'Weight per option',
      weightOf: (label, option) => `${label}, weight of ${option}`,
      readOnly: (weights) => `Left open: ${weights}`,
    },
    section: {
      heading: 'Uncertainty',
      explanation: 'The bands show the spread that follows from the ranges and open choices entered, not a forecast error.',
      none: 'No ranges yet: switch on ‘Range’ or ‘Leave open’ at an assumption.',
      some: (ranges, open) => `${ranges === 1 ? '1 range' : `${ranges} ranges`}, ${open === 1 ? '1 open choice' : `${open} open choices`}.`,
      seed: 'Seed',
      draws: 'Draws',
    },
  },
);
