import { useEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';

/**
 * Defaults that depend on the screen, applied after the first render so the prerendered HTML and
 * the first client render agree: vector arcs are on by default on wide screens, off on phones.
 */
export function useScreenDefaults(): void {
  useEffect(() => {
    if (typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 721px)').matches) {
      useAppStore.getState().setShowArcs(true);
    }
  }, []);
}
