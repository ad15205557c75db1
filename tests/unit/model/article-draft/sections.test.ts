import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../../src/model/article-draft/draft-schema.ts';
import {
  addSection,
  removeSection,
  renameSection,
  sectionAt,
  sectionsFromText,
} from '../../../../src/model/article-draft/sections.ts';

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

  it('starts a section at a selected line the text did not show as a heading', () => {
    const draft = { text, sections: sectionsFromText(text) } as ArticleDraft;
    const at = text.indexOf('Not a heading');
    const added = addSection(draft, { start: at - 1, end: text.indexOf('\n', at) + 1 });
    expect(added.sections.map((s) => [s.id, s.title])).toEqual([
      ['s1', ''],
      ['s2', 'Goals of the policy'],
      ['s4', 'Not a heading, this line follows text'],
      ['s3', 'Partners'],
    ]);
    expect(added.sections[1]?.end).toBe(at);
    expect(added.sections[2]).toMatchObject({ start: at, end: text.indexOf('Partners') });
    expect(sectionAt(added.sections, text.indexOf('follows'))?.id).toBe('s4');
    // Nothing visible, or a section already there: no change.
    expect(addSection(draft, { start: text.indexOf('\n\n'), end: text.indexOf('\n\n') + 2 })).toBe(draft);
    expect(addSection(added, { start: at, end: at + 3 })).toBe(added);
    // A few words in the middle of the line: the section still starts at the line, titled by all of it.
    const mid = addSection(draft, { start: text.indexOf('heading, this'), end: text.indexOf(', this') });
    expect(mid.sections[2]).toMatchObject({ start: at, title: 'Not a heading, this line follows text' });
  });

  it('removes a section into the one before it (the first into the next), and moves its slides there', () => {
    const slide = (id: string, section: string) => ({
      id,
      title: id,
      section,
      quotes: ['x'],
      countries: [] as string[],
    });
    const draft = {
      text,
      sections: sectionsFromText(text),
      tour: { title: 'T', steps: [slide('a', 's2'), slide('b', 's3')] },
    } as ArticleDraft;
    const merged = removeSection(draft, 's2');
    expect(merged.sections.map((s) => [s.id, s.start, s.end])).toEqual([
      ['s1', 0, text.indexOf('Partners')],
      ['s3', text.indexOf('Partners'), text.length],
    ]);
    expect(merged.tour?.steps.map((s) => s.section)).toEqual(['s1', 's3']);
    const first = removeSection(draft, 's1');
    expect(first.sections[0]).toMatchObject({ id: 's2', start: 0, title: 'Goals of the policy' });
    // The only section stays; an unknown id changes nothing.
    const only = { text, sections: [{ id: 's1', title: '', start: 0, end: text.length }] } as ArticleDraft;
    expect(removeSection(only, 's1')).toBe(only);
    expect(removeSection(draft, 'nope')).toBe(draft);
  });
});
