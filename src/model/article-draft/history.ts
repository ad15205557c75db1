/** Undo and redo over immutable values: what was, what is, what was undone. */
export type History<T> = { past: readonly T[]; present: T; future: readonly T[] };

/** How many steps back undo can go; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

/** A history starting at `present`, with nothing to undo or redo. */
export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** `next` becomes the present; the redo steps are dropped. The same value is no step. */
export function record<T>(h: History<T>, next: T): History<T> {
  if (Object.is(next, h.present)) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

/** One step back; unchanged when there is nothing to undo. */
export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: previous as T, future: [h.present, ...h.future] };
}

/** One step forward again; unchanged when there is nothing to redo. */
export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: next as T, future: rest };
}
