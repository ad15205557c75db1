import { describe, expect, it } from 'vitest';
import { type MembershipDetail, statusCounts } from '../../../src/model/partner-notes.ts';

const of = (status: MembershipDetail['status'], n: number): MembershipDetail[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${status}${i}`, status }));

describe('statusCounts', () => {
  it('counts each status, singular and plural, and leaves out a status nobody has', () => {
    expect(statusCounts([...of('member', 9), ...of('associate', 1), ...of('participating', 1)])).toBe(
      '9 members, 1 associate, 1 participating state',
    );
    expect(statusCounts(of('participating', 3))).toBe('3 participating states');
    expect(statusCounts(of('member', 1))).toBe('1 member');
    expect(statusCounts([])).toBe('0 members');
  });
});
