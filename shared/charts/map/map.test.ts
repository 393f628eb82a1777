import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/seeds/readSeeds';
import { runScenario } from '../../engine/run';
import { buildReport, reportCharts } from '../../export/report';
import type { Locale } from '../../format/nl';
import { choroplethSvg, type ChoroplethInput } from './choropleth';
import { classOf, divergingClasses, niceStep, sequentialClasses } from './classes';
import { defaultMapFigures, mapOfFigure } from './figures';

const seed = readSeed();
const boundaries = seed.dataset.boundaries!;
const basis = seed.builtinScenarios.find((s) => s.id === 'basis')!;
const result = runScenario(seed.dataset, basis);
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

/** The SVG inside a map's chart spec (mapImageSpec: a percent-encoded data URL). */
function svgOfSpec(layout: Record<string, unknown>): string {
  const source = (layout.images as { source: string }[])[0]!.source;
  return decodeURIComponent(source.slice(source.indexOf(',') + 1));
}

/**
 * Every number in a text, which must be written the locale's way: nl-NL "1.558" and "7,2", en-GB
 * "1,558" and "7.2", a negative with a real minus (U+2212). A year or a code ("2024", "000") has no
 * grouping; a document's section (§1.3) is a reference, not a number.
 */
function badNumbers(text: string, locale: Locale): string[] {
  const number = locale === 'nl-NL' ? /^[−+]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/ : /^[−+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
  const tokens = text.replace(/§[\d.]+/g, '').match(/[-−+]?\d(?:[\d.,]*\d)?/g) ?? [];
  return tokens.filter((t) => !number.test(t));
}

describe('numbers on the map in the export’s language', () => {
  for (const locale of ['nl-NL', 'en-GB'] as const) {
    it(`${locale}: every number in the solidarity map's texts (labels, legend, title, alt, source) and in the screen's maps`, () => {
      const report = buildReport({ scenarios: [basis], results: [result], dataset: seed.dataset, findings: [], date: '2026-12-03', locale });
      const spec = reportCharts(report).find((c) => c.id === 'kaart-solidariteit')!;
      const svg = svgOfSpec(spec.layout);
      const words = [...texts(svg), spec.title, spec.source, spec.alt ?? ''];
      // The labels hold decimals and negatives (basis: Gooise Meren +7,2, Blaricum −14,2), so the test can fail.
      expect(words).toEqual(expect.arrayContaining(locale === 'nl-NL' ? ['7,2', '−14,2'] : ['7.2', '−14.2']));
      const screen = defaultMapFigures(locale).flatMap((figure) => {
        const image = mapOfFigure(figure, result, seed.dataset, locale)!;
        return [...texts(image.svg), image.ariaLabel];
      });
      expect([...words, ...screen].flatMap((w) => badNumbers(w, locale))).toEqual([]);
      // Rendered small, a white halo around dark text on a light class ate the comma's tail ("7,2" read "7.2"): the halo is the fill.
      expect(svg).not.toMatch(/stroke="#ffffff"[^>]*>7[,.]2</);
      expect(svg).toMatch(/stroke="#d8daeb"[^>]*>7[,.]2</);
    });
  }

  it('the check itself tells the decimal marks apart', () => {
    expect(badNumbers('Gooise Meren 7.2, Huizen −5,9; 1.558 woningen in 2030', 'nl-NL')).toEqual(['7.2']);
    expect(badNumbers('Blaricum -14,2', 'nl-NL')).toEqual(['-14,2']);
    expect(badNumbers('7,2 and 1,558', 'en-GB')).toEqual(['7,2']);
  });
});

describe('labels', () => {
  it('a neighbour’s name never runs into a gemeente’s name or value, and stays inside the map', () => {
    const image = choroplethSvg({ id: 'kaart', boundaries, values: Object.fromEntries(boundaries.features.map((f) => [f.code, -14.2])), title: 'Proef', unit: 'Per 10.000', decimals: 1, source: 'Bron: proef', locale: 'nl-NL' });
    const boxes = [...image.svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => {
      const [x, y, size] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const half = (m[5]!.length * size * 0.55) / 2;
      return { neighbour: m[4]!.includes('italic'), text: m[5]!, x0: x - half, x1: x + half, y0: y - 0.75 * size, y1: y + 0.2 * size };
    });
    const frame = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="none"/.exec(image.svg)!.slice(1).map(Number) as [number, number, number, number];
    const neighbours = boxes.filter((b) => b.neighbour);
    expect(neighbours.length).toBeGreaterThan(0);
    expect(neighbours.map((b) => b.text)).toEqual(expect.arrayContaining(['Almere', 'Baarn', 'De Bilt']));
    for (const n of neighbours) {
      expect(n.x0 >= frame[0] && n.x1 <= frame[0] + frame[2], n.text).toBe(true);
      // At least 4 px apart: with their halos "−14,2" and "Bunschoten" 7 px apart read as one.
      for (const m of boxes.filter((b) => !b.neighbour)) expect(n.x0 < m.x1 + 4 && m.x0 < n.x1 + 4 && n.y0 < m.y1 && m.y0 < n.y1, `${n.text} / ${m.text}`).toBe(false);
    }
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
