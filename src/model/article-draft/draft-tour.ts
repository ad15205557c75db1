import { iso3Schema } from '../iso3-schema.ts';
import type { LocalizedText } from '../localized.ts';
import type { Tour, TourStep } from '../tour-schema.ts';
import { quoteOf, type TextRange, trimRange } from './attach.ts';
import type { ArticleDraft } from './draft-schema.ts';
import { sectionAt } from './sections.ts';

// Every function returns the very same draft when nothing changes, so the editor's history
// (which ignores a value equal to the present) records no empty undo step.

/** The draft with slides to edit: `made` (the tour made from its sections now); unchanged if it has one. */
export const editTour = (draft: ArticleDraft, made: Tour): ArticleDraft =>
  draft.tour ? draft : { ...draft, tour: made };

/** The draft without edited slides: its tour is made from the sections again. */
export function dropTour(draft: ArticleDraft): ArticleDraft {
  if (!draft.tour) return draft;
  const { tour: _, ...rest } = draft;
  return rest;
}

/** The draft with its tour's steps replaced by `edit`'s; unchanged without a tour or when `edit` returns them as they were. */
function withSteps(
  draft: ArticleDraft,
  edit: (steps: readonly TourStep[]) => readonly TourStep[],
): ArticleDraft {
  if (!draft.tour) return draft;
  const steps = edit(draft.tour.steps);
  return steps === draft.tour.steps ? draft : { ...draft, tour: { ...draft.tour, steps: [...steps] } };
}

/** The draft with slide `id` replaced by `edit`'s; unchanged for an unknown id or the same slide back. */
function withStep(draft: ArticleDraft, id: string, edit: (step: TourStep) => TourStep): ArticleDraft {
  return withSteps(draft, (steps) => {
    const i = steps.findIndex((s) => s.id === id);
    const step = steps[i];
    if (!step) return steps;
    const next = edit(step);
    return next === step ? steps : steps.map((s) => (s === step ? next : s));
  });
}

/** A new title (white space trimmed) for what had `old`; null when empty or the same. */
function retitle(old: LocalizedText, title: string): string | null {
  const trimmed = title.trim();
  return trimmed === '' || trimmed === old ? null : trimmed;
}

/** The draft with its tour titled `title` (trimmed); unchanged when empty. */
export function renameTour(draft: ArticleDraft, title: string): ArticleDraft {
  const next = draft.tour && retitle(draft.tour.title, title);
  return draft.tour && next ? { ...draft, tour: { ...draft.tour, title: next } } : draft;
}

/** The draft with slide `id` titled `title` (trimmed); unchanged when empty. */
export const renameSlide = (draft: ArticleDraft, id: string, title: string): ArticleDraft =>
  withStep(draft, id, (step) => {
    const next = retitle(step.title, title);
    return next ? { ...step, title: next } : step;
  });

/** The draft with slide `id` moved one place earlier (`by` -1) or later (+1); unchanged at the edge. */
export const moveSlide = (draft: ArticleDraft, id: string, by: -1 | 1): ArticleDraft =>
  withSteps(draft, (steps) => {
    const i = steps.findIndex((s) => s.id === id);
    const step = steps[i];
    const other = steps[i + by];
    return step && other ? steps.map((s) => (s === step ? other : s === other ? step : s)) : steps;
  });

/** The draft without slide `id`; unchanged when it is the only one (a tour has at least one slide). */
export const removeSlide = (draft: ArticleDraft, id: string): ArticleDraft =>
  withSteps(draft, (steps) => {
    const rest = steps.filter((s) => s.id !== id);
    return rest.length === steps.length || rest.length === 0 ? steps : rest;
  });

/** A kebab-case slide id no slide has yet: `slide-1`, `slide-2`, … */
function freshId(steps: readonly TourStep[]): string {
  const taken = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (taken.has(`slide-${n}`)) n++;
  return `slide-${n}`;
}

/**
 * The draft with a new slide quoting `range` (trimmed; the text's own slice, so verbatim), put
 * last (or right after slide `after`): it follows the section the passage starts in, is titled
 * by that section's heading (or `untitled` when it has none) and lights up the home country and
 * the countries of every attached passage overlapping the range. Unchanged for an empty range.
 */
export function addSlide(
  draft: ArticleDraft,
  range: TextRange,
  untitled: string,
  after?: string,
): ArticleDraft {
  const trimmed = trimRange(draft.text, range);
  if (!trimmed) return draft;
  const section = sectionAt(draft.sections, trimmed.start);
  const overlapping = draft.attachments.filter((a) => a.start < trimmed.end && trimmed.start < a.end);
  return withSteps(draft, (steps) => {
    const step: TourStep = {
      id: freshId(steps),
      title: section?.title.trim() || untitled,
      // draftToDataset names a text without sections' only section `s1`.
      section: section?.id ?? 's1',
      quotes: [quoteOf(draft, trimmed)],
      countries: [...new Set([draft.homeId, ...overlapping.flatMap((a) => a.countries)])],
    };
    const at = steps.findIndex((s) => s.id === after);
    return at < 0 ? [...steps, step] : [...steps.slice(0, at + 1), step, ...steps.slice(at + 1)];
  });
}

/** The draft with `range` (trimmed) as one more quote of slide `id`; unchanged when empty or quoted already. */
export function addQuote(draft: ArticleDraft, id: string, range: TextRange): ArticleDraft {
  const trimmed = trimRange(draft.text, range);
  if (!trimmed) return draft;
  const quote = quoteOf(draft, trimmed);
  return withStep(draft, id, (step) =>
    step.quotes.includes(quote) ? step : { ...step, quotes: [...step.quotes, quote] },
  );
}

/** The draft without `quote` on slide `id`; unchanged when it is the slide's only quote. */
export const removeQuote = (draft: ArticleDraft, id: string, quote: string): ArticleDraft =>
  withStep(draft, id, (step) => {
    const quotes = step.quotes.filter((q) => q !== quote);
    return quotes.length === step.quotes.length || quotes.length === 0 ? step : { ...step, quotes };
  });

/** The draft with `country` (alpha-3) lit up on slide `id`; unchanged when not alpha-3 or there already. */
export const addSlideCountry = (draft: ArticleDraft, id: string, country: string): ArticleDraft =>
  withStep(draft, id, (step) =>
    !iso3Schema.safeParse(country).success || step.countries.includes(country)
      ? step
      : { ...step, countries: [...step.countries, country] },
  );

/** The draft without `country` on slide `id` (a slide may light up none: the whole map shows). */
export const removeSlideCountry = (draft: ArticleDraft, id: string, country: string): ArticleDraft =>
  withStep(draft, id, (step) =>
    step.countries.includes(country)
      ? { ...step, countries: step.countries.filter((c) => c !== country) }
      : step,
  );
