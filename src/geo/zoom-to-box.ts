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
