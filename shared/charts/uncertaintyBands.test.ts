import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import type { UncertaintyBlock } from '../result/uncertainty';
import type { Scenario } from '../scenario/schema';
import { simulate } from '../uncertainty/simulate';
import { gapChart } from './gapChart';
import { pathChart } from './pathChart';

const seed = readSeed();
const ds = seed.dataset;
const builtin = (id: string): Scenario => {
  const s = seed.builtinScenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no built-in scenario ${id}`);
  return s;
};
// Few draws: the test is about where the figures go, not about their spread.
const base = builtin('bandbreedte');
const scenario: Scenario = { ...base, params: { ...base.params, uncertainty: { ...base.params.uncertainty, draws: 300 } } };
const result = runScenario(ds, scenario);
const block = simulate(ds, scenario, result) as UncertaintyBlock;
const band = (where: string, path: string) => {
  const b = block.bands.find((x) => x.where === where && x.path === path);
  if (!b) throw new Error(`no band ${where} ${path}`);
  return b;
};
type Trace = { name: string; x: (number | string)[]; y: (number | null)[]; fill?: string; line?: { dash?: string }; error_y?: { array: number[]; arrayminus: number[] } };

describe('path chart with the Monte Carlo bands (MODEL.md §5.6)', () => {
  const hilversum = result.gemeenten.find((g) => g.code === 'GM0402');
  if (!hilversum?.programme) throw new Error('Hilversum has a programme');
  const programme = hilversum.programme;

  it('without a block it is the chart as before, with one the area P10–P90 behind the lines and the P50 dashed', () => {
    const plain = pathChart(hilversum.name, programme, result.scenarioName, ds);
    expect(pathChart(hilversum.name, programme, result.scenarioName, ds, 'nl-NL', null)).toEqual(plain);
    const spec = pathChart(hilversum.name, programme, result.scenarioName, ds, 'nl-NL', { block, where: 'GM0402' });
    const traces = spec.data as Trace[];
    expect(traces).toHaveLength(plain.data.length + 3);
    // The lines of the plain chart, in their order, after the area.
    expect(traces.slice(2, 2 + plain.data.length)).toEqual(plain.data);
    const [low, high] = traces;
    const median = traces[traces.length - 1];
    const years = programme.path.filter((p) => p.projected !== null).map((p) => p.year);
    expect(low?.x).toEqual(years);
    expect(low?.y).toEqual(years.map((y) => band('GM0402', `programme.path.${String(y)}.projected`).p10));
    expect(high?.y).toEqual(years.map((y) => band('GM0402', `programme.path.${String(y)}.projected`).p90));
    expect(high?.fill).toBe('tonexty');
    expect(median?.y).toEqual(years.map((y) => band('GM0402', `programme.path.${String(y)}.projected`).p50));
    expect(median?.line?.dash).toBe('dash');
    // The band moves: in 2030 P10 < P90, and the likely projection lies between them.
    const at2030 = band('GM0402', 'programme.path.2030.projected');
    expect(at2030.p10).toBeLessThan(at2030.p90);
    expect(programme.projected2030).toBeGreaterThan(at2030.p10);
    expect(programme.projected2030).toBeLessThan(at2030.p90);
    expect(spec.source).toBe(`${plain.source}. Band: P10–P90 van de ingevoerde bandbreedtes (300 trekkingen), geen voorspelfout.`);
    expect(pathChart(hilversum.name, programme, result.scenarioName, ds, 'en-GB', { block, where: 'GM0402' }).source).toContain('Band: P10–P90 of the ranges entered (300 draws), not a forecast error.');
  });

  it('a block without this place\'s path leaves the chart as it is', () => {
    const plain = pathChart(hilversum.name, programme, result.scenarioName, ds);
    expect(pathChart(hilversum.name, programme, result.scenarioName, ds, 'nl-NL', { block, where: 'GM9999' })).toEqual(plain);
  });
});

describe('gap chart with the Monte Carlo bands', () => {
  it('whiskers from P10 to P90 of each shortfall, the number above them; the bars stay the likely figures', () => {
    const plain = gapChart(result, ds);
    expect(gapChart(result, ds, 'nl-NL', null)).toEqual(plain);
    const spec = gapChart(result, ds, 'nl-NL', block);
    const traces = spec.data as (Trace & { text: string[] })[];
    const [plainShortfall, plainAhead] = plain.data as (Trace & { text: string[] })[];
    expect(traces).toHaveLength(3);
    // The bars: the same figures; the ahead bar as it was; the shortfall's numbers move to the whiskers.
    expect(traces[0]?.y).toEqual(plainShortfall?.y);
    expect(traces[1]).toEqual(plainAhead);
    const whiskers = traces[2] as Trace & { text: string[] };
    const i = whiskers.x.indexOf('Hilversum');
    const h = band('GM0402', 'programme.shortfall2030');
    expect(whiskers.y[i]).toBe(h.p90);
    expect((whiskers.y[i] ?? 0) - (whiskers.error_y?.arrayminus[i] ?? 0)).toBeCloseTo(h.p10, 9);
    expect(whiskers.error_y?.array[i]).toBe(0);
    expect(whiskers.text[i]).toBe('1.558');
    expect(traces[0]?.text[i]).toBe('');
    expect(plainShortfall?.text[i]).toBe('1.558');
    // Eemnes has no programme, Gooise Meren is ahead in every draw: no whisker, the ahead bar keeps its number.
    expect(whiskers.y[whiskers.x.indexOf('Eemnes')]).toBeNull();
    expect(band('GM1942', 'programme.shortfall2030').p90).toBe(0);
    expect(whiskers.y[whiskers.x.indexOf('Gooise Meren')]).toBeNull();
    const region = band('regio', 'programme.shortfall2030');
    const n = (v: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(v);
    expect(whiskers.name).toBe(`P10–P90 (regio: ${n(region.p10)}–${n(region.p90)})`);
    expect(spec.source).toBe(`${plain.source}. Band: P10–P90 van de ingevoerde bandbreedtes (300 trekkingen), geen voorspelfout.`);
  });
});
