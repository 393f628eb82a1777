/**
 * Undo/redo over immutable snapshots. Pure, so it is tested without a DOM. Consecutive edits of
 * the same field within `mergeMs` merge into one step, so typing "1,25" is one undo, not four.
 */
export type History<T> = { past: { value: T; key: string; at: number }[]; present: T; future: T[]; lastKey: string | null; lastAt: number };

export const MAX_STEPS = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

export function record<T>(h: History<T>, next: T, key: string, at: number, mergeMs = 1000): History<T> {
  if (h.lastKey === key && at - h.lastAt < mergeMs && h.past.length > 0) {
    return { ...h, present: next, future: [], lastAt: at };
  }
  const past = [...h.past, { value: h.present, key, at }].slice(-MAX_STEPS);
  return { past, present: next, future: [], lastKey: key, lastAt: at };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { past: h.past.slice(0, -1), present: prev.value, future: [h.present, ...h.future], lastKey: null, lastAt: 0 };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, { value: h.present, key: '', at: 0 }], present: next, future: rest, lastKey: null, lastAt: 0 };
}

export const canUndo = <T,>(h: History<T>) => h.past.length > 0;
export const canRedo = <T,>(h: History<T>) => h.future.length > 0;
