import { useMemo } from 'react';
import { useLocale } from '../i18n/use-t.ts';
import { countryName } from './world.ts';

/**
 * Names countries in the interface's language: `const nameOf = useCountryName(); nameOf('KGZ')`.
 * The function changes with the language, so a component (and a memo depending on it) renders
 * again on a switch; the store switches `locale` only once the names are loaded.
 */
export function useCountryName(): (id: string) => string {
  const locale = useLocale();
  // `locale` is read so that each language gets its own function; its names are already active.
  return useMemo(() => (id: string) => (locale ? countryName(id) : id), [locale]);
}
