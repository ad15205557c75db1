import { buildCountryIndex, type CountryIndex } from '../../model/spreadsheet/country-index.ts';

let loading: Promise<CountryIndex> | undefined;

/** The index, built once, from files loaded only when an import starts (not in the first view). */
export function loadCountryIndex(): Promise<CountryIndex> {
  loading ??= Promise.all([
    import('i18n-iso-countries/codes.json'),
    import('i18n-iso-countries/langs/en.json'),
    import('i18n-iso-countries/langs/ru.json'),
    import('i18n-iso-countries/langs/kk.json'),
    import('../../../data/country-aliases.json'),
  ]).then(([codes, en, ru, kk, aliases]) =>
    buildCountryIndex(codes.default, { en: en.default, ru: ru.default, kk: kk.default }, aliases.default),
  );
  return loading;
}
