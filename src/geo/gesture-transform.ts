/** A zoom transform in map units: screen = k · point + (x, y). */
export type ZoomState = { k: number; x: number; y: number };

/** How the map's viewBox sits in its element (preserveAspectRatio "xMidYMid meet"). */
export type Viewport = { scale: number; offsetX: number; offsetY: number };

/** The viewBox's scale and letterbox offsets inside an element of the given CSS size. */
export function viewportOf(
  cssWidth: number,
  cssHeight: number,
  mapWidth: number,
  mapHeight: number,
): Viewport {
  const scale = Math.min(cssWidth / mapWidth, cssHeight / mapHeight);
  return { scale, offsetX: (cssWidth - mapWidth * scale) / 2, offsetY: (cssHeight - mapHeight * scale) / 2 };
}

/**
 * The CSS transform (origin 0 0, in px) that makes a map drawn with `committed` look as if it were
 * drawn with `target`. During a gesture the browser then moves an already painted picture instead
 * of repainting every country each frame; the real transform is written once, when it ends.
 */
export function cssTransformBetween(committed: ZoomState, target: ZoomState, viewport: Viewport): string {
  const r = target.k / committed.k;
  const cx = target.x - r * committed.x;
  const cy = target.y - r * committed.y;
  const dx = viewport.offsetX * (1 - r) + viewport.scale * cx;
  const dy = viewport.offsetY * (1 - r) + viewport.scale * cy;
  return `translate(${dx}px, ${dy}px) scale(${r})`;
}
