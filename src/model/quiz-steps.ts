import { countryStatus, type MapRelation } from './country-status.ts';
import { MAP_RELATIONS } from './labels.ts';
import type { Dataset } from './schema.ts';
import type { TourStep } from './tour-schema.ts';

/**
 * Where the tour stands: the 0-based slide, and whether its answer (the relation colours and the
 * quotes) is shown. Outside the quiz every slide is revealed; in the quiz a slide that asks about
 * countries starts hidden, and one with nothing to ask (only the home country, or no country at all)
 * is revealed from the start, so the clicker never needs a press that changes nothing.
 */
export type TourPosition = { slide: number; revealed: boolean };

/** The slide's countries the class is asked about: all but the home country, in the slide's order. */
export function questionCountries(step: TourStep | undefined, homeId: string): readonly string[] {
  return step ? step.countries.filter((id) => id !== homeId) : [];
}

/** Whether the slide has a question in the quiz: at least one country besides the home country. */
export const asksQuestion = (step: TourStep | undefined, homeId: string): boolean =>
  questionCountries(step, homeId).length > 0;

/**
 * The position on arriving at `slide` (already clamped). `wantRevealed` is the answer step asked for
 * (a link's `reveal=1`, or going back onto a slide). While the slide is unknown (the tour not loaded
 * yet) the wish is kept as it is, to be decided again when the steps load.
 */
export function arrive(
  slide: number,
  steps: readonly TourStep[] | null,
  homeId: string,
  quiz: boolean,
  wantRevealed: boolean,
): TourPosition {
  const step = steps?.[slide];
  if (!quiz) return { slide, revealed: true };
  if (!step) return { slide, revealed: wantRevealed };
  return { slide, revealed: wantRevealed || !asksQuestion(step, homeId) };
}

/**
 * One press of the clicker, like a build step in a slide deck: forward on a question reveals its
 * answer, forward on an answer goes to the next slide's question; back on an answer hides it again,
 * back on a question goes to the previous slide with its answer shown. Larger `delta`s (never sent
 * by a key) jump whole slides. At either end of the tour a press that cannot move changes nothing.
 */
export function moveBy(
  position: TourPosition,
  delta: number,
  steps: readonly TourStep[] | null,
  homeId: string,
  quiz: boolean,
): TourPosition {
  const { slide, revealed } = position;
  const step = steps?.[slide];
  if (quiz && step && asksQuestion(step, homeId)) {
    if (delta === 1 && !revealed) return { slide, revealed: true };
    if (delta === -1 && revealed) return { slide, revealed: false };
  }
  const target = clampSlide(slide + delta, steps);
  if (target === slide) return position;
  return arrive(target, steps, homeId, quiz, delta < 0);
}

/** 0 ≤ slide ≤ the last slide (no upper bound until the tour has loaded). */
export const clampSlide = (slide: number, steps: readonly TourStep[] | null): number =>
  Math.max(0, steps ? Math.min(slide, steps.length - 1) : slide);

/** The answer: the asked countries by the article's relation, in the legend's order, empty groups left out. */
export function answerByRelation(
  ids: readonly string[],
  dataset: Dataset,
): { relation: MapRelation; ids: string[] }[] {
  return MAP_RELATIONS.map((relation) => ({
    relation,
    ids: ids.filter((id) => countryStatus(dataset, id).relation === relation),
  })).filter((group) => group.ids.length > 0);
}
