import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountryPanel } from '../../../src/features/country-panel/country-panel.tsx';
import type { Dataset } from '../../../src/model/schema.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { builtInDataset } from '../../../src/store/dataset-slice.ts';

const open = (id: string) => {
  useAppStore.setState({ selectedId: id });
  render(<CountryPanel />);
  return screen.getByRole('complementary');
};

const IN_ORIGINAL = {
  ru: 'Цитаты приводятся на языке оригинала (английском).',
  kk: 'Дәйексөздер түпнұсқа тілінде (ағылшын тілінде) берілген.',
} as const;

describe("the article's words stay the article's words", () => {
  it('marks every quote lang="en" and says nothing about it to an English reader', () => {
    const panel = open('CHN');
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toHaveAttribute('lang', 'en');
    expect(panel).not.toHaveTextContent('Quoted in the original');
  });

  it.each(['ru', 'kk'] as const)(
    'in %s, says once that quotes are in the original, and keeps them in English',
    async (locale) => {
      await useAppStore.getState().setLocale(locale);
      const panel = open('KAZ');
      const quotes = panel.querySelectorAll('blockquote');
      expect(quotes.length).toBeGreaterThan(3);
      for (const q of quotes) expect(q).toHaveAttribute('lang', 'en');
      expect(within(panel).getAllByText(IN_ORIGINAL[locale])).toHaveLength(1);
      expect(panel).toHaveTextContent(builtInDataset.home.goals[0]?.text ?? '');
    },
  );

  it("shows a dataset's translation labelled, after the quote and outside it, only in its language", async () => {
    const dataset: Dataset = structuredClone(builtInDataset);
    const china = dataset.partners.find((p) => p.id === 'CHN');
    if (!china?.aims[0]) throw new Error('CHN');
    const original = china.aims[0].text;
    china.aims[0].translations = { ru: 'Перевод цитаты о Китае' };
    useAppStore.setState({ dataset });
    await useAppStore.getState().setLocale('ru');
    const panel = open('CHN');
    const translation = within(panel).getByText('Перевод цитаты о Китае', { exact: false });
    expect(translation.closest('blockquote')).toBeNull();
    expect(translation).toHaveAttribute('lang', 'ru');
    expect(translation).toHaveTextContent('Перевод, а не слова статьи: Перевод цитаты о Китае');
    const quote = panel.querySelector('blockquote');
    expect(quote).toHaveTextContent(original);
    expect(quote).not.toHaveTextContent('Перевод');
    // Its place: right after the quote it translates.
    expect(quote?.nextElementSibling).toBe(translation);

    await useAppStore.getState().setLocale('kk');
    expect(within(panel).queryByText('Перевод цитаты о Китае', { exact: false })).toBeNull();
  });
});
