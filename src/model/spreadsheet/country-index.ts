import { normaliseName } from './normalise-name.ts';

/** Where a name comes from: the ISO names in one language, or the project's alias table. */
export type NameSource = 'en' | 'ru' | 'kk' | 'alias';

/** i18n-iso-countries' `langs/*.json`: names by alpha-2 code, a string or [official, ...aliases]. */
export type LanguageNames = { countries: Readonly<Record<string, string | readonly string[]>> };

/** Everything matching needs: codes, and every normalised name with its country and source. */
export type CountryIndex = {
  /** alpha-2, alpha-3 (upper case) and numeric ("004") codes → alpha-3 id. */
  codes: ReadonlyMap<string, string>;
  /** Normalised name → the countries it names (more than one: ambiguous), first source wins. */
  names: ReadonlyMap<string, readonly { id: string; source: NameSource }[]>;
  /** First name per language, for showing a country in the preview's language. */
  display: Readonly<Record<'en' | 'ru' | 'kk', ReadonlyMap<string, string>>>;
};

type Codes = readonly (readonly string[])[];

/**
 * Builds the index from i18n-iso-countries' code table (`[alpha2, alpha3, numeric, ...]`) and name
 * files, and the project's alias table (`data/country-aliases.json`: alpha-3 → names).
 */
export function buildCountryIndex(
  codeRows: Codes,
  languages: Readonly<Record<'en' | 'ru' | 'kk', LanguageNames>>,
  aliases: Readonly<Record<string, readonly string[]>>,
): CountryIndex {
  const codes = new Map<string, string>();
  const toAlpha3 = new Map<string, string>();
  for (const [alpha2, alpha3, numeric] of codeRows) {
    if (!alpha2 || !alpha3 || !numeric) continue;
    toAlpha3.set(alpha2, alpha3);
    for (const code of [alpha2, alpha3, numeric]) codes.set(code, alpha3);
  }
  const names = new Map<string, { id: string; source: NameSource }[]>();
  const add = (name: string, id: string, source: NameSource) => {
    const key = normaliseName(name);
    if (key === '') return;
    const entries = names.get(key) ?? [];
    if (!entries.some((e) => e.id === id)) entries.push({ id, source });
    names.set(key, entries);
  };
  const display = {
    en: new Map<string, string>(),
    ru: new Map<string, string>(),
    kk: new Map<string, string>(),
  };
  for (const lang of ['en', 'ru', 'kk'] as const) {
    for (const [alpha2, value] of Object.entries(languages[lang].countries)) {
      const id = toAlpha3.get(alpha2);
      if (id === undefined) continue;
      const all = typeof value === 'string' ? [value] : value;
      if (all[0] !== undefined) display[lang].set(id, all[0]);
      for (const name of all) add(name, id, lang);
    }
  }
  for (const [id, list] of Object.entries(aliases)) for (const name of list) add(name, id, 'alias');
  return { codes, names, display };
}
