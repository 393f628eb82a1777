import type { Dataset } from '../dataset/schema';
import type { Warning } from './warnings';

/** The dataset as this scenario reads it: its figure alternatives applied, each one named in a warning. */
export function applyDataOverrides(ds: Dataset, overrides: Record<string, number>, warn: (w: Warning) => void): Dataset {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(overrides)) {
    const figure = byId.get(id);
    if (!figure) {
      warn({ code: 'dataOverrideUnknown', params: { figureId: id } });
      continue;
    }
    warn({
      code: 'dataOverride',
      params: { figureId: id, value, original: figure.value, document: figure.source.document, place: figure.source.place },
      ...(figure.gemeente ? { gemeente: figure.gemeente } : {}),
    });
  }
  return { ...ds, figures: ds.figures.map((f) => (f.id in overrides ? { ...f, value: overrides[f.id] ?? f.value } : f)) };
}

