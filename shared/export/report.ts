import type { ChartSpec } from '../charts/chartSpec';
import type { Finding } from '../checks/finding';
import { latestFigure } from '../dataset/query';
import type { Dataset } from '../dataset/schema';
import { SERIES } from '../engine/inputs';
import { formatLongDate, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { Result } from '../result/schema';
import type { Scenario } from '../scenario/schema';
import { simulate } from '../uncertainty/simulate';
import { chartsOf, type Section } from './section';
import { SECTIONS } from './sections';
import { keyMessages, type KeyMessage } from './sections/summary';
import type { FigureView } from '../dataset/figureView';

/**
 * Everything a memo, deck or workbook shows, built once from the results: the front matter and
 * the sections of the registry (./sections). The documents only lay it out. Charts are the same
 * ChartSpecs the screens draw.
 */
export type Report = {
  locale: Locale;
  title: string;
  scenarioNames: string[];
  /** ISO date of the export. */
  date: string;
  /** What the figures are up to date with, in words. */
  dataAsOf: string;
  /** The memo's key-message box: the three or four findings that matter (sections/summary.ts keyMessages). */
  keyMessages: KeyMessage[];
  sections: Section[];
};

export type ReportInput = {
  scenarios: readonly Scenario[];
  results: readonly Result[];
  dataset: Dataset;
  findings: readonly Finding[];
  date: string;
  locale?: Locale;
  /** The id of the scenario the others are compared with (the analyst's choice); the first scenario where absent or unknown. */
  reference?: string | null;
  /** The source figures the analyst changed by hand (the store's figure views with an edit), for the colophon. */
  edits?: readonly FigureView[];
};

export function buildReport({ scenarios, results: pointResults, dataset, findings, date, locale = 'nl-NL', reference = null, edits = [] }: ReportInput): Report {
  const results = withUncertainty(dataset, scenarios, pointResults);
  const main = results[0];
  if (!main) throw new Error('buildReport: geen uitkomst');
  const words = texts(locale).report;
  const input = { scenarios, results, main, dataset, findings, locale, words, reference, edits };
  return {
    locale,
    title: words.title,
    scenarioNames: results.map((r) => r.scenarioName),
    date,
    dataAsOf: dataAsOf(main, dataset, locale),
    keyMessages: keyMessages(input),
    sections: SECTIONS.flatMap((entry) => entry.build(input) ?? []),
  };
}

/**
 * Each result with its bands (MODEL.md §5.6) where its scenario has ranges or open choices: the
 * draws are made here, once per scenario per export (about half a second for 10 000 draws), so
 * every section reads `result.uncertainty`. A result that already carries them (the window
 * computes them in a worker) keeps its own.
 */
function withUncertainty(ds: Dataset, scenarios: readonly Scenario[], results: readonly Result[]): Result[] {
  return results.map((r, i) => {
    const scenario = scenarios[i];
    if (r.uncertainty || !scenario) return r;
    const block = simulate(ds, scenario, r);
    return block ? { ...r, uncertainty: block } : r;
  });
}

/** Every chart the report shows in any format, once each, in reading order: what has to be drawn. */
export function reportCharts(report: Report): ChartSpec[] {
  const byId = new Map<string, ChartSpec>();
  for (const spec of report.sections.flatMap(chartsOf)) if (!byId.has(spec.id)) byId.set(spec.id, spec);
  return [...byId.values()];
}

function dataAsOf(result: Result, ds: Dataset, locale: Locale): string {
  const w = texts(locale).report.dataAsOf;
  const population = latestFigure(ds, SERIES.population, result.gemeenten[0]?.code ?? null);
  const parts = [w.realised(result.baseYear), w.programme(result.programmeStart, result.programmeEnd)];
  if (population) parts.push(w.population(population.peildatum ? formatLongDate(population.peildatum, locale) : String(population.periodTo)));
  return parts.join('; ');
}
