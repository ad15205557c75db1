import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/i18n.ts';
import { coverageSentence, mentionLabel, relationLabel, relationPhrase } from '../../../src/model/labels.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { builtInDataset } from '../../../src/store/dataset-slice.ts';

const partner = (id: string) => {
  const found = builtInDataset.partners.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('relation and coverage words', () => {
  it('keep their English words', () => {
    expect(relationLabel('alliance', t, 'en')).toBe('Alliance');
    expect(relationLabel('strategic-partnership', t, 'en')).toBe('Strategic partnership');
    expect(relationLabel('cooperation', t, 'en')).toBe('Cooperation');
    expect(relationPhrase('none', t, 'en')).toBe('not covered by the article');
    expect(mentionLabel('named', t, 'en')).toBe('Named in the article');
  });

  it("come from the catalog in Russian and Kazakh, with the dataset's names in the sentence", async () => {
    await useAppStore.getState().setLocale('ru');
    expect(relationLabel('alliance', t, 'ru')).toBe('Союзничество');
    expect(relationLabel('strategic-partnership', t, 'ru')).toBe('Стратегическое партнёрство');
    expect(relationLabel('cooperation', t, 'ru')).toBe('Сотрудничество');
    expect(coverageSentence(builtInDataset, partner('DEU'), t, 'ru')).toBe(
      'Как член объединения «Европейский союз»',
    );
    await useAppStore.getState().setLocale('kk');
    expect(relationLabel('alliance', t, 'kk')).toBe('Одақтастық');
    expect(relationLabel('strategic-partnership', t, 'kk')).toBe('Стратегиялық әріптестік');
    expect(relationLabel('cooperation', t, 'kk')).toBe('Ынтымақтастық');
    expect(coverageSentence(builtInDataset, partner('SAU'), t, 'kk')).toBe(
      'Мақаладағы «Таяу Шығыс елдері» тіркесі арқылы',
    );
  });

  it("give way to the dataset's own words, in the language given, else its English", () => {
    const d: Dataset = {
      ...builtInDataset,
      labels: {
        relations: { cooperation: { en: 'Working together', ru: 'Совместная работа' } },
        mentions: { region: 'By a region' },
      },
    };
    expect(relationLabel('cooperation', t, 'ru', d)).toBe('Совместная работа');
    expect(relationLabel('cooperation', t, 'kk', d)).toBe('Working together');
    expect(relationPhrase('cooperation', t, 'en', d)).toBe('working together');
    expect(relationLabel('alliance', t, 'en', d)).toBe('Alliance');
    expect(mentionLabel('region', t, 'en', d)).toBe('By a region');
  });
});
