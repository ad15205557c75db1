import { describe, expect, it } from 'vitest';
import { queryToState, stateToQuery } from '../../../src/model/url-state.ts';

const countries = new Set(['RUS', 'CHN']);

describe('?lang= in links', () => {
  it('reads en, ru and kk, whatever the case and spaces', () => {
    expect(queryToState('?lang=ru', countries).state.lang).toBe('ru');
    expect(queryToState('?lang=%20KK%20', countries).state.lang).toBe('kk');
    expect(queryToState('?lang=en&lang=kk', countries).state.lang).toBe('kk');
    expect(queryToState('?country=RUS&lang=En', countries).notices).toEqual([]);
  });

  it('leaves the language as it is when the link has none or an empty one', () => {
    expect(queryToState('?country=RUS', countries).state).not.toHaveProperty('lang');
    const { state, notices } = queryToState('?lang=', countries);
    expect(state).not.toHaveProperty('lang');
    expect(notices).toEqual([]);
  });

  it('reports an unknown language, to be named, and keeps the language', () => {
    const { state, notices, unknownLang } = queryToState('?lang=fr-CA', countries);
    expect(state).not.toHaveProperty('lang');
    expect(unknownLang).toBe('fr-CA');
    expect(notices).toEqual([]);
    expect(queryToState(`?lang=${'x'.repeat(40)}`, countries).unknownLang).toBe(`${'x'.repeat(24)}…`);
    expect(queryToState('?lang=kk', countries).unknownLang).toBeUndefined();
  });

  it('writes the language last, replacing the one the link had, keeping the rest', () => {
    expect(stateToQuery({ country: 'RUS', lang: 'kk' }, '?lang=ru&x=1')).toBe('?x=1&country=RUS&lang=kk');
    expect(stateToQuery({ country: null, lang: 'en' })).toBe('?lang=en');
    expect(stateToQuery({ country: null }, '?lang=ru')).toBe('?lang=ru');
  });
});
