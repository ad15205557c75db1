import { useEffect } from 'react';
import { afterNextPaint } from '../../components/after-next-paint.ts';
import { unionBox } from '../../geo/zoom-to-box.ts';
import { type AppState, useAppStore } from '../../store/app-store.ts';
import { currentStep } from '../../store/use-highlight.ts';
import { shapeById } from '../../world/world.ts';
import type { MapZoom } from './use-map-zoom.ts';

/** The map's deepest zoom (use-map-zoom.ts's scale extent). */
const MARKER_MAX_SCALE = 40;

const framed = (s: AppState) => ({
  selectedId: s.selectedId,
  presenting: s.slide !== null,
  step: currentStep(s.slide, s.tourSteps),
});

/**
 * Moves the map to what is being looked at: the tour frames its slide's countries; otherwise the
 * selection is framed, and leaving the tour with nothing selected returns to the whole map. Outside
 * the tour a filter change leaves the view where the user put it. The panel paints first; the map
 * moves a frame later, so a click answers at once even on a slow machine. A store subscription,
 * not props: the map itself does not re-render when the selection changes.
 */
export function useFraming(zoom: MapZoom): void {
  useEffect(() => {
    let cancel: (() => void) | undefined;
    let wasPresenting = false;
    const frame = ({ selectedId, presenting, step }: ReturnType<typeof framed>) => {
      cancel?.();
      cancel = undefined;
      if (presenting) {
        wasPresenting = true;
        const boxes = (step?.countries ?? []).flatMap((id) => {
          const found = shapeById.get(id);
          return found ? [found.box] : [];
        });
        const box = unionBox(boxes);
        // Neighbours stay in view around a single country, so the class sees where it is.
        cancel = afterNextPaint(() => (box ? zoom.frame(box, 0.8, 4) : zoom.reset()));
        return;
      }
      const shape = selectedId ? shapeById.get(selectedId) : undefined;
      const box = shape?.box;
      const leftTour = wasPresenting;
      wasPresenting = false;
      // A small state's box reaches its nearest neighbour (world-shapes.ts): closer than zoom 8
      // when a neighbour is near, so both markers can be hit.
      const maxScale = shape?.kind === 'marker' ? MARKER_MAX_SCALE : undefined;
      if (box) cancel = afterNextPaint(() => zoom.frame(box, undefined, maxScale));
      else if (leftTour) cancel = afterNextPaint(zoom.reset);
    };
    frame(framed(useAppStore.getState()));
    const unsubscribe = useAppStore.subscribe((s, previous) => {
      const now = framed(s);
      const before = framed(previous);
      if (
        now.selectedId !== before.selectedId ||
        now.presenting !== before.presenting ||
        now.step !== before.step
      )
        frame(now);
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [zoom]);
}
