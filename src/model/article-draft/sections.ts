import { type TextRange, trimRange } from './attach.ts';
import type { ArticleDraft, DraftSection } from './draft-schema.ts';

/** Longest line read as a heading; longer ones are paragraphs. */
const MAX_HEADING = 100;

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

/** A short line that does not end like a sentence, with blank lines (or the text's edge) around it. */
function isHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i]?.trim() ?? '';
  return (
    line !== '' &&
    line.length <= MAX_HEADING &&
    !/[.!?:;,…"”»)]$/.test(line) &&
    blank(lines[i - 1]) &&
    blank(lines[i + 1])
  );
}

/**
 * The text's sections, from its heading lines (a short line without final punctuation between
 * blank lines). Each runs from its heading to the next heading; text before the first heading is a
 * section with no title (''). Offsets are characters into `text`. A text without visible characters
 * has no sections.
 */
export function sectionsFromText(text: string): DraftSection[] {
  const lines = text.split('\n');
  const starts: { at: number; title: string }[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    if (isHeading(lines, i)) starts.push({ at: offset + line.indexOf(line.trim()), title: line.trim() });
    offset += line.length + 1;
  });
  const firstAt = starts[0]?.at ?? text.length;
  if (text.slice(0, firstAt).trim() !== '') starts.unshift({ at: 0, title: '' });
  return starts.map((s, i) => ({
    id: `s${i + 1}`,
    title: s.title,
    start: s.at,
    end: starts[i + 1]?.at ?? text.length,
  }));
}

/** The draft with section `id` renamed (white space trimmed); unchanged for an unknown id. */
export function renameSection(draft: ArticleDraft, id: string, title: string): ArticleDraft {
  if (!draft.sections.some((s) => s.id === id)) return draft;
  return {
    ...draft,
    sections: draft.sections.map((s) => (s.id === id ? { ...s, title: title.trim() } : s)),
  };
}

/** The section a character offset falls in (the last one starting at or before it). */
export function sectionAt(sections: readonly DraftSection[], offset: number): DraftSection | undefined {
  return sections.findLast((s) => s.start <= offset) ?? sections[0];
}

/** Longest section title (the draft schema's limit). */
const MAX_TITLE = 300;

/** Sections in text order, each running to the next one's start (the last to the text's end). */
function chained(sections: readonly DraftSection[], textLength: number): DraftSection[] {
  const sorted = [...sections].sort((a, b) => a.start - b.start);
  return sorted.map((s, i) => ({ ...s, end: sorted[i + 1]?.start ?? textLength }));
}

/**
 * The draft with a section starting at the line `range` starts in (for a heading line the text did
 * not show as one), titled by that whole line (trimmed, at most 300 characters). Unchanged when the
 * range holds no visible text or a section already starts there. Sections' ends follow.
 */
export function addSection(draft: ArticleDraft, range: TextRange): ArticleDraft {
  const trimmed = trimRange(draft.text, range);
  if (!trimmed) return draft;
  const lineStart = draft.text.lastIndexOf('\n', trimmed.start - 1) + 1;
  const lineEnd = draft.text.indexOf('\n', trimmed.start);
  const line = draft.text.slice(lineStart, lineEnd < 0 ? draft.text.length : lineEnd);
  const start = lineStart + line.length - line.trimStart().length;
  if (draft.sections.some((s) => s.start === start)) return draft;
  const title = line.trim().slice(0, MAX_TITLE);
  const id = `s${Math.max(0, ...draft.sections.map((s) => Number(s.id.slice(1)) || 0)) + 1}`;
  const sections = chained([...draft.sections, { id, title, start, end: 0 }], draft.text.length);
  return { ...draft, sections };
}

/**
 * The draft without section `id`: its text joins the section before it (or, for the first, the
 * one after), and edited slides that followed it follow that one. Unchanged for an unknown id or
 * the only section.
 */
export function removeSection(draft: ArticleDraft, id: string): ArticleDraft {
  const ordered = chained(draft.sections, draft.text.length);
  const at = ordered.findIndex((s) => s.id === id);
  if (at < 0 || ordered.length < 2) return draft;
  const heir = (ordered[at - 1] ?? ordered[at + 1]) as DraftSection;
  const rest = ordered.filter((s) => s.id !== id);
  // The first section's text stays covered: the one after it starts where it started.
  const sections = chained(
    at === 0 ? rest.map((s) => (s.id === heir.id ? { ...s, start: 0 } : s)) : rest,
    draft.text.length,
  );
  const tour = draft.tour && {
    ...draft.tour,
    steps: draft.tour.steps.map((step) => (step.section === id ? { ...step, section: heir.id } : step)),
  };
  return { ...draft, sections, ...(tour ? { tour } : {}) };
}
