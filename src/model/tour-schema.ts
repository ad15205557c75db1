import { iso3Schema } from './iso3-schema.ts';
import { localizedSchema } from './localized-schema.ts';
import { z } from './zod-jitless.ts';

/**
 * A guided tour: slides in order, so a teacher can reorder or edit them without touching code.
 * The built-in article's lives in data/tour.json; a loaded dataset may carry its own (`tour`).
 * Quotes and notes must be verbatim from the article (validate-tour.ts).
 */
export const tourStepSchema = z.object({
  /** Stable kebab-case id, unique in the tour. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  title: localizedSchema(z.string().min(1)),
  /** The dataset section the slide follows (`sections[].id`). */
  section: z.string().min(1),
  /** The article's words shown in large type; each a verbatim substring of the article. */
  quotes: z.array(z.string().min(1)).min(1),
  /** Countries highlighted (the rest dimmed) and framed; empty shows the whole map, nothing dimmed. */
  countries: z.array(iso3Schema),
  /**
   * Ids of dataset groups, regional phrases or organisations whose members (on the dataset's date)
   * the slide lights up beside the home country and the countries its quotes name: the rule that makes
   * `countries`, checked by the tests.
   */
  highlights: z.array(z.string().min(1)).optional(),
  /** The full article paragraph, for the teacher ("speaker notes"). */
  note: z.string().min(1).optional(),
});

export const tourSchema = z.object({
  title: localizedSchema(z.string().min(1)),
  steps: z.array(tourStepSchema).min(1),
});

export type TourStep = z.infer<typeof tourStepSchema>;
export type Tour = z.infer<typeof tourSchema>;
