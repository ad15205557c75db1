import type { StateCreator } from 'zustand';
import type { TourStep } from '../model/tour-schema.ts';
import type { AppState } from './app-store.ts';

export type PresentationSlice = {
  /** 0-based slide of the guided tour, or null when not presenting. */
  slide: number | null;
  /** The tour's steps, loaded with the (lazy) presentation UI; null until then. */
  tourSteps: readonly TourStep[] | null;
  /** The selection to restore when the tour ends ("Esc restores the previous view"). */
  returnTo: string | null;
  /** Starts the tour at `slide` (0-based), or jumps there when already presenting. */
  present: (slide: number) => void;
  /** Moves by `delta` slides (or to an absolute slide with `goTo`), clamped to the tour. */
  step: (delta: number) => void;
  goTo: (slide: number) => void;
  leave: () => void;
  loadTour: (steps: readonly TourStep[]) => void;
};

const clamp = (slide: number, steps: readonly TourStep[] | null) =>
  Math.max(0, steps ? Math.min(slide, steps.length - 1) : slide);

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  slide: null,
  tourSteps: null,
  returnTo: null,
  present: (slide) =>
    set((s) => ({
      slide: clamp(slide, s.tourSteps),
      returnTo: s.slide === null ? s.selectedId : s.returnTo,
    })),
  step: (delta) => set((s) => (s.slide === null ? {} : { slide: clamp(s.slide + delta, s.tourSteps) })),
  goTo: (slide) => set((s) => (s.slide === null ? {} : { slide: clamp(slide, s.tourSteps) })),
  leave: () =>
    set((s) =>
      s.slide === null
        ? {}
        : { slide: null, selectedId: s.returnTo, focusedId: s.returnTo ?? s.focusedId, returnTo: null },
    ),
  loadTour: (steps) =>
    set((s) => ({ tourSteps: steps, slide: s.slide === null ? null : clamp(s.slide, steps) })),
});
