import { describe, expect, it } from 'vitest';
import { attach, detach, quoteOf, trimRange } from '../../../../src/model/article-draft/attach.ts';
import type { ArticleDraft } from '../../../../src/model/article-draft/draft-schema.ts';

const text = 'Kazakhstan works with Russia.  China is a partner too.\n';
const draft: ArticleDraft = {
  text,
  title: '',
  date: '2017-03-03',
  homeId: 'KAZ',
  sections: [],
  attachments: [],
};

describe('attaching passages', () => {
  it('quotes the trimmed slice of the text itself', () => {
    const start = text.indexOf('Russia.') + 7;
    const next = attach(draft, { start, end: text.length }, ['CHN'], 'strategic-partnership');
    const [a] = next.attachments;
    expect(a && quoteOf(next, a)).toBe('China is a partner too.');
    expect(a).toMatchObject({ id: 'a1', countries: ['CHN'], relation: 'strategic-partnership' });
    expect(draft.attachments).toEqual([]);
  });

  it('takes a backwards selection, drops repeated countries, and numbers ids', () => {
    const one = attach(draft, { start: 22, end: 0 }, ['RUS', 'RUS', 'BLR'], 'alliance');
    const two = attach(one, { start: 22, end: 29 }, ['RUS'], 'alliance');
    expect(two.attachments.map((a) => [a.id, a.start, a.end, a.countries])).toEqual([
      ['a1', 0, 21, ['RUS', 'BLR']],
      ['a2', 22, 29, ['RUS']],
    ]);
    expect(detach(two, 'a1').attachments.map((a) => a.id)).toEqual(['a2']);
    expect(detach(two, 'a9')).toBe(two);
  });

  it('refuses white space only, or no country', () => {
    expect(attach(draft, { start: 29, end: 31 }, ['RUS'], 'alliance')).toBe(draft);
    expect(attach(draft, { start: 0, end: 10 }, [], 'alliance')).toBe(draft);
    expect(trimRange(text, { start: -5, end: 999 })).toEqual({ start: 0, end: text.length - 1 });
  });
});
