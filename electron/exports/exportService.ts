import { runChecks } from '../../shared/checks';
import { toCsv } from '../../shared/format/csv';
import type { Locale } from '../../shared/format/nl';
import { runScenario } from '../../shared/engine/run';
import { deckImageCharts } from '../../shared/export/deckCharts';
import { deckHeadlines } from '../../shared/export/headlines';
import { buildReport, reportCharts, type Report } from '../../shared/export/report';
import { CSV_COLUMNS, resultRows } from '../../shared/result/table';
import { withTitleAndSource } from '../../shared/charts/standalone';
import { compareGapChart } from '../../shared/charts/compareChart';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import type { Dataset } from '../../shared/dataset/schema';
import type { FigureView } from '../../shared/dataset/figureView';
import type { Result } from '../../shared/result/schema';
import type { Scenario } from '../../shared/scenario/schema';
import { slugify } from '../../shared/scenario/slug';
import { buildMemo } from './docx';
import { buildDeck } from './pptx';
import { buildWorkbook, type WorkbookOptions } from './xlsx';
import { MIME, type ChartImages, type ExportFormat } from './types';
import { InputError } from '../api/inputError';

export type ExportInput = {
  dataset: Dataset;
  /** The first is the main scenario; the others are compared with it. */
  scenarios: readonly Scenario[];
  format: ExportFormat;
  /** ISO date-time of the export. */
  date: string;
  locale?: Locale;
  /** For png/svg: which chart (default the regional gap chart; with more scenarios the comparison chart). */
  chartId?: string;
  /** The id of the scenario the others are compared with (default the first). */
  reference?: string | null;
  /** The source figures the analyst changed by hand, listed in the memo's colophon. */
  edits?: readonly FigureView[];
};

/** Renders charts to images; the command line uses a headless browser, the app its own window. */
export type ChartRenderer = (specs: readonly ChartSpec[]) => Promise<ReadonlyMap<string, { png: Buffer; svg: string; width: number; height: number }>>;

export type ExportOutput = { fileName: string; mime: string; data: Buffer };

export class ExportInputError extends InputError {}

export function prepareReport(input: Omit<ExportInput, 'format' | 'chartId'>): { report: Report; results: Result[] } {
  if (input.scenarios.length === 0) throw new ExportInputError('Kies ten minste één scenario.');
  if (input.scenarios.length > 4) throw new ExportInputError('Vergelijk hoogstens vier scenario’s tegelijk.');
  const results = input.scenarios.map((s) => runScenario(input.dataset, s));
  const report = buildReport({ scenarios: input.scenarios, results, dataset: input.dataset, findings: runChecks(input.dataset), date: input.date, locale: input.locale ?? 'nl-NL', reference: input.reference ?? null, edits: input.edits ?? [] });
  return { report, results };
}

/**
 * One export, whatever asks for it: the report is built from the results once, the charts are
 * rendered once, and the format only lays it out. Progress is reported per step.
 */
export async function exportDocument(input: ExportInput, render: ChartRenderer, onProgress: (step: string) => void = () => undefined): Promise<ExportOutput> {
  onProgress('Uitkomsten berekenen');
  const { report, results } = prepareReport(input);
  const base = fileBase(input.scenarios, input.date);
  switch (input.format) {
    case 'docx':
    case 'pptx': {
      // The deck draws most charts natively: only those it places as pictures are rendered.
      const charts = input.format === 'docx' ? reportCharts(report) : deckImageCharts(report);
      onProgress(`${charts.length} grafieken tekenen`);
      const images: ChartImages = charts.length > 0 ? await render(charts) : new Map();
      onProgress(input.format === 'docx' ? 'Word-memo opbouwen' : 'Presentatie opbouwen');
      const data = input.format === 'docx' ? await buildMemo(report, images) : await buildDeck(report, images, { headline: deckHeadlines(results, report.locale, input.reference ?? null) });
      return { fileName: `${base}.${input.format}`, mime: MIME[input.format], data };
    }
    case 'xlsx':
      onProgress('Werkmap opbouwen');
      return { fileName: `${base}.xlsx`, mime: MIME.xlsx, data: await buildWorkbook(report, workbookOptions(results)) };
    case 'csv': {
      const rows = results.flatMap((result) => resultRows(result).map((row) => [result.scenarioName, ...CSV_COLUMNS.map((c) => c.value(row))]));
      return { fileName: `${base}.csv`, mime: MIME.csv, data: Buffer.from(toCsv(['scenario', ...CSV_COLUMNS.map((c) => c.csv)], rows), 'utf8') };
    }
    case 'png':
    case 'svg': {
      // With --compare a picture is of the comparison, never silently of the first scenario alone.
      const comparing = input.scenarios.length > 1;
      const wanted = input.chartId ?? (comparing ? 'compare' : 'gap');
      if (comparing && !wanted.startsWith('compare')) {
        const ids = reportCharts(report).filter((c) => c.id.startsWith('compare')).map((c) => c.id);
        throw new ExportInputError(`Grafiek "${wanted}" hoort bij één scenario. Bij een vergelijking (--compare) kies een vergelijkingsgrafiek: ${[...new Set(['compare', ...ids])].join(', ')}; of exporteer zonder --compare.`);
      }
      // The programme's comparison chart also where the chapter left it out (every scenario equal): drawn with its note.
      const spec = reportCharts(report).find((c) => c.id === wanted) ?? (wanted === 'compare' && comparing ? compareGapChart(results, input.dataset, report.locale, input.reference) : undefined);
      if (!spec) throw new ExportInputError(`Grafiek "${wanted}" bestaat niet. Kies uit: ${reportCharts(report).map((c) => c.id).join(', ')}.`);
      onProgress('Grafiek tekenen');
      const image = (await render([withTitleAndSource(spec)])).get(spec.id);
      if (!image) throw new Error(`De grafiek ${spec.id} kon niet worden getekend.`);
      return { fileName: `${base}-${spec.id}.${input.format}`, mime: MIME[input.format], data: input.format === 'png' ? image.png : Buffer.from(image.svg, 'utf8') };
    }
  }
}

/**
 * "woonzorgverkenner-basis-2026-11-23" or "…-basis-vs-versneld-hilversum-…": a built-in by its
 * short id, every other scenario by its current name (a copy renamed after it was made keeps the
 * id of its first name, "kopie-van-…", which must not name the file).
 */
export function fileBase(scenarios: readonly Scenario[], date: string): string {
  const part = (s: Scenario) => ('builtin' in s && s.builtin === true ? s.id : slugify(s.name, s.id));
  return `woonzorgverkenner-${scenarios.map(part).join('-vs-')}-${date.slice(0, 10)}`;
}

/** The workbook's CBS codes beside the names: the main result's. */
function workbookOptions(results: readonly Result[]): WorkbookOptions {
  const main = results[0];
  if (!main) return {};
  return { gemeenten: main.gemeenten };
}
