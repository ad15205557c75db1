import { useMemo } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { i18n, type Translate } from './i18n.ts';
import type { Locale } from './locales.ts';

/** The interface's language; a component that reads it renders again when it changes. */
export const useLocale = (): Locale => useAppStore((s) => s.locale);

/**
 * Words messages in the interface's language: `const t = useT(); t('legend.title')`. The function
 * changes with the language, so a component (and a memo depending on it) renders again on a switch.
 */
export function useT(): Translate {
  const locale = useLocale();
  return useMemo<Translate>(
    // `locale` is read so that each language gets its own function; the catalog is already active.
    () => (id, values) => (locale ? i18n._(id, values as Record<string, unknown> | undefined) : id),
    [locale],
  );
}
