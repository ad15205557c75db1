import type { Box } from './world-shapes.ts';
import { unionBox } from './zoom-to-box.ts';

/**
 * The box around most of `boxes`: their union, less the few whose centres lie furthest east or
 * west (`trim` of them at each end, 5 % by default). A partner across an ocean, or islands across
 * the antimeridian, would otherwise stretch the box to the whole width of the world, which a
 * phone can only show as a thin strip. Undefined for no boxes.
 */
export function coreBox(boxes: readonly Box[], trim = 0.05): Box | undefined {
  const drop = Math.floor(boxes.length * trim);
  const byCentre = [...boxes].sort((a, b) => a[0] + a[2] - (b[0] + b[2]));
  return unionBox(byCentre.slice(drop, byCentre.length - drop));
}
