/** A zoom transform in map units: screen = k · point + (x, y). */
export type ZoomState = { k: number; x: number; y: number };

/** How the map's viewBox sits in its element (preserveAspectRatio "xMidYMid meet"). */
export type Viewport = { scale: number; offsetX: number; offsetY: number };

/**
 * The viewBox's scale and letterbox offsets inside an element of the given CSS size. An element
 * not laid out (0 × 0, as in jsdom) is taken as the map's own size.
 */
export function viewportOf(
  cssWidth: number,
  cssHeight: number,
  mapWidth: number,
  mapHeight: number,
): Viewport {
  if (!(cssWidth > 0 && cssHeight > 0)) return { scale: 1, offsetX: 0, offsetY: 0 };
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

/**
 * A map-unit view seen from the element the gesture is read on (CSS px of the box the viewBox is
 * letterboxed in). d3-zoom listens on that unmoved box, so its transforms are in these units:
 * screen = k · q + (x, y), where q is a point's CSS position at k = 1.
 */
export function toScreenView(view: ZoomState, viewport: Viewport): ZoomState {
  return {
    k: view.k,
    x: viewport.offsetX * (1 - view.k) + viewport.scale * view.x,
    y: viewport.offsetY * (1 - view.k) + viewport.scale * view.y,
  };
}

/** The inverse of `toScreenView`: what a transform read off the box means in map units. */
export function toMapView(screen: ZoomState, viewport: Viewport): ZoomState {
  return {
    k: screen.k,
    x: (screen.x - viewport.offsetX * (1 - screen.k)) / viewport.scale,
    y: (screen.y - viewport.offsetY * (1 - screen.k)) / viewport.scale,
  };
}

/** d3-zoom's interpolation space: a view's centre and width, in the px of the box it is read on. */
export type ZoomTriple = [number, number, number];

/**
 * A glide's path `at` with every view passed through `bound` (screen transform in, screen transform
 * out), so a glide stays within the limits a gesture keeps: a press that stops it grabs the map
 * where it shows, and the next move does not snap it back. `extent` is the box d3-zoom measures
 * the triples against (its centre and larger side).
 */
export function boundedPath(
  at: (t: number) => ZoomTriple,
  extent: [[number, number], [number, number]],
  bound: (screen: ZoomState) => ZoomState,
): (t: number) => ZoomTriple {
  const [[x0, y0], [x1, y1]] = extent;
  const p = [(x0 + x1) / 2, (y0 + y1) / 2] as const;
  const w = Math.max(x1 - x0, y1 - y0);
  return (t) => {
    const [cx, cy, width] = at(t);
    const k = w / width;
    const c = bound({ k, x: p[0] - cx * k, y: p[1] - cy * k });
    return [(p[0] - c.x) / c.k, (p[1] - c.y) / c.k, w / c.k];
  };
}
