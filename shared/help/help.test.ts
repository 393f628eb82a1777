import { describe, expect, it } from 'vitest';
import type { Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { SOURCE_DOCUMENTS } from '../i18n/texts/sources';
import { ASSUMPTIONS } from '../scenario/assumptions';
import {
  chapterOfMethodReference,
  glossaryEntries,
  glossaryEntry,
  helpAnchor,
  METHOD_CHAPTER_IDS,
  methodChapters,
  parseHelpAnchor,
  searchable,
  searchHelp,
} from './help';

const LOCALES: Locale[] = ['nl-NL', 'en-GB'];

describe('glossary and method content', () => {
  it('lists every chapter of the catalogue once, in both languages, with a title and non-empty paragraphs', () => {
    expect([...METHOD_CHAPTER_IDS].sort()).toEqual(Object.keys(texts('nl-NL').method.chapters).sort());
    const nl = methodChapters('nl-NL');
    const en = methodChapters('en-GB');
    for (const [i, chapter] of nl.entries()) {
      const english = en[i];
      if (!english) throw new Error(`no English chapter ${chapter.id}`);
      expect(english.id).toBe(chapter.id);
      for (const c of [chapter, english]) {
        expect(c.title.trim(), c.id).not.toBe('');
        expect(c.paragraphs.length, c.id).toBeGreaterThan(0);
        for (const p of c.paragraphs) expect(p.trim().length, c.id).toBeGreaterThan(20);
      }
      // The English is a translation, not a copy; each language has the same number of paragraphs.
      expect(english.title).not.toBe(chapter.title);
      expect(english.paragraphs.length, chapter.id).toBe(chapter.paragraphs.length);
      expect(english.paragraphs[0]).not.toBe(chapter.paragraphs[0]);
    }
  });

  it('has every term in both languages with a definition, known source documents and an existing chapter', () => {
    const nl = glossaryEntries('nl-NL');
    const en = glossaryEntries('en-GB');
    expect(nl.length).toBeGreaterThanOrEqual(40);
    expect(en.map((t) => t.id).sort()).toEqual(nl.map((t) => t.id).sort());
    for (const term of [...nl, ...en]) {
      expect(term.term.trim(), term.id).not.toBe('');
      expect(term.definition.trim().length, term.id).toBeGreaterThan(30);
      for (const s of term.sources) expect(Object.keys(SOURCE_DOCUMENTS), term.id).toContain(s);
      if (term.chapter !== null) expect(METHOD_CHAPTER_IDS, term.id).toContain(term.chapter);
    }
    for (const term of nl) expect(glossaryEntry('en-GB', term.id).definition, term.id).not.toBe(term.definition);
  });

  it('sorts the glossary by the term as each language writes it', () => {
    for (const locale of LOCALES) {
      const terms = glossaryEntries(locale).map((t) => t.term);
      expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' })));
    }
    // Different languages, different order: "nultredenwoning" is under n in Dutch, "zero-step home" under z.
    const position = (locale: Locale) => glossaryEntries(locale).findIndex((t) => t.id === 'nultreden');
    expect(position('en-GB')).toBeGreaterThan(position('nl-NL'));
  });

  it('writes numbers the Dutch way in Dutch and the English way in English', () => {
    const nl = methodChapters('nl-NL').find((c) => c.id === 'voorbeeld');
    const en = methodChapters('en-GB').find((c) => c.id === 'voorbeeld');
    expect(nl?.paragraphs.join(' ')).toContain('1.557,5');
    expect(en?.paragraphs.join(' ')).toContain('1,557.5');
  });
});

describe('search', () => {
  it('ignores case and accents', () => {
    expect(searchable('Geïmporteerd ÉÉN')).toBe('geimporteerd een');
    const plain = searchHelp('nl-NL', 'geimporteerd');
    expect(plain.chapters.map((c) => c.id)).toContain('controles');
    expect(searchHelp('nl-NL', 'GEÏMPORTEERD').chapters).toEqual(plain.chapters);
  });

  it('narrows to the entries containing every word, with name matches first', () => {
    const all = searchHelp('nl-NL', '');
    expect(all.terms).toHaveLength(glossaryEntries('nl-NL').length);
    expect(all.chapters).toHaveLength(METHOD_CHAPTER_IDS.length);

    const keerpunt = searchHelp('nl-NL', 'keerpunt');
    expect(keerpunt.terms[0]?.id).toBe('keerpunt');
    expect(keerpunt.terms.length).toBeLessThan(all.terms.length);
    expect(keerpunt.chapters.map((c) => c.id)).toContain('solidariteit');
    expect(keerpunt.chapters.map((c) => c.id)).not.toContain('betaalbaar');

    // Two words: only what holds both.
    const both = searchHelp('nl-NL', 'keerpunt hilversum');
    expect(both.terms.map((t) => t.id)).toContain('keerpunt');
    expect(both.terms.length).toBeLessThan(keerpunt.terms.length + 1);
    expect(both.terms.every((t) => searchable(`${t.term} ${t.definition}`).includes('hilversum'))).toBe(true);

    expect(searchHelp('nl-NL', 'xyzzy')).toEqual({ terms: [], chapters: [] });
  });

  it('searches in the language asked for', () => {
    expect(searchHelp('en-GB', 'shortfall').terms.map((t) => t.id)).toContain('tekort');
    expect(searchHelp('nl-NL', 'shortfall').terms).toEqual([]);
  });
});

describe('anchors and method references', () => {
  it('round-trips every chapter and term through its anchor', () => {
    for (const id of METHOD_CHAPTER_IDS) expect(parseHelpAnchor(helpAnchor({ kind: 'chapter', id }))).toEqual({ kind: 'chapter', id });
    for (const { id } of glossaryEntries('nl-NL')) expect(parseHelpAnchor(helpAnchor({ kind: 'term', id }))).toEqual({ kind: 'term', id });
    expect(helpAnchor({ kind: 'chapter', id: 'bouwprogramma' })).toBe('methode-bouwprogramma');
    expect(parseHelpAnchor('nultreden')).toEqual({ kind: 'term', id: 'nultreden' });
    expect(parseHelpAnchor('methode-bestaatniet')).toBeNull();
    expect(parseHelpAnchor('toString')).toBeNull();
    expect(parseHelpAnchor(null)).toBeNull();
  });

  it('gives every assumption’s method reference a chapter', () => {
    for (const a of ASSUMPTIONS) expect(chapterOfMethodReference(a.method), `${a.key} ${a.method}`).not.toBeNull();
    expect(chapterOfMethodReference('§5.1')).toBe('bouwprogramma');
    expect(chapterOfMethodReference('§9')).toBeNull();
  });
});
