import type { Dataset, Figure } from '../dataset/schema';
import { periodKey } from '../dataset/query';
import type { Finding } from './finding';
import { placeName } from './labels';

/** Parses a number as printed in a Dutch source: "1.040" is one thousand and forty, "2,5" two and a half. */
export function parseDutchNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

export type ParsedExpression = { terms: number[]; stated: number };

/** "26 + 54 + 17 = 97" → terms [26, 54, 17], stated 97. Subtraction is a negative term. */
export function parseSumExpression(expression: string): ParsedExpression | null {
  const [left, right, ...rest] = expression.split('=');
  if (left === undefined || right === undefined || rest.length > 0) return null;
  const stated = parseDutchNumber(right);
  if (stated === null) return null;
  const terms: number[] = [];
  for (const match of left.replace(/\s+/g, '').matchAll(/([+\-−]?)([^+\-−]+)/g)) {
    const n = parseDutchNumber(match[2] ?? '');
    if (n === null) return null;
    terms.push(match[1] === '-' || match[1] === '−' ? -n : n);
  }
  return terms.length > 0 ? { terms, stated } : null;
}

/** A sum written out in a cell against its parts, and against the figure's own value. */
export function checkExpressions(ds: Dataset): Finding[] {
  return ds.figures.flatMap((f) => (f.expression === undefined ? [] : expressionFindings(ds, f, f.expression)));
}

function expressionFindings(ds: Dataset, f: Figure, expression: string): Finding[] {
  const gemeente = placeName(ds, f.gemeente);
  const base = {
    check: 'expression' as const,
    series: [f.series],
    gemeente: f.gemeente,
    period: periodKey(f),
    figures: [{ figureId: f.id, gemeente: f.gemeente, value: f.value, role: { code: 'cell' as const, params: { expression } } }],
  };
  const parsed = parseSumExpression(expression);
  if (!parsed) {
    return [
      { ...base, id: `expression:${f.id}:unreadable`, severity: 'info', code: 'sumUnreadable', params: { gemeente, expression, figureId: f.id }, expected: null, actual: null },
    ];
  }
  const sum = parsed.terms.reduce((a, b) => a + b, 0);
  const findings: Finding[] = [];
  if (Math.abs(sum - parsed.stated) > 1e-9) {
    findings.push({
      ...base,
      id: `expression:${f.id}:sum`,
      severity: 'contradiction',
      code: 'sumWrong',
      params: { gemeente, document: f.source.document, place: f.source.place, expression, sum, stated: parsed.stated, note: f.note ?? null },
      expected: sum,
      actual: parsed.stated,
    });
  }
  if (f.value !== null && Math.abs(f.value - parsed.stated) > 1e-9) {
    findings.push({
      ...base,
      id: `expression:${f.id}:value`,
      severity: 'contradiction',
      code: 'valueDiffersFromSum',
      params: { gemeente, expression, value: f.value, stated: parsed.stated },
      expected: parsed.stated,
      actual: f.value,
    });
  }
  return findings;
}
