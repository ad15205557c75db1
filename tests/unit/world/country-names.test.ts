// @vitest-environment node -- the names files as the build serves them (virtual:names/<locale>)

import kk from 'virtual:names/kk';
import ru from 'virtual:names/ru';
import { describe, expect, it } from 'vitest';
import NAME_OVERRIDES from '../../../data/country-name-overrides.json';
import dataset from '../../../data/kazakhstan.json';
import type { NameOverrides } from '../../../src/geo/localised-names.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { countryName, countryNameById, world } from '../../../src/world/world.ts';

const files = { ru, kk };
const english = new Map(world.shapes.map((s) => [s.id, s.name]));
const names = (id: string) => ({ en: english.get(id), ru: ru[id], kk: kk[id] });

describe('country names in Russian and Kazakh', () => {
  it.each(['ru', 'kk'] as const)('name every shape on the map in %s, in Cyrillic', (locale) => {
    for (const shape of world.shapes) {
      expect(files[locale][shape.id], shape.id).toMatch(
        /^[\p{Script=Cyrillic}][\p{Script=Cyrillic}\s’—-]*$/u,
      );
    }
    expect(Object.keys(files[locale]).sort()).toEqual(world.shapes.map((s) => s.id).sort());
  });

  it('apply every override in the data file, each with its reason', () => {
    for (const [id, override] of Object.entries(NAME_OVERRIDES as NameOverrides)) {
      expect(override.why.length, id).toBeGreaterThan(20);
      if (override.ru) expect(ru[id]).toBe(override.ru);
      if (override.kk) expect(kk[id]).toBe(override.kk);
    }
  });

  it('keep the two Congos apart in every language', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const [congo, dr] = [names('COG')[locale], names('COD')[locale]];
      expect(congo, locale).toMatch(/Congo|Конго/);
      expect(dr, locale).toMatch(/Congo|Конго/);
      expect(congo).not.toBe(dr);
    }
    expect(names('COG')).toEqual({
      en: 'Republic of the Congo',
      ru: 'Республика Конго',
      kk: 'Конго Республикасы',
    });
    expect(names('COD')).toEqual({
      en: 'DR Congo',
      ru: 'Демократическая Республика Конго',
      kk: 'Конго Демократиялық Республикасы',
    });
  });

  it('name the two Koreas by the one rule: the geographic pair, in every language', () => {
    expect(names('PRK')).toEqual({ en: 'North Korea', ru: 'Северная Корея', kk: 'Солтүстік Корея' });
    expect(names('KOR')).toEqual({ en: 'South Korea', ru: 'Южная Корея', kk: 'Оңтүстік Корея' });
  });

  it('use the short name in common use, and the names official in Kazakhstan', () => {
    expect(names('RUS')).toEqual({ en: 'Russia', ru: 'Россия', kk: 'Ресей' });
    expect(names('USA')).toEqual({ en: 'United States', ru: 'США', kk: 'АҚШ' });
    expect(names('CHN')).toEqual({ en: 'China', ru: 'Китай', kk: 'Қытай' });
    expect(names('KGZ')).toEqual({ en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' });
    expect(names('TKM')).toEqual({ en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан' });
    expect(names('KAZ')).toEqual({ en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' });
    // The article's date decides (renamed-countries.ts): English "Turkey"; in Russian and Kazakh the
    // name did not change.
    expect(names('TUR')).toEqual({ en: 'Turkey', ru: 'Турция', kk: 'Түркия' });
    expect(names('inert:Kosovo')).toEqual({ en: 'Kosovo', ru: 'Косово', kk: 'Косово' });
  });

  it('name every country the article covers without brackets, abbreviations or a bare «Конго»', () => {
    const covered = [dataset.home.id, ...dataset.partners.map((p) => p.id)];
    const allowed = new Set(['США', 'АҚШ', 'ОАЭ']);
    for (const id of covered)
      for (const name of [ru[id], kk[id]]) {
        expect(name, id).not.toMatch(/[()]/);
        if (name && /^[\p{Lu}]{2,}$/u.test(name)) expect(allowed, `${id} ${name}`).toContain(name);
      }
  });
});

describe('the active language', () => {
  it('answers countryName and countryNameById in the language the store switched to', async () => {
    expect(countryName('KGZ')).toBe('Kyrgyzstan');
    await useAppStore.getState().setLocale('kk');
    expect(countryName('KGZ')).toBe('Қырғызстан');
    expect(countryNameById.get('USA')).toBe('АҚШ');
    await useAppStore.getState().setLocale('ru');
    expect(countryName('KGZ')).toBe('Кыргызстан');
    expect(countryNameById.get('USA')).toBe('США');
    await useAppStore.getState().setLocale('en');
    expect(countryName('KGZ')).toBe('Kyrgyzstan');
    expect(countryNameById.get('USA')).toBe('United States');
  });
});
