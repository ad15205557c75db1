// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relationColours } from '../../src/styles/palette.ts';

const css = readFileSync(new URL('../../src/styles/base.css', import.meta.url), 'utf8');

describe('palette', () => {
  it('base.css declares exactly the colours of palette.ts', () => {
    for (const [relation, colour] of Object.entries(relationColours)) {
      const declared = css.match(new RegExp(`--rel-${relation}:\\s*(#[0-9a-fA-F]{6})`))?.[1];
      expect(declared?.toLowerCase(), relation).toBe(colour.toLowerCase());
    }
  });

  it('keeps relations apart in greyscale (CIE lightness L* differs by at least 12)', () => {
    const lightness = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
    };
    const values = ['alliance', 'strategic-partnership', 'cooperation', 'none'].map((r) =>
      lightness(relationColours[r as keyof typeof relationColours]),
    );
    for (let i = 1; i < values.length; i++) {
      expect((values[i] ?? 0) - (values[i - 1] ?? 0)).toBeGreaterThan(12);
    }
  });
});
