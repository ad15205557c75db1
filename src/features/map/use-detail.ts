import { useSyncExternalStore } from 'react';
import type { DetailLayout } from '../../geo/detail-layout.ts';

/**
 * The 1:50m outlines the map draws now, or null for its own 1:110m ones (the first view). Set by
 * detail-loader.ts, which the map imports the first time it rests after a move; this part is all
 * the first view carries.
 */
let drawn: DetailLayout | null = null;
const listeners = new Set<() => void>();

/** Draws `detail` (null: back to 1:110m): every country's `d` changes, the elements stay. */
export function showDetail(detail: DetailLayout | null): void {
  if (detail === drawn) return;
  drawn = detail;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/**
 * The 1:50m outlines while they are drawn (`paths` by shape id, `extra` land the 1:110m map has no
 * shape for, such as Hong Kong or the Faroes), else null: draw each shape's own 1:110m `d`.
 */
export const useDetail = (): DetailLayout | null =>
  useSyncExternalStore(
    subscribe,
    () => drawn,
    () => null,
  );
