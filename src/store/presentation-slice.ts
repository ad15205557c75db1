import type { StateCreator } from 'zustand';
import { arrive, clampSlide, moveBy } from '../model/quiz-steps.ts';
import type { TourStep } from '../model/tour-schema.ts';
import type { AppState } from './app-store.ts';

export type PresentationSlice = {
  /** 0-based slide of the guided tour, or null when not presenting. */
  slide: number | null;
  /** The tour's steps, loaded with the (lazy) presentation UI; null until then. */
  tourSteps: readonly TourStep[] | null;
  /** The selection to restore when the tour ends ("Esc restores the previous view"). */
  returnTo: string | null;
  /** The tour asks the class first: each slide's countries in a neutral colour, then the answer. */
  quiz: boolean;
  /** Whether the slide's answer (colours, quotes) is shown; always true outside the quiz. */
  revealed: boolean;
  /**
   * Starts the tour at `slide` (0-based), or jumps there when already presenting; in the quiz, on
   * the slide's question unless `revealed` asks for its answer (a link's `reveal=1`).
   */
  present: (slide: number, revealed?: boolean) => void;
  /** One press forward (1) or back (-1): in the quiz, question → answer → next question (quiz-steps.ts). */
  step: (delta: number) => void;
  /** To an absolute slide (its question in the quiz), clamped to the tour. */
  goTo: (slide: number) => void;
  leave: () => void;
  loadTour: (steps: readonly TourStep[]) => void;
  /** Turns the quiz on (the slide on show asks its question) or off (everything revealed). */
  setQuiz: (on: boolean) => void;
};

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  slide: null,
  tourSteps: null,
  returnTo: null,
  quiz: false,
  revealed: true,
  present: (slide, revealed = false) =>
    set((s) => ({
      ...arrive(clampSlide(slide, s.tourSteps), s.tourSteps, s.dataset.home.id, s.quiz, revealed),
      returnTo: s.slide === null ? s.selectedId : s.returnTo,
    })),
  step: (delta) =>
    set((s) => {
      if (s.slide === null) return {};
      const position = { slide: s.slide, revealed: s.revealed };
      return moveBy(position, delta, s.tourSteps, s.dataset.home.id, s.quiz);
    }),
  goTo: (slide) =>
    set((s) =>
      s.slide === null
        ? {}
        : arrive(clampSlide(slide, s.tourSteps), s.tourSteps, s.dataset.home.id, s.quiz, false),
    ),
  leave: () =>
    set((s) =>
      s.slide === null
        ? {}
        : { slide: null, selectedId: s.returnTo, focusedId: s.returnTo ?? s.focusedId, returnTo: null },
    ),
  loadTour: (steps) =>
    set((s) =>
      s.slide === null
        ? { tourSteps: steps }
        : {
            tourSteps: steps,
            ...arrive(clampSlide(s.slide, steps), steps, s.dataset.home.id, s.quiz, s.revealed),
          },
    ),
  setQuiz: (on) =>
    set((s) => ({
      quiz: on,
      revealed: s.slide === null ? !on : arrive(s.slide, s.tourSteps, s.dataset.home.id, on, false).revealed,
    })),
});
