import { dateSchema, iso3Schema, languageTagSchema, relationSchema } from '../schema.ts';
import { tourSchema } from '../tour-schema.ts';
import { z } from '../zod-jitless.ts';

/** A stretch of the draft's text: character offsets, `start` inclusive, `end` exclusive. */
const rangeShape = { start: z.number().int().min(0), end: z.number().int().min(0) };

/** A section: its heading (editable) and where it runs in the text. */
export const draftSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The heading line as written, or as the user renamed it; '' for text before the first heading. */
  title: z.string().max(300),
  ...rangeShape,
});

/** A passage of the text attached to countries with one relation: the quote is the slice itself. */
export const attachmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  ...rangeShape,
  countries: z.array(iso3Schema).min(1),
  relation: relationSchema,
});

/**
 * An article being turned into a map in the editor. Also the shape of the draft kept in the
 * browser, so a stored draft is checked against it before it is used (it may be old or hostile).
 */
export const articleDraftSchema = z
  .object({
    text: z.string().min(1).max(2_000_000),
    title: z.string().max(300),
    author: z.string().max(300).optional(),
    /** The article's date (YYYY-MM-DD): the dataset's date, and the day organisations' members are read. */
    date: dateSchema,
    homeId: iso3Schema,
    /** The article's language (BCP 47): the `lang` of its quotes on the map; "en" when absent. */
    language: languageTagSchema.optional(),
    sections: z.array(draftSectionSchema),
    attachments: z.array(attachmentSchema),
    /** Slides edited by hand; without them, the tour is made from the sections. */
    tour: tourSchema.optional(),
  })
  .refine(
    (d) => [...d.sections, ...d.attachments].every((r) => r.start < r.end && r.end <= d.text.length),
    'a section or passage lies outside the text',
  );

export type DraftSection = z.infer<typeof draftSectionSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type ArticleDraft = z.infer<typeof articleDraftSchema>;
