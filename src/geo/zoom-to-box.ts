import type { Box } from './world-shapes.ts';

export type ZoomTarget = { k: number; x: number; y: number };

/**
 * The zoom transform that frames `box` in a width × height view with some margin, never closer
 * than `maxScale` (a marker's box is tiny) and never further out than the whole map.
 */
export function zoomToBox(box: Box, width: number, height: number, maxScale = 8, fill = 0.45): ZoomTarget {
  const [x0, y0, x1, y1] = box;
  const dx = Math.max(x1 - x0, 1);
  const dy = Math.max(y1 - y0, 1);
  const k = Math.min(maxScale, Math.max(1, fill / Math.max(dx / width, dy / height)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
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
