import { beforeAll, describe, expect, it } from 'vitest';
import aliases from '../../../../data/country-aliases.json';
import { loadCountryIndex } from '../../../../src/features/spreadsheet-import/load-country-index.ts';
import type { CountryIndex } from '../../../../src/model/spreadsheet/country-index.ts';
import { matchCountry } from '../../../../src/model/spreadsheet/match-country.ts';
import { selectableIds } from '../../../../src/world/world.ts';

let index: CountryIndex;
beforeAll(async () => {
  index = await loadCountryIndex();
});
const match = (raw: string, ids: ReadonlySet<string> = selectableIds) => matchCountry(raw, index, ids);

describe('matchCountry', () => {
  it.each([
    ['KZ', 'KAZ', 'alpha2'],
    ['kgz', 'KGZ', 'alpha3'],
    ['398', 'KAZ', 'numeric'],
    ['36', 'AUS', 'numeric'],
    ['036', 'AUS', 'numeric'],
  ])('reads the ISO code %s as %s (%s)', (raw, id, how) => {
    expect(match(raw)).toEqual({ kind: 'matched', id, how });
  });

  it.each([
    ['Germany', 'DEU', 'en'],
    ['Russian Federation', 'RUS', 'en'],
    ['Viet Nam', 'VNM', 'alias'],
    ['Korea, Republic of', 'KOR', 'en'],
    ['Türkiye', 'TUR', 'en'],
    ['Turkey', 'TUR', 'en'],
    ['Cote d’Ivoire', 'CIV', 'en'],
    ['CÔTE D IVOIRE', 'CIV', 'en'],
    ['USA', 'USA', 'alpha3'],
    ['Германия', 'DEU', 'ru'],
    ['Российская федерация', 'RUS', 'ru'],
    ['Киргизия', 'KGZ', 'ru'],
    ['Вьетнам', 'VNM', 'ru'],
    ['США', 'USA', 'ru'],
    ['Қырғызстан', 'KGZ', 'kk'],
    ['Ресей', 'RUS', 'kk'],
    ['Америка Құрама Штаттары', 'USA', 'kk'],
    ['Korea, Rep.', 'KOR', 'alias'],
    ['Kyrgyz Republic', 'KGZ', 'alias'],
    ['Кыргызстан', 'KGZ', 'alias'],
    ['АҚШ', 'USA', 'alias'],
    ['Китай', 'CHN', 'alias'],
    ['КНДР', 'PRK', 'alias'],
    ['Соединённые Штаты', 'USA', 'alias'],
    ['Соединенные штаты', 'USA', 'alias'],
  ])('matches the name %s to %s (%s)', (raw, id, how) => {
    expect(match(raw)).toEqual({ kind: 'matched', id, how });
  });

  it.each([
    ['Niger', 'NER'],
    ['Nigeria', 'NGA'],
    ['Sudan', 'SDN'],
    ['South Sudan', 'SSD'],
    ['Dominican Republic', 'DOM'],
    ['Guinea', 'GIN'],
    ['Guinea-Bissau', 'GNB'],
    ['Equatorial Guinea', 'GNQ'],
  ])('keeps the trap pair apart: %s is %s', (raw, id) => {
    expect(match(raw)).toMatchObject({ kind: 'matched', id });
  });

  it('matches only countries on the map', () => {
    expect(match('Germany', new Set(['FRA']))).toMatchObject({ kind: 'unmatched' });
  });

  it('reports an unknown name with the nearest names as suggestions', () => {
    expect(match('Atlantis')).toEqual({ kind: 'unmatched', suggestions: [] });
    expect(match('Mongolai')).toEqual({ kind: 'unmatched', suggestions: ['MNG'] });
    expect(match('Германя')).toMatchObject({ kind: 'unmatched', suggestions: ['DEU'] });
  });

  it('offers both Koreas for a bare "Korea"', () => {
    const result = match('Korea');
    expect(result.kind).toBe('unmatched');
    if (result.kind === 'unmatched') expect([...result.suggestions].sort()).toEqual(['KOR', 'PRK']);
  });

  it('reports a name two countries share as ambiguous, with both', () => {
    expect(match('Congo')).toEqual({ kind: 'ambiguous', candidates: ['COG', 'COD'] });
  });

  it('has an alias table whose every name reads as one country on the map', () => {
    for (const [id, names] of Object.entries(aliases)) {
      expect(selectableIds.has(id), id).toBe(true);
      for (const name of names) expect(match(name), name).toMatchObject({ kind: 'matched', id });
    }
  });
});
