import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, t } from '../../../src/i18n/i18n.ts';
import { matchLocale } from '../../../src/i18n/locales.ts';

afterEach(() => activateLocale('en'));

describe('i18n', () => {
  it("words plurals by each language's rules", async () => {
    expect([1, 2, 5].map((count) => t('count.countries', { count }))).toEqual([
      '1 country',
      '2 countries',
      '5 countries',
    ]);
    await activateLocale('ru');
    expect([1, 2, 5, 11, 21, 22].map((count) => t('count.countries', { count }))).toEqual([
      '1 страна',
      '2 страны',
      '5 стран',
      '11 стран',
      '21 страна',
      '22 страны',
    ]);
    await activateLocale('kk');
    expect([1, 5].map((count) => t('count.countries', { count }))).toEqual(['1 ел', '5 ел']);
  });

  it("matches the browser's languages by their primary subtag", () => {
    expect(matchLocale(['ru-KZ', 'en'])).toBe('ru');
    expect(matchLocale(['de', 'KK_kz'])).toBe('kk');
    expect(matchLocale(['de', 'fr'])).toBeNull();
    expect(matchLocale([])).toBeNull();
  });
});
