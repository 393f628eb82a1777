import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { runScenario } from '../engine/run';
import type { Locale } from '../format/nl';
import { Result } from '../result/schema';
import { HOUSING_TYPES } from '../scenario/schema';
import type { ChartSpec } from './chartSpec';
import { compareChartsOf, compareGapChart } from './compareChart';
import { elderlyGapChart } from './elderlyChart';
import { gapChart } from './gapChart';
import { AHEAD_PATTERN, SERIES_COLOURS } from './palette';

const seed = readSeed();
const ds = seed.dataset;
function builtin(id: string): Result {
  const scenario = seed.builtinScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no built-in scenario ${id}`);
  return Result.parse(runScenario(ds, scenario));
}
const results = seed.builtinScenarios.map((s) => builtin(s.id));
const basis = builtin('basis');
const t50 = builtin('toegankelijk50');

type Trace = { name: string; x: string[]; y: (number | null)[]; marker: { color: unknown; pattern?: unknown }; customdata?: string[] };
const traces = (spec: ChartSpec) => spec.data as Trace[];
const at = (trace: Trace | undefined, x: string) => trace?.y[trace.x.indexOf(x)];

describe('gap chart: shortfall and ahead of schedule, never one net bar (issue 9)', () => {
  it('two series in the colours of behind and ahead; Gooise Meren and Laren ahead, not negative', () => {
    const [shortfall, ahead, ...rest] = traces(gapChart(t50, ds));
    expect(rest).toEqual([]);
    expect(shortfall?.marker.color).toBe(SERIES_COLOURS.shortfall);
    expect(ahead?.marker.color).toBe(SERIES_COLOURS.ahead);
    // Not by red and green alone: the bars ahead are hatched (issue 13).
    expect(ahead?.marker.pattern).toEqual(AHEAD_PATTERN);
    expect(shortfall?.marker.pattern).toBeUndefined();
    expect(at(shortfall, 'Hilversum')).toBeCloseTo(1557.5, 9);
    expect(at(ahead, 'Hilversum')).toBe(0);
    expect(at(shortfall, 'Gooise Meren')).toBe(0);
    expect(at(ahead, 'Gooise Meren')).toBeCloseTo(690.5, 9);
    expect(at(ahead, 'Laren')).toBeCloseTo(88.5, 9);
    expect(at(shortfall, 'Eemnes')).toBeNull();
    // The legend gives the region as the sum of the gemeenten's shortfalls, not the net 1 249.
    expect(shortfall?.name).toBe('Tekort (regio: 2.028, som per gemeente)');
    expect(ahead?.name).toBe('Voor op schema (regio: 779)');
  });
});

describe('elderly gap chart: the shortfall per type', () => {
  it('toegankelijk50: Gooise Meren\'s nultreden surplus is no negative bar; its stack is its total shortfall 950', () => {
    const spec = elderlyGapChart(t50, ds);
    const byType = traces(spec);
    expect(byType).toHaveLength(HOUSING_TYPES.length);
    expect(at(byType[0], 'Gooise Meren')).toBe(0);
    expect(byType.reduce((s, t) => s + (at(t, 'Gooise Meren') ?? 0), 0)).toBeCloseTo(950, 6);
    expect(byType[0]?.customdata?.[byType[0].x.indexOf('Gooise Meren')]).toBe('0 tekort; 831 overschot, niet verrekend');
    // The region's nultreden shortfall in the legend: the sum of the gemeenten's, 832, not −1,5.
    expect(byType[0]?.name).toBe('Nultredenwoningen (regio: 832 tekort)');
    expect(spec.layout.barmode).toBe('stack');
  });
});

describe('compare chart: shortfalls compared', () => {
  it('the region is the sum of the gemeenten\'s shortfalls; a scenario equal to the reference everywhere is not drawn, and the chart says so', () => {
    const spec = compareGapChart([basis, t50], ds);
    const [first, second] = traces(spec);
    expect(at(first, 'Regio')).toBeCloseTo(2028, 6);
    expect(at(first, 'Gooise Meren')).toBe(0);
    expect(first?.customdata?.[first.x.indexOf('Gooise Meren')]).toBe('0 tekort; 691 voor op schema');
    expect(second).toBeUndefined();
    expect(compareChartsOf([basis, t50], ds).find((c) => c.id === 'compare')?.note).toContain(`(overal gelijk aan ‘${basis.scenarioName}’)`);
  });
});

describe('every chart that speaks of a shortfall', () => {
  const locales: Locale[] = ['nl-NL', 'en-GB'];
  it.each(locales)('holds no negative value (%s, every built-in scenario)', (locale) => {
    const specs = [...results.flatMap((r) => [gapChart(r, ds, locale), elderlyGapChart(r, ds, locale)]), compareGapChart(results, ds, locale)];
    for (const spec of specs) {
      for (const trace of traces(spec)) {
        for (const y of trace.y) if (y !== null) expect(y, `${spec.id} ${trace.name}`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
