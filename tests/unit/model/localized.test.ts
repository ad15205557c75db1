// @vitest-environment node -- pure data tests
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { loadDatasetText } from '../../../src/model/load-dataset.ts';
import { type LocalizedText, localized } from '../../../src/model/localized.ts';
import { tourSchema } from '../../../src/model/tour-schema.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8'));
const builtIn = read('kazakhstan.json');
const tour = read('tour.json');

describe('localized', () => {
  it('picks the language, else English', () => {
    const text = { en: 'Cooperation', ru: 'Сотрудничество' };
    expect(localized(text, 'ru')).toBe('Сотрудничество');
    expect(localized(text, 'kk')).toBe('Cooperation');
    expect(localized(text, 'en')).toBe('Cooperation');
    expect(localized('Plain', 'kk')).toBe('Plain');
  });
});

describe("the schema takes the dataset's words as text or per language", () => {
  const withVectorName = (name: unknown) => {
    const d = structuredClone(builtIn);
    d.vectors[0].name = name;
    return validateDataset(d);
  };

  it('accepts plain text and { en, ru, kk }', () => {
    expect(withVectorName('Central Asia').ok).toBe(true);
    expect(withVectorName({ en: 'Central Asia', kk: 'Орталық Азия' }).ok).toBe(true);
  });

  it('refuses a name without English, naming the path and the form', () => {
    const result = withVectorName({ ru: 'Центральная Азия' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(word)).toEqual([
      'vectors[0].name: expected text or { "en": …, "ru": …, "kk": … } with "en" (English, the fallback) given',
    ]);
  });

  it('refuses an unknown language key and an empty translation, naming the path', () => {
    const typo = withVectorName({ en: 'Central Asia', kz: 'Орталық Азия' });
    expect(typo.ok || typo.errors.map(word)).toEqual(['vectors[0].name: Unrecognized key: "kz"']);
    const empty = withVectorName({ en: 'Central Asia', ru: '' });
    expect(empty.ok || empty.errors.map(word).join()).toMatch(/^vectors\[0\]\.name\.ru: /);
  });

  it("keeps a group's English acronym in Latin capitals (its link value) and lets the others be Cyrillic", () => {
    const d = structuredClone(builtIn);
    d.groups[0].acronym = { en: 'ЕС', ru: 'ЕС' };
    expect(validateDataset(d).ok).toBe(false);
    d.groups[0].acronym = { en: 'EU', ru: 'ЕС', kk: 'ЕО' };
    expect(validateDataset(d).ok).toBe(true);
  });

  it('lets a tour give its slide titles per language', () => {
    expect(tourSchema.safeParse(tour).success).toBe(true);
    const bad = structuredClone(tour);
    bad.steps[0].title = { kk: 'Тұжырымдама' };
    expect(tourSchema.safeParse(bad).error?.issues[0]?.path).toEqual(['steps', 0, 'title']);
  });

  it("never checks a quote's translation against the article", () => {
    const d = structuredClone(builtIn);
    d.source.body = readFileSync(new URL('../../../data/article.txt', import.meta.url), 'utf8');
    const ids = new Set<string>([d.home.id, ...d.partners.map((p: { id: string }) => p.id)]);
    d.partners[0].aims[0].translations = { ru: 'Этих слов в статье нет', kk: 'Бұл сөздер мақалада жоқ' };
    expect(loadDatasetText(JSON.stringify(d), ids)).toMatchObject({ ok: true });
    d.partners[0].aims[0].text = 'Words the article does not have';
    const changed = loadDatasetText(JSON.stringify(d), ids);
    expect(changed.ok || changed.errors.map(word)).toEqual([
      'partners[0].aims[0].text: not found verbatim in source.body',
    ]);
  });
});

/** Every field of the dataset's own words, by path, for the completeness check. */
function wordsOf(d: typeof builtIn, t: typeof tour): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [
    ['title', d.title],
    ['shortTitle', d.shortTitle],
    ['tour.title', t.title],
  ];
  const each = (list: Record<string, LocalizedText>[], name: string, keys: string[]) =>
    list.forEach((item, i) => {
      for (const key of keys) if (item[key] !== undefined) out.push([`${name}[${i}].${key}`, item[key]]);
    });
  each(d.sections, 'sections', ['title']);
  each(d.vectors, 'vectors', ['name', 'description']);
  each(d.sectors, 'sectors', ['name']);
  each(d.groups, 'groups', ['name', 'acronym', 'phrase']);
  each(d.regions, 'regions', ['name', 'phrase']);
  each(d.organisations, 'organisations', ['acronym', 'fullName']);
  each(t.steps, 'tour.steps', ['title']);
  return out;
}

describe('the built-in dataset in three languages', () => {
  it('gives en, ru and kk for every name, title and abbreviation', () => {
    const missing = wordsOf(builtIn, tour).flatMap(([path, text]) =>
      LOCALES.filter((l) => typeof text !== 'object' || !text[l]?.trim()).map((l) => `${path}.${l}`),
    );
    expect(missing).toEqual([]);
    expect(wordsOf(builtIn, tour).length).toBeGreaterThan(70);
  });

  it('writes Russian and Kazakh in Cyrillic', () => {
    for (const [path, text] of wordsOf(builtIn, tour)) {
      if (typeof text !== 'object') continue;
      expect(text.ru, path).toMatch(/[а-яё]/i);
      expect(text.kk, path).toMatch(/[а-яёәғқңөұүһі]/i);
    }
  });

  it("uses the organisations' own abbreviations", () => {
    const byId = Object.fromEntries(
      builtIn.organisations.map((o: { id: string; acronym: LocalizedText }) => [o.id, o.acronym]),
    );
    expect(byId).toEqual({
      UN: { en: 'UN', ru: 'ООН', kk: 'БҰҰ' },
      CIS: { en: 'CIS', ru: 'СНГ', kk: 'ТМД' },
      CICA: { en: 'CICA', ru: 'СВМДА', kk: 'АӨСШК' },
      CSTO: { en: 'CSTO', ru: 'ОДКБ', kk: 'ҰҚШҰ' },
      SCO: { en: 'SCO', ru: 'ШОС', kk: 'ШЫҰ' },
      OSCE: { en: 'OSCE', ru: 'ОБСЕ', kk: 'ЕҚЫҰ' },
      OIC: { en: 'OIC', ru: 'ОИС', kk: 'ИЫҰ' },
      TURKSOY: { en: 'TURKSOY', ru: 'ТЮРКСОЙ', kk: 'ТҮРКСОЙ' },
      EAEU: { en: 'EAEU', ru: 'ЕАЭС', kk: 'ЕАЭО' },
    });
    expect(builtIn.groups[0].acronym).toEqual({ en: 'EU', ru: 'ЕС', kk: 'ЕО' });
  });

  it('states the language its quotes are in', () => {
    expect(builtIn.source.language).toBe('en');
  });
});
