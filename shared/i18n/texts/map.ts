import { defineTexts } from '../define';

type MapTexts = {
  /** The figure selector above the map. */
  figure: string;
  /** The map figures a screen offers by default (shared/charts/map/figures.ts); `label` in the selector, `title` above the map, `unit` over the legend. */
  figures: {
    programmeShortfall: { label: string; title: string; unit: string };
    aandachtsgroepenTask: { label: string; title: string; unit: string };
    elderlyShortfall: { label: string; title: string; unit: string };
  };
  /** A member gemeente without a figure: hatched on the map, named so in the legend and the labels. */
  noValue: string;
  /** The grey neighbours in the legend. */
  neighbour: string;
  /** A legend class: "500 – 1.000" (numbers come in formatted). */
  range: (from: string, to: string) => string;
  /** The map's accessible name: its title and every member's value. */
  ariaLabel: (title: string, values: readonly string[]) => string;
  /** One member's value in the accessible name. */
  ariaValue: (name: string, value: string) => string;
  /** Where the dataset has no boundaries. */
  noBoundaries: string;
  /** Gemeenten with a figure but no boundary in the data (e.g. added by an import), with their figures. */
  notOnMap: (entries: readonly string[]) => string;
};

/** The choropleth map of the region's gemeenten (shared/charts/map/). */
export const map = defineTexts<MapTexts>(
  {
    figure: 'Kaart van',
    figures: {
      programmeShortfall: { label: 'Tekort bouwprogramma 2030', title: 'Tekort bouwprogramma 2030 per gemeente', unit: 'Woningen tekort in 2030' },
      aandachtsgroepenTask: { label: 'Taakstelling aandachtsgroepen per jaar', title: 'Taakstelling aandachtsgroepen per gemeente', unit: 'Woningen per jaar' },
      elderlyShortfall: { label: 'Tekort ouderenhuisvesting 2030 (totaal)', title: 'Tekort ouderenhuisvesting 2030 per gemeente (som van de typen)', unit: 'Woningen tekort in 2030' },
    },
    noValue: 'geen gegeven',
    neighbour: 'buurgemeente (geen deel van de regio)',
    range: (from, to) => `${from} – ${to}`,
    ariaLabel: (title, values) => `Kaart: ${title}. ${values.join('; ')}.`,
    ariaValue: (name, value) => `${name}: ${value}`,
    noBoundaries: 'Geen gemeentegrenzen in de gegevens: de kaart kan niet worden getekend.',
    notOnMap: (entries) => `Niet op de kaart (geen grens in de gegevens): ${entries.join('; ')}.`,
  },
  {
    figure: 'Map of',
    figures: {
      programmeShortfall: { label: 'Build programme shortfall 2030', title: 'Build programme shortfall 2030 by municipality', unit: 'Homes short in 2030' },
      aandachtsgroepenTask: { label: 'Vulnerable-groups task per year', title: 'Vulnerable-groups task by municipality', unit: 'Homes per year' },
      elderlyShortfall: { label: 'Elderly housing shortfall 2030 (total)', title: 'Elderly housing shortfall 2030 by municipality (sum of the types)', unit: 'Homes short in 2030' },
    },
    noValue: 'no data',
    neighbour: 'neighbouring municipality (not in the region)',
    range: (from, to) => `${from} – ${to}`,
    ariaLabel: (title, values) => `Map: ${title}. ${values.join('; ')}.`,
    ariaValue: (name, value) => `${name}: ${value}`,
    noBoundaries: 'No municipal boundaries in the data: the map cannot be drawn.',
    notOnMap: (entries) => `Not on the map (no boundary in the data): ${entries.join('; ')}.`,
  },
);
