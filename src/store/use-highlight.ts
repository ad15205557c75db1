import { useAppStore } from './app-store.ts';

/**
 * Countries to keep at full strength; all others get `data-dimmed="true"`. `null` dims nothing.
 * Derived from the store on every change, never stored (filters, a presentation slide, ...).
 */
export function useHighlight(): ReadonlySet<string> | null {
  // No source of dimming yet: filters (issue 3) and the presentation tour (issue 4) plug in here.
  useAppStore((s) => s.dataset);
  return null;
}
