/** Which atlas the map draws: Natural Earth 1:110m (in the first view) or 1:50m (zoomed in). */
export type DetailLevel = '110m' | '50m';

/** Zoom (k) at and above which the map draws 1:50m outlines. */
export const FINE_AT = 3;
/** Zoom below which it goes back to 1:110m: lower than FINE_AT, so a view near 3× does not flip. */
export const COARSE_BELOW = 2.5;

/**
 * The detail to draw at zoom `k`, given the one drawn now (`current`). Between COARSE_BELOW and
 * FINE_AT the current level stays (hysteresis): resting at 2.8× after zooming out from 4× keeps
 * 1:50m, after zooming in from 1× keeps 1:110m.
 */
export function detailFor(k: number, current: DetailLevel): DetailLevel {
  if (k >= FINE_AT) return '50m';
  if (k < COARSE_BELOW) return '110m';
  return current;
}
