import { useEffect } from 'react';
import { afterNextPaint } from '../../components/after-next-paint.ts';
import { coreBox } from '../../geo/core-box.ts';
import { unionBox } from '../../geo/zoom-to-box.ts';
import { type AppState, useAppStore } from '../../store/app-store.ts';
import { currentStep } from '../../store/use-highlight.ts';
import { shapeById } from '../../world/world.ts';
import type { MapZoom } from './use-map-zoom.ts';

/** A phone's screen (the layout's breakpoint): too narrow to show the whole world but as a strip. */
const isPhone = () => window.matchMedia?.('(max-width: 720px)').matches ?? false;

/** Where the dataset's countries mostly are (the home country and its partners), as one box. */
const coveredBox = (s: AppState) =>
  coreBox(
    [s.dataset.home.id, ...s.dataset.partners.map((p) => p.id)].flatMap((id) => {
      const found = shapeById.get(id);
      return found ? [found.box] : [];
    }),
  );

const framed = (s: AppState) => ({
  selectedId: s.selectedId,
  presenting: s.slide !== null,
  step: currentStep(s.slide, s.tourSteps),
});

/**
 * Moves the map to what is being looked at, framed in its region (at most 40 % of the map, with
 * its neighbours around): the tour frames its slide's countries; otherwise the selection is
 * framed, and leaving the tour with nothing selected returns to the whole map. A phone's first
 * view with nothing selected starts on the countries the dataset covers. Outside the tour a filter
 * change leaves the view where the user put it. The panel paints first; the map
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
        cancel = afterNextPaint(() => (box ? zoom.frame(box) : zoom.reset()));
        return;
      }
      const shape = selectedId ? shapeById.get(selectedId) : undefined;
      const box = shape?.box;
      const leftTour = wasPresenting;
      wasPresenting = false;
      // A small state's box reaches its nearest neighbour (world-shapes.ts): where that is close,
      // the frame zooms in until the two are far enough apart to hit either.
      const options = box && shape?.kind === 'marker' ? { neighbourAt: (box[2] - box[0]) / 2 } : {};
      if (box) cancel = afterNextPaint(() => zoom.frame(box, options));
      else if (leftTour) cancel = afterNextPaint(zoom.reset);
    };
    const first = framed(useAppStore.getState());
    frame(first);
    if (!first.selectedId && !first.presenting && isPhone()) {
      const box = coveredBox(useAppStore.getState());
      // At once, not after a paint: the prerendered world gives way before the app says it is ready.
      if (box) zoom.fit(box);
    }
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
