import { glossaryEntries, methodChapters } from '../../help/help';
import { texts } from '../../i18n/catalogue';
import { SOURCE_DOCUMENTS, type SourceDocumentId } from '../../i18n/texts/sources';
import { memoOnly, paragraphs, table, type Block, type SectionEntry, type SectionInput, type Slide } from '../section';
import type { ReportTable } from '../table';
import { assumptionChanges } from './assumptions';
import { rangesInBrief } from './comparison';
import { formatLongDate, formatNumber } from '../../format/nl';

const DOCUMENT_IDS = Object.keys(SOURCE_DOCUMENTS) as SourceDocumentId[];

/** Appendix: the glossary of shared/help (its words in the catalogue's `glossary` area), with each term's source documents. */
export const glossaryAppendix: SectionEntry = {
  id: 'glossary',
  build: ({ locale, words }) => {
    const w = words.colophon;
    const items = glossaryEntries(locale).map((e) => ({ title: e.term, text: e.sources.length > 0 ? `${e.definition} (${w.termSources(e.sources.join(', '))})` : e.definition }));
    return memoOnly('glossary', w.glossaryTitle, [paragraphs(w.glossaryIntro), { kind: 'notes', items }]);
  },
};

/** Appendix: the calculation method of shared/help (the catalogue's `method` area), a sub-heading per chapter. */
export const methodAppendix: SectionEntry = {
  id: 'method',
  build: ({ locale, words }) => {
    const w = words.colophon;
    const chapters = methodChapters(locale).map((c): Block => ({ kind: 'group', title: c.title, blocks: [paragraphs(...c.paragraphs)] }));
    return memoOnly('method', w.methodTitle, [paragraphs(w.methodIntro), ...chapters]);
  },
};

/**
 * The colophon: what the source lines' ids (000–004) stand for, with each document's title,
 * organisation and date; the figures the analyst entered or imported (an import names its file
 * and date in its place); the scenarios with what they set away from the defaults, in words.
 * The deck closes with the same sources in short (sourceSlides); the workbook has its own source lines.
 */
export const colophon: SectionEntry = {
  id: 'colophon',
  build: (input) => {
    const w = input.words.colophon;
    return {
      ...memoOnly('colophon', w.title, [
        paragraphs(w.intro),
        table(documentsTable(input)),
        { kind: 'group', title: w.analystTitle, blocks: analystBlocks(input) },
        { kind: 'group', title: w.scenariosTitle, blocks: [{ kind: 'facts', items: input.scenarios.map((s) => scenarioLine(s, input)) }] },
        paragraphs(w.made),
      ]),
      slides: sourceSlides(input),
    };
  },
};

type SourceDocument = { id: SourceDocumentId; title: string; organisation: string; date: string };

/** The five source documents with title, organisation and date, in the report's language. */
function sourceDocuments(locale: SectionInput['locale']): SourceDocument[] {
  const s = texts(locale).sources;
  return DOCUMENT_IDS.map((id) => ({ id, title: SOURCE_DOCUMENTS[id], organisation: s.organisation[id], date: s.date[id] }));
}

export function documentsTable({ locale, words }: SectionInput): ReportTable {
  const w = words.colophon;
  return {
    id: 'sources',
    title: w.table,
    sheet: w.sheet,
    columns: [
      { header: w.id, kind: 'text' },
      { header: w.document, kind: 'text' },
      { header: w.organisation, kind: 'text' },
      { header: w.date, kind: 'text' },
    ],
    rows: sourceDocuments(locale).map((d) => [d.id, d.title, d.organisation, d.date]),
    totalRow: false,
    source: w.source,
  };
}

/** One hand edit of a source figure: which figure, where it comes from, the document's value and the value used, when and why. */
type Edit = { name: string; source: string; from: string; to: string; date: string; note: string };
/** The analyst's figures in the dataset, counted per place ("Import realisatie-2024.csv (2026-11-30)"), and the hand edits. */
type AnalystFigures = { places: [place: string, count: number][]; total: number; edits: Edit[] };

function analystFigures({ dataset, locale, edits = [] }: SectionInput): AnalystFigures {
  const byPlace = new Map<string, number>();
  for (const f of dataset.figures) if (f.source.document === 'analist') byPlace.set(f.source.place, (byPlace.get(f.source.place) ?? 0) + 1);
  const series = new Map(dataset.series.map((s) => [s.id, locale === 'nl-NL' ? s.label : s.labelEn]));
  const gemeenten = new Map(dataset.gemeenten.map((g) => [g.code, g.name]));
  const value = (v: number | null) => (v === null ? '–' : formatNumber(v, 2, locale));
  return {
    places: [...byPlace].sort(([a], [b]) => a.localeCompare(b)),
    total: [...byPlace.values()].reduce((a, b) => a + b, 0),
    edits: edits.map(({ figure: f, seedValue, edit }) => {
      const period = f.peildatum ?? (f.periodFrom === f.periodTo ? String(f.periodFrom) : `${f.periodFrom}–${f.periodTo}`);
      const name = [series.get(f.series) ?? f.series, f.gemeente === null ? texts(locale).tables.region : (gemeenten.get(f.gemeente) ?? f.gemeente), period].join(' · ');
      return { name, source: `${f.source.document} · ${f.source.place}`, from: value(seedValue), to: value(edit?.value ?? f.value), date: formatLongDate(edit?.editedAt ?? '', locale), note: edit?.note ?? '' };
    }),
  };
}

/**
 * The analyst's figures in the dataset, counted per place, and each source figure they changed
 * by hand: the figure, the document's value, the value used, when and why. Without either, the
 * memo says every figure is the documents'.
 */
function analystBlocks(input: SectionInput): Block[] {
  const w = input.words.colophon;
  const { places, total, edits } = analystFigures(input);
  if (total === 0 && edits.length === 0) return [paragraphs(w.analystNone)];
  const entered: Block[] = total === 0 ? [] : [paragraphs(w.analystIntro(total)), { kind: 'facts', items: places.map(([place, n]) => w.analystItem(place, n)) }];
  const changed: Block[] =
    edits.length === 0 ? [] : [paragraphs(w.editsIntro(edits.length)), { kind: 'facts', items: edits.map((e) => w.editItem(e.name, e.source, e.from, e.to, e.date, e.note)) }];
  return [...entered, ...changed];
}

/** The deck names at most this many hand edits; the memo's colophon has them all. */
const DECK_EDITS = 5;

/**
 * The deck's closing slide: the five documents (title, organisation, date) and, in short, what
 * the analyst imported and changed by hand. One list of titled items, so the deck continues it
 * on a second slide where it does not fit one at a readable size.
 */
function sourceSlides(input: SectionInput): Slide[] {
  const w = input.words.colophon;
  const { places, total, edits } = analystFigures(input);
  const documents = sourceDocuments(input.locale).map((d) => ({ title: `${d.id} · ${d.title}`, text: `${d.organisation} · ${d.date}` }));
  const analyst: { title: string; text: string }[] = [];
  if (total === 0 && edits.length === 0) analyst.push({ title: w.analystTitle, text: w.deckAnalystNone });
  if (total > 0) analyst.push({ title: w.analystTitle, text: `${w.analystIntro(total)} ${places.map(([place, n]) => w.analystItem(place, n)).join('; ')}` });
  if (edits.length > 0) {
    const shown = edits.slice(0, DECK_EDITS).map((e) => w.deckEdit(e.name, e.from, e.to, e.date));
    analyst.push({ title: w.deckEditsTitle(edits.length), text: `${shown.join('; ')}${edits.length > DECK_EDITS ? w.deckEditsMore(edits.length - DECK_EDITS) : ''}` });
  }
  return [{ title: w.deckTitle, blocks: [{ kind: 'notes', items: [...documents, ...analyst] }] }];
}

/** What the scenario sets away from the defaults, with its ranges and open choices in the comparison's words (a scenario with only ranges is no all-default one). */
function scenarioLine(s: SectionInput['scenarios'][number], input: SectionInput): string {
  const w = input.words.colophon;
  const changes = assumptionChanges(s, input).map((c) => w.change(c.label, c.value, c.standard));
  const ranges = rangesInBrief(s, input.locale);
  const parts = ranges ? [...changes, ranges] : changes;
  return parts.length === 0 ? w.scenarioDefault(s.name) : w.scenarioChanges(s.name, parts.join('; '));
}
