import { join } from 'node:path';
import { runChecks } from '../../shared/checks';
import { runScenario } from '../../shared/engine/run';
import { buildReport, reportCharts, type Report } from '../../shared/export/report';
import type { Block } from '../../shared/export/section';
import type { ReportTable } from '../../shared/export/table';
import type { Locale } from '../../shared/format/nl';
import type { Result } from '../../shared/result/schema';
import type { ChartImages } from '../../electron/exports/types';
import { openStore } from '../../electron/store/store';

/** The report of stored scenarios on a fresh store (seed data), as the exports get it. */
export function reportFor(dir: string, ...ids: string[]): Promise<{ report: Report; results: Result[] }> {
  return reportIn('nl-NL', dir, ...ids);
}

export async function reportIn(locale: Locale, dir: string, ...ids: string[]): Promise<{ report: Report; results: Result[] }> {
  const store = await openStore(join(dir, 'report.sqlite'));
  try {
    const ds = await store.dataset.dataset();
    const scenarios = await Promise.all(ids.map((id) => store.scenarios.require(id)));
    const results = scenarios.map((s) => runScenario(ds, s));
    return { report: buildReport({ scenarios, results, dataset: ds, findings: runChecks(ds), date: '2026-11-23T09:00:00Z', locale }), results };
  } finally {
    await store.close();
  }
}

/** A 1×1 PNG: the documents' layout does not depend on the picture. */
export const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** One placeholder image per chart of the report, at print size. */
export function placeholderImages(report: Report): ChartImages {
  return new Map(reportCharts(report).map((c) => [c.id, { png: PIXEL_PNG, width: 960, height: 540 }]));
}

/** The blocks of one kind in a section of the report (none where the report has no such section). */
export function blocksOf<K extends Block['kind']>(report: Report, sectionId: string, kind: K): Extract<Block, { kind: K }>[] {
  return (report.sections.find((s) => s.id === sectionId)?.blocks ?? []).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

/** The report's table with this id (the first, for a table per scenario). */
export function tableOf(report: Report, id: string): ReportTable {
  const found = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.table.id === id);
  if (found?.kind !== 'table') throw new Error(`geen tabel ${id}`);
  return found.table;
}

/** The report with one table replaced, wherever a section shows it. */
export function withTable(report: Report, table: ReportTable): Report {
  const swap = (b: Block): Block => (b.kind === 'table' && b.table.id === table.id ? { kind: 'table', table } : b);
  return { ...report, sections: report.sections.map((s) => ({ ...s, blocks: s.blocks.map(swap), ...(s.slides ? { slides: s.slides.map((sl) => ({ ...sl, blocks: sl.blocks.map(swap) })) } : {}) })) };
}
