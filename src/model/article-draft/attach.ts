import type { Relation } from '../schema.ts';
import type { ArticleDraft, Attachment } from './draft-schema.ts';

/** A selection in the draft's text: character offsets, `start` inclusive, `end` exclusive. */
export type TextRange = { start: number; end: number };

/** The range without white space at its ends, clamped to the text; null when nothing visible is left. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let start = Math.max(0, Math.min(range.start, range.end));
  let end = Math.min(text.length, Math.max(range.start, range.end));
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

/** The words a passage quotes: the text's own slice, so a quote is verbatim by construction. */
export const quoteOf = (draft: Pick<ArticleDraft, 'text'>, a: TextRange): string =>
  draft.text.slice(a.start, a.end);

const nextId = (attachments: readonly Attachment[]) =>
  `a${Math.max(0, ...attachments.map((a) => Number(a.id.slice(1)) || 0)) + 1}`;

/**
 * The draft with the passage `range` (trimmed of white space) attached to `countries` (alpha-3,
 * repeats dropped) with `relation`. Unchanged when the range holds no visible text or no country is given.
 */
export function attach(
  draft: ArticleDraft,
  range: TextRange,
  countries: readonly string[],
  relation: Relation,
): ArticleDraft {
  const trimmed = trimRange(draft.text, range);
  const ids = [...new Set(countries)];
  if (!trimmed || ids.length === 0) return draft;
  const attachment: Attachment = { id: nextId(draft.attachments), ...trimmed, countries: ids, relation };
  return { ...draft, attachments: [...draft.attachments, attachment] };
}

/** The draft without attachment `id`. */
export function detach(draft: ArticleDraft, id: string): ArticleDraft {
  const attachments = draft.attachments.filter((a) => a.id !== id);
  return attachments.length === draft.attachments.length ? draft : { ...draft, attachments };
}
