import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppHeading } from '../../../src/app/app-heading.tsx';
import { NarrowMenu } from '../../../src/components/narrow-menu.tsx';
import { AboutDialog } from '../../../src/features/about/about-dialog.tsx';
import { exportText } from '../../../src/features/export/export-map.ts';
import { FilterPanel } from '../../../src/features/filters/filter-panel.tsx';
import { FilterStatus } from '../../../src/features/filters/filter-status.tsx';
import { Legend } from '../../../src/features/legend/legend.tsx';
import { CountrySearch } from '../../../src/features/search/country-search.tsx';
import CountryTable from '../../../src/features/table/country-table.tsx';
import { ViewControls } from '../../../src/features/view-controls/view-controls.tsx';
import { t } from '../../../src/i18n/i18n.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const downloads = vi.hoisted(() => [] as { csv: string; fileName: string }[]);
vi.mock('../../../src/features/table/download-csv.ts', () => ({
  downloadCsv: (csv: string, fileName: string) => downloads.push({ csv, fileName }),
}));

const speak = (locale: Locale) => useAppStore.getState().setLocale(locale);
const noFilters = { relation: [], vector: [], region: [], org: [], sector: [] };

describe('the interface follows the language switch', () => {
  it('legend: its heading and its coverage entries in Russian and Kazakh, the groups’ phrases in the dataset’s own translation', async () => {
    const { rerender } = render(<Legend />);
    expect(screen.getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
    await speak('ru');
    rerender(<Legend />);
    expect(screen.getByRole('heading', { name: 'Условные обозначения' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Как страна упоминается в статье' })).toHaveTextContent(
      'Названа в статье (сплошная заливка)Через группу (Европейский союз) (штриховка)Только через упоминание региона (точки)',
    );
    await speak('kk');
    rerender(<Legend />);
    expect(screen.getByRole('heading', { name: 'Шартты белгілер' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Ел мақалада қалай аталады' })).toHaveTextContent(
      'Топ арқылы (Еуропалық одақ) (штрихтау)',
    );
  });

  it('filters: the panel, "Clear filters" and the count as a Russian plural (1, 2, 5, 21)', async () => {
    await speak('ru');
    expect([1, 2, 5, 21].map((count) => t('filters.matching', { count }))).toEqual([
      'Подходит 1 страна',
      'Подходят 2 страны',
      'Подходят 5 стран',
      'Подходит 21 страна',
    ]);
    useAppStore.getState().setFilters({ ...noFilters, org: ['CSTO'] });
    render(
      <>
        <FilterPanel />
        <FilterStatus />
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Подходят 5 стран');
    expect(screen.getByRole('region', { name: 'Фильтры' })).toHaveTextContent('Фильтры (1)');
    expect(screen.getByText('Вектор (направление политики)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    expect(useAppStore.getState().filters.org).toEqual([]);
  });

  it('filters in Kazakh: one plural form for every count', async () => {
    await speak('kk');
    expect([1, 2, 5, 21].map((count) => t('filters.matching', { count }))).toEqual([
      '1 ел сәйкес келеді',
      '2 ел сәйкес келеді',
      '5 ел сәйкес келеді',
      '21 ел сәйкес келеді',
    ]);
    useAppStore.getState().setFilters({ ...noFilters, org: ['CSTO'] });
    render(<FilterStatus />);
    expect(screen.getByRole('button', { name: 'Сүзгілерді тазарту' })).toBeInTheDocument();
  });

  it('About: the heading, the sentence around the source’s words and the territories', async () => {
    await speak('kk');
    render(<AboutDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Карта туралы және дереккөздер' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { level: 2, hidden: true })).toHaveTextContent(
      'Карта туралы және дереккөздер',
    );
    // The dialog's text is fetched when it first opens.
    await within(dialog).findAllByRole('heading', { level: 3, hidden: true });
    // The article's title and author stay as the dataset gives them, inside the Kazakh sentence.
    expect(dialog).toHaveTextContent(
      'Барлық қатынас, мақсат пен дәйексөз «Multi-vector policy of Kazakhstan» мақаласынан алынған (Akmaral Aben,',
    );
    expect(dialog.querySelector('.about__territories')).toHaveTextContent('Қырым: Өз ISO коды жоқ;');
    expect(within(dialog).getByRole('button', { name: 'Жабу', hidden: true })).toBeInTheDocument();
    await speak('ru');
    expect(within(dialog).getByRole('heading', { level: 2, hidden: true })).toHaveTextContent(
      'О карте и источники',
    );
  });

  it('table: headers, caption and count in Kazakh, and the CSV it downloads has a Kazakh header row', async () => {
    await speak('kk');
    useAppStore.getState().setFilters({ ...noFilters, org: ['CSTO'] });
    render(<CountryTable />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Ел ▲',
      'Қатынас',
      'Аталуы',
      'Векторлар',
      'Салалар',
      'Айтылған мақсаттар',
      'Ортақ ұйымдар',
    ]);
    expect(screen.getByRole('table')).toHaveAccessibleName(
      'Мақалада аталған елдер; «Ел» бағаны бойынша сұрыпталған',
    );
    expect(screen.getByText('Мақалада 5 ел')).toBeInTheDocument();
    downloads.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'CSV жүктеп алу' }));
    expect(downloads[0]?.csv.split('\r\n')[0]).toBe(
      'ISO коды,Ел,Қатынас,Аталуы,Векторлар,Салалар,Айтылған мақсаттар,Ортақ ұйымдар',
    );
  });

  it('heading, tab title, view controls, search and the phone menu in Russian', async () => {
    await speak('ru');
    render(
      <>
        <AppHeading />
        <NarrowMenu>
          <span />
        </NarrowMenu>
        <ViewControls />
        <CountrySearch />
      </>,
    );
    // The dataset's title in its own Russian translation, the rest in the catalog's words.
    expect(document.title).toBe('Многовекторная внешняя политика Казахстана — интерактивная карта');
    expect(document.querySelector('.app__subtitle')).toHaveTextContent(
      /^Кого .+ называет союзником, стратегическим партнёром или партнёром по сотрудничеству, по статье «Multi-vector policy of Kazakhstan» \(Akmaral Aben, /,
    );
    expect(screen.getByRole('button', { name: 'Ещё' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Вид' })).toHaveTextContent('КартаТаблица');
    expect(screen.getByRole('checkbox', { name: 'Названия' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Дуги от города Astana' })).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Найти страну' });
    expect(box).toHaveAttribute('placeholder', 'Найти страну…');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Zzyzx' } });
    expect(screen.getByText('Нет страны с названием «Zzyzx»')).toBeInTheDocument();
  });

  it('export: the picture’s subtitle, legend entry and source line in Kazakh, the dataset’s words kept', async () => {
    await speak('kk');
    const words = exportText({ dataset: useAppStore.getState().dataset, slideTitle: null, selectedId: null });
    expect(words.subtitle).toBe('Мақалада аталған қатынастар');
    expect(words.regionLabel).toBe('Тек өңір арқылы');
    expect(words.groupLabel).toBe('Топ арқылы (the European Union)');
    expect(words.source).toMatch(
      /^Дереккөз: Akmaral Aben, «Multi-vector policy of Kazakhstan», .+\. Шекаралар: Natural Earth \(қоғамдық игілік\)\.$/,
    );
  });
});
