import { membersOn } from '../membership.ts';
import type { Dataset, Organisation, Partner, Quote, Relation } from '../schema.ts';
import { quoteOf, type TextRange, trimRange } from './attach.ts';
import { type Capital, capitalOf } from './capital.ts';
import type { ArticleDraft, Attachment } from './draft-schema.ts';
import { sectionAt } from './sections.ts';

/** What the dataset says where the draft has nothing: worded by the caller (this code holds no words). */
export type DraftWords = {
  untitled: string;
  unknownAuthor: string;
  authorRole: string;
  publication: string;
  subject: string;
  /** The title of the text before the first heading. */
  opening: string;
  vector: string;
  vectorDescription: string;
  sector: string;
};

/** Closest first: a country attached with two relations is shown with the closer one. */
const CLOSENESS: readonly Relation[] = ['alliance', 'strategic-partnership', 'cooperation'];

const VECTOR = 'article';

function partnersOf(draft: ArticleDraft, quote: (a: Attachment) => Quote): Partner[] {
  const byId = new Map<string, Partner>();
  for (const a of draft.attachments) {
    for (const id of a.countries) {
      if (id === draft.homeId) continue;
      const p = byId.get(id) ?? {
        id,
        relation: a.relation,
        mention: 'named',
        vectors: [VECTOR],
        sectors: [],
        aims: [],
      };
      if (CLOSENESS.indexOf(a.relation) < CLOSENESS.indexOf(p.relation)) p.relation = a.relation;
      p.aims.push(quote(a));
      byId.set(id, p);
    }
  }
  return [...byId.values()];
}

/** The sentence of `text` around `at` (an offset): from the previous sentence end to the next. */
function sentenceAround(text: string, at: number, length: number): { start: number; end: number } {
  const before = text.slice(0, at);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const after = text.slice(at + length).search(/[.!?\n]/);
  return { start, end: after < 0 ? text.length : at + length + after + 1 };
}

/**
 * The built-in list's organisations that an attached country belongs to on the draft's date,
 * each quoted by the draft's own sentence naming it (its article name or English acronym), or
 * else by the first passage attached to a member: the map never shows another article's words.
 */
function organisationsOf(
  draft: ArticleDraft,
  known: readonly Organisation[],
  quote: (a: TextRange) => Quote,
): Organisation[] {
  const attached = new Set(draft.attachments.flatMap((a) => a.countries));
  return known.flatMap((org) => {
    const members = new Set(membersOn(org, draft.date));
    const passage = draft.attachments.find((a) => a.countries.some((id) => members.has(id)));
    if (!passage || ![...attached].some((id) => members.has(id))) return [];
    const names = [org.articleName, org.id].filter((n) => n.length > 1);
    const at = names.map((n) => draft.text.indexOf(n)).find((i) => i >= 0);
    const name = names.find((n) => draft.text.indexOf(n) === at) ?? '';
    const range = at === undefined ? passage : sentenceAround(draft.text, at, name.length);
    return [{ ...org, quote: quote(range) }];
  });
}

/**
 * Turns a draft into a dataset for the map (not yet validated: the caller checks it like a
 * loaded file). The quotes are slices of the draft's text, which is the dataset's article body;
 * passages attached to the home country become its goals, priorities and principles (else the
 * first heading, or the first line, stands for them). `known` are the datasets whose home
 * capitals and organisations may be reused (the built-in one); `capitals` the table of capitals by
 * alpha-3 for other home countries.
 */
export function draftToDataset(
  draft: ArticleDraft,
  words: DraftWords,
  known: readonly Dataset[],
  capitals: Readonly<Record<string, Capital | undefined>>,
): Dataset {
  const sections =
    draft.sections.length > 0 ? draft.sections : [{ id: 's1', title: '', start: 0, end: draft.text.length }];
  const quote = (r: TextRange): Quote => {
    const t = trimRange(draft.text, r) ?? r;
    return { text: quoteOf(draft, t), section: sectionAt(sections, t.start)?.id ?? 's1' };
  };
  const firstLine = draft.text.trimStart().split('\n')[0] ?? '';
  const lead = draft.text.indexOf(firstLine);
  const standIn = quote({ start: lead, end: lead + firstLine.length });
  const homeAims = draft.attachments.filter((a) => a.countries.includes(draft.homeId)).map(quote);
  const home = homeAims.length > 0 ? homeAims : [standIn];
  const capital = capitalOf(draft.homeId, known, capitals);
  const title = draft.title.trim();
  return {
    schemaVersion: 1,
    asOf: draft.date,
    // The article's own title is in the article's language (source.title, shown with its `lang`);
    // only the stand-in for a missing one is the interface's word.
    ...(title ? {} : { title: words.untitled }),
    source: {
      title: title || words.untitled,
      author: draft.author?.trim() || words.unknownAuthor,
      authorRole: words.authorRole,
      published: draft.date,
      publication: words.publication,
      subject: words.subject,
      body: draft.text,
      ...(draft.language ? { language: draft.language } : {}),
    },
    home: {
      id: draft.homeId,
      ...(capital ? { capital } : {}),
      goals: home,
      priorities: home,
      principles: home,
    },
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title.trim() || words.opening,
      articleHeading: s.title.trim() !== '',
    })),
    vectors: [
      { id: VECTOR, name: words.vector, description: words.vectorDescription, quote: standIn, origin: 'map' },
    ],
    sectors: [{ id: 'article', name: words.sector }],
    groups: [],
    regions: [],
    organisations: organisationsOf(
      draft,
      [...new Map(known.flatMap((d) => d.organisations).map((o) => [o.id, o])).values()],
      quote,
    ),
    partners: partnersOf(draft, quote),
    ...(draft.tour ? { tour: draft.tour } : {}),
  };
}
