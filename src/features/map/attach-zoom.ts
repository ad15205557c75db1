import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { afterNextPaint } from '../../components/after-next-paint.ts';
import { boundedPath, cssTransformBetween, type ZoomTriple } from '../../geo/gesture-transform.ts';
import {
  shownView,
  type View,
  type ZoomEffect,
  type ZoomEvent,
  type ZoomMachine,
  zoomStep,
} from '../../geo/zoom-machine.ts';
import type { MapPainter } from './map-painter.ts';
import { type StageGeometry, stageGeometry } from './stage-geometry.ts';
import type { ZoomLibrary } from './zoom-library-load.ts';

const DURATION = 450;
/** How long a view left by a stopped glide waits, after the next frame, to be redrawn sharp. */
const REST = 120;

/** Sends one event to the zoom machine; the effects it decides are carried out. */
export type Dispatch = (event: ZoomEvent) => void;

/** What the zoom works on, and whom it tells (use-map-zoom.ts). */
export type ZoomWiring = {
  stage: HTMLElement;
  size: { width: number; height: number };
  /** The machine's state, kept by the hook across attachments. */
  machine: { current: ZoomMachine };
  paint: MapPainter;
  minK: number;
  maxK: number;
  onMove?: (() => void) | undefined;
  onDraw?: ((view: View) => void) | undefined;
  onRest?: ((view: View) => void) | undefined;
};

/** A zoom attached to its stage: its dispatch, the stage's geometry, and how to take it off. */
export type AttachedZoom = { dispatch: Dispatch; geometry: StageGeometry; detach: () => void };

/**
 * Wires d3-zoom and the DOM to the zoom machine (src/geo/zoom-machine.ts), which decides. d3-zoom
 * reads gestures on the unmoved stage, in its CSS px; the machine works in map units.
 */
export function attachZoom(
  { select, zoom, zoomIdentity }: ZoomLibrary,
  { stage, size, machine, paint, minK, maxK, onMove, onDraw, onRest }: ZoomWiring,
): AttachedZoom {
  const at = stageGeometry(stage, size, () => machine.current.limits, zoomIdentity);
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
    .scaleExtent([minK, maxK])
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
  z.interpolate(((a: ZoomTriple, b: ZoomTriple) => boundedPath(glide(a, b), at.extent(), at.bound)) as never);

  const selection = select(stage).call(z).on('dblclick.zoom', null);
  // Its first report gives the size without forcing a layout, and d3 the view in this stage's px.
  const resized =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          const next = entry?.contentRect;
          if (next && at.resized(next.width, next.height)) dispatch({ type: 'resize' });
        });
  resized?.observe(stage);
  const detach = () => {
    resized?.disconnect();
    dispatch({ type: 'settle' });
    selection.interrupt();
    selection.on('.zoom', null);
  };
  return { dispatch, geometry: at, detach };
}
