/** d3-zoom and what it needs: zoom-library.ts. */
export type ZoomLibrary = typeof import('./zoom-library.ts');

let loading: Promise<ZoomLibrary> | undefined;

/** Loads the zoom library (once; a failed load is tried again by the next call). */
export function loadZoomLibrary(): Promise<ZoomLibrary> {
  loading ??= import('./zoom-library.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let attaching = 0;
let waiting: Array<() => void> = [];

// Checked a microtask later: a map that detaches and attaches again in one go (StrictMode, a
// resize) does not let `zoomAttached` resolve in between.
const settle = () =>
  queueMicrotask(() => {
    if (attaching > 0) return;
    const resolved = waiting;
    waiting = [];
    for (const resolve of resolved) resolve();
  });

/**
 * A map begins attaching its zoom. Returns what to call once it has, or never will (its library
 * did not load, the map unmounted); calling it again does nothing.
 */
export function attachingZoom(): () => void {
  attaching++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    attaching--;
    settle();
  };
}

/**
 * Resolves once no map on the page is waiting for its zoom (at once when there is no map):
 * `<html data-app="ready">` waits for it, so a gesture then is a gesture.
 */
export function zoomAttached(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    settle();
  });
}
