import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../../src/model/country-search.ts';
import { normalise, searchCountries } from '../../../src/model/country-search.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { activateCountryNames, countryName, loadSearchEntries } from '../../../src/world/world.ts';

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

describe('country search in every language', () => {
  const english = { nameOf: () => '', locale: 'en' };
  const inEnglish = (query: string) => searchCountries(entries, query, 8, english)[0];

  it.each([
    ['Ресей', 'RUS'],
    ['Россия', 'RUS'],
    ['Российская Федерация', 'RUS'],
    ['Қытай', 'CHN'],
    ['Китай', 'CHN'],
    ['АҚШ', 'USA'],
    ['США', 'USA'],
    ['Кыргызстан', 'KGZ'],
    ['Қырғызстан', 'KGZ'],
    ['Киргизия', 'KGZ'],
    ['кндр', 'PRK'],
    ['Туркмения', 'TKM'],
    ['Түркия', 'TUR'],
    ['Казахстан', 'KAZ'],
    ['Қазақстан', 'KAZ'],
  ])('finds «%s» (%s) from an English interface, named in English', (query, id) => {
    expect(inEnglish(query)?.id).toBe(id);
    expect(inEnglish(query)?.name).toBe(countryName(id));
  });

  it('ignores case, ё/е and the Kazakh letters a Russian keyboard lacks', () => {
    expect(inEnglish('рЕсЕй')?.id).toBe('RUS');
    expect(inEnglish('казакстан')?.id).toBe('KAZ');
    expect(inEnglish('Кыргызстан')?.id).toBe(inEnglish('Қырғызстан')?.id);
    expect(normalise('Соединённые Штаты')).toBe(normalise('Соединенные штаты'));
  });

  it('finds Latin and Cyrillic names from a Russian interface, and names the hits in Russian', async () => {
    await useAppStore.getState().setLocale('ru');
    const russian = { nameOf: countryName, locale: 'ru' };
    expect(searchCountries(entries, 'Russia', 8, russian)[0]).toEqual({
      id: 'RUS',
      name: 'Россия',
      matched: 'Russia',
    });
    expect(searchCountries(entries, 'USA', 8, russian)[0]).toMatchObject({ id: 'USA', name: 'США' });
    expect(searchCountries(entries, 'Ресей', 8, russian)[0]).toMatchObject({ id: 'RUS', name: 'Россия' });
    expect(searchCountries(entries, 'Кыргыз', 8, russian)[0]).toEqual({ id: 'KGZ', name: 'Кыргызстан' });
    expect(searchCountries(entries, 'Kyrgyz Rep', 8, russian)[0]).toMatchObject({
      id: 'KGZ',
      name: 'Кыргызстан',
    });
  });

  it('orders equally good hits by the interface language’s alphabet', async () => {
    await activateCountryNames('ru');
    // Each name contains «ия», so all four match alike: Russian order, not the English names'
    // (Armenia, Australia, France, Japan).
    const some = entries.filter((e) => ['JPN', 'FRA', 'AUS', 'ARM'].includes(e.id));
    const hits = searchCountries(some, 'ия', 8, { nameOf: countryName, locale: 'ru' });
    expect(hits.map((h) => h.name)).toEqual(['Австралия', 'Армения', 'Франция', 'Япония']);
  });
});
