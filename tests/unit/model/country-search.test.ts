import { describe, expect, it } from 'vitest';
import { searchCountries } from '../../../src/model/country-search.ts';
import { searchEntries as entries } from '../../../src/world/world.ts';

const first = (query: string) => searchCountries(entries, query)[0]?.id;

describe('country search', () => {
  it.each([
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['turkiye', 'TUR'],
    ['USA', 'USA'],
    ['UK', 'GBR'],
    ['Kyrgyz Republic', 'KGZ'],
    ['Republic of Korea', 'KOR'],
    ['South Korea', 'KOR'],
    ['kaz', 'KAZ'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('returns nothing for an empty query and at most the limit', () => {
    expect(searchCountries(entries, '  ')).toEqual([]);
    expect(searchCountries(entries, 'a', 5)).toHaveLength(5);
  });

  it('says which alternative matched', () => {
    expect(searchCountries(entries, 'Kyrgyz Rep')[0]).toEqual({
      id: 'KGZ',
      name: 'Kyrgyzstan',
      matched: 'Kyrgyz Republic',
    });
  });
});
