import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runChecks } from '../checks';
import { runScenario } from '../engine/run';
import { buildReport, reportCharts } from '../export/report';
import type { Locale } from '../format/nl';
import { Result } from '../result/schema';
import { chartAlt, type ChartSpec } from './chartSpec';
import { elderlyGapChart, elderlyNeedSupplyChart } from './elderlyChart';
import { gapChart } from './gapChart';
import { chartNumber, chartText, realMinus } from './labels';
import { SERIES_COLOURS } from './palette';
import { forTarget, imageSize, MEMO, pixelsPerMetre, printedPt, SLIDE } from './target';
import { pathChart } from './pathChart';
import { pipelineCapacityChart, pipelineElderlyChart } from './pipelineChart';
import { placementsChart } from './placementsChart';

const seed = readSeed();
const ds = seed.dataset;
const basisScenario = seed.builtinScenarios.find((s) => s.id === 'basis');
if (!basisScenario) throw new Error('no basis');
const basis = Result.parse(runScenario(ds, basisScenario));
const locales: Locale[] = ['nl-NL', 'en-GB'];

/** Every chart of the basis result: the report's (memo and deck) and the screens' own. */
function allCharts(locale: Locale): ChartSpec[] {
  const report = buildReport({ scenarios: [basisScenario!], results: [basis], dataset: ds, findings: runChecks(ds), date: '2026-12-03', locale });
  const region = basis.region.elderly;
  const hilversum = basis.gemeenten.find((g) => g.name === 'Hilversum');
  return [
    ...reportCharts(report),
    gapChart(basis, ds, locale),
    elderlyGapChart(basis, ds, locale),
    ...(region ? [elderlyNeedSupplyChart('regio', region, basis.scenarioName, ds, locale)] : []),
    ...(hilversum?.programme ? [pathChart(hilversum.name, hilversum.programme, basis.scenarioName, ds, locale)] : []),
    pipelineCapacityChart(ds.projects, basis, basisScenario!.params, ds, locale),
    pipelineElderlyChart(ds.projects, basis, basisScenario!.params, ds, locale),
    placementsChart(basis, ds, locale),
  ];
}
const charts = Object.fromEntries(locales.map((l) => [l, allCharts(l)])) as Record<Locale, ChartSpec[]>;

/**
 * The tornado of the memo's uncertainty chapter is drawn by the section itself
 * (shared/export/sections/uncertainty.ts), not by a builder here; it has no alt text of its own yet
 * and the writers fall back to its title (chartAlt).
 */
const BUILT_ELSEWHERE = /^tornado-/;

describe('alt text: one sentence from the figures, in both languages', () => {
  it.each(locales)('every chart built in shared/charts has one (%s)', (locale) => {
    const mine = charts[locale].filter((c) => !BUILT_ELSEWHERE.test(c.id));
    expect(mine.length).toBeGreaterThan(5);
    for (const spec of mine) {
      expect(spec.alt, spec.id).toBeDefined();
      expect(spec.alt?.trim().length, spec.id).toBeGreaterThan(20);
      // A sentence with a figure in it, not the title again.
      expect(spec.alt, spec.id).not.toBe(spec.title);
      // (The seed has no placements: that chart says so in a sentence without a figure.)
      if (spec.alt !== chartText(locale).alt.noPlacements) expect(spec.alt, spec.id).toMatch(/\d/);
      expect(spec.alt, spec.id).toMatch(/\.$/);
    }
  });

  it('the gap chart names the gemeente with the largest shortfall and counts who is behind', () => {
    const withProgramme = basis.gemeenten.filter((g) => g.programme !== null);
    const behind = withProgramme.filter((g) => Math.round(g.programme?.shortfall2030 ?? 0) > 0);
    const worst = [...behind].sort((a, b) => (b.programme?.shortfall2030 ?? 0) - (a.programme?.shortfall2030 ?? 0))[0];
    expect(worst).toBeDefined();
    const nl = gapChart(basis, ds, 'nl-NL').alt;
    expect(nl).toContain(`${worst?.name ?? ''} heeft in 2030 het grootste tekort`);
    expect(nl).toContain(`${behind.length} van de ${withProgramme.length} gemeenten met een programma`);
    expect(gapChart(basis, ds, 'en-GB').alt).toContain(`${worst?.name ?? ''} has the largest shortfall in 2030`);
  });

  it('chartAlt falls back to the title for a spec without one', () => {
    expect(chartAlt({ id: 'x', title: 'Titel', source: 'Bron', data: [], layout: {} })).toBe('Titel');
    expect(chartAlt({ id: 'x', title: 'Titel', source: 'Bron', alt: 'Zin met 3.', data: [], layout: {} })).toBe('Zin met 3.');
  });
});

/** Every string a reader can see on a chart: trace names, labels, hover text, annotations, titles. */
function visibleTexts(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return ['name', 'text', 'hovertext', 'customdata', 'hovertemplate', 'title', 'ticktext'].includes(key) ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => visibleTexts(x, key));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => visibleTexts(x, k === 'text' && key === 'title' ? 'title' : k));
  return [];
}

describe('a real minus sign (U+2212) in every text a chart shows', () => {
  it('realMinus changes a negative number, not a hyphen in a word or between figures', () => {
    expect(realMinus('-691')).toBe('−691');
    expect(realMinus('Blaricum: -14,2; Laren (-3)')).toBe('Blaricum: −14,2; Laren (−3)');
    expect(realMinus('2022-2030 en Noord-Holland')).toBe('2022-2030 en Noord-Holland');
    expect(chartNumber(-1258, 0, 'nl-NL')).toBe('−1.258');
  });

  it.each(locales)('no hyphen-minus before a figure, and no Plotly number format on a value below 0 (%s)', (locale) => {
    const mine = charts[locale].filter((c) => !BUILT_ELSEWHERE.test(c.id));
    let negatives = 0;
    for (const spec of mine) {
      for (const text of [spec.title, spec.alt ?? '', ...visibleTexts(spec.data), ...visibleTexts(spec.layout)]) {
        expect(text, spec.id).not.toMatch(/(^|[\s(:;=[/])-\d/);
      }
      for (const trace of spec.data) {
        const template = typeof trace.hovertemplate === 'string' ? trace.hovertemplate : '';
        for (const axis of ['x', 'y'] as const) {
          const values = Array.isArray(trace[axis]) ? (trace[axis] as unknown[]) : [];
          const below = values.some((v) => typeof v === 'number' && v < 0);
          if (below) negatives++;
          // Plotly's d3 number format writes "-": a value that can be negative comes as text.
          if (below) expect(template, `${spec.id} ${String(trace.name)}`).not.toContain(`%{${axis}:`);
        }
      }
    }
    // The basis result's solidarity chart has gemeenten below their share: the check has met negatives.
    expect(negatives).toBeGreaterThan(0);
  });
});

describe('colours that mean something', () => {
  type Bar = { name: string; x: string[]; y: (number | null)[]; marker: { color: string; pattern?: { shape: string } }; textfont?: { color: string } };
  it('gap chart: every gemeente behind is in the shortfall colour, every one ahead in the ahead colour and hatched; one series each, not one colour per gemeente', () => {
    for (const r of [basis]) {
      const [shortfall, ahead] = gapChart(r, ds).data as Bar[];
      expect(shortfall?.marker.color).toBe(SERIES_COLOURS.shortfall);
      expect(ahead?.marker.color).toBe(SERIES_COLOURS.ahead);
      expect(typeof shortfall?.marker.color).toBe('string');
      expect(ahead?.marker.pattern?.shape).toBe('/');
      expect(shortfall?.marker.pattern).toBeUndefined();
      for (const g of r.gemeenten) {
        const i = shortfall?.x.indexOf(g.name) ?? -1;
        const p = g.programme;
        if (!p) continue;
        // A gemeente behind has its bar in the shortfall series, one ahead in the ahead series: by sign.
        if (p.gap2030 > 0.5) expect([shortfall?.y[i], ahead?.y[i]]).toEqual([p.shortfall2030, 0]);
        if (p.gap2030 < -0.5) expect([shortfall?.y[i], ahead?.y[i]]).toEqual([0, p.surplus2030]);
      }
      // Hilversum's large shortfall is red, not a gemeente colour.
      expect(shortfall?.y[shortfall.x.indexOf('Hilversum')]).toBeGreaterThan(1000);
      expect(shortfall?.textfont?.color).toBe(SERIES_COLOURS.shortfall);
    }
  });

  it('the colours are the result table\'s red and green, and both pass 4,5:1 as text on white', () => {
    const css = readFileSync(new URL('../../renderer/src/styles.css', import.meta.url), 'utf8');
    expect(css).toContain(`--bad: ${SERIES_COLOURS.shortfall.toLowerCase()}`);
    expect(css).toContain(`--good: ${SERIES_COLOURS.ahead.toLowerCase()}`);
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    for (const c of [SERIES_COLOURS.shortfall, SERIES_COLOURS.ahead]) expect(1.05 / (lum(c) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('elderly gap chart: each stack carries its total above it, the sum of its types', () => {
    const spec = elderlyGapChart(basis, ds);
    const totals = (spec.layout.annotations as { name: string; x: string; y: number; text: string }[]).filter((a) => a.name === 'total');
    const bars = spec.data as Bar[];
    expect(totals.length).toBe(bars[0]?.x.length);
    for (const a of totals) {
      const sum = bars.reduce((s, b) => s + (b.y[b.x.indexOf(a.x)] ?? 0), 0);
      expect(a.y).toBeCloseTo(sum, 6);
      expect(a.text).toBe(chartNumber(sum, 0, 'nl-NL'));
    }
    expect(totals.find((a) => a.x === 'Hilversum')?.text).toMatch(/^\d\.\d{3}$/);
  });

  it('the gap chart\'s "geen programma" stands upright in its own slot (it ran into Blaricum\'s label lying down)', () => {
    const notes = gapChart(basis, ds).layout.annotations as { x: string; textangle: number; text: string }[];
    expect(notes.map((n) => n.x)).toEqual(basis.gemeenten.filter((g) => g.programme === null).map((g) => g.name));
    for (const n of notes) expect(n.textangle).toBe(-90);
  });
});

describe('text size at the printed size', () => {
  /** The sizes of every font a target's layout gives, including the base font that the rest inherit. */
  function fontSizes(v: unknown): number[] {
    if (Array.isArray(v)) return v.flatMap(fontSizes);
    if (typeof v !== 'object' || v === null) return [];
    return Object.entries(v).flatMap(([k, x]) =>
      ['font', 'tickfont', 'textfont', 'insidetextfont', 'outsidetextfont'].includes(k) && typeof x === 'object' && x !== null && typeof (x as { size?: unknown }).size === 'number'
        ? [(x as { size: number }).size, ...fontSizes(x)]
        : fontSizes(x),
    );
  }

  it('px at the render width → pt at the printed width: the memo prints 643 px across 17 cm, the slide 576 px across 6 inch', () => {
    expect(printedPt(643, MEMO)).toBeCloseTo((17 / 2.54) * 72, 6);
    expect(printedPt(12, MEMO)).toBeCloseTo(8.994, 2);
    expect(printedPt(16, SLIDE)).toBeCloseTo(12, 6);
    // The old drawing: 960 px across 17 cm made a 13 px font 6,5 pt and an 11 px note 5,4 pt.
    expect(printedPt(11, { ...MEMO, width: 960 })).toBeLessThan(6);
    // The PNG's pHYs gives it that printed width.
    expect((MEMO.width * MEMO.scale) / pixelsPerMetre(MEMO)).toBeCloseTo(0.17, 4);
  });

  it.each([
    ['memo', MEMO, 9],
    ['slide', SLIDE, 12],
  ] as const)('every text of every chart laid out for the %s prints at %s pt or more', (_, target, pt) => {
    expect(target.minPt).toBe(pt);
    for (const locale of locales) {
      for (const spec of charts[locale]) {
        const laid = forTarget(spec, target);
        const sizes = [...fontSizes(laid.layout), ...fontSizes(laid.data)];
        // The base font is set; the others are at least the minimum.
        expect((laid.layout.font as { size: number }).size, spec.id).toBe(target.fontPx);
        for (const size of sizes) expect(printedPt(size, target), `${spec.id} ${size}px`).toBeGreaterThanOrEqual(pt);
        // Plotly shrinks a bar's label to the bar's width unless told not to.
        for (const trace of laid.data) if (trace.type === 'bar' && trace.text !== undefined) expect(trace.constraintext, spec.id).toBe('none');
      }
    }
  });

  it('forTarget changes no figure and no word', () => {
    const spec = gapChart(basis, ds);
    const laid = forTarget(spec, MEMO);
    expect(laid.data.map((t) => [t.name, t.x, t.y, t.text])).toEqual(spec.data.map((t) => [t.name, t.x, t.y, t.text]));
    expect(visibleTexts(laid.layout)).toEqual(visibleTexts(spec.layout));
  });
});

describe('the map at print size', () => {
  it('is drawn at the memo\'s width, laid out at its own shape, and no text on it prints below 9 pt', () => {
    const map = charts['nl-NL'].find((c) => c.id === 'kaart-solidariteit');
    expect(map).toBeDefined();
    const image = (map?.layout.images as { source: string }[] | undefined)?.[0]?.source ?? '';
    const svg = decodeURIComponent(image.slice(image.indexOf(',') + 1));
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBe(MEMO.width);
    expect(imageSize(map!, MEMO)).toEqual({ width: MEMO.width, height: Math.round(height) });
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) expect(printedPt(size, MEMO)).toBeGreaterThanOrEqual(9);
  });
});
