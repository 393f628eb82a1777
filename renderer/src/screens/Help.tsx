import { useEffect, useId, useMemo, useState } from 'react';
import type { Locale } from '../../../shared/format/nl';
import { glossaryEntry, helpAnchor, methodChapters, parseHelpAnchor, searchHelp, type GlossaryEntry, type HelpTarget, type MethodChapter, type MethodChapterId } from '../../../shared/help/help';
import { texts } from '../../../shared/i18n/catalogue';
import { SOURCE_DOCUMENTS, type SourceDocumentId } from '../../../shared/i18n/texts/sources';
import { helpHref } from '../components/HelpLink';
import { useLocale } from '../state/AppState';

/** The element id of a chapter or term on the Help screen. */
export const helpElementId = (target: HelpTarget): string => `help-${helpAnchor(target)}`;

/** Uitleg / Help (issue 13): the glossary and the calculation method, searchable, each term and chapter with an anchor. */
export function Help({ topic }: { topic: string | null }) {
  return <HelpView locale={useLocale()} topic={topic} />;
}

/**
 * The screen without the app's state, so a test can render it alone. `topic` is the route's
 * argument ("methode-bouwprogramma", "begrip-nultreden"): the screen scrolls to it, gives it the
 * focus and marks it; a new topic clears the search, so the target is never filtered away.
 */
export function HelpView({ locale, topic }: { locale: Locale; topic: string | null }) {
  const t = texts(locale);
  const words = t.helpScreen;
  const target = parseHelpAnchor(topic);
  const anchor = target ? helpAnchor(target) : null;
  // The query belongs to the topic it was typed under: following a link starts from the whole list.
  const [search, setSearch] = useState({ topic, query: '' });
  const query = search.topic === topic ? search.query : '';
  const found = useMemo(() => searchHelp(locale, query), [locale, query]);
  const chapterTitles = useMemo(() => new Map(methodChapters(locale).map((c) => [c.id, c.title])), [locale]);
  const searchId = useId();

  // Only when the route's topic changes, not on every keystroke in the search.
  useEffect(() => {
    if (anchor === null) return;
    const element = document.getElementById(`help-${anchor}`);
    if (element === null) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [anchor]);

  const nothing = found.terms.length === 0 && found.chapters.length === 0;
  return (
    <div className="screen help-screen" data-testid="screen-uitleg">
      <h2>{t.screens.uitleg}</h2>
      <p className="lead">{words.lead}</p>
      {topic !== null && target === null && (
        <p className="note" data-testid="help-unknown-topic">
          {words.unknownTopic(topic)}
        </p>
      )}
      <div role="search" className="help-search">
        <label htmlFor={searchId}>{words.search}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={words.searchHint}
          onChange={(e) => setSearch({ topic, query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault();
              setSearch({ topic, query: '' });
            }
          }}
          data-testid="help-search"
        />
        {query !== '' && (
          <button type="button" className="small" onClick={() => setSearch({ topic, query: '' })} data-testid="help-clear">
            {words.clear}
          </button>
        )}
      </div>
      <p role="status" className="help-count" data-testid="help-count">
        {nothing ? words.nothingFound(query) : words.found(found.terms.length, found.chapters.length, query)}
      </p>
      <div className="help-columns">
        {found.chapters.length > 0 && (
          <nav aria-label={words.contents} className="help-contents">
            <ol>
              {found.chapters.map((c) => (
                <li key={c.id}>
                  <a href={helpHref({ kind: 'chapter', id: c.id })}>{c.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className="help-body">
          {found.terms.length > 0 && (
            <section aria-labelledby="help-glossary-heading" data-testid="help-glossary">
              <h3 id="help-glossary-heading">{words.glossary}</h3>
              <dl className="help-glossary">
                {found.terms.map((term) => (
                  <Term key={term.id} term={term} locale={locale} targeted={anchor === helpAnchor({ kind: 'term', id: term.id })} chapterTitle={term.chapter === null ? null : (chapterTitles.get(term.chapter) ?? null)} />
                ))}
              </dl>
            </section>
          )}
          {found.chapters.length > 0 && (
            <section aria-labelledby="help-method-heading" data-testid="help-method">
              <h3 id="help-method-heading">{words.method}</h3>
              {found.chapters.map((chapter) => (
                <Chapter key={chapter.id} chapter={chapter} targeted={anchor === helpAnchor({ kind: 'chapter', id: chapter.id })} />
              ))}
            </section>
          )}
          {query === '' && <Documents locale={locale} />}
        </div>
      </div>
    </div>
  );
}

function Term({ term, locale, targeted, chapterTitle }: { term: GlossaryEntry; locale: Locale; targeted: boolean; chapterTitle: string | null }) {
  const words = texts(locale).helpScreen;
  // In English the Dutch word beside it: the one the source documents and the Dutch screens use.
  const dutch = locale === 'nl-NL' ? null : glossaryEntry('nl-NL', term.id).term;
  const target: HelpTarget = { kind: 'term', id: term.id };
  return (
    <div id={helpElementId(target)} tabIndex={-1} className={targeted ? 'help-term help-target' : 'help-term'} data-targeted={targeted || undefined} data-term={term.id}>
      <dt>
        {term.term}
        {dutch !== null && dutch !== term.term && (
          <>
            {' '}
            <span className="help-original" lang="nl">
              {dutch}
            </span>
          </>
        )}
      </dt>
      <dd>
        <p>{term.definition}</p>
        {(term.sources.length > 0 || term.chapter !== null) && (
          <p className="help-refs">
            {term.sources.length > 0 && (
              <span className="help-sources">
                {words.source}:{' '}
                {term.sources.map((id, i) => (
                  <span key={id}>
                    {i > 0 && '; '}
                    {id} · <cite lang="nl">{SOURCE_DOCUMENTS[id]}</cite>
                  </span>
                ))}
              </span>
            )}
            {term.chapter !== null && chapterTitle !== null && <ChapterLink id={term.chapter} text={words.more(chapterTitle)} />}
          </p>
        )}
      </dd>
    </div>
  );
}

function ChapterLink({ id, text }: { id: MethodChapterId; text: string }) {
  return (
    <a className="help-more" href={helpHref({ kind: 'chapter', id })}>
      {text}
    </a>
  );
}

function Chapter({ chapter, targeted }: { chapter: MethodChapter; targeted: boolean }) {
  const target: HelpTarget = { kind: 'chapter', id: chapter.id };
  const id = helpElementId(target);
  return (
    <article id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className={targeted ? 'help-chapter help-target' : 'help-chapter'} data-targeted={targeted || undefined} data-chapter={chapter.id}>
      <h4 id={`${id}-title`}>{chapter.title}</h4>
      {chapter.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </article>
  );
}

/** What "004" means: the five documents with their Dutch titles (lang="nl") and what each one is. */
function Documents({ locale }: { locale: Locale }) {
  const t = texts(locale);
  return (
    <section aria-labelledby="help-documents-heading" data-testid="help-documents">
      <h3 id="help-documents-heading">{t.helpScreen.documents}</h3>
      <p>{t.helpScreen.documentsLead}</p>
      <dl className="help-glossary">
        {(Object.keys(SOURCE_DOCUMENTS) as SourceDocumentId[]).map((id) => (
          <div key={id} className="help-term" data-document={id}>
            <dt>
              {id} · <cite lang="nl">{SOURCE_DOCUMENTS[id]}</cite>
            </dt>
            <dd>
              <p>{t.sources.about[id]}</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
