import { describe, expect, it } from 'vitest';
import { COARSE_BELOW, detailFor, FINE_AT } from '../../../src/geo/detail-level.ts';

describe('detailFor', () => {
  it('draws 1:50m from 3× and 1:110m below 2.5×, whatever is drawn now', () => {
    expect([FINE_AT, COARSE_BELOW]).toEqual([3, 2.5]);
    for (const current of ['110m', '50m'] as const) {
      expect(detailFor(1, current)).toBe('110m');
      expect(detailFor(2.49, current)).toBe('110m');
      expect(detailFor(3, current)).toBe('50m');
      expect(detailFor(8, current)).toBe('50m');
      expect(detailFor(40, current)).toBe('50m');
    }
  });

  it('keeps the level drawn now between 2.5× and 3×, so a view near the threshold does not flip', () => {
    expect(detailFor(2.5, '110m')).toBe('110m');
    expect(detailFor(2.99, '110m')).toBe('110m');
    expect(detailFor(2.5, '50m')).toBe('50m');
    expect(detailFor(2.99, '50m')).toBe('50m');
  });

  it('zooming in then out through the band switches once each way', () => {
    let level: '110m' | '50m' = '110m';
    const seen: string[] = [];
    for (const k of [1, 2, 2.7, 3.1, 2.7, 2.6, 2.4, 2.7]) {
      const next = detailFor(k, level);
      if (next !== level) seen.push(`${k}:${next}`);
      level = next;
    }
    expect(seen).toEqual(['3.1:50m', '2.4:110m']);
  });
});
