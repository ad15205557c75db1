import { useMemo } from 'react';
import { useLocale } from '../i18n/use-t.ts';
import { collatorFor } from '../model/collator.ts';
import { useAppStore } from '../store/app-store.ts';
import { countryName, selectableIds } from './world.ts';

/**
 * Names countries in the interface's language, as they were named on the dataset's date:
 * `const nameOf = useCountryName(); nameOf('KGZ')`. The function changes with the language and
 * the date, so a component (and a memo depending on it) renders again on a switch; the store
 * switches `locale` only once the names are loaded, and `dataset` once their date is set.
 */
export function useCountryName(): (id: string) => string {
  const locale = useLocale();
  const asOf = useAppStore((s) => s.dataset.asOf);
  // Both are read so that each language and date gets its own function; its names are already active.
  return useMemo(() => (id: string) => (locale && asOf ? countryName(id) : id), [locale, asOf]);
}

/**
 * Every selectable country as `{ id, name }` for a chooser, named by `nameOf` and in the
 * interface language's alphabetical order (Intl.Collator of the chosen language).
 */
export function useCountryOptions(nameOf: (id: string) => string): { id: string; name: string }[] {
  const locale = useLocale();
  return useMemo(() => {
    const collator = collatorFor(locale);
    return [...selectableIds]
      .map((id) => ({ id, name: nameOf(id) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [nameOf, locale]);
}
