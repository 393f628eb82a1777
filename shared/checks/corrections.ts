import type { Dataset } from '../dataset/schema';
import type { Correction, Finding } from './finding';

/** At most this many candidate corrections are tried per run (each one runs the checks again). */
const MAX_TRIALS = 40;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The single-figure corrections a finding suggests by itself: the value that would make its own arithmetic hold. */
function candidates(f: Finding): { figureId: string; value: number }[] {
  switch (f.code) {
    case 'totalMismatch': {
      const difference = f.params.printed - f.params.sum;
      const [printed, ...rows] = f.figures;
      return [
        ...rows.filter((r) => r.value !== null && r.value + difference >= 0).map((r) => ({ figureId: r.figureId, value: round2((r.value ?? 0) + difference) })),
        ...(printed ? [{ figureId: printed.figureId, value: round2(f.params.sum) }] : []),
      ];
    }
    case 'ratioMismatch': {
      const numerator = f.figures[0];
      return numerator ? [{ figureId: numerator.figureId, value: Math.round(f.params.expected) }] : [];
    }
    case 'valueDiffersFromSum': {
      const cell = f.figures[0];
      return cell ? [{ figureId: cell.figureId, value: f.params.stated }] : [];
    }
    case 'sameQuantityDiffers': {
      const [a, b] = f.figures;
      return a && b ? [{ figureId: a.figureId, value: f.params.otherValue }, { figureId: b.figureId, value: f.params.value }] : [];
    }
    default:
      return [];
  }
}

/**
 * Findings linked when one correction resolves several. Each contradiction suggests the
 * single-figure corrections that would make its own arithmetic hold (a row of a total, the
 * numerator of a ratio). A correction that more than one finding suggests, or the only one a
 * finding suggests, is tried: the checks run again on the corrected dataset, and it is offered
 * when it makes findings go away without raising a new contradiction. E.g. Wijdemeren's
 * laag en midden 330 instead of 320 makes the column add up to the printed 4 561 and the row
 * 66 % of 500: one correction, two findings. The correction is data for a scenario's `dataOverrides`.
 */
export function linkCorrections(ds: Dataset, findings: Finding[], run: (ds: Dataset) => Finding[]): Finding[] {
  const contradictions = findings.filter((f) => f.severity === 'contradiction');
  const proposals = new Map<string, { figureId: string; value: number; by: Set<string> }>();
  const single = new Set<string>();
  for (const f of contradictions) {
    const list = candidates(f);
    for (const c of list) {
      const key = `${c.figureId}=${c.value}`;
      const entry = proposals.get(key) ?? { ...c, by: new Set<string>() };
      entry.by.add(f.id);
      proposals.set(key, entry);
      if (list.length === 1) single.add(key);
    }
  }
  const trials = [...proposals.entries()]
    .filter(([key, p]) => p.by.size > 1 || single.has(key))
    .sort(([, a], [, b]) => b.by.size - a.by.size)
    .slice(0, MAX_TRIALS);
  if (trials.length === 0) return findings;

  const before = new Set(contradictions.map((f) => f.id));
  const known = new Set(findings.map((f) => f.id));
  const best = new Map<string, Correction>();
  for (const [, p] of trials) {
    if (!ds.figures.some((f) => f.id === p.figureId)) continue;
    const corrected: Dataset = { ...ds, figures: ds.figures.map((f) => (f.id === p.figureId ? { ...f, value: p.value } : f)) };
    const after = run(corrected);
    const remaining = new Set(after.map((f) => f.id));
    const raised = after.some((f) => f.severity === 'contradiction' && !before.has(f.id) && !known.has(f.id));
    const resolves = [...before].filter((id) => !remaining.has(id));
    if (raised || !resolves.some((id) => p.by.has(id))) continue;
    const correction: Correction = { figureId: p.figureId, value: p.value, resolves: resolves.sort() };
    for (const id of resolves) {
      const current = best.get(id);
      if (!current || current.resolves.length < resolves.length) best.set(id, correction);
    }
  }
  return findings.map((f) => {
    const correction = best.get(f.id);
    if (!correction) return f;
    const linked = correction.resolves.filter((id) => id !== f.id);
    return { ...f, resolvedBy: correction, ...(linked.length > 0 ? { linked } : {}) };
  });
}
