import { iso3Schema } from './iso3-schema.ts';
import { localizedSchema } from './localized-schema.ts';
import { tourSchema } from './tour-schema.ts';
import { z } from './zod-jitless.ts';

export { iso3Schema };

/**
 * The dataset schema: the single source of truth for the shape of `data/*.json`.
 * TypeScript types below are inferred from it, never written twice.
 */

/** Calendar date, YYYY-MM-DD. */
export const dateSchema = z.iso.date();

/** A BCP 47 language tag as written in `lang` ("en", "ru", "kk", "zh-Hant"). */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "ru"');

/** Characters that show nothing: white space, zero-width and byte-order marks, bidi controls. */
const invisible = /^[\s\u200b-\u200f\u2028-\u202e\u2060-\u206f\u061c\ufeff]*$/;

/**
 * Text a person reads (a title, a name, a quote): not empty, and not only invisible characters,
 * which would show an empty heading or chip. Any length and any script is fine.
 */
const visibleText = z
  .string()
  .min(1)
  .refine((value) => value === '' || !invisible.test(value), 'expected visible text, got only white space');

/** Words a person reads that the dataset may give per language (see localized.ts). */
const localText = localizedSchema(visibleText);

/** A stable slug used for ids of sections, vectors, sectors, regions and groups. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

export const relationSchema = z.enum(['alliance', 'strategic-partnership', 'cooperation']);
export const mentionSchema = z.enum(['named', 'group', 'region']);

/**
 * A verbatim quote from the article body and the section it stands in. `translations` are the
 * dataset's own renderings, shown only labelled as a translation and never checked against the article.
 */
export const quoteSchema = z.object({
  text: visibleText,
  section: slug,
  translations: z.strictObject({ ru: visibleText.optional(), kk: visibleText.optional() }).optional(),
});

const sectionSchema = z.object({
  id: slug,
  /** The article's own heading, or a descriptive one where the article has none (`heading: false`). */
  title: localText,
  articleHeading: z.boolean(),
});

const vectorSchema = z.object({
  id: slug,
  name: localText,
  description: localText,
  /** The article's wording that defines this direction. */
  quote: quoteSchema,
  /** Whether the article itself names this vector ("Asian vector") or it is this map's own grouping. */
  origin: z.enum(['article', 'map']).optional(),
  /** Which partners this vector holds and why. */
  rule: z.string().min(1).optional(),
});

const sectorSchema = z.object({ id: slug, name: localText });

/** A group of states or a regional phrase: who it covers, by which rule, as of when. */
const scopeSchema = z.object({
  id: slug,
  name: localText,
  /**
   * A group's short name for the organisation filter; its English one is its value in links
   * (`?org=` this), so that one is Latin capitals.
   */
  acronym: localizedSchema(
    z.string().regex(/^[A-Z]{2,8}$/, 'expected an upper-case acronym'),
    visibleText,
  ).optional(),
  /** The article's words for it, verbatim in English ("the Middle East countries"); other languages are for display. */
  phrase: localText,
  quote: quoteSchema,
  rule: visibleText,
  asOf: dateSchema,
  members: z.array(iso3Schema).min(1),
  /** Members who left after `asOf`, dated (`left` is the first day outside), for the "today" view. */
  departures: z
    .array(z.object({ id: iso3Schema, left: dateSchema, note: z.string().min(1).optional() }))
    .optional(),
});

/**
 * A membership period. `joined` is the first day as a member (inclusive); `left` is the first day no
 * longer a member (exclusive): a last day as a member of 2020-01-31 is stored as `left` 2020-02-01. The same holds for a group's `departures`.
 */
const membershipSchema = z.object({
  id: iso3Schema,
  joined: dateSchema,
  left: dateSchema.optional(),
  /** Observer, associate, ... where the status is not full membership. */
  status: z.enum(['member', 'associate', 'participating']).default('member'),
  note: z.string().optional(),
  /** The day the note's facts about the present (a suspension, a withdrawal under way) were last checked. */
  checked: dateSchema.optional(),
});

const organisationSchema = z.object({
  id: z.string().regex(/^[A-Z]{2,8}$/, 'expected an upper-case acronym'),
  acronym: localText,
  /** How the article writes it, when that differs ("CICMA" for CICA). */
  articleName: visibleText,
  fullName: localText,
  quote: quoteSchema,
  membersSource: visibleText,
  /** A mutual-defence treaty (the CSTO): its members are treaty allies, which the map notes. */
  collectiveDefence: z.boolean().optional(),
  members: z.array(membershipSchema).min(1),
});

const partnerSchema = z.object({
  id: iso3Schema,
  relation: relationSchema,
  mention: mentionSchema,
  /** For `named`: the name the article uses ("Republic of Turkey"), verbatim. */
  articleName: z.string().min(1).optional(),
  /** For `group` and `region`: the group or regional phrase through which the article covers it. */
  via: slug.optional(),
  vectors: z.array(slug).min(1),
  sectors: z.array(slug),
  aims: z.array(quoteSchema).min(1),
  /** Public facts a reader needs beside the article's words (never an aim), each with its source. */
  notes: z
    .array(z.object({ text: z.string().min(1), source: z.string().min(1), checked: dateSchema.optional() }))
    .optional(),
});

/** The home country's capital, where the map's arcs start. Degrees: lon -180..180, lat -90..90. */
const capitalSchema = z.object({
  name: z.string().min(1).max(200),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  asOf: dateSchema,
  /** The map's heading, exports' title and the tab's title; the article's title when absent. */
  title: localizedSchema(z.string().min(1).max(300)).optional(),
  /** A short name for buttons and file names ("Back to the … article", …-map.svg); the home country's name when absent. */
  shortTitle: localizedSchema(z.string().min(1).max(80)).optional(),
  source: z.object({
    title: visibleText,
    author: visibleText,
    authorRole: visibleText,
    published: dateSchema,
    publication: visibleText,
    subject: visibleText,
    /** File under data/ holding the article body verbatim (the built-in dataset). */
    bodyFile: z.string().min(1).optional(),
    /** The article body itself, for a dataset loaded from a file: its quotes are checked against it. */
    body: visibleText.max(2_000_000).optional(),
    /** The article's language (BCP 47, "en" when absent): the `lang` of its quotes on screen. */
    language: languageTagSchema.optional(),
    /** Where the article can be read; shown as a link only when it is http(s). */
    url: z.string().max(2000).optional(),
  }),
  home: z.object({
    id: iso3Schema,
    /** Without one, the map offers no arcs. */
    capital: capitalSchema.optional(),
    goals: z.array(quoteSchema).min(1),
    priorities: z.array(quoteSchema).min(1),
    principles: z.array(quoteSchema).min(1),
  }),
  sections: z.array(sectionSchema).min(1),
  vectors: z.array(vectorSchema).min(1),
  sectors: z.array(sectorSchema).min(1),
  groups: z.array(scopeSchema),
  regions: z.array(scopeSchema),
  organisations: z.array(organisationSchema),
  partners: z.array(partnerSchema).min(1),
  /**
   * The dataset's own words for relations and coverage kinds, over the map's defaults (the
   * catalogs' relation.* and mention.*): a field per kind, each plain text or per language.
   */
  labels: z
    .strictObject({
      relations: z.partialRecord(relationSchema, localText).optional(),
      mentions: z.partialRecord(mentionSchema, localText).optional(),
    })
    .optional(),
  /** The dataset's own guided tour; without one, Present makes one slide per section. */
  tour: tourSchema.optional(),
});

export type Relation = z.infer<typeof relationSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Partner = Dataset['partners'][number];
export type Organisation = Dataset['organisations'][number];
export type Scope = Dataset['groups'][number];
export type Vector = Dataset['vectors'][number];
