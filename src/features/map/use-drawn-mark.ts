import { useEffect } from 'react';

/**
 * Sets `performance.mark(name)` two frames after the first render, once per page: by then every
 * country has been painted. `npm run bench` reads it as "time to map"; the baseline page sets the same.
 */
export function useDrawnMark(name: string): void {
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [name]);
}
