import { useSyncExternalStore } from 'react';

/** Whether `query` (a CSS media query) matches now, re-rendering when that changes; false without matchMedia (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      if (!list) return () => {};
      // Older browsers (Safari before 14) and some stubs give MediaQueryList only addListener.
      if (typeof list.addEventListener === 'function') {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      }
      list.addListener?.(onChange);
      return () => list.removeListener?.(onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

/** Wide enough for the article editor beside the whole app (the editor's 28rem, and 752 px left for the map and panel). */
export const EDITOR_BESIDE = '(min-width: 1200px)';
