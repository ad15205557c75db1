// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/model/format-date.ts';

describe('formatDate', () => {
  it('writes an ISO date the British way, whatever the time zone', () => {
    expect(formatDate('2017-03-03')).toBe('3 March 2017');
    expect(formatDate('2014-01-29')).toBe('29 January 2014');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
  });

  it('agrees with Intl for every day from 1900 to 2100', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
        },
      ),
    );
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('March 2017')).toBe('March 2017');
    expect(formatDate('')).toBe('');
  });
});
