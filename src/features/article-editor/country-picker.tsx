import { useEffect, useId, useMemo, useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { searchCountries } from '../../model/country-search.ts';
import { useCountryName } from '../../world/use-country-name.ts';
import { loadSearchEntries, searchEntries } from '../../world/world.ts';

type Props = {
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  /** The words where the passage's defaults do not fit (a tour slide's countries): search, chips, a chip's remove button. */
  words?: { search: string; chosen: string; remove: (country: string) => string };
};

/** Countries for a passage: search by name in any of the interface's languages; chosen ones as removable chips. */
export function CountryPicker({ chosen, onChange, words }: Props) {
  const t = useT();
  const locale = useLocale();
  const nameOf = useCountryName();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState(searchEntries);
  useEffect(() => {
    let live = true;
    loadSearchEntries().then(
      (loaded) => live && setEntries(loaded),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  const hits = useMemo(
    () => searchCountries(entries, query, 6, { nameOf, locale }).filter((h) => !chosen.includes(h.id)),
    [entries, query, nameOf, locale, chosen],
  );
  return (
    <div className="article-editor__countries">
      <label htmlFor={searchId}>{words?.search ?? t('editor.countries.search')}</label>
      <input
        id={searchId}
        type="search"
        dir="auto"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {hits.length > 0 && (
        <ul className="article-editor__hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="button"
                data-country={hit.id}
                onClick={() => {
                  onChange([...chosen, hit.id]);
                  setQuery('');
                  document.getElementById(searchId)?.focus();
                }}
              >
                <span dir="auto">{hit.name}</span>
                {hit.matched && <span dir="auto"> ({hit.matched})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <ul className="article-editor__chips" aria-label={words?.chosen ?? t('editor.countries.chosen')}>
          {chosen.map((id) => (
            <li key={id}>
              <span dir="auto">{nameOf(id)}</span>
              <button
                type="button"
                className="button"
                aria-label={
                  words?.remove(nameOf(id)) ?? t('editor.countries.remove', { country: nameOf(id) })
                }
                onClick={() => {
                  onChange(chosen.filter((c) => c !== id));
                  document.getElementById(searchId)?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
