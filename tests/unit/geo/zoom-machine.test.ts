import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  constrainView,
  initialZoom,
  scaleAbout,
  type View,
  type ZoomEvent,
  type ZoomMachine,
  zoomStep,
} from '../../../src/geo/zoom-machine.ts';
import { frameWithContext } from '../../../src/geo/zoom-to-box.ts';

const limits = { width: 1000, height: 480, minK: 1, maxK: 40 };
const rest0 = initialZoom(limits);
const v = (k: number, x: number, y: number): View => ({ k, x, y });

/** Runs events from `state`; returns the last state and every effect, in order. */
function run(state: ZoomMachine, ...events: ZoomEvent[]) {
  const effects = [];
  for (const event of events) {
    const out = zoomStep(state, event);
    state = out.state;
    effects.push(...out.effects);
  }
  return { state, effects };
}
const types = (effects: { type: string }[]) => effects.map((e) => e.type);

describe('resting', () => {
  it('a press that does not move changes nothing and costs nothing', () => {
    const out = run(rest0, { type: 'gesture-start' }, { type: 'gesture-end' });
    expect(out.state).toEqual(rest0);
    expect(out.effects).toEqual([]);
  });

  it('a drag shows each step as a CSS move of the drawn picture, says once that the map moved, and draws once at the end', () => {
    const a = v(1, -10, 0);
    const b = v(1, -20, -5);
    const out = run(rest0, { type: 'gesture-start' }, { type: 'move', view: a }, { type: 'move', view: b });
    expect(out.state).toMatchObject({ mode: 'gesture', view: b, moved: true });
    expect(out.effects).toEqual([
      { type: 'moved' },
      { type: 'show', drawn: rest0.drawn, view: a },
      { type: 'show', drawn: rest0.drawn, view: b },
    ]);
    const end = zoomStep(out.state, { type: 'gesture-end' });
    expect(end.state).toEqual({ mode: 'resting', limits, drawn: b });
    expect(end.effects).toEqual([{ type: 'clear' }, { type: 'draw', view: b }]);
  });

  it('ignores a move nobody asked for (the gesture library echoing a sync)', () => {
    expect(zoomStep(rest0, { type: 'move', view: v(3, 0, 0) })).toEqual({ state: rest0, effects: [] });
  });

  it('animate starts a glide to the constrained target; with reduced motion it jumps', () => {
    const target = v(4, -1500, -600);
    const glide = zoomStep(rest0, { type: 'animate', target, motion: true });
    expect(glide.state).toMatchObject({ mode: 'animating', target, view: rest0.drawn, id: 0 });
    expect(glide.effects).toEqual([{ type: 'moved' }, { type: 'start-animation', id: 0, to: target }]);
    const jump = zoomStep(rest0, { type: 'animate', target, motion: false });
    expect(jump.state).toEqual({ mode: 'resting', limits, drawn: target });
    expect(types(jump.effects)).toEqual(['moved', 'sync', 'clear', 'draw']);
  });

  it('a glide to where the map already is does nothing', () => {
    expect(zoomStep(rest0, { type: 'animate', target: v(1, 0, 0), motion: true }).effects).toEqual([]);
  });

  it('zoom-by scales around the middle of the map', () => {
    const out = zoomStep(rest0, { type: 'zoom-by', factor: 2, motion: false });
    expect(out.state.drawn).toEqual(v(2, -500, -240));
  });

  it('resize re-syncs the gesture library with the drawn view', () => {
    expect(zoomStep(rest0, { type: 'resize' }).effects).toEqual([{ type: 'sync', view: rest0.drawn }]);
  });
});

describe('animating', () => {
  const target = v(4, -1500, -600);
  const glide = zoomStep(rest0, { type: 'animate', target, motion: true }).state;
  const mid = v(2, -600, -200);

  it('shows each tick and snaps to the target exactly at the end', () => {
    const out = run(glide, { type: 'move', view: mid }, { type: 'animation-end', id: 0 });
    expect(out.effects).toEqual([
      { type: 'show', drawn: rest0.drawn, view: mid },
      { type: 'clear' },
      { type: 'draw', view: target },
    ]);
    expect(out.state).toEqual({ mode: 'resting', limits, drawn: target });
  });

  it('interrupted (a press): stops where it shows and waits to rest; the rest draws it there', () => {
    const stopped = run(glide, { type: 'move', view: mid }, { type: 'interrupted', id: 0 });
    expect(stopped.state).toMatchObject({ mode: 'stopped', view: mid, drawn: rest0.drawn });
    expect(types(stopped.effects)).toEqual(['show', 'rest-later']);
    const rested = zoomStep(stopped.state, { type: 'rest' });
    expect(rested.state).toEqual({ mode: 'resting', limits, drawn: mid });
    expect(rested.effects).toEqual([{ type: 'clear' }, { type: 'draw', view: mid }]);
  });

  it("ignores a stale animation's end and interruption", () => {
    const next = zoomStep(glide, { type: 'animate', target: v(8, -4000, -1000), motion: true }).state;
    expect(next).toMatchObject({ mode: 'animating', id: 1 });
    expect(zoomStep(next, { type: 'interrupted', id: 0 }).state).toBe(next);
    expect(zoomStep(next, { type: 'animation-end', id: 0 }).state).toBe(next);
  });

  it('zoom-by during a glide zooms from where the glide is going', () => {
    const out = zoomStep(glide, { type: 'zoom-by', factor: 2, motion: true });
    expect(out.state).toMatchObject({ mode: 'animating', target: scaleAbout(target, 2, [500, 240]) });
  });

  it('resize ends the glide at its target', () => {
    const out = zoomStep(glide, { type: 'resize' });
    expect(out.state).toEqual({ mode: 'resting', limits, drawn: target });
    expect(types(out.effects)).toEqual(['sync', 'clear', 'draw']);
  });
});

describe('stopped, waiting to rest', () => {
  const target = v(4, -1500, -600);
  const mid = v(2, -600, -200);
  const stopped = run(
    rest0,
    { type: 'animate', target, motion: true },
    { type: 'move', view: mid },
    { type: 'interrupted', id: 0 },
  ).state;

  it('a press that does not move keeps waiting (a click during a glide answers before any redraw)', () => {
    const out = run(stopped, { type: 'gesture-start' }, { type: 'gesture-end' });
    expect(types(out.effects)).toEqual(['cancel-rest', 'rest-later']);
    expect(out.state).toMatchObject({ mode: 'stopped', view: mid });
  });

  it('a drag from there moves the CSS picture on and draws once at its end', () => {
    const to = v(2, -700, -250);
    const out = run(stopped, { type: 'gesture-start' }, { type: 'move', view: to }, { type: 'gesture-end' });
    expect(types(out.effects)).toEqual(['cancel-rest', 'moved', 'show', 'clear', 'draw']);
    expect(out.state).toEqual({ mode: 'resting', limits, drawn: to });
  });

  it('the next glide takes over from the CSS picture: no redraw until it ends', () => {
    const next = v(3, -900, -300);
    const out = zoomStep(stopped, { type: 'animate', target: next, motion: true });
    expect(types(out.effects)).toEqual(['cancel-rest', 'moved', 'start-animation']);
    expect(out.state).toMatchObject({ mode: 'animating', view: mid, drawn: rest0.drawn, id: 0 });
  });

  it('resize draws it at once (a CSS transform from the old size would be wrong)', () => {
    const out = zoomStep(stopped, { type: 'resize' });
    expect(types(out.effects)).toEqual(['cancel-rest', 'sync', 'clear', 'draw']);
  });
});

describe('gesture', () => {
  it('refuses a glide while the hand holds the map', () => {
    const held = zoomStep(rest0, { type: 'gesture-start' }).state;
    expect(zoomStep(held, { type: 'animate', target: v(3, 0, 0), motion: true })).toEqual({
      state: held,
      effects: [],
    });
  });

  it('settle draws what is shown', () => {
    const to = v(1.5, -100, -50);
    const held = run(rest0, { type: 'gesture-start' }, { type: 'move', view: to }).state;
    expect(zoomStep(held, { type: 'settle' }).state).toEqual({ mode: 'resting', limits, drawn: to });
  });
});

const view = fc.record({
  k: fc.double({ min: 0.2, max: 80, noNaN: true }),
  x: fc.double({ min: -5e4, max: 5e4, noNaN: true }),
  y: fc.double({ min: -5e4, max: 5e4, noNaN: true }),
});
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('properties', () => {
  it('constrain keeps k in range, the map over the view, and is idempotent', () => {
    fc.assert(
      fc.property(view, (raw) => {
        const c = constrainView(raw, limits);
        expect(c.k).toBeGreaterThanOrEqual(1);
        expect(c.k).toBeLessThanOrEqual(40);
        expect(c.x).toBeLessThanOrEqual(1e-9);
        expect(c.x + c.k * limits.width).toBeGreaterThanOrEqual(limits.width - 1e-6);
        expect(c.y + c.k * limits.height).toBeGreaterThanOrEqual(limits.height - 1e-6);
        expect(constrainView(c, limits)).toEqual(c);
      }),
    );
  });

  it('scaleAbout keeps the point fixed', () => {
    fc.assert(
      fc.property(view, fc.double({ min: 0.1, max: 10, noNaN: true }), (from, f) => {
        const p = [321, 123] as const;
        const to = scaleAbout(from, f, p);
        const m = [(p[0] - from.x) / from.k, (p[1] - from.y) / from.k];
        expect(close(to.k * (m[0] ?? 0) + to.x, p[0])).toBe(true);
        expect(close(to.k * (m[1] ?? 0) + to.y, p[1])).toBe(true);
      }),
    );
  });

  it('a framed box is inside the view, even where constrain moved it', () => {
    const box = fc
      .tuple(
        fc.double({ min: 0, max: 990, noNaN: true }),
        fc.double({ min: 0, max: 470, noNaN: true }),
        fc.double({ min: 1, max: 400, noNaN: true }),
      )
      .map(([x, y, s]) => [x, y, Math.min(1000, x + s), Math.min(480, y + s / 2)] as const);
    fc.assert(
      fc.property(box, fc.boolean(), ([x0, y0, x1, y1], motion) => {
        const out = zoomStep(rest0, {
          type: 'animate',
          target: frameWithContext([x0, y0, x1, y1], { width: 1000, height: 480, pxPerUnit: 1 }),
          motion,
        });
        const t = out.state.mode === 'animating' ? out.state.target : out.state.drawn;
        expect(t.k * x0 + t.x).toBeGreaterThanOrEqual(-1e-6);
        expect(t.k * x1 + t.x).toBeLessThanOrEqual(1000 + 1e-6);
        expect(t.k * y0 + t.y).toBeGreaterThanOrEqual(-1e-6);
        expect(t.k * y1 + t.y).toBeLessThanOrEqual(480 + 1e-6);
      }),
    );
  });

  it('any gesture ends drawn exactly at its last step, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(view, { minLength: 1, maxLength: 8 }), fc.boolean(), (steps, fromGlide) => {
        const start = fromGlide
          ? run(
              rest0,
              { type: 'animate', target: v(3, -1000, -300), motion: true },
              { type: 'interrupted', id: 0 },
            ).state
          : rest0;
        const out = run(
          start,
          { type: 'gesture-start' },
          ...steps.map((s) => ({ type: 'move', view: s }) as const),
          {
            type: 'gesture-end',
          },
        );
        expect(out.state).toEqual({ mode: 'resting', limits, drawn: steps.at(-1) });
        expect(types(out.effects).filter((t) => t === 'draw')).toHaveLength(
          JSON.stringify(steps.at(-1)) === JSON.stringify(start.drawn) ? 0 : 1,
        );
      }),
    );
  });
});
