import { useMemo } from 'react';
import { questionCountries } from '../model/quiz-steps.ts';
import { type AppState, useAppStore } from './app-store.ts';
import { currentStep } from './use-highlight.ts';

/**
 * The countries the class is being asked about right now (the slide's, without the home country),
 * or an empty list when no question is on show: outside the tour or the quiz, or once revealed.
 */
export function askedCountries(s: AppState): readonly string[] {
  if (!s.quiz || s.revealed || s.slide === null) return [];
  return questionCountries(currentStep(s.slide, s.tourSteps), s.dataset.home.id);
}

/** Whether a question is on show: the map paints its countries neutral and hides their relation. */
export const isAsking = (s: AppState): boolean => askedCountries(s).length > 0;

/** `askedCountries` as a set, or null when nothing is asked; a new set only when the question changes. */
export function useAskedCountries(): ReadonlySet<string> | null {
  const asking = useAppStore(isAsking);
  const step = useAppStore((s) => currentStep(s.slide, s.tourSteps));
  const home = useAppStore((s) => s.dataset.home.id);
  return useMemo(() => (asking ? new Set(questionCountries(step, home)) : null), [asking, step, home]);
}
