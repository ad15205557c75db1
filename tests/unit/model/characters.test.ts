import { describe, expect, it } from 'vitest';
import { characters } from '../../../src/model/characters.ts';

describe('characters as a reader counts them', () => {
  it('counts a flag, a combined accent and a joined emoji as one each', () => {
    expect(characters('Қытай 🇨🇳')).toBe(7);
    expect(characters('Cafe\u0301')).toBe(4);
    expect(characters('👩‍🏫')).toBe(1);
    expect(characters('')).toBe(0);
  });
});
