import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { MAX_SLIDE, queryToState, stateToQuery } from '../../../src/model/url-state.ts';

const known = new Set(['RUS', 'CHN', 'KAZ']);

describe('?country= (unchanged)', () => {
  it('opens a known country and explains an unknown one', () => {
    expect(queryToState('?country=rus', known)).toEqual({
      state: { country: 'RUS', present: null },
      notices: [],
    });
    const { state, notices } = queryToState('?country=XXX', known);
    expect(state.country).toBeNull();
    expect(notices.map(word)).toEqual([expect.stringContaining('"XXX"')]);
  });
});

describe('?present=', () => {
  it('is the 1-based slide', () => {
    expect(queryToState('?present=4', known).state.present).toBe(4);
    expect(queryToState('?country=CHN&present=2', known).state).toEqual({ country: 'CHN', present: 2 });
  });

  it('clamps absurd numbers and starts at 1 for an empty or non-numeric value', () => {
    expect(queryToState('?present=0', known).state.present).toBe(1);
    expect(queryToState('?present=-7', known).state.present).toBe(1);
    expect(queryToState('?present=1e9', known).state.present).toBe(MAX_SLIDE);
    expect(queryToState('?present=3.7', known).state.present).toBe(3);
    expect(queryToState('?present', known).state.present).toBe(1);
    const words = queryToState('?present=intro', known);
    expect(words.state.present).toBe(1);
    expect(words.notices.map(word)).toEqual([expect.stringContaining('"intro"')]);
  });

  it('writes and keeps other parameters', () => {
    expect(stateToQuery({ country: 'RUS', present: 4 }, '?lang=en&present=9')).toBe(
      '?lang=en&country=RUS&present=4',
    );
    expect(stateToQuery({ country: null, present: null }, '?present=2&country=CHN')).toBe('');
  });

  it('round-trips and never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string(), (garbage) => {
        const { state } = queryToState(garbage, known);
        expect(state.present === null || (state.present >= 1 && state.present <= MAX_SLIDE)).toBe(true);
        expect(queryToState(stateToQuery(state), known).state).toEqual(state);
      }),
    );
  });
});
