import type { ZoomState } from './gesture-transform.ts';

/** A view in map units: screen = k · point + (x, y). */
export type View = ZoomState;

/** The map's size in map units and how far it may zoom. */
export type ZoomLimits = { width: number; height: number; minK: number; maxK: number };

type Base = {
  limits: ZoomLimits;
  /** What the map's layers are drawn at; any other view shown is a CSS transform of that picture. */
  drawn: View;
};

/**
 * - resting: the view is drawn, nothing moves.
 * - gesture: a hand moves the map (drag, pinch, wheel); `view` is shown by a CSS transform.
 * - animating: a glide towards `target` (framing, the zoom buttons); `id` tells its events apart.
 * - stopped: a press stopped a glide; the picture waits to be redrawn until the view rests, so the
 *   press can answer first.
 */
export type ZoomMachine =
  | (Base & { mode: 'resting' })
  | (Base & { mode: 'gesture'; view: View; moved: boolean })
  | (Base & { mode: 'animating'; view: View; target: View; id: number })
  | (Base & { mode: 'stopped'; view: View });

export type ZoomEvent =
  /** A press, touch or wheel begins. */
  | { type: 'gesture-start' }
  /** The view moved: a step of the gesture, or a tick of the glide. */
  | { type: 'move'; view: View }
  | { type: 'gesture-end' }
  /** Go to `target` (constrained first); `motion` false jumps (reduced motion). */
  | { type: 'animate'; target: View; motion: boolean }
  /** Zoom by `factor` around the middle of the map. */
  | { type: 'zoom-by'; factor: number; motion: boolean }
  | { type: 'animation-end'; id: number }
  | { type: 'interrupted'; id: number }
  /** The stopped view has rested: draw it sharp. */
  | { type: 'rest' }
  /** The map's box changed size: screen-space state must be re-derived from map units. */
  | { type: 'resize' }
  /** Draw whatever is shown now and rest (the map goes away). */
  | { type: 'settle' };

export type ZoomEffect =
  /** Move the painted picture (drawn at `drawn`) by a CSS transform so it shows `view`. */
  | { type: 'show'; drawn: View; view: View }
  /** Remove the CSS transform. */
  | { type: 'clear' }
  /** Redraw the layers at `view` (transform, `--k`, pattern scales). */
  | { type: 'draw'; view: View }
  /** The map starts moving under a resting pointer. */
  | { type: 'moved' }
  | { type: 'start-animation'; id: number; to: View }
  /** Tell the gesture library where the view is, without it reporting back. */
  | { type: 'sync'; view: View }
  | { type: 'rest-later' }
  | { type: 'cancel-rest' };

export type ZoomStep = { state: ZoomMachine; effects: ZoomEffect[] };

const IDENTITY: View = { k: 1, x: 0, y: 0 };

export const initialZoom = (limits: ZoomLimits): ZoomMachine => ({
  mode: 'resting',
  limits,
  drawn: IDENTITY,
});

export const sameView = (a: View, b: View): boolean => a.k === b.k && a.x === b.x && a.y === b.y;

/** The shown view: `drawn` at rest, else the moving one. */
export const shownView = (s: ZoomMachine): View => (s.mode === 'resting' ? s.drawn : s.view);

/**
 * The view with k in range and the map covering the viewport wherever it can (centred along an
 * axis where it is smaller), the same rule as d3-zoom's default constrain. Idempotent.
 */
export function constrainView(view: View, limits: ZoomLimits): View {
  const k = Math.min(limits.maxK, Math.max(limits.minK, view.k));
  const axis = (t: number, size: number) => {
    const lo = size - k * size; // translation that puts the map's far edge on the viewport's
    if (lo > 0) return lo / 2;
    return Math.min(0, Math.max(lo, t));
  };
  return { k, x: axis(view.x, limits.width), y: axis(view.y, limits.height) };
}

/** `view` scaled by `factor` around `point` (map-unit screen coordinates), which stays put. */
export function scaleAbout(view: View, factor: number, point: readonly [number, number]): View {
  const k = view.k * factor;
  return { k, x: point[0] - factor * (point[0] - view.x), y: point[1] - factor * (point[1] - view.y) };
}

/** Draw `view` sharp and rest there. */
const rest = (s: ZoomMachine, view: View, extra: ZoomEffect[] = []): ZoomStep => ({
  state: { mode: 'resting', limits: s.limits, drawn: view },
  effects: [
    ...extra,
    { type: 'clear' },
    ...(sameView(view, s.drawn) ? [] : [{ type: 'draw', view } as const]),
  ],
});

const stay = (state: ZoomMachine): ZoomStep => ({ state, effects: [] });

function go(s: ZoomMachine, requested: View, motion: boolean): ZoomStep {
  if (s.mode === 'gesture') return stay(s); // the hand holds the map
  const target = constrainView(requested, s.limits);
  const leaving: ZoomEffect[] = s.mode === 'stopped' ? [{ type: 'cancel-rest' }] : [];
  if (s.mode === 'animating' && sameView(target, s.target)) return stay(s);
  if (s.mode === 'resting' && sameView(target, s.drawn)) return stay(s);
  // A jump, or a glide to where the map already is: no animation to run.
  if (!motion || sameView(target, shownView(s)))
    return rest(s, target, [...leaving, { type: 'moved' }, { type: 'sync', view: target }]);
  const id = s.mode === 'animating' ? s.id + 1 : 0;
  return {
    state: { mode: 'animating', limits: s.limits, drawn: s.drawn, view: shownView(s), target, id },
    effects: [...leaving, { type: 'moved' }, { type: 'start-animation', id, to: target }],
  };
}

/** The zoom's state machine: one event in, the next state and what to do to the DOM out. */
export function zoomStep(s: ZoomMachine, e: ZoomEvent): ZoomStep {
  switch (e.type) {
    case 'animate':
      return go(s, e.target, e.motion);
    case 'zoom-by': {
      const middle = [s.limits.width / 2, s.limits.height / 2] as const;
      const from = s.mode === 'animating' ? s.target : shownView(s);
      return go(s, scaleAbout(from, e.factor, middle), e.motion);
    }
    case 'gesture-start': {
      if (s.mode === 'gesture') return stay(s);
      const view = shownView(s);
      const effects: ZoomEffect[] = s.mode === 'stopped' ? [{ type: 'cancel-rest' }] : [];
      return { state: { mode: 'gesture', limits: s.limits, drawn: s.drawn, view, moved: false }, effects };
    }
    case 'move':
      if (s.mode === 'gesture') {
        const effects: ZoomEffect[] = [{ type: 'show', drawn: s.drawn, view: e.view }];
        return {
          state: { ...s, view: e.view, moved: true },
          effects: s.moved ? effects : [{ type: 'moved' }, ...effects],
        };
      }
      if (s.mode === 'animating')
        return { state: { ...s, view: e.view }, effects: [{ type: 'show', drawn: s.drawn, view: e.view }] };
      return stay(s); // the gesture library echoing a sync
    case 'gesture-end':
      if (s.mode !== 'gesture') return stay(s);
      if (s.moved) return rest(s, s.view);
      if (sameView(s.view, s.drawn))
        return { state: { mode: 'resting', limits: s.limits, drawn: s.drawn }, effects: [] };
      // A press on a stopped glide: keep waiting for the view to rest.
      return {
        state: { mode: 'stopped', limits: s.limits, drawn: s.drawn, view: s.view },
        effects: [{ type: 'rest-later' }],
      };
    case 'animation-end':
      // The end snaps to the target exactly, whatever the last tick's rounding.
      if (s.mode !== 'animating' || s.id !== e.id) return stay(s);
      return rest(s, s.target);
    case 'interrupted':
      if (s.mode !== 'animating' || s.id !== e.id) return stay(s);
      return {
        state: { mode: 'stopped', limits: s.limits, drawn: s.drawn, view: s.view },
        effects: [{ type: 'rest-later' }],
      };
    case 'rest':
      return s.mode === 'stopped' ? rest(s, s.view) : stay(s);
    case 'resize':
      switch (s.mode) {
        case 'resting':
          return { state: s, effects: [{ type: 'sync', view: s.drawn }] };
        case 'gesture':
          return {
            state: s,
            effects: [
              { type: 'show', drawn: s.drawn, view: s.view },
              { type: 'sync', view: s.view },
            ],
          };
        case 'animating':
          return rest(s, s.target, [{ type: 'sync', view: s.target }]);
        case 'stopped':
          return rest(s, s.view, [{ type: 'cancel-rest' }, { type: 'sync', view: s.view }]);
      }
      return stay(s);
    case 'settle':
      if (s.mode === 'resting') return stay(s);
      {
        const view = s.mode === 'animating' ? s.target : s.view;
        const leaving: ZoomEffect[] = s.mode === 'stopped' ? [{ type: 'cancel-rest' }] : [];
        return rest(s, view, [...leaving, { type: 'sync', view }]);
      }
  }
}
