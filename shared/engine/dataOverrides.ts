import type { Dataset } from '../dataset/schema';
import type { Warning } from '../result/schema';
import { formatNumber } from '../format/nl';

/** The dataset as this scenario reads it: its figure alternatives applied, each one named in a warning. */
export function applyDataOverrides(ds: Dataset, overrides: Record<string, number>, warn: (w: Warning) => void): Dataset {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(overrides)) {
    const figure = byId.get(id);
    if (!figure) {
      warn({ code: 'dataOverrideUnknown', message: `Het scenario vervangt cijfer ${id}, maar dat cijfer bestaat niet in de dataset; genegeerd.` });
      continue;
    }
    warn({
      code: 'dataOverride',
      message: `Dit scenario rekent met ${formatNumber(value, 2)} in plaats van ${formatNumber(figure.value, 2)} voor ${id} (${figure.source.document} · ${figure.source.place}).`,
      ...(figure.gemeente ? { gemeente: figure.gemeente } : {}),
    });
  }
  return { ...ds, figures: ds.figures.map((f) => (f.id in overrides ? { ...f, value: overrides[f.id] ?? f.value } : f)) };
}

