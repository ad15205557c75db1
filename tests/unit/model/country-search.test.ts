import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../../src/model/country-search.ts';
import { searchCountries } from '../../../src/model/country-search.ts';
import { loadSearchEntries } from '../../../src/world/world.ts';

let entries: readonly SearchEntry[] = [];
beforeAll(async () => {
  entries = await loadSearchEntries();
});

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

  it('does not jump to a country by its two-letter ISO code while a name is being typed', () => {
    // "ch" is the start of Chad, Chile and China, not a search for Switzerland (CH).
    expect(first('ch')).toBe('TCD');
    expect(first('ma')).toBe('MDG');
    // "US" and "UK" are names people say, and still find their country first.
    expect(first('US')).toBe('USA');
    expect(first('UK')).toBe('GBR');
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
