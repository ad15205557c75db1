import type { ZoomTransform } from 'd3-zoom';
import {
  toMapView,
  toScreenView,
  type Viewport,
  viewportOf,
  type ZoomState,
} from '../../geo/gesture-transform.ts';
import { constrainView, type View, type ZoomLimits } from '../../geo/zoom-machine.ts';

/** The stage's px (where d3-zoom reads gestures) against the map's units. */
export type StageGeometry = {
  viewport: () => Viewport;
  /** The stage was laid out at a new size (a ResizeObserver's report); false if it is the same. */
  resized: (width: number, height: number) => boolean;
  /** The map's box in the stage's px (the viewBox letterboxed): d3-zoom's extent. */
  extent: () => [[number, number], [number, number]];
  toD3: (view: View) => ZoomTransform;
  toView: (transform: ZoomState) => View;
  /** A transform read off the stage, within `limits()`. */
  bound: (transform: ZoomState) => ZoomTransform;
};

/**
 * The geometry of `stage`, which shows a `size` map letterboxed. Measured when first needed and
 * on resize, never on a press: a click must not force a layout. `zoomIdentity` is d3-zoom's, passed
 * in because d3-zoom is loaded after the first view (zoom-library.ts).
 */
export function stageGeometry(
  stage: HTMLElement,
  size: { width: number; height: number },
  limits: () => ZoomLimits,
  zoomIdentity: ZoomTransform,
): StageGeometry {
  let box: { width: number; height: number } | null = null;
  const viewport = () => {
    box ??= stage.getBoundingClientRect();
    return viewportOf(box.width, box.height, size.width, size.height);
  };
  const asD3 = (t: ZoomState) => zoomIdentity.translate(t.x, t.y).scale(t.k);
  return {
    viewport,
    resized: (width, height) => {
      if (box && box.width === width && box.height === height) return false;
      box = { width, height };
      return true;
    },
    extent: () => {
      const v = viewport();
      return [
        [v.offsetX, v.offsetY],
        [v.offsetX + v.scale * size.width, v.offsetY + v.scale * size.height],
      ];
    },
    toD3: (view) => asD3(toScreenView(view, viewport())),
    toView: (t) => toMapView(t, viewport()),
    bound: (t) => {
      const v = viewport();
      return asD3(toScreenView(constrainView(toMapView(t, v), limits()), v));
    },
  };
}
