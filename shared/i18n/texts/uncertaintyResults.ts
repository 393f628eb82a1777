import { defineTexts } from '../define';

type UncertaintyResults = {
  /** The progress line while the draws run (numbers come in formatted). */
  status: {
    running: (done: string, total: string) => string;
    stop: string;
    cancelled: string;
    restart: string;
    failed: (message: string) => string;
    /** Once done: how many draws the bands are from. */
    done: (draws: string) => string;
  };
  /** On the charts. */
  chart: {
    /** Legend of the P10–P90 area (path chart) and of the whiskers (gap chart). */
    band: string;
    median: string;
    /** Gap chart: the whiskers' legend entry with the region's P10–P90 of the summed shortfall. */
    whiskers: (low: string, high: string) => string;
    /** The note that goes with every chart showing a band (appended to its source line). */
    note: (draws: string) => string;
  };
  /** In the tables: the small second line under a likely figure. */
  table: {
    range: (low: string, high: string) => string;
    /** Its tooltip. */
    title: string;
    /** The visible caption under a table that shows such lines. */
    legend: (draws: string) => string;
  };
  /** On a key-figure card: the line under the likely figure. */
  card: (low: string, high: string) => string;
  /**
   * The likely value (the scenario's own result) lies outside its own P10–P90: the tooltip of the
   * marker beside the range (a symbol, the same in both languages), and the caption's sentence naming it.
   */
  outside: {
    title: string;
    legend: (marker: string) => string;
  };
};

/** The bands of MODEL.md §5.6 on the screens: the spread of the ranges entered, not a forecast error. */
export const uncertaintyResults = defineTexts<UncertaintyResults>(
  {
    status: {
      running: (done, total) => `Bandbreedtes berekenen… ${done} van ${total} trekkingen`,
      stop: 'Stoppen',
      cancelled: 'Bandbreedtes niet berekend (gestopt).',
      restart: 'Alsnog berekenen',
      failed: (message) => `Bandbreedtes konden niet worden berekend: ${message}`,
      done: (draws) => `Bandbreedtes uit ${draws} trekkingen`,
    },
    chart: {
      band: 'P10–P90 (bandbreedtes)',
      median: 'P50 (mediaan)',
      whiskers: (low, high) => `P10–P90 (regio: ${low}–${high})`,
      note: (draws) => `Band: P10–P90 van de ingevoerde bandbreedtes (${draws} trekkingen), geen voorspelfout.`,
    },
    table: {
      range: (low, high) => `${low}–${high}`,
      title: 'P10–P90 van de ingevoerde bandbreedtes, geen voorspelfout',
      legend: (draws) => `Kleine regel onder een cijfer: P10–P90, de spreiding van de ingevoerde bandbreedtes (${draws} trekkingen), geen voorspelfout.`,
    },
    card: (low, high) => `P10–P90: ${low}–${high}`,
    outside: {
      title: 'Waarschijnlijke waarde buiten P10–P90: de waarde van een aanname ligt aan de rand van haar bandbreedte, of een open keuze weegt de andere optie mee',
      legend: (marker) => `${marker} Waarschijnlijke waarde buiten P10–P90: de waarde van een aanname ligt aan de rand van haar bandbreedte, of een open keuze weegt de andere optie mee.`,
    },
  },
  {
    status: {
      running: (done, total) => `Calculating ranges… ${done} of ${total} draws`,
      stop: 'Stop',
      cancelled: 'Ranges not calculated (stopped).',
      restart: 'Calculate anyway',
      failed: (message) => `The ranges could not be calculated: ${message}`,
      done: (draws) => `Ranges from ${draws} draws`,
    },
    chart: {
      band: 'P10–P90 (ranges)',
      median: 'P50 (median)',
      whiskers: (low, high) => `P10–P90 (region: ${low}–${high})`,
      note: (draws) => `Band: P10–P90 of the ranges entered (${draws} draws), not a forecast error.`,
    },
    table: {
      range: (low, high) => `${low}–${high}`,
      title: 'P10–P90 of the ranges entered, not a forecast error',
      legend: (draws) => `Small line under a figure: P10–P90, the spread of the ranges entered (${draws} draws), not a forecast error.`,
    },
    card: (low, high) => `P10–P90: ${low}–${high}`,
    outside: {
      title: "Likely value outside P10–P90: an assumption's value lies at the edge of its range, or an open choice weighs in the other option",
      legend: (marker) => `${marker} Likely value outside P10–P90: an assumption's value lies at the edge of its range, or an open choice weighs in the other option.`,
    },
  },
);
