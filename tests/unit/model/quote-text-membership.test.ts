import { describe, expect, it } from 'vitest';
import { isMemberOn, membersOn } from '../../../src/model/membership.ts';
import { foldText, isVerbatimQuote } from '../../../src/model/quote-text.ts';

describe('foldText', () => {
  it('folds white space, typographic quotes and dashes', () => {
    expect(foldText('  “C&C”\u00a0\n\n Kazakhstan’s – policy — ok ')).toBe(
      '"C&C" Kazakhstan\'s - policy - ok',
    );
  });
});

describe('isVerbatimQuote', () => {
  const body = 'Strengthening dialogues “Central Asia + Japan”.\n\u00a0\n\nNext  paragraph.';
  it('finds quotes across folded white space and punctuation', () => {
    expect(isVerbatimQuote('dialogues "Central Asia + Japan". Next paragraph.', body)).toBe(true);
  });
  it('rejects changed words and empty quotes', () => {
    expect(isVerbatimQuote('dialogues "Central Asia + China"', body)).toBe(false);
    expect(isVerbatimQuote(' \n ', body)).toBe(false);
  });
});

describe('membership', () => {
  const georgia = { joined: '1993-12-03', left: '2009-08-18' };
  it('counts the day of joining and not the day of leaving', () => {
    expect(isMemberOn(georgia, '1993-12-02')).toBe(false);
    expect(isMemberOn(georgia, '1993-12-03')).toBe(true);
    expect(isMemberOn(georgia, '2009-08-17')).toBe(true);
    expect(isMemberOn(georgia, '2009-08-18')).toBe(false);
    expect(isMemberOn({ joined: '2001-06-15' }, '2030-01-01')).toBe(true);
  });
  it('lists each state once even with several periods', () => {
    const members = [
      { id: 'TKM', joined: '1991-12-21', left: '2005-08-26', status: 'member' as const },
      { id: 'TKM', joined: '2005-08-26', status: 'associate' as const },
      { id: 'ARM', joined: '1991-12-21', status: 'member' as const },
    ];
    expect(membersOn({ members }, '2005-08-26')).toEqual(['ARM', 'TKM']);
    expect(membersOn({ members }, '1991-01-01')).toEqual([]);
  });
});
