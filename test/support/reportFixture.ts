import { join } from 'node:path';
import { runChecks } from '../../shared/checks';
import { runScenario } from '../../shared/engine/run';
import { buildReport, type Report } from '../../shared/export/report';
import type { Result } from '../../shared/result/schema';
import type { ChartImages } from '../../electron/exports/types';
import { openStore } from '../../electron/store/store';

/** The report of stored scenarios on a fresh store (seed data), as the exports get it. */
export async function reportFor(dir: string, ...ids: string[]): Promise<{ report: Report; results: Result[] }> {
  const store = await openStore(join(dir, 'report.sqlite'));
  try {
    const ds = await store.dataset.dataset();
    const scenarios = await Promise.all(ids.map((id) => store.scenarios.require(id)));
    const results = scenarios.map((s) => runScenario(ds, s));
    return { report: buildReport({ scenarios, results, dataset: ds, findings: runChecks(ds), date: '2026-11-23T09:00:00Z', locale: 'nl-NL' }), results };
  } finally {
    await store.close();
  }
}

/** A 1×1 PNG: the documents' layout does not depend on the picture. */
export const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** One placeholder image per chart of the report, at print size. */
export function placeholderImages(report: Report): ChartImages {
  return new Map([...report.charts, ...report.gemeenten.flatMap((g) => g.charts)].map((c) => [c.id, { png: PIXEL_PNG, width: 960, height: 540 }]));
}
