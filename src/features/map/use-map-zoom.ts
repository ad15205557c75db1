import { select } from 'd3-selection';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomBehavior, zoom } from 'd3-zoom';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { afterNextPaint } from '../../components/after-next-paint.ts';
import { fitBox } from '../../geo/fit-box.ts';
import { boundedPath, cssTransformBetween, type ZoomTriple } from '../../geo/gesture-transform.ts';
import type { Box } from '../../geo/world-shapes.ts';
import {
  initialZoom,
  shownView,
  type View,
  type ZoomEffect,
  type ZoomEvent,
  type ZoomLimits,
  zoomStep,
} from '../../geo/zoom-machine.ts';
import { type FrameOptions, frameWithContext } from '../../geo/zoom-to-box.ts';
import { mapPainter } from './map-painter.ts';
import { type StageGeometry, stageGeometry } from './stage-geometry.ts';

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
const DURATION = 450;
/** How long a view left by a stopped glide waits, after the next frame, to be redrawn sharp. */
const REST = 120;
const MIN_K = 1;
const MAX_K = 40;

type Dispatch = (event: ZoomEvent) => void;

/**
 * Wires d3-zoom and the DOM to the zoom machine (src/geo/zoom-machine.ts), which decides. d3-zoom
 * reads gestures on the unmoved stage, in its CSS px; the machine works in map units. While the
 * map moves, one CSS transform on the <svg>s moves the painted picture; once it rests, one
 * transform on each layer <g> redraws it sharp, with `--k` so CSS keeps markers and strokes a
 * constant size. React never re-renders for it. `onMove` (stable) is called when the map starts
 * moving: what was under a resting pointer is not any more; `onRest` (stable) when it rests again,
 * with the view it rests at; `onDraw` (stable) when it has been redrawn at rest at a new view (the
 * names are placed again for it).
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
  const dispatchRef = useRef<Dispatch | null>(null);
  const geometryRef = useRef<StageGeometry | null>(null);

  useEffect(() => {
    const stage = stageRef.current;
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!stage || !svg || !layer) return;
    if (machine.current.limits !== limits) machine.current = { ...machine.current, limits };
    const paint = mapPainter(svg, layer, overlayRef?.current ?? null);
    // A map mounted again (back from the table) starts where its machine is, not where the last was.
    onDraw?.(machine.current.drawn);

    const at = stageGeometry(stage, size, () => machine.current.limits);
    geometryRef.current = at;

    let syncing = false;
    let cancelRest: (() => void) | undefined;
    const queue: ZoomEvent[] = [];
    let busy = false;
    // Effects may cause events (stopping a transition reports it): they queue behind this one.
    const dispatch: Dispatch = (event) => {
      queue.push(event);
      if (busy) return;
      busy = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { state, effects } = zoomStep(machine.current, next);
          machine.current = state;
          for (const effect of effects) perform(effect);
        }
      } finally {
        busy = false;
      }
    };

    const perform = (effect: ZoomEffect) => {
      switch (effect.type) {
        case 'show':
          return paint.move(cssTransformBetween(effect.drawn, effect.view, at.viewport()));
        case 'clear':
          paint.move('');
          return onRest?.(shownView(machine.current));
        case 'draw':
          paint.draw(effect.view);
          return onDraw?.(effect.view);
        case 'moved':
          return onMove?.();
        case 'start-animation': {
          const { id } = effect;
          // Registered before d3-zoom's own listeners, so the machine hears of it first.
          const transition = select(stage)
            .transition()
            .duration(DURATION)
            .on('interrupt.machine', () => dispatch({ type: 'interrupted', id }))
            .on('end.machine', () => dispatch({ type: 'animation-end', id }));
          transition.call(z.transform as never, at.toD3(effect.to));
          return;
        }
        case 'sync':
          syncing = true;
          try {
            select(stage).call(z.transform as never, at.toD3(effect.view));
          } finally {
            syncing = false;
          }
          return;
        case 'rest-later': {
          cancelRest?.();
          let timer: ReturnType<typeof setTimeout> | undefined;
          const cancelPaint = afterNextPaint(() => {
            timer = setTimeout(() => dispatch({ type: 'rest' }), REST);
          });
          cancelRest = () => {
            cancelPaint();
            clearTimeout(timer);
            cancelRest = undefined;
          };
          return;
        }
        case 'cancel-rest':
          return cancelRest?.();
      }
    };

    type Event = D3ZoomEvent<HTMLElement, unknown>;
    const z: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
      // d3's default filter, plus: a synthetic event from no window (jsdom) is not a gesture.
      .filter(
        (event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button && !!event.view,
      )
      .scaleExtent([MIN_K, MAX_K])
      .extent(at.extent)
      // The machine's rule, in map units, for gestures and programmatic moves alike.
      .constrain(at.bound)
      // A click that slips a few px (a trackpad, an old mouse) is still a click.
      .clickDistance(4)
      .on('start', (event: Event) => {
        if (!syncing && event.sourceEvent) dispatch({ type: 'gesture-start' });
      })
      .on('zoom', (event: Event) => {
        if (!syncing) dispatch({ type: 'move', view: at.toView(event.transform) });
      })
      .on('end', () => {
        if (!syncing) dispatch({ type: 'gesture-end' });
      });

    const glide = z.interpolate();
    z.interpolate(((a: ZoomTriple, b: ZoomTriple) =>
      boundedPath(glide(a, b), at.extent(), at.bound)) as never);

    const selection = select(stage).call(z).on('dblclick.zoom', null);
    dispatchRef.current = dispatch;
    // Its first report gives the size without forcing a layout, and d3 the view in this stage's px.
    const resized =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(([entry]) => {
            const next = entry?.contentRect;
            if (next && at.resized(next.width, next.height)) dispatch({ type: 'resize' });
          });
    resized?.observe(stage);
    return () => {
      resized?.disconnect();
      dispatch({ type: 'settle' });
      selection.interrupt();
      selection.on('.zoom', null);
      dispatchRef.current = null;
      geometryRef.current = null;
    };
  }, [stageRef, svgRef, layerRef, overlayRef, size.width, size.height, limits, onMove, onDraw, onRest]);

  return useMemo(() => {
    const send = (event: ZoomEvent) => dispatchRef.current?.(event);
    return {
      view: () => {
        const state = machine.current;
        return state.mode === 'resting' ? state.drawn : state.view;
      },
      zoomBy: (factor) => send({ type: 'zoom-by', factor, motion: !reducedMotion() }),
      reset: () => send({ type: 'animate', target: { k: 1, x: 0, y: 0 }, motion: !reducedMotion() }),
      frame: (box, options) => {
        const stage = {
          width: size.width,
          height: size.height,
          pxPerUnit: geometryRef.current?.viewport().scale ?? 1,
        };
        send({ type: 'animate', target: frameWithContext(box, stage, options), motion: !reducedMotion() });
      },
      fit: (box) => {
        const at = geometryRef.current;
        if (!at) return;
        const { scale, offsetX, offsetY } = at.viewport();
        const visible = {
          width: size.width + (2 * offsetX) / scale,
          height: size.height + (2 * offsetY) / scale,
        };
        send({ type: 'animate', target: fitBox(box, size, visible), motion: false });
      },
    };
  }, [size.width, size.height]);
}
