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
