import type { HousingType } from '../scenario/schema';

/**
 * Colour-blind safe colours (Paul Tol's "muted" scheme for gemeenten, Okabe–Ito for the
 * housing types and series). A gemeente keeps its colour on every chart: it is chosen by its
 * position in the dataset's gemeente list, so adding a gemeente never recolours the others.
 */
const GEMEENTE_COLOURS = ['#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499'] as const;

export function gemeenteColour(index: number): string {
  return GEMEENTE_COLOURS[((index % GEMEENTE_COLOURS.length) + GEMEENTE_COLOURS.length) % GEMEENTE_COLOURS.length] ?? '#777777';
}

export const HOUSING_TYPE_COLOURS: Record<HousingType, string> = {
  nultreden: '#0072B2',
  geclusterd: '#E69F00',
  zorggeschikt: '#CC79A7',
};

export const SERIES_COLOURS = {
  target: '#555555',
  realised: '#0072B2',
  projected: '#D55E00',
  need: '#555555',
  supply: '#009E73',
  /** Behind schedule and ahead of it: the result table's red and green (renderer styles.css --bad, --good). */
  shortfall: '#B3261E',
  ahead: '#1E7A46',
} as const;

/**
 * Shortfall and ahead of schedule must not be told apart by red and green alone (a colour-blind
 * reader sees two dark olives): the ahead bars are hatched, and the legend names both. Both
 * colours pass 4,5:1 against white, so a number in the bar's colour is readable text.
 */
export const AHEAD_PATTERN = { shape: '/', fillmode: 'overlay', fgcolor: '#ffffff', size: 8, solidity: 0.3 } as const;

/** Scenario colours for comparisons (up to four), distinct from the gemeente colours' use. */
export const SCENARIO_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;
