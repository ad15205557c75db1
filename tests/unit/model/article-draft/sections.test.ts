import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../../src/model/article-draft/draft-schema.ts';
import { renameSection, sectionAt, sectionsFromText } from '../../../../src/model/article-draft/sections.ts';

const text = [
  'An opening paragraph, before any heading.',
  '',
  'Goals of the policy',
  '',
  'The first goal is peace. The second is trade.',
  'Not a heading, this line follows text',
  '',
  'Partners',
  '',
  'Russia and China.',
].join('\n');

describe('sections from heading lines', () => {
  it('finds short unpunctuated lines between blank lines, and an untitled opening', () => {
    const sections = sectionsFromText(text);
    expect(sections.map((s) => s.title)).toEqual(['', 'Goals of the policy', 'Partners']);
    expect(sections.map((s) => text.slice(s.start, s.start + 8))).toEqual([
      'An openi',
      'Goals of',
      'Partners',
    ]);
    expect(sections.at(-1)?.end).toBe(text.length);
    expect(sections[1]?.end).toBe(sections[2]?.start);
  });

  it('reads a line ending with a full stop, or a long line, as a paragraph', () => {
    expect(sectionsFromText('Intro.\n\nA sentence.\n\nMore.').map((s) => s.title)).toEqual(['']);
    expect(sectionsFromText(`Intro\n\n${'word '.repeat(30)}\n\nEnd`).map((s) => s.title)).toEqual([
      'Intro',
      'End',
    ]);
  });

  it('gives a blank text no section', () => {
    expect(sectionsFromText(' \n\n ')).toEqual([]);
  });

  it('renames a section (trimmed) and leaves others alone', () => {
    const draft = { text, sections: sectionsFromText(text) } as ArticleDraft;
    const renamed = renameSection(draft, 's3', '  Partners abroad ');
    expect(renamed.sections.map((s) => s.title)).toEqual(['', 'Goals of the policy', 'Partners abroad']);
    expect(renameSection(draft, 'nope', 'x')).toBe(draft);
  });

  it('places an offset in its section', () => {
    const sections = sectionsFromText(text);
    expect(sectionAt(sections, text.indexOf('second'))?.id).toBe('s2');
    expect(sectionAt(sections, text.indexOf('China'))?.id).toBe('s3');
  });
});
