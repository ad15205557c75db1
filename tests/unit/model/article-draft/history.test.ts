import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  record,
  redo,
  startHistory,
  undo,
} from '../../../../src/model/article-draft/history.ts';

describe('undo and redo', () => {
  it('steps back and forward, and a new step drops the redo', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h).toEqual({ past: ['a'], present: 'b', future: ['c'] });
    h = record(h, 'd');
    expect(h).toEqual({ past: ['a', 'b'], present: 'd', future: [] });
    expect(redo(h)).toBe(h);
  });

  it('records the same value as no step, and forgets the oldest beyond the limit', () => {
    const h = startHistory(0);
    expect(record(h, 0)).toBe(h);
    let long = h;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) long = record(long, i);
    expect(long.past.length).toBe(HISTORY_LIMIT);
    expect(long.past[0]).toBe(5);
  });
});
