// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { glossaryEntries, METHOD_CHAPTER_IDS } from '../../../shared/help/help';
import { HelpView } from './Help';

// jsdom lays nothing out, so it has no scrollIntoView: record where the screen scrolls to.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});
afterEach(cleanup);

const terms = () => [...document.querySelectorAll('[data-term]')].map((e) => e.getAttribute('data-term'));
const chapters = () => [...document.querySelectorAll('[data-chapter]')].map((e) => e.getAttribute('data-chapter'));

describe('Help screen', () => {
  it('shows every term and chapter, and the search narrows both (accents and case ignored)', () => {
    render(<HelpView locale="nl-NL" topic={null} />);
    expect(terms()).toHaveLength(glossaryEntries('nl-NL').length);
    expect(chapters()).toEqual([...METHOD_CHAPTER_IDS]);
    expect(screen.getByTestId('help-count').textContent).toBe(`${glossaryEntries('nl-NL').length} begrippen en ${METHOD_CHAPTER_IDS.length} hoofdstukken`);

    // What "004" is: the five documents, shown with the whole list.
    expect([...document.querySelectorAll('[data-document]')].map((e) => e.getAttribute('data-document'))).toEqual(['000', '001', '002', '003', '004']);
    expect(document.querySelector('[data-document="004"] cite')?.getAttribute('lang')).toBe('nl');

    fireEvent.change(screen.getByTestId('help-search'), { target: { value: 'SKAEVE' } });
    expect(screen.queryByTestId('help-documents')).toBeNull();
    expect(terms()).toEqual(['keerpunt']);
    expect(chapters()).toEqual([]);
    expect(screen.getByTestId('help-count').textContent).toBe('1 begrip en 0 hoofdstukken met “SKAEVE”');

    fireEvent.change(screen.getByTestId('help-search'), { target: { value: 'geimporteerd' } });
    expect(chapters()).toContain('controles');
    expect(chapters().length).toBeLessThan(METHOD_CHAPTER_IDS.length);

    fireEvent.change(screen.getByTestId('help-search'), { target: { value: 'qqq' } });
    expect(terms()).toEqual([]);
    expect(screen.getByTestId('help-count').textContent).toContain('Niets gevonden met “qqq”');

    fireEvent.keyDown(screen.getByTestId('help-search'), { key: 'Escape' });
    expect(terms()).toHaveLength(glossaryEntries('nl-NL').length);
  });

  it('opened at a chapter: scrolls to it, gives it the focus and marks it; a new topic clears the search', () => {
    const { rerender } = render(<HelpView locale="nl-NL" topic="methode-ouderen" />);
    const chapter = document.getElementById('help-methode-ouderen');
    expect(chapter?.getAttribute('data-targeted')).toBe('true');
    expect(scrolled).toEqual([chapter]);
    expect(document.activeElement).toBe(chapter);
    expect(document.querySelectorAll('[data-targeted]')).toHaveLength(1);
    expect(within(chapter as HTMLElement).getByRole('heading').textContent).toBe('Ouderenhuisvesting');

    fireEvent.change(screen.getByTestId('help-search'), { target: { value: 'keerpunt' } });
    expect(chapters()).not.toContain('ouderen');
    // A term's link to its chapter, then the route follows it: the search is cleared so the target shows.
    const more = document.querySelector('[data-term="keerpunt"] a.help-more');
    expect(more?.getAttribute('href')).toBe('#/uitleg/methode-solidariteit');
    rerender(<HelpView locale="nl-NL" topic="methode-solidariteit" />);
    expect(screen.getByTestId<HTMLInputElement>('help-search').value).toBe('');
    const target = document.getElementById('help-methode-solidariteit');
    expect(target?.getAttribute('data-targeted')).toBe('true');
    expect(scrolled.at(-1)).toBe(target);
    expect(document.getElementById('help-methode-ouderen')?.hasAttribute('data-targeted')).toBe(false);
  });

  it('opened at a term in English: the Dutch word beside it marked as Dutch, its sources named', () => {
    render(<HelpView locale="en-GB" topic="begrip-nultreden" />);
    const term = document.getElementById('help-begrip-nultreden') as HTMLElement;
    expect(term.getAttribute('data-targeted')).toBe('true');
    expect(document.activeElement).toBe(term);
    expect(term.querySelector('dt')?.textContent).toBe('zero-step home nultredenwoning');
    expect(term.querySelector('[lang="nl"]')?.textContent).toBe('nultredenwoning');
    expect(term.querySelector('.help-sources')?.textContent).toContain('004 · Regionale strategie woonzorgopgave');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Help');
  });

  it('says so for a topic that does not exist, and shows everything', () => {
    render(<HelpView locale="nl-NL" topic="methode-weg" />);
    expect(screen.getByTestId('help-unknown-topic').textContent).toContain('“methode-weg”');
    expect(scrolled).toEqual([]);
    expect(chapters()).toHaveLength(METHOD_CHAPTER_IDS.length);
  });
});
