import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppHeading } from '../../../src/app/app-heading.tsx';
import { DatasetText } from '../../../src/components/dataset-text.tsx';
import { AboutBody } from '../../../src/features/about/about-body.tsx';
import { CountryPanel } from '../../../src/features/country-panel/country-panel.tsx';
import { FilterPanel } from '../../../src/features/filters/filter-panel.tsx';
import { OrganisationCards } from '../../../src/features/filters/organisation-cards.tsx';
import CountryTable from '../../../src/features/table/country-table.tsx';
import type { Locale } from '../../../src/i18n/locales.ts';
import { localizedText } from '../../../src/model/localized.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { builtInDataset } from '../../../src/store/dataset-slice.ts';

/**
 * The dataset's words that have no Russian or Kazakh are shown in English: each carries lang="en"
 * (the language of the words shown, not the interface's), and nothing else does.
 */
const speak = (locale: Locale) => useAppStore.getState().setLocale(locale);

/** The nearest `lang` above the element holding exactly `text` (the page's is none: ''). */
const langOf = (container: HTMLElement, text: string | RegExp) =>
  within(container).getByText(text).closest('[lang]')?.getAttribute('lang') ?? '';

const openPanel = (id: string) => {
  useAppStore.setState({ selectedId: id });
  render(<CountryPanel />);
  return screen.getByRole('complementary');
};

describe('localizedText', () => {
  it('says which language the words are in: the reader’s when given, else English', () => {
    const text = { en: 'Cooperation', ru: 'Сотрудничество' };
    expect(localizedText(text, 'ru')).toEqual({ text: 'Сотрудничество', lang: 'ru' });
    expect(localizedText(text, 'kk')).toEqual({ text: 'Cooperation', lang: 'en' });
    expect(localizedText('Plain', 'kk')).toEqual({ text: 'Plain', lang: 'en' });
  });
});

describe('DatasetText', () => {
  it.each(['ru', 'kk'] as const)(
    'in %s: lang only where the words are not in the page’s language',
    async (l) => {
      await speak(l);
      render(
        <p>
          <DatasetText {...localizedText({ en: 'Fallback', ru: 'Россия', kk: 'Ресей' }, l)} />
          <DatasetText {...localizedText('Plain English', l)} />
        </p>,
      );
      expect(screen.getByText(l === 'ru' ? 'Россия' : 'Ресей')).not.toHaveAttribute('lang');
      expect(screen.getByText('Plain English')).toHaveAttribute('lang', 'en');
      for (const span of document.querySelectorAll('span')) expect(span).toHaveAttribute('dir', 'auto');
    },
  );
});

describe.each(['ru', 'kk'] as const)('in %s, the dataset\'s English is marked lang="en"', (l) => {
  it("the panel: a vector's rule, a membership's note, the article's name for the country", async () => {
    await speak(l);
    const panel = openPanel('RUS');
    expect(langOf(panel, /^Russia \(the alliance treaty and the Eurasian Economic Union/)).toBe('en');
    expect(langOf(panel, 'Signed the Belovezha Agreement of 1991-12-08.')).toBe('en');
    expect(langOf(panel, 'Russian Federation')).toBe('en');
    // The vector's name before the rule is the dataset's translation: the page's language.
    const rule = within(panel)
      .getByText(/^Russia \(the alliance treaty/)
      .closest('p');
    expect(rule?.textContent).toMatch(
      l === 'ru' ? /^Россия и евразийская интеграция: / : /^Ресей және еуразиялық интеграция: /,
    );
    expect(rule?.firstElementChild).not.toHaveAttribute('lang');
  });

  it("the organisations a quote names: the article's terms and words marked, the date in the reader's words", async () => {
    await speak(l);
    const panel = openPanel('ARE');
    const line = panel.querySelector<HTMLElement>('.panel__bodies');
    if (!line) throw new Error('no line on the bodies a quote names');
    const terms = within(line).getAllByText(/^(UN|OIC|CICMA)$/);
    expect(terms.map((e) => e.closest('[lang]')?.getAttribute('lang'))).toEqual(terms.map(() => 'en'));
    expect(langOf(line, 'The practice of coordination of')).toBe('en');
    expect(line.textContent).toMatch(l === 'ru' ? /3 марта 2017/ : /2017 (жылғы|ж\.) 3 наурыз/);
    expect(line.textContent).not.toContain('March');
  });

  it("a group's rule in the panel of a country covered through it", async () => {
    await speak(l);
    const panel = openPanel('DEU');
    const rule = builtInDataset.groups.find((g) => g.id === 'european-union')?.rule ?? '';
    expect(langOf(panel, rule)).toBe('en');
  });

  it("a group's name and phrase without a translation in the reader's language fall back to English, marked", async () => {
    const dataset: Dataset = structuredClone(builtInDataset);
    const eu = dataset.groups.find((g) => g.id === 'european-union');
    if (!eu) throw new Error('eu');
    eu.phrase = 'the European Union';
    eu.name = 'European Union, in English only';
    useAppStore.setState({ dataset });
    await speak(l);
    const panel = openPanel('DEU');
    expect(langOf(panel, 'the European Union')).toBe('en');
    // The coverage line: "As a member of the …" in the reader's words, the group's name in English.
    expect(langOf(panel, 'European Union, in English only')).toBe('en');
    expect(panel.querySelector('.panel__coverage')?.firstChild?.textContent).not.toBe('');
  });

  it("the heading's subtitle: the article's title and author, inside the reader's sentence", async () => {
    await speak(l);
    render(<AppHeading />);
    const subtitle = document.querySelector<HTMLElement>('.app__subtitle');
    if (!subtitle) throw new Error('no subtitle');
    expect(langOf(subtitle, /Multi-vector policy of Kazakhstan/)).toBe('en');
    expect(langOf(subtitle, /Akmaral Aben/)).toBe('en');
    // One sentence around them, in the reader's language (a right-to-left title keeps its FSI … PDI: rtl.spec.ts).
    expect(subtitle.textContent).toMatch(/«Multi-vector policy of Kazakhstan».+\(Akmaral Aben, /);
  });

  it("the About dialog: the article's source and its phrase in a territory's note", async () => {
    await speak(l);
    const { container } = render(<AboutBody />);
    expect(langOf(container, 'Multi-vector policy of Kazakhstan')).toBe('en');
    expect(langOf(container, 'the Middle East countries')).toBe('en');
    expect(container.textContent).toContain('«the Middle East countries»');
    // The sources' and packages' own names, and Turkey's own name for itself.
    expect(langOf(container, 'Natural Earth')).toBe('en');
    expect(langOf(container, 'Equal Earth')).toBe('en');
    expect(langOf(container, 'world-countries')).toBe('en');
    expect(langOf(container, 'Türkiye')).toBe('tr');
  });

  it("the organisation's card: a member's note", async () => {
    await speak(l);
    useAppStore.getState().setFilters({ relation: [], vector: [], region: [], org: ['CIS'], sector: [] });
    const { container } = render(<OrganisationCards />);
    // Belarus, Russia and Ukraine signed the same agreement: each note is marked.
    const notes = within(container).getAllByText('Signed the Belovezha Agreement of 1991-12-08.');
    expect(notes.map((n) => n.closest('[lang]')?.getAttribute('lang'))).toEqual(notes.map(() => 'en'));
    expect(container.querySelector('h3 [lang]')).toBeNull();
  });

  it("the filters: a sector named only in English, and a vector's tooltip in the reader's words", async () => {
    const dataset: Dataset = structuredClone(builtInDataset);
    const sector = dataset.sectors[0];
    if (!sector) throw new Error('no sector');
    sector.name = 'Untranslated sector';
    useAppStore.setState({ dataset });
    await speak(l);
    const { container } = render(<FilterPanel />);
    expect(langOf(container, 'Untranslated sector')).toBe('en');
    const eurasian = within(container).getByText(
      l === 'ru' ? 'Россия и евразийская интеграция' : 'Ресей және еуразиялық интеграция',
    );
    const description = builtInDataset.vectors.find((v) => v.id === 'eurasian')?.description;
    expect(eurasian.closest('label')?.title).toBe((description as Record<Locale, string>)[l]);
  });

  it('the table: the coverage column in the reader’s words, not the dataset’s ids', async () => {
    await speak(l);
    useAppStore.getState().setFilters({ relation: [], vector: [], region: [], org: ['CSTO'], sector: [] });
    render(<CountryTable />);
    const russia = document.querySelector<HTMLElement>('tr[data-id="RUS"]');
    expect(russia?.querySelectorAll('td')[1]).toHaveTextContent(
      l === 'ru' ? 'Названа в статье' : 'Мақалада аталған',
    );
    expect(russia?.textContent).not.toContain('named');
  });

  it('the table: a vector named only in English is marked in its cell, the others not', async () => {
    const dataset: Dataset = structuredClone(builtInDataset);
    const eurasian = dataset.vectors.find((v) => v.id === 'eurasian');
    if (!eurasian) throw new Error('eurasian');
    eurasian.name = 'Untranslated vector';
    useAppStore.setState({ dataset });
    await speak(l);
    useAppStore.getState().setFilters({ relation: [], vector: [], region: [], org: ['CSTO'], sector: [] });
    render(<CountryTable />);
    const cell = document.querySelectorAll<HTMLElement>('tr[data-id="RUS"] td')[2];
    if (!cell) throw new Error('no vectors cell');
    expect(langOf(cell, 'Untranslated vector')).toBe('en');
    expect(cell.querySelectorAll('[lang]')).toHaveLength(1);
  });
});

describe('a chip or cell with dir="auto" sees its words', () => {
  it('no own dir inside a vector chip (the chip would then be laid out left to right whatever its script)', () => {
    const panel = openPanel('RUS');
    const chips = panel.querySelectorAll('.chip--vector');
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips) {
      expect(chip).toHaveAttribute('dir', 'auto');
      expect(chip.querySelector('[dir]')).toBeNull();
    }
  });
});

describe('in English nothing is marked', () => {
  it('the panel carries no lang below the article’s quotes', () => {
    const panel = openPanel('RUS');
    const marked = [...panel.querySelectorAll('[lang]')].filter((e) => e.tagName !== 'BLOCKQUOTE');
    expect(marked).toEqual([]);
  });
});
