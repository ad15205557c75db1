import type { Box } from './world-shapes.ts';

export type ZoomTarget = { k: number; x: number; y: number };

/**
 * The largest share of the view's width, and of its height, a framed country takes: the rest
 * shows its neighbours, so the class sees where it is.
 */
export const FRAME_FILL = 0.4;

/**
 * The deepest a frame zooms: the view still spans an eighth of the map's width (about 45° of
 * longitude), a region, however small the country.
 */
export const REGION_SCALE = 8;

/**
 * How far apart (CSS px) a framed small state and its nearest neighbour are drawn: more than two
 * half-diagonals of a 24×24 target (2 × 16.3 px), so each owns its whole target.
 */
export const APART_PX = 36;

/** The map in map units, and how many CSS px one of them is on screen. */
export type FrameStage = { width: number; height: number; pxPerUnit: number };

export type FrameOptions = {
  /** Largest share of each dimension the box takes (FRAME_FILL). */
  fill?: number;
  /** Deepest zoom the box's size asks for (REGION_SCALE). */
  maxScale?: number;
  /**
   * Map units from a small state to its nearest neighbour: the zoom goes past `maxScale` as far as
   * needed to draw the two APART_PX apart (the zoom machine still caps it at the map's deepest).
   */
  neighbourAt?: number;
};

/**
 * The view (screen = k · point + (x, y), map units) that frames `box` in its region: centred,
 * taking at most `fill` of the stage's width and of its height, never closer than `maxScale`
 * (unless a small state's neighbour needs it) and never further out than the whole map (k ≥ 1,
 * where a box larger than `fill` takes more).
 */
export function frameWithContext(box: Box, stage: FrameStage, options: FrameOptions = {}): ZoomTarget {
  const { fill = FRAME_FILL, maxScale = REGION_SCALE, neighbourAt } = options;
  const [x0, y0, x1, y1] = box;
  const share = Math.max((x1 - x0) / stage.width, (y1 - y0) / stage.height);
  const fitted = share > 0 ? Math.min(maxScale, Math.max(1, fill / share)) : maxScale;
  const apart =
    neighbourAt && neighbourAt > 0 && stage.pxPerUnit > 0 ? APART_PX / (neighbourAt * stage.pxPerUnit) : 1;
  const k = Math.max(fitted, apart);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: stage.width / 2 - k * cx, y: stage.height / 2 - k * cy };
}

/** The smallest box holding all `boxes`, or undefined for none (a slide of many countries frames them all). */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const out: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x0, y0, x1, y1] of boxes) {
    out[0] = Math.min(out[0], x0);
    out[1] = Math.min(out[1], y0);
    out[2] = Math.max(out[2], x1);
    out[3] = Math.max(out[3], y1);
  }
  return out;
}
