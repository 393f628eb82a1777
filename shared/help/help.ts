import type { Locale } from '../format/nl';
import { texts, type Catalogue } from '../i18n/catalogue';
import type { SourceDocumentId } from '../i18n/texts/sources';

/** A term of the glossary (shared/i18n/texts/glossary.ts). */
export type GlossaryTermId = keyof Catalogue['glossary']['terms'];
/** A chapter of the calculation method (shared/i18n/texts/method.ts). */
export type MethodChapterId = keyof Catalogue['method']['chapters'];

/** The method's chapters in reading order. */
export const METHOD_CHAPTER_IDS = [
  'gegevens',
  'gemeenten',
  'jaren',
  'bouwprogramma',
  'betaalbaar',
  'ouderen',
  'aandachtsgroepen',
  'normen',
  'solidariteit',
  'pijplijn',
  'onzekerheid',
  'scenarios',
  'voorbeeld',
  'nieuweGegevens',
  'controles',
  'uitleg',
  'openPunten',
] as const satisfies readonly MethodChapterId[];

type TermFacts = { readonly sources: readonly SourceDocumentId[]; readonly chapter: MethodChapterId | null };

/**
 * What the glossary says beside each term's words: the source documents it comes from (ids of
 * SOURCE_DOCUMENTS; none for the app's own words) and the method chapter that tells more. Every
 * term of the catalogue must be here: the compiler asks for it.
 */
const TERM_FACTS: { readonly [K in GlossaryTermId]: TermFacts } = {
  gemeente: { sources: ['000'], chapter: 'gemeenten' },
  regio: { sources: ['004'], chapter: 'gemeenten' },
  woondeal: { sources: ['004'], chapter: 'bouwprogramma' },
  bouwprogramma: { sources: ['004'], chapter: 'bouwprogramma' },
  laagEnMidden: { sources: ['004'], chapter: 'betaalbaar' },
  realisatie: { sources: ['004'], chapter: 'jaren' },
  smApp: { sources: ['004'], chapter: 'betaalbaar' },
  basisjaar: { sources: ['004'], chapter: 'jaren' },
  peildatum: { sources: [], chapter: 'gegevens' },
  horizon: { sources: [], chapter: 'jaren' },
  huidigTempo: { sources: ['004'], chapter: 'bouwprogramma' },
  scenarioTempo: { sources: [], chapter: 'bouwprogramma' },
  prognose: { sources: [], chapter: 'bouwprogramma' },
  benodigdTempo: { sources: ['004'], chapter: 'bouwprogramma' },
  tempofactor: { sources: [], chapter: 'bouwprogramma' },
  tempoInstelling: { sources: [], chapter: 'bouwprogramma' },
  streefpad: { sources: ['004'], chapter: 'bouwprogramma' },
  tekort: { sources: [], chapter: 'bouwprogramma' },
  voorOpSchema: { sources: [], chapter: 'bouwprogramma' },
  nettoSaldo: { sources: [], chapter: 'bouwprogramma' },
  inhaaljaar: { sources: [], chapter: 'bouwprogramma' },
  nultreden: { sources: ['004'], chapter: 'ouderen' },
  geclusterd: { sources: ['004'], chapter: 'ouderen' },
  zorggeschikt: { sources: ['004'], chapter: 'ouderen' },
  behoefteOuderen: { sources: ['004'], chapter: 'ouderen' },
  benodigdAandeel: { sources: [], chapter: 'ouderen' },
  bestaandeVoorraad: { sources: [], chapter: 'ouderen' },
  aandachtsgroepen: { sources: ['004'], chapter: 'aandachtsgroepen' },
  uitstroom: { sources: ['004', '001'], chapter: 'aandachtsgroepen' },
  beschermdWonen: { sources: ['000', '002', '003'], chapter: 'solidariteit' },
  maatschappelijkeOpvang: { sources: ['000', '003'], chapter: 'solidariteit' },
  respijt: { sources: ['000', '002'], chapter: 'solidariteit' },
  keerpunt: { sources: ['000', '001', '002'], chapter: 'solidariteit' },
  inBetweenPlaces: { sources: ['000', '001', '002'], chapter: 'solidariteit' },
  statushouders: { sources: ['004'], chapter: 'aandachtsgroepen' },
  verdeelsleutel: { sources: ['000', '003'], chapter: 'aandachtsgroepen' },
  eerlijkAandeel: { sources: ['000'], chapter: 'solidariteit' },
  solidariteit: { sources: ['000'], chapter: 'solidariteit' },
  plaatsing: { sources: ['002'], chapter: 'solidariteit' },
  project: { sources: [], chapter: 'pijplijn' },
  kansOpRealisatie: { sources: [], chapter: 'pijplijn' },
  scenario: { sources: [], chapter: 'scenarios' },
  aanname: { sources: [], chapter: 'scenarios' },
  bandbreedte: { sources: [], chapter: 'onzekerheid' },
  p10p90: { sources: [], chapter: 'onzekerheid' },
  gevoeligheid: { sources: [], chapter: 'onzekerheid' },
  watIsErNodig: { sources: [], chapter: 'onzekerheid' },
  bevinding: { sources: ['004', '000'], chapter: 'controles' },
  brondocument: { sources: ['000', '001', '002', '003', '004'], chapter: 'gegevens' },
  stuurgroep: { sources: ['004'], chapter: null },
};

export type GlossaryEntry = {
  readonly id: GlossaryTermId;
  readonly term: string;
  readonly definition: string;
  /** Source documents, in the order given (SOURCE_DOCUMENTS ids). */
  readonly sources: readonly SourceDocumentId[];
  /** The method chapter that tells more, if any. */
  readonly chapter: MethodChapterId | null;
};

export type MethodChapter = {
  readonly id: MethodChapterId;
  readonly title: string;
  readonly paragraphs: readonly string[];
};

/** Every glossary term in one language, sorted by the term as that language writes it. */
export function glossaryEntries(locale: Locale): readonly GlossaryEntry[] {
  const words = texts(locale).glossary.terms;
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (Object.keys(TERM_FACTS) as GlossaryTermId[])
    .map((id) => ({ id, ...words[id], ...TERM_FACTS[id] }))
    .sort((a, b) => collator.compare(a.term, b.term));
}

/** One glossary term in one language. */
export function glossaryEntry(locale: Locale, id: GlossaryTermId): GlossaryEntry {
  return { id, ...texts(locale).glossary.terms[id], ...TERM_FACTS[id] };
}

/** The calculation method's chapters in one language, in reading order. */
export function methodChapters(locale: Locale): readonly MethodChapter[] {
  const chapters = texts(locale).method.chapters;
  return METHOD_CHAPTER_IDS.map((id) => ({ id, ...chapters[id] }));
}

export function isGlossaryTermId(value: string): value is GlossaryTermId {
  return Object.hasOwn(TERM_FACTS, value);
}

export function isMethodChapterId(value: string): value is MethodChapterId {
  return (METHOD_CHAPTER_IDS as readonly string[]).includes(value);
}

/** Where the Help screen can point: a method chapter or a glossary term. */
export type HelpTarget = { readonly kind: 'chapter'; readonly id: MethodChapterId } | { readonly kind: 'term'; readonly id: GlossaryTermId };

const PREFIX = { chapter: 'methode-', term: 'begrip-' } as const;

/**
 * The Help screen's route argument and anchor for a target: "methode-bouwprogramma",
 * "begrip-nultreden". The same in both languages, so a link survives a change of language.
 */
export function helpAnchor(target: HelpTarget): string {
  return `${PREFIX[target.kind]}${target.id}`;
}

/** The target of a route argument or anchor; a bare chapter or term id is accepted too. Null for anything else. */
export function parseHelpAnchor(anchor: string | null): HelpTarget | null {
  if (anchor === null) return null;
  if (anchor.startsWith(PREFIX.chapter)) {
    const id = anchor.slice(PREFIX.chapter.length);
    return isMethodChapterId(id) ? { kind: 'chapter', id } : null;
  }
  if (anchor.startsWith(PREFIX.term)) {
    const id = anchor.slice(PREFIX.term.length);
    return isGlossaryTermId(id) ? { kind: 'term', id } : null;
  }
  if (isMethodChapterId(anchor)) return { kind: 'chapter', id: anchor };
  if (isGlossaryTermId(anchor)) return { kind: 'term', id: anchor };
  return null;
}

/**
 * The method chapter an assumption's `method` reference points to (shared/scenario/schema.ts
 * writes them as sections of MODEL.md: "§5.1"). Null for a reference no chapter covers.
 */
const CHAPTER_OF_MODEL_SECTION: Readonly<Record<string, MethodChapterId>> = {
  '§4': 'controles',
  '§5': 'jaren',
  '§5.1': 'bouwprogramma',
  '§5.2': 'ouderen',
  '§5.3': 'aandachtsgroepen',
  '§5.4': 'solidariteit',
  '§5.5': 'pijplijn',
  '§5.6': 'onzekerheid',
};

export function chapterOfMethodReference(reference: string): MethodChapterId | null {
  return CHAPTER_OF_MODEL_SECTION[reference.trim()] ?? null;
}

/** Lower case without accents, so "geïmporteerd" is found by "geimporteerd" and "Één" by "een". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export type HelpSearchResult = { readonly terms: readonly GlossaryEntry[]; readonly chapters: readonly MethodChapter[] };

/**
 * The terms and chapters that contain every word of the query (case- and accent-insensitive),
 * in their own order except that a term or chapter whose name matches comes before one that only
 * matches in its text. An empty query gives everything.
 */
export function searchHelp(locale: Locale, query: string): HelpSearchResult {
  const words = searchable(query).split(/\s+/).filter((w) => w !== '');
  const rank = (name: string, body: string): number | null => {
    if (words.length === 0) return 0;
    const n = searchable(name);
    const all = `${n} ${searchable(body)}`;
    if (!words.every((w) => all.includes(w))) return null;
    return words.every((w) => n.includes(w)) ? 0 : 1;
  };
  const pick = <T>(items: readonly T[], name: (item: T) => string, body: (item: T) => string): T[] =>
    items
      .map((item, index) => ({ item, index, rank: rank(name(item), body(item)) }))
      .filter((x): x is { item: T; index: number; rank: number } => x.rank !== null)
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((x) => x.item);
  return {
    terms: pick(glossaryEntries(locale), (t) => t.term, (t) => t.definition),
    chapters: pick(methodChapters(locale), (c) => c.title, (c) => c.paragraphs.join(' ')),
  };
}
