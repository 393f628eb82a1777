import nl from 'plotly.js-locales/nl.js';

/**
 * plotly.js-locales 3.7.0 predates Plotly 4: the texts Plotly 4 shows for this app's mode bar and
 * image download are missing there ("Reset axes", the download messages) or misspelt
 * ("Dowload"), so they are given here.
 */
const PLOTLY_4_TEXTS: Record<string, string> = {
  'Download plot as a PNG': 'Grafiek downloaden als PNG',
  'Reset axes': 'Assen herstellen',
  'Preparing image - this may take a few seconds': 'Afbeelding wordt gemaakt…',
  'Image download succeeded': 'Afbeelding gedownload',
  'Sorry, there was a problem downloading your image!': 'De afbeelding kon niet worden gedownload.',
  'Double-click to zoom back out': 'Dubbelklik om uit te zoomen',
};

/** Plotly's Dutch: its texts, and its number and date formats (decimal comma, thousands dot). */
export const PLOTLY_NL = { ...nl, dictionary: { ...nl.dictionary, ...PLOTLY_4_TEXTS } };
