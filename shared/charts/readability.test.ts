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
import { chartText } from './labels';
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
