import type { Message } from '../i18n/i18n.ts';
import { issueMessage } from './issue-message.ts';
import { problem } from './problem.ts';
import { isVerbatimQuote } from './quote-text.ts';
import { type Tour, tourSchema } from './tour-schema.ts';

/** Problems are messages naming their path (`steps[2] (intro)`), worded where they are shown. */
export type TourResult = { ok: true; tour: Tour } | { ok: false; errors: Message[] };

/**
 * What a tour is checked against: the article body (undefined for a dataset that carries none:
 * its quotes cannot be checked), the dataset's section ids and the map's countries.
 */
export type TourContext = {
  body: string | undefined;
  sections: ReadonlySet<string>;
  countries: ReadonlySet<string>;
};

/**
 * Parses a hand-edited tour and checks it against the article, so a teacher's typo stops the
 * build with a readable list instead of showing invented words in class. Never throws.
 */
export function validateTour(input: unknown, context: TourContext): TourResult {
  const parsed = tourSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(issueMessage) };
  const errors: Message[] = [];
  const seen = new Set<string>();
  parsed.data.steps.forEach((step, i) => {
    const at = `steps[${i}] (${step.id})`;
    if (seen.has(step.id)) errors.push(problem('validation.stepIdTwice', at));
    seen.add(step.id);
    if (!context.sections.has(step.section))
      errors.push(problem('validation.unknownSection', at, { value: step.section }));
    for (const q of [...step.quotes, ...(step.note ? [step.note] : [])]) {
      if (context.body !== undefined && !isVerbatimQuote(q, context.body))
        errors.push(problem('validation.notVerbatimInArticle', at, { value: q.slice(0, 60) }));
    }
    for (const id of step.countries) {
      if (!context.countries.has(id))
        errors.push(problem('validation.stepCountryNotOnMap', at, { value: id }));
    }
  });
  return errors.length === 0 ? { ok: true, tour: parsed.data } : { ok: false, errors };
}
