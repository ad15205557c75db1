import tour from 'virtual:tour';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountryPanel } from '../../../src/features/country-panel/country-panel.tsx';
import { DatasetErrors } from '../../../src/features/dataset-loader/dataset-errors.tsx';
import { Notices } from '../../../src/features/notices/notices.tsx';
import Presentation from '../../../src/features/presentation/presentation.tsx';
import { t, word } from '../../../src/i18n/i18n.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { queryToState } from '../../../src/model/url-state.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { builtInDataset } from '../../../src/store/dataset-slice.ts';

const speak = (locale: Locale) => act(() => useAppStore.getState().setLocale(locale));

const openPanel = (id: string) => {
  useAppStore.setState({ selectedId: id });
  render(<CountryPanel />);
  return screen.getByRole('complementary');
};

describe('the panel in Russian and Kazakh', () => {
  it('ru: the close button and the section headings', async () => {
    await speak('ru');
    const panel = openPanel('KAZ');
    expect(within(panel).getByRole('button', { name: /^Закрыть: / })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Цели' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Принципы' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: /^Членство \(на / })).toBeInTheDocument();
  });

  it('kk: a partner\'s close button, "what the article says" and a heading that follows a switch back', async () => {
    await speak('kk');
    const panel = openPanel('RUS');
    expect(within(panel).getByRole('button', { name: /^Жабу: / })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Мақалада не айтылады' })).toBeInTheDocument();
    await speak('en');
    expect(within(panel).getByRole('heading', { name: 'What the article says' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: /^Close / })).toBeInTheDocument();
  });
});

describe('the tour in Russian and Kazakh', () => {
  it('ru: the slide counter is one plural-aware message (1, 2, 5, 21 slides)', async () => {
    await speak('ru');
    const counter = (count: number) => t('tour.announce', { slide: 1, count, title: 'Т' });
    expect(counter(1)).toBe('Слайд 1 из 1 слайда: Т');
    expect(counter(2)).toBe('Слайд 1 из 2 слайдов: Т');
    expect(counter(5)).toBe('Слайд 1 из 5 слайдов: Т');
    expect(counter(21)).toBe('Слайд 1 из 21 слайда: Т');
    await speak('kk');
    expect(counter(1)).toBe('1-слайд, барлығы 1 слайд: Т');
    expect(counter(21)).toBe('1-слайд, барлығы 21 слайд: Т');
  });

  it('ru then kk: the slide on screen, its controls and the quiz words', async () => {
    await speak('ru');
    act(() => {
      useAppStore.getState().setQuiz(true);
      useAppStore.getState().present(4);
    });
    render(<Presentation />);
    // The slide's title is the dataset's, in Russian; the country's name the interface's.
    await screen.findByRole('heading', { name: 'Россия' });
    const total = tour.steps.length;
    expect(screen.getByText(new RegExp(`^Слайд 5 из ${total} слайд`))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Викторина' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '← Назад' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Далее →' })).toBeInTheDocument();
    expect(screen.getByText(/: как статья описывает отношения с этой страной\?$/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Страны этого слайда' })).toHaveTextContent('Россия');
    await speak('kk');
    expect(screen.getByText(/: мақала осы елмен қарым-қатынасты қалай сипаттайды\?$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Келесі →' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Шығу' })).toBeInTheDocument();
  });
});

describe('messages from pure code, worded where they are shown', () => {
  it("ru: a broken dataset names the field, in Russian, in the loader's list", async () => {
    const broken = structuredClone(builtInDataset) as unknown as { partners: { relation: string }[] };
    const partner = broken.partners[3];
    if (partner) partner.relation = 'friend';
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    await speak('ru');
    expect(result.errors.map(word)).toEqual([
      'partners[3].relation: допустимо одно из значений "alliance" | "strategic-partnership" | "cooperation"',
    ]);
    const empty = validateDataset({ ...builtInDataset, partners: [] });
    expect(empty.ok ? [] : empty.errors.map(word)).toEqual([
      'partners: слишком мало: в списке должно быть не меньше 1 элемента',
    ]);
    act(() => useAppStore.getState().setLoadErrors(result.errors));
    render(<DatasetErrors />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Набор данных не загружен (1 ошибка). Карта не изменилась.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('partners[3].relation: допустимо одно из значений');
  });

  it('kk: an unknown ?country= notice, worded again in English after a switch', async () => {
    await speak('kk');
    const { notices } = queryToState('?country=XYZ', new Set(['KAZ']));
    act(() => useAppStore.getState().addNotices(notices));
    render(<Notices />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Сілтеме «XYZ» елін сұрайды, бірақ ол бұл картада жоқ.');
    expect(within(status).getByRole('button', { name: 'Хабарламаны жабу' })).toBeInTheDocument();
    await speak('en');
    expect(status).toHaveTextContent('The link asks for country "XYZ", which is not on this map.');
    expect(within(status).getByRole('button', { name: 'Dismiss message' })).toBeInTheDocument();
  });
});

describe('lists of names', () => {
  it('keep English\'s serial comma from three names on, and use the language\'s "and"', async () => {
    const list = (size: string) => t('quiz.listAnd', { head: 'A, B', last: 'C', size });
    expect(list('more')).toBe('A, B, and C');
    expect(t('quiz.listAnd', { head: 'A', last: 'B', size: 'two' })).toBe('A and B');
    await speak('ru');
    expect(list('more')).toBe('A, B и C');
    await speak('kk');
    expect(list('more')).toBe('A, B және C');
  });
});
