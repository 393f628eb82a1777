import { defineTexts } from '../define';
import { EN, NL, type Formats } from '../format';

type HelpScreen = {
  lead: string;
  search: string;
  searchHint: string;
  clear: string;
  /** How much the search left, read out to a screen reader as it changes. */
  found: (terms: number, chapters: number, query: string) => string;
  nothingFound: (query: string) => string;
  glossary: string;
  method: string;
  /** The five source documents, each with what it is. */
  documents: string;
  documentsLead: string;
  contents: string;
  /** Before a term's source documents. */
  source: string;
  /** A term's link to the method chapter that tells more. */
  more: (chapter: string) => string;
  /** An assumption's link to its method chapter, beside its explanation. */
  methodLink: (chapter: string) => string;
  /** The link title: where the link goes. */
  methodLinkTitle: string;
  /** A route argument that names no chapter or term. */
  unknownTopic: (topic: string) => string;
};

const found = (f: Formats, term: [string, string], chapter: [string, string], forQuery: (q: string) => string) => (terms: number, chapters: number, query: string) =>
  `${f.n(terms)} ${terms === 1 ? term[0] : term[1]} en ${f.n(chapters)} ${chapters === 1 ? chapter[0] : chapter[1]}${query.trim() === '' ? '' : ` ${forQuery(query.trim())}`}`;

export const helpScreen = defineTexts<HelpScreen>(
  {
    lead: 'Wat de begrippen betekenen en hoe de Woonzorgverkenner rekent, met de brondocumenten waar de cijfers vandaan komen.',
    search: 'Zoeken in begrippen en rekenmethode',
    searchHint: 'Bijvoorbeeld: nultreden, tekort, Keerpunt',
    clear: 'Wissen',
    found: found(NL, ['begrip', 'begrippen'], ['hoofdstuk', 'hoofdstukken'], (q) => `met “${q}”`),
    nothingFound: (query) => `Niets gevonden met “${query.trim()}”. Probeer een ander woord of wis de zoekterm.`,
    glossary: 'Begrippen',
    method: 'Rekenmethode',
    documents: 'Brondocumenten',
    documentsLead: 'Elk cijfer noemt het document waar het uit komt met een nummer; dit zijn ze.',
    contents: 'Hoofdstukken van de rekenmethode',
    source: 'Bron',
    more: (chapter) => `Meer in de rekenmethode: ${chapter}`,
    methodLink: (chapter) => `Rekenmethode: ${chapter}`,
    methodLinkTitle: 'Open dit hoofdstuk van de rekenmethode in Uitleg',
    unknownTopic: (topic) => `Het onderwerp “${topic}” bestaat niet (meer); hieronder staan alle begrippen en hoofdstukken.`,
  },
  {
    lead: 'What the terms mean and how the Woonzorgverkenner calculates, with the source documents the figures come from.',
    search: 'Search the glossary and the method',
    searchHint: 'For example: zero-step, shortfall, Keerpunt',
    clear: 'Clear',
    found: (terms, chapters, query) =>
      `${EN.n(terms)} ${terms === 1 ? 'term' : 'terms'} and ${EN.n(chapters)} ${chapters === 1 ? 'chapter' : 'chapters'}${query.trim() === '' ? '' : ` with “${query.trim()}”`}`,
    nothingFound: (query) => `Nothing found for “${query.trim()}”. Try another word or clear the search.`,
    glossary: 'Glossary',
    method: 'Calculation method',
    documents: 'Source documents',
    documentsLead: 'Every figure names the document it comes from by a number; these are they.',
    contents: 'Chapters of the calculation method',
    source: 'Source',
    more: (chapter) => `More in the calculation method: ${chapter}`,
    methodLink: (chapter) => `Method: ${chapter}`,
    methodLinkTitle: 'Open this chapter of the calculation method in Help',
    unknownTopic: (topic) => `The topic “${topic}” does not exist (any more); all terms and chapters are below.`,
  },
);
