import { useMemo } from 'react';
import { useAppStore } from './app-store.ts';
import { useMatchingCountries } from './use-matching.ts';

/**
 * Countries to keep at full strength; all others get `data-dimmed="true"`. `null` dims nothing.
 * Derived from the store on every change, never stored. Filters dim what they leave out;
 * Kazakhstan, the reference point, always stays at full strength.
 */
export function useHighlight(): ReadonlySet<string> | null {
  const home = useAppStore((s) => s.dataset.home.id);
  const matching = useMatchingCountries();
  return useMemo(() => (matching ? new Set([...matching, home]) : null), [matching, home]);
}
