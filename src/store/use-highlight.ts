import { useMemo } from 'react';
import type { TourStep } from '../model/tour-schema.ts';
import { useAppStore } from './app-store.ts';

/** The tour step on show, or undefined outside the tour (or before its steps have loaded). */
export function currentStep(slide: number | null, steps: readonly TourStep[] | null): TourStep | undefined {
  return slide === null ? undefined : steps?.[slide];
}

/**
 * Countries to keep at full strength; all others get `data-dimmed="true"`. `null` dims nothing.
 * Derived from the store on every change, never stored (filters, a presentation slide, ...).
 * During the tour, the slide's countries (a slide with none shows the whole map undimmed).
 */
export function useHighlight(): ReadonlySet<string> | null {
  const slide = useAppStore((s) => s.slide);
  const steps = useAppStore((s) => s.tourSteps);
  return useMemo(() => {
    const step = currentStep(slide, steps);
    return step && step.countries.length > 0 ? new Set(step.countries) : null;
  }, [slide, steps]);
}
