// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA APG combobox uses ul[role=listbox] > li[role=option]
// biome-ignore-all lint/a11y/useFocusableInteractive: options are never focused; the input keeps focus (aria-activedescendant)
// biome-ignore-all lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard for the options
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { searchCountries } from '../../model/country-search.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useCountryName } from '../../world/use-country-name.ts';
import { loadSearchEntries, searchEntries } from '../../world/world.ts';

/**
 * Find a country by name or a common alternative ("USA", "Kyrgyz Republic", "Türkiye"), following
 * the WAI-ARIA combobox pattern: arrows move through suggestions, Enter opens the country.
 */
export function CountrySearch() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const [entries, setEntries] = useState(searchEntries);
  const nameOf = useCountryName();
  const locale = useLocale();
  const hits = useMemo(
    () => searchCountries(entries, query, 8, { nameOf, locale }),
    [entries, query, nameOf, locale],
  );
  // The other names people type arrive once the box is first used; names alone match until then,
  // and still do if they cannot be loaded.
  const loadOtherNames = () => {
    if (entries === searchEntries) loadSearchEntries().then(setEntries, () => {});
  };
  const expanded = open && hits.length > 0;
  const typed = open && query.trim() !== '';
  const noMatch = typed && hits.length === 0;

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    useAppStore.getState().select(hit.id);
    setQuery(hit.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : hits.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="search__input"
        type="text"
        role="combobox"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        dir="auto"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          loadOtherNames();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          loadOtherNames();
          setOpen(true);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.list')}
        className="search__list"
        hidden={!expanded}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className="search__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <span dir="auto">{hit.name}</span>
            {hit.matched && (
              <span className="muted">
                {' '}
                (<span dir="auto">{hit.matched}</span>)
              </span>
            )}
          </li>
        ))}
      </ul>
      {/* How many names match, said politely (not a role="status": the filters' count is the page's
          status); "no match" is shown too, where the list would be. */}
      <p className={noMatch ? 'search__none' : 'visually-hidden'} aria-live="polite">
        {noMatch
          ? t('search.noMatch', { query: query.trim() })
          : typed
            ? t('search.count', { count: hits.length })
            : ''}
      </p>
    </div>
  );
}
