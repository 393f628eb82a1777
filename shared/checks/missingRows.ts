import type { Dataset, Figure } from '../dataset/schema';
import { gemeenteName, groupBy, periodKey } from '../dataset/query';
import type { Finding } from './finding';
import { seriesLabels } from './labels';
import { expectedMembers } from './membership';

/**
 * For series that every member gemeente should have: a member without a row in a table
 * (series × period) is reported as missing; a row without a value as empty (with the
 * source's reason where it gives one); two rows for one gemeente as duplicate.
 *
 * Which members a table should list follows their membership in its period and at the time its
 * document was written (membership.ts). A table that at most half of those members report (e.g. a
 * later year imported for two gemeenten) is not a table with holes but a partial one: one note
 * that names who reports and who does not, instead of a "missing" per gemeente.
 */
export function checkRows(ds: Dataset): Finding[] {
  const perGemeente = new Set(ds.series.filter((s) => s.perGemeente).map((s) => s.id));
  const findings: Finding[] = [];
  const tables = groupBy(
    ds.figures.filter((f) => perGemeente.has(f.series) && f.gemeente !== null),
    (f) => `${f.series}|${periodKey(f)}`,
  );
  for (const rows of tables.values()) {
    const first = rows[0];
    if (!first) continue;
    const period = periodKey(first);
    const byGemeente = groupBy(rows, (f) => f.gemeente ?? '');
    const expected = expectedMembers(ds, first);
    const reporting = expected.filter((g) => byGemeente.has(g.code));
    const partial = expected.length > 1 && reporting.length * 2 <= expected.length;
    if (partial) findings.push(partialTable(rows, reporting.map((g) => g.name), expected.filter((g) => !byGemeente.has(g.code)).map((g) => g.name), period));
    for (const g of expected) {
      const own = byGemeente.get(g.code) ?? [];
      if (own.length === 0) {
        if (!partial) findings.push(missing(first, g.code, g.name, period));
      } else if (own.length > 1) {
        findings.push(duplicate(own, g.name, period));
      } else if (own[0] && own[0].value === null) {
        findings.push(empty(own[0], g.name, period));
      }
    }
  }
  return findings;
  function labelsOf(series: string): { series: string; seriesEn: string } {
    const label = seriesLabels(ds, series);
    return { series: label.nl, seriesEn: label.en };
  }
  function missing(sample: Figure, code: string, name: string, period: string): Finding {
    return {
      id: `missingRow:${sample.series}:${code}:${period}`,
      check: 'missingRow',
      severity: 'missing',
      series: [sample.series],
      gemeente: code,
      period,
      code: 'missingRow',
      params: { gemeente: name, ...labelsOf(sample.series), period },
      expected: null,
      actual: null,
      figures: [],
    };
  }
  function partialTable(rows: Figure[], reporting: string[], notReporting: string[], period: string): Finding {
    const f = rows[0] as Figure;
    return {
      id: `partialTable:${f.series}:${period}`,
      check: 'partialTable',
      severity: 'info',
      series: [f.series],
      gemeente: null,
      period,
      code: 'partialTable',
      params: { ...labelsOf(f.series), period, reporting, notReporting },
      expected: null,
      actual: null,
      figures: rows.map((o) => ({ figureId: o.id, gemeente: o.gemeente, value: o.value, role: { code: 'row' as const, params: { gemeente: gemeenteName(ds, o.gemeente) } } })),
    };
  }
  function duplicate(own: Figure[], name: string, period: string): Finding {
    const f = own[0] as Figure;
    return {
      id: `duplicateRow:${f.series}:${f.gemeente ?? ''}:${period}`,
      check: 'duplicateRow',
      severity: 'contradiction',
      series: [f.series],
      gemeente: f.gemeente,
      period,
      code: 'duplicateRow',
      params: { gemeente: name, ...labelsOf(f.series), period, count: own.length },
      expected: null,
      actual: null,
      figures: own.map((o) => ({ figureId: o.id, gemeente: o.gemeente, value: o.value, role: { code: 'row' as const, params: { gemeente: gemeenteName(ds, o.gemeente) } } })),
    };
  }
  function empty(f: Figure, name: string, period: string): Finding {
    return {
      id: `emptyRow:${f.id}`,
      check: 'emptyRow',
      severity: 'info',
      series: [f.series],
      gemeente: f.gemeente,
      period,
      code: 'emptyRow',
      params: { gemeente: name, ...labelsOf(f.series), period, note: f.note ?? null },
      expected: null,
      actual: null,
      figures: [{ figureId: f.id, gemeente: f.gemeente, value: null, role: { code: 'emptyRow', params: {} } }],
    };
  }
}
