import { select } from 'd3-selection';
import 'd3-transition';
import { type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { afterNextPaint } from '../../components/after-next-paint.ts';
import { cssTransformBetween, viewportOf, type ZoomState } from '../../geo/gesture-transform.ts';
import type { Box } from '../../geo/world-shapes.ts';
import { zoomToBox } from '../../geo/zoom-to-box.ts';

export type MapZoom = {
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Frames `box`; `fill` is the share of the view it may take (a slide's group of countries takes more). */
  frame: (box: Box, fill?: number, maxScale?: number) => void;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const DURATION = 450;
/** How long a view left by an interrupted animation waits, after the next frame, to be redrawn sharp. */
const REST = 120;

/**
 * d3-zoom owns the gesture (wheel, drag, pinch). While it runs, one CSS transform on the <svg>
 * moves the already painted map; when it ends, one transform on one <g> redraws it sharp. Not when
 * a press stops an animation (a click on the next country while the last one is being framed):
 * that click's framing starts a frame later, and redrawing every textured country in between
 * would hold back the frame that shows the click's panel. The redraw then waits for the view to
 * rest; a new gesture or animation takes over from the CSS transform instead. React
 * never re-renders for it. `--k` lets CSS keep markers and strokes a constant size. `overlayRef`, an
 * <svg> of the same viewBox stacked above the map (veil, arcs, selection outline), moves with it:
 * its first <g> gets the same transform. `onMove` (stable) is called when a gesture or animation
 * starts moving the map: what was under a resting pointer is not any more.
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  layerRef: RefObject<SVGGElement | null>,
  size: { width: number; height: number },
  overlayRef?: RefObject<SVGSVGElement | null>,
  onMove?: () => void,
): MapZoom {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // Set by an animation that is stopped before it arrives, read when its gesture ends.
  const interrupted = useRef(false);

  useEffect(() => {
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!svg || !layer) return;
    const overlay = overlayRef?.current ?? null;
    const movedElements = overlay ? [svg, overlay] : [svg];
    const layers = [layer, ...(overlay ? [...overlay.querySelectorAll<SVGGElement>(':scope > g')] : [])];
    const patterns = [...svg.querySelectorAll<SVGPatternElement>('pattern')];
    const z = zoom<SVGSVGElement, unknown>()
      // d3's default filter, plus: a synthetic event from no window (jsdom) is not a gesture.
      .filter(
        (event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button && !!event.view,
      )
      .scaleExtent([1, 40])
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      .translateExtent([
        [0, 0],
        [size.width, size.height],
      ])
      .on('start', () => {
        viewport = null;
        moved = false;
        resting?.cancel();
        resting = undefined;
      })
      .on('zoom', ({ transform }) => {
        // During a gesture, move the painted picture (one CSS transform, no repaint of countries)...
        if (!viewport) {
          // Measured on the first move, not on 'start': a plain click starts a gesture too. The
          // layout box, not the one on screen: a stopped animation's CSS transform may still apply.
          viewport = viewportOf(svg.clientWidth, svg.clientHeight, size.width, size.height);
        }
        if (!moved) onMove?.();
        moved = true;
        moving = true;
        const css = cssTransformBetween(committed, transform, viewport);
        for (const element of movedElements) element.style.transform = css;
      })
      .on('end', ({ transform }) => {
        // ...and when it ends, draw the map once at the new transform.
        const stopped = interrupted.current || !moved;
        interrupted.current = false;
        if (!moving) return; // A click on a map at rest: nothing moved, nothing to redraw.
        if (!stopped) return redraw(transform);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const cancelPaint = afterNextPaint(() => {
          timer = setTimeout(() => redraw(transform), REST);
        });
        resting = {
          transform,
          cancel: () => {
            cancelPaint();
            clearTimeout(timer);
          },
        };
      });
    const redraw = (t: ZoomState) => {
      resting?.cancel();
      resting = undefined;
      moving = false;
      for (const element of movedElements) element.style.transform = '';
      commit(t);
    };
    const commit = (t: ZoomState) => {
      // The view did not change (a zoom past its limit): redrawing would repaint every textured country.
      if (t.k === committed.k && t.x === committed.x && t.y === committed.y) return;
      committed = { k: t.k, x: t.x, y: t.y };
      for (const g of layers) {
        g.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
        g.style.setProperty('--k', String(t.k));
      }
      // Coverage textures keep their on-screen size: six attribute writes, not one per country.
      for (const pattern of patterns) {
        const base = pattern.dataset.baseTransform ?? '';
        pattern.setAttribute('patternTransform', `scale(${1 / t.k}) ${base}`);
      }
    };
    let committed: ZoomState = { k: 1, x: 0, y: 0 };
    let viewport: ReturnType<typeof viewportOf> | null = null;
    let moved = false; // in this gesture
    let moving = false; // the picture is moved by a CSS transform, not yet redrawn
    // A stopped view waiting to be redrawn sharp.
    let resting: { transform: ZoomState; cancel: () => void } | undefined;
    behaviour.current = z;
    const selection = select(svg).call(z).on('dblclick.zoom', null);
    return () => {
      if (resting) redraw(resting.transform);
      selection.on('.zoom', null);
    };
  }, [svgRef, layerRef, overlayRef, size.width, size.height, onMove]);

  return useMemo(() => {
    const run = (apply: (z: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const z = behaviour.current;
      const svg = svgRef.current;
      if (z && svg) apply(z, svg);
    };
    const animated = (svg: SVGSVGElement) => {
      const s = select(svg);
      if (reducedMotion()) return s;
      // Registered before d3-zoom's own listeners, so it runs before the gesture's 'end'.
      return s
        .transition()
        .duration(DURATION)
        .on('interrupt.rest', () => {
          interrupted.current = true;
        });
    };
    return {
      zoomBy: (factor) => run((z, svg) => animated(svg).call(z.scaleBy as never, factor)),
      reset: () => run((z, svg) => animated(svg).call(z.transform as never, zoomIdentity)),
      frame: (box, fill, maxScale = 8) =>
        run((z, svg) => {
          const t = zoomToBox(box, size.width, size.height, maxScale, fill);
          animated(svg).call(z.transform as never, zoomIdentity.translate(t.x, t.y).scale(t.k));
        }),
    };
  }, [svgRef, size.width, size.height]);
}
