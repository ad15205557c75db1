import { describe, expect, it } from 'vitest';
import {
  chooseLocale,
  localePagePath,
  pageLocaleOfPath,
  parseLang,
} from '../../../src/model/locale-choice.ts';

describe('the language a visit starts in', () => {
  const all = { query: 'kk', page: 'ru', remembered: 'en', browser: ['ru-RU'] } as const;

  it('follows ?lang > the language page > remembered > the browser > English', () => {
    expect(chooseLocale(all)).toBe('kk');
    expect(chooseLocale({ ...all, query: null })).toBe('ru');
    expect(chooseLocale({ ...all, query: null, page: null })).toBe('en');
    expect(chooseLocale({ query: null, page: null, remembered: 'kk', browser: ['ru-RU'] })).toBe('kk');
    expect(chooseLocale({ query: null, page: null, remembered: null, browser: ['ru-RU'] })).toBe('ru');
    expect(chooseLocale({ browser: ['de-DE', 'kk-KZ', 'ru'] })).toBe('kk');
    expect(chooseLocale({ browser: ['de-DE', 'fr'] })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });

  it('parses ?lang= and keeps an unknown value to name it', () => {
    expect(parseLang('RU')).toEqual({ lang: 'ru', unknown: null });
    expect(parseLang(' kk ')).toEqual({ lang: 'kk', unknown: null });
    expect(parseLang('ru-RU')).toEqual({ lang: null, unknown: 'ru-RU' });
    expect(parseLang('')).toEqual({ lang: null, unknown: null });
    expect(parseLang(undefined)).toEqual({ lang: null, unknown: null });
  });

  it('knows the language pages of a site under any base, and nothing else', () => {
    expect(localePagePath('/', 'en')).toBe('/');
    expect(localePagePath('/', 'kk')).toBe('/kk/');
    expect(localePagePath('/map/', 'ru')).toBe('/map/ru/');
    expect(pageLocaleOfPath('/ru/', '/')).toBe('ru');
    expect(pageLocaleOfPath('/kk/index.html', '/')).toBe('kk');
    expect(pageLocaleOfPath('/index.html', '/')).toBe('en');
    expect(pageLocaleOfPath('/map/', '/map/')).toBe('en');
    expect(pageLocaleOfPath('/home/teacher/kazakhstan-map.html', '/')).toBeNull();
    expect(pageLocaleOfPath('/de/', '/')).toBeNull();
  });
});
