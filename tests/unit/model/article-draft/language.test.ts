import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../../src/model/article-draft/language.ts';

describe("guessing an article's language", () => {
  it('tells Kazakh from Russian by the letters only Kazakh has', () => {
    expect(guessLanguage('Қазақстанның көпвекторлы сыртқы саясаты бейбітшілікке негізделген.')).toBe('kk');
    expect(guessLanguage('Многовекторная внешняя политика Казахстана основана на мире.')).toBe('ru');
  });
  it('reads a Russian text quoting one Kazakh word as Russian', () => {
    const russian = 'Многовекторная внешняя политика Казахстана основана на мире и сотрудничестве. '.repeat(
      5,
    );
    expect(guessLanguage(`${russian} (Қазақстан)`)).toBe('ru');
  });
  it('reads Latin script as English, and gives no guess for other scripts or no letters', () => {
    expect(guessLanguage('Multi-vector policy of Kazakhstan')).toBe('en');
    expect(guessLanguage('السياسة الخارجية لكازاخستان')).toBeNull();
    expect(guessLanguage('2017 — 1, 2, 3')).toBeNull();
    expect(guessLanguage('')).toBeNull();
  });
});
