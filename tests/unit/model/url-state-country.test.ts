import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { queryToState, stateToQuery } from '../../../src/model/url-state.ts';

const known = new Set(['RUS', 'KAZ', 'CHN']);

describe('queryToState / stateToQuery: ?country=', () => {
  it('reads ?country= in any case and ignores surrounding space', () => {
    expect(queryToState('?country=RUS', known).state.country).toBe('RUS');
    expect(queryToState('?country=%20chn%20', known).state.country).toBe('CHN');
    expect(queryToState('', known).state.country).toBeNull();
    expect(queryToState('', known).notices).toEqual([]);
  });

  it('drops an unknown country with a notice that names it', () => {
    const { state, notices } = queryToState('?country=XYZ', known);
    expect(state.country).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices.map(word)[0]).toContain('"XYZ"');
  });

  it('takes the last of repeated keys and truncates absurd values in the notice', () => {
    expect(queryToState('?country=XYZ&country=KAZ', known).state.country).toBe('KAZ');
    const long = queryToState(`?country=${'A'.repeat(20000)}`, known);
    expect(long.state.country).toBeNull();
    expect(long.notices.map(word)[0]?.length).toBeLessThan(120);
  });

  it('writes only what it owns and keeps other parameters', () => {
    expect(stateToQuery({ country: 'RUS' })).toBe('?country=RUS');
    expect(stateToQuery({ country: null }, '?country=RUS')).toBe('');
    expect(stateToQuery({ country: 'KAZ' }, '?lang=en&country=RUS')).toBe('?lang=en&country=KAZ');
  });

  it('round-trips every known country', () => {
    fc.assert(
      fc.property(fc.constantFrom(null, ...known), (country) => {
        expect(queryToState(stateToQuery({ country }), known).state.country).toEqual(country);
      }),
    );
  });

  it('never throws on garbage and always returns a known country or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (garbage) => {
        for (const search of [garbage, `?${garbage}`, `?country=${garbage}`, `?country=%${garbage}`]) {
          const { state } = queryToState(search, known);
          expect(state.country === null || known.has(state.country)).toBe(true);
        }
      }),
    );
  });
});
