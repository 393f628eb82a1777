// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Quoting, splitQuotes } from './Quoting';

afterEach(cleanup);

describe('Quoting: Dutch source text inside a sentence of another language', () => {
  it('marks every quoted part lang="nl" and keeps the text whole', () => {
    const text = "The printed regional total (004 · Bijlage 2, tabel 'Bouwprogramma') is 6,910. Zo gedrukt.";
    const { container } = render(
      <p>
        <Quoting text={text} quotes={["Bijlage 2, tabel 'Bouwprogramma'", 'Zo gedrukt.', '']} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect([...container.querySelectorAll('[lang="nl"]')].map((e) => e.textContent)).toEqual(["Bijlage 2, tabel 'Bouwprogramma'", 'Zo gedrukt.']);
  });

  it('prefers the longer quote where two start at the same place, and finds repeats', () => {
    expect(splitQuotes('a kolom jaar b kolom c', ['kolom', 'kolom jaar'])).toEqual([
      { text: 'a ', quoted: false },
      { text: 'kolom jaar', quoted: true },
      { text: ' b ', quoted: false },
      { text: 'kolom', quoted: true },
      { text: ' c', quoted: false },
    ]);
    expect(splitQuotes('nothing quoted', ['x'])).toEqual([{ text: 'nothing quoted', quoted: false }]);
    // Not inside a longer word: "gemeente" in "gemeentecode" stays as it is.
    expect(splitQuotes('"gemeentecode", "gemeente"', ['gemeente'])).toEqual([
      { text: '"gemeentecode", "', quoted: false },
      { text: 'gemeente', quoted: true },
      { text: '"', quoted: false },
    ]);
  });
});
