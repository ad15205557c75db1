import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { fitBox } from '../../geo/fit-box.ts';
import type { Box } from '../../geo/world-shapes.ts';
import { initialZoom, type View, type ZoomLimits } from '../../geo/zoom-machine.ts';
import { type FrameOptions, frameWithContext } from '../../geo/zoom-to-box.ts';
import { type AttachedZoom, attachZoom } from './attach-zoom.ts';
import { mapPainter } from './map-painter.ts';
import { attachingZoom, loadZoomLibrary } from './zoom-library-load.ts';

export type MapZoom = {
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Frames `box` in its region (zoom-to-box.ts `frameWithContext`). */
  frame: (box: Box, options?: FrameOptions) => void;
  /** Jumps to `box` filling the stage itself (a phone's tall one too), without a glide: a first view. */
  fit: (box: Box) => void;
  /** The view shown now, in map units; mid-gesture or mid-glide, where the map is at this moment. */
  view: () => View;
};

/** The elements the zoom works on. */
export type MapZoomElements = {
  /** Where gestures are read: the box around the map, never moved, so pointer positions stay true. */
  stageRef: RefObject<HTMLElement | null>;
  /** The map: moved by a CSS transform during a gesture; its patterns are rescaled on redraw. */
  svgRef: RefObject<SVGSVGElement | null>;
  /** The map's layer of countries: redrawn with the real transform once the map rests. */
  layerRef: RefObject<SVGGElement | null>;
  /** An <svg> of the same viewBox above the map (veil, arcs, outline): its first <g>s move with it. */
  overlayRef?: RefObject<SVGSVGElement | null>;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const MIN_K = 1;
const MAX_K = 40;
/** What counts as the user trying to move the map. */
const RETRY_ON = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;

/**
 * The map's zoom (attach-zoom.ts does the wiring). While the map moves, one CSS transform on the
 * <svg>s moves the painted picture; once it rests, one transform on each layer <g> redraws it
 * sharp, with `--k` so CSS keeps markers and strokes a constant size. React never re-renders for
 * it. d3-zoom arrives after the map has mounted (zoom-library.ts): until then the map has no
 * gestures, and what is asked of the returned zoom (a `?country=` link's frame) waits and is done
 * once it is attached. `onMove` (stable) is called when the map starts moving: what was under a
 * resting pointer is not any more; `onRest` (stable) when it rests again, with the view it rests
 * at; `onDraw` (stable) when it has been redrawn at rest at a new view (the names are placed again).
 */
export function useMapZoom(
  { stageRef, svgRef, layerRef, overlayRef }: MapZoomElements,
  size: { width: number; height: number },
  onMove?: () => void,
  onDraw?: (view: View) => void,
  onRest?: (view: View) => void,
): MapZoom {
  const limits: ZoomLimits = useMemo(
    () => ({ width: size.width, height: size.height, minK: MIN_K, maxK: MAX_K }),
    [size.width, size.height],
  );
  // Kept across effect runs: it knows what the layers are drawn at.
  const machine = useRef(initialZoom(limits));
  const attachedRef = useRef<AttachedZoom | null>(null);
  // Asked before the zoom was attached; thunks, as `frame` and `fit` read the stage's geometry then.
  const pending = useRef<Array<(zoom: AttachedZoom) => void>>([]);
  // Its library did not arrive (a dropped request): the next press or gesture loads it again.
  const [attempt, setAttempt] = useState(0);
  const failed = useRef(false);
  const retryRef = useRef(() => {});

  useEffect(() => {
    const stage = stageRef.current;
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!stage || !svg || !layer) return;
    if (machine.current.limits !== limits) machine.current = { ...machine.current, limits };
    const paint = mapPainter(svg, layer, overlayRef?.current ?? null);
    // A map mounted again (back from the table) starts where its machine is, not where the last was.
    onDraw?.(machine.current.drawn);
    const attached = attachingZoom();
    let live = true;
    const retry = () => {
      if (!failed.current) return;
      failed.current = false;
      setAttempt((n) => n + 1);
    };
    retryRef.current = retry;
    loadZoomLibrary()
      .then((library) => {
        if (!live) return;
        const zoom = attachZoom(library, {
          stage,
          size,
          machine,
          paint,
          minK: MIN_K,
          maxK: MAX_K,
          onMove,
          onDraw,
          onRest,
        });
        attachedRef.current = zoom;
        const asked = pending.current.splice(0);
        for (const run of asked) run(zoom);
      })
      // Without its library the map still shows and answers clicks; only gestures are missing
      // until the user's next try loads it again.
      .catch(() => {
        if (!live) return;
        failed.current = true;
        for (const type of RETRY_ON) stage.addEventListener(type, retry, { once: true });
      })
      .finally(attached);
    return () => {
      live = false;
      for (const type of RETRY_ON) stage.removeEventListener(type, retry);
      attached();
      attachedRef.current?.detach();
      attachedRef.current = null;
    };
  }, [stageRef, svgRef, layerRef, overlayRef, size, limits, onMove, onDraw, onRest, attempt]);

  return useMemo(() => {
    const run = (ask: (zoom: AttachedZoom) => void) => {
      const zoom = attachedRef.current;
      if (zoom) ask(zoom);
      else {
        pending.current.push(ask);
        retryRef.current();
      }
    };
    return {
      view: () => {
        const state = machine.current;
        return state.mode === 'resting' ? state.drawn : state.view;
      },
      zoomBy: (factor) => run((z) => z.dispatch({ type: 'zoom-by', factor, motion: !reducedMotion() })),
      reset: () =>
        run((z) => z.dispatch({ type: 'animate', target: { k: 1, x: 0, y: 0 }, motion: !reducedMotion() })),
      frame: (box, options) =>
        run((z) => {
          const stage = { width: size.width, height: size.height, pxPerUnit: z.geometry.viewport().scale };
          z.dispatch({
            type: 'animate',
            target: frameWithContext(box, stage, options),
            motion: !reducedMotion(),
          });
        }),
      fit: (box) =>
        run((z) => {
          const { scale, offsetX, offsetY } = z.geometry.viewport();
          const visible = {
            width: size.width + (2 * offsetX) / scale,
            height: size.height + (2 * offsetY) / scale,
          };
          z.dispatch({ type: 'animate', target: fitBox(box, size, visible), motion: false });
        }),
    };
  }, [size]);
}
