import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, MAX_STEPS, record, redo, startHistory, undo } from './undoHistory';

describe('undo history', () => {
  it('undo and redo walk back and forth; a new edit clears the redo list', () => {
    let h = startHistory(1);
    h = record(h, 2, 'a', 0);
    h = record(h, 3, 'b', 10);
    expect(h.present).toBe(3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe(2);
    h = record(h, 9, 'c', 20);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(2);
  });

  it('typing in one field within a second is one step; another field or a pause is a new one', () => {
    let h = startHistory('1');
    h = record(h, '1,', 'f', 0);
    h = record(h, '1,2', 'f', 300);
    h = record(h, '1,25', 'f', 600);
    expect(undo(h).present).toBe('1');
    h = record(h, '1,3', 'f', 5000);
    expect(undo(h).present).toBe('1,25');
    h = record(h, 'x', 'g', 5100);
    expect(undo(h).present).toBe('1,3');
  });

  it('keeps at most MAX_STEPS steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= MAX_STEPS + 50; i++) h = record(h, i, `k${i}`, i * 10_000);
    expect(h.past).toHaveLength(MAX_STEPS);
    while (canUndo(h)) h = undo(h);
    expect(h.present).toBe(50);
  });
});
