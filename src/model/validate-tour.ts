import { isVerbatimQuote } from './quote-text.ts';
import { type Tour, tourSchema } from './tour-schema.ts';
import { formatIssuePath } from './validate-dataset.ts';

export type TourResult = { ok: true; tour: Tour } | { ok: false; errors: string[] };

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
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`) };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  parsed.data.steps.forEach((step, i) => {
    const at = `steps[${i}] (${step.id})`;
    if (seen.has(step.id)) errors.push(`${at}: id is used twice`);
    seen.add(step.id);
    if (!context.sections.has(step.section)) errors.push(`${at}: unknown section "${step.section}"`);
    for (const q of [...step.quotes, ...(step.note ? [step.note] : [])]) {
      if (context.body !== undefined && !isVerbatimQuote(q, context.body))
        errors.push(`${at}: not verbatim in the article: "${q.slice(0, 60)}"`);
    }
    for (const id of step.countries) {
      if (!context.countries.has(id)) errors.push(`${at}: ${id} is not a country on the map`);
    }
  });
  return errors.length === 0 ? { ok: true, tour: parsed.data } : { ok: false, errors };
}
