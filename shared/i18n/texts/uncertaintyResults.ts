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
    },
  },
);
