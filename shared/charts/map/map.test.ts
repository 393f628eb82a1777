import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { choroplethSvg, type ChoroplethInput } from './choropleth';
import { classOf, divergingClasses, niceStep, sequentialClasses } from './classes';
import { defaultMapFigures, mapOfFigure } from './figures';

const seed = readSeed();
const boundaries = seed.dataset.boundaries!;
const result = runScenario(seed.dataset, seed.builtinScenarios.find((s) => s.id === 'basis')!);
const CREDIT = 'Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek, 2024';
const MEMBERS = ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren'];

/** The texts of the SVG's <text> elements, unescaped. */
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

function map(values: ChoroplethInput['values'], extra: Partial<ChoroplethInput> = {}) {
  return choroplethSvg({ id: 'test', boundaries, values, title: 'Proef', unit: 'Woningen', source: 'Bron: proef', locale: 'nl-NL', ...extra });
}

describe('the map', () => {
  it('shows the seven members by name and value, the neighbours, the legend in nl-NL, the source and the credit', () => {
    const figure = defaultMapFigures('nl-NL')[0]!;
    const image = mapOfFigure(figure, result, seed.dataset, 'nl-NL')!;
    const words = texts(image.svg);
    // The dataset's names ("Laren", not CBS's "Laren (NH.)").
    for (const name of MEMBERS) expect(words).toContain(name);
    expect(words).not.toContain('Laren (NH.)');
    for (const name of ['Almere', 'Baarn', 'De Bilt']) expect(words).toContain(name);
    expect(words).toContain('1.558'); // Hilversum: 3 200 − (365 + 182,5 × 7) = 1 557,5
    expect(words).toEqual(expect.arrayContaining(['0 – 500', '500 – 1.000', '1.500 – 2.000', 'Woningen tekort in 2030']));
    expect(words).toContain(CREDIT);
    expect(words.some((w) => w.startsWith('Bron: 004 · Bijlage 2'))).toBe(true);
    // Accessible: an image with a title and a name that reads every value.
    expect(image.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*role="img"/);
    expect(image.svg).toContain('<title>Tekort bouwprogramma 2030 per gemeente</title>');
    expect(image.ariaLabel).toContain('Hilversum: 1.558; Huizen: 75');
    expect(image.svg).toContain(`aria-label="${image.ariaLabel}"`);
  });

  it('a member without a value is hatched and says "geen gegeven", on the map, in the legend and in its name', () => {
    // Eemnes has no Woondeal programme.
    const image = mapOfFigure(defaultMapFigures('nl-NL')[0]!, result, seed.dataset, 'nl-NL')!;
    expect(image.svg).toMatch(/<path d="[^"]+" fill="url\(#kaart-tekort-programma-geen-gegeven\)"[^>]*data-code="GM0317"/);
    expect(texts(image.svg).filter((w) => w === 'geen gegeven')).toHaveLength(2); // label and legend
    expect(image.ariaLabel).toContain('Eemnes: geen gegeven');
    // Every member given: no such legend entry.
    const full = map(Object.fromEntries(boundaries.features.map((f) => [f.code, 10])));
    expect(texts(full.svg)).not.toContain('geen gegeven');
  });

  it('a gemeente with a figure but no boundary (added by an import) is named under the map, not left out', () => {
    const image = map({ GM0402: 10, GM9001: 3 }, { names: { GM9001: 'Nieuwdorp' } });
    expect(texts(image.svg)).toContain('Niet op de kaart (geen grens in de gegevens): Nieuwdorp: 3.');
    expect(texts(map({ GM0402: 10 }).svg).join(' ')).not.toContain('Niet op de kaart');
  });

  it('numbers in English for the English window', () => {
    const image = mapOfFigure(defaultMapFigures('en-GB')[0]!, result, seed.dataset, 'en-GB')!;
    expect(texts(image.svg)).toEqual(expect.arrayContaining(['1,558', '500 – 1,000', 'no data', CREDIT]));
  });

  it('escapes text, so a name or title cannot break the SVG', () => {
    const image = map({ GM0402: 1 }, { title: 'A < B & "C"', names: { GM0402: 'Hilversum <b>' } });
    expect(image.svg).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
    expect(image.svg).not.toContain('<b>');
  });
});

describe('legend classes', () => {
  it('round steps from 0 to past the highest value, upper bound inclusive', () => {
    expect(niceStep(389)).toBe(500);
    expect(niceStep(0.3, 0)).toBe(1);
    expect(niceStep(22.7, 1)).toBe(25);
    const classes = sequentialClasses([0, 75, 215, 1557.5], 0, 'nl-NL');
    expect(classes.map((c) => c.label)).toEqual(['0 – 500', '500 – 1.000', '1.000 – 1.500', '1.500 – 2.000']);
    expect(classOf(classes, 500, 0)?.label).toBe('0 – 500');
    expect(classOf(classes, 500.4, 0)?.label).toBe('0 – 500'); // rounded as shown: the label says 500
    expect(classOf(classes, 1557.5, 0)?.label).toBe('1.500 – 2.000');
  });

  it('diverging: zero in the middle, the same steps on both sides', () => {
    const classes = divergingClasses([-12.4, 3, 0, 18.2], 1, 'nl-NL');
    expect(classes.map((c) => c.label)).toEqual(['−20 – −10', '−10 – 0', '0', '0 – 10', '10 – 20']);
    expect(classOf(classes, 0.02, 1)?.label).toBe('0');
    expect(classOf(classes, -3, 1)?.label).toBe('−10 – 0');
    expect(classOf(classes, 18.2, 1)?.label).toBe('10 – 20');
    const image = map({ GM0402: -12.4, GM0406: 18.2 }, { scale: 'diverging', decimals: 1 });
    expect(texts(image.svg)).toEqual(expect.arrayContaining(['−12,4', '18,2', '0']));
  });
});
