// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatDate, kkFallbackDate, writesKkMonths } from '../../../src/model/format-date.ts';
import { formatNumber } from '../../../src/model/format-number.ts';

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

describe('formatDate in Russian and Kazakh', () => {
  it('writes Russian through Intl', () => {
    expect(formatDate('2017-03-03', 'ru')).toBe('3 марта 2017 г.');
    expect(formatDate('2014-01-29', 'ru')).toBe('29 января 2014 г.');
  });

  it('writes Kazakh month names: Intl where it has them (Node), never "2017 M03 3"', () => {
    const kk = formatDate('2017-03-03', 'kk');
    expect(kk).toMatch(/^2017 (ж\.|жылғы) 3 наурыз$/);
    expect(formatDate('2026-12-31', 'kk')).toMatch(/желтоқсан/);
  });

  it('falls back to its own table where Intl writes no Kazakh (Chromium: "2017 M03 3")', () => {
    const chromium = (d: Date) =>
      `${d.getUTCFullYear()} M${String(d.getUTCMonth() + 1).padStart(2, '0')} ${d.getUTCDate()}`;
    expect(writesKkMonths(chromium)).toBe(false);
    expect(writesKkMonths((d) => formatDate(d.toISOString().slice(0, 10), 'kk'))).toBe(true);
    expect(kkFallbackDate(new Date('2017-03-03T00:00:00Z'))).toBe('2017 жылғы 3 наурыз');
    expect(kkFallbackDate(new Date('2014-01-29T00:00:00Z'))).toBe('2014 жылғы 29 қаңтар');
    expect(kkFallbackDate(new Date('2026-09-01T00:00:00Z'))).toBe('2026 жылғы 1 қыркүйек');
  });

  it('uses the fallback when the runtime formats kk like Chromium does', async () => {
    vi.resetModules();
    const Real = Intl.DateTimeFormat;
    const spy = vi
      .spyOn(Intl, 'DateTimeFormat')
      // A constructor (called with `new`) whose kk output has no month names, as in Chromium.
      .mockImplementation(function kkWithoutData(
        locale?: string | string[],
        options?: Intl.DateTimeFormatOptions,
      ) {
        return locale === 'kk' ? new Real('en', { ...options, month: '2-digit' }) : new Real(locale, options);
      } as unknown as typeof Intl.DateTimeFormat);
    try {
      const fresh = await import('../../../src/model/format-date.ts');
      expect(fresh.formatDate('2017-03-03', 'kk')).toBe('2017 жылғы 3 наурыз');
      expect(fresh.formatDate('2017-03-03', 'ru')).toBe('3 марта 2017 г.');
    } finally {
      spy.mockRestore();
    }
  });

  it('returns what it cannot read unchanged, in every language', () => {
    expect(formatDate('March 2017', 'kk')).toBe('March 2017');
    expect(formatDate('', 'ru')).toBe('');
  });
});

describe('formatNumber', () => {
  it('separates thousands the way each language does', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'kk')).toBe('1\u00a0234,5');
  });
});
