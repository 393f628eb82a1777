import type { ReactNode } from 'react';
import type { Locale } from '../../../shared/format/nl';
import { chapterOfMethodReference, helpAnchor, type GlossaryTermId, type HelpTarget, type MethodChapterId } from '../../../shared/help/help';
import { texts } from '../../../shared/i18n/catalogue';
import { hrefOf } from '../app/route';

/** The link that opens Uitleg/Help at a chapter or term (#/uitleg/methode-bouwprogramma). */
export function helpHref(target: HelpTarget): string {
  return hrefOf({ screen: 'uitleg', topic: helpAnchor(target) });
}

/** A link to a chapter of the calculation method: "Rekenmethode: Bouwprogramma". */
export function MethodChapterLink({ chapter, locale }: { chapter: MethodChapterId; locale: Locale }) {
  const t = texts(locale);
  return (
    <a className="method method-link" href={helpHref({ kind: 'chapter', id: chapter })} title={t.helpScreen.methodLinkTitle} data-help-chapter={chapter}>
      {t.helpScreen.methodLink(t.method.chapters[chapter].title)}
    </a>
  );
}

/**
 * An assumption's method reference (shared/scenario/schema.ts writes it as a section of MODEL.md,
 * "§5.1", a document the user does not have) as a link to the Help chapter that explains it.
 * Nothing for a reference no chapter covers.
 */
export function MethodLink({ reference, locale }: { reference: string; locale: Locale }) {
  const chapter = chapterOfMethodReference(reference);
  return chapter === null ? null : <MethodChapterLink chapter={chapter} locale={locale} />;
}

/** A glossary term as a link to its explanation on the Help screen; `children` is the text shown (the term by default). */
export function TermLink({ term, locale, children }: { term: GlossaryTermId; locale: Locale; children?: ReactNode }) {
  const words = texts(locale).glossary.terms[term];
  return (
    <a className="term-link" href={helpHref({ kind: 'term', id: term })} title={words.definition} data-help-term={term}>
      {children ?? words.term}
    </a>
  );
}
