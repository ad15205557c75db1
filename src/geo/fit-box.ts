import type { Box } from './world-shapes.ts';
import type { ZoomTarget } from './zoom-to-box.ts';

type Size = { width: number; height: number };

/**
 * The zoom transform (map units) that fits `box` to `fill` of what the stage shows, centred. The
 * stage may show more than the `map`'s own frame: `visible` is its size in map units at zoom 1
 * (a phone's tall stage letterboxes the wide map, and shows above and below it once zoomed in).
 * Never further out than the whole map.
 */
export function fitBox(box: Box, map: Size, visible: Size, fill = 0.96): ZoomTarget {
  const [x0, y0, x1, y1] = box;
  const dx = Math.max(x1 - x0, 1);
  const dy = Math.max(y1 - y0, 1);
  const k = Math.max(1, fill * Math.min(visible.width / dx, visible.height / dy));
  // The stage's centre is the map's: the letterbox is even on both sides.
  return { k, x: map.width / 2 - (k * (x0 + x1)) / 2, y: map.height / 2 - (k * (y0 + y1)) / 2 };
}
