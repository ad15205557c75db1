import { useMemo } from 'react';
import type { TourStep } from '../model/tour-schema.ts';
import { useAppStore } from './app-store.ts';
import { useMatchingCountries } from './use-matching.ts';

/** The tour step on show, or undefined outside the tour (or before its steps have loaded). */
export function currentStep(slide: number | null, steps: readonly TourStep[] | null): TourStep | undefined {
  return slide === null ? undefined : steps?.[slide];
}

/**
 * Countries to keep at full strength; all others get `data-dimmed="true"`. `null` dims nothing.
 * Derived from the store on every change, never stored. During the tour the slide decides (a
 * slide with no countries shows the whole map undimmed); otherwise filters dim what they leave
 * out, and the home country, the reference point, always stays at full strength.
 */
export function useHighlight(): ReadonlySet<string> | null {
  const home = useAppStore((s) => s.dataset.home.id);
  const slide = useAppStore((s) => s.slide);
  const steps = useAppStore((s) => s.tourSteps);
  const matching = useMatchingCountries();
  return useMemo(() => {
    if (slide !== null) {
      const step = currentStep(slide, steps);
      return step && step.countries.length > 0 ? new Set(step.countries) : null;
    }
    return matching ? new Set([...matching, home]) : null;
  }, [slide, steps, matching, home]);
}
