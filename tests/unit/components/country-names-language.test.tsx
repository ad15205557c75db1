import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CountryPanel } from '../../../src/features/country-panel/country-panel.tsx';
import { OrganisationCards } from '../../../src/features/filters/organisation-cards.tsx';
import { MapTooltip } from '../../../src/features/map/map-tooltip.tsx';
import { WorldMap } from '../../../src/features/map/world-map.tsx';
import { CountrySearch } from '../../../src/features/search/country-search.tsx';
import CountryTable from '../../../src/features/table/country-table.tsx';
import type { Locale } from '../../../src/i18n/locales.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const switchTo = (locale: Locale) => act(() => useAppStore.getState().setLocale(locale));

describe('country names follow the interface language', () => {
  it('in the panel heading and the tooltip, again on each switch', async () => {
    useAppStore.getState().select('KGZ');
    useAppStore.getState().setHover({ id: 'USA', x: 10, y: 10 });
    const { container } = render(
      <>
        <CountryPanel />
        <MapTooltip />
      </>,
    );
    const heading = () => screen.getByRole('heading', { level: 2 });
    const tooltip = () => container.querySelector('.map-tooltip strong')?.textContent;
    expect(heading()).toHaveTextContent('Kyrgyzstan');
    expect(tooltip()).toBe('United States');
    await switchTo('kk');
    expect(heading()).toHaveTextContent('Қырғызстан');
    expect(tooltip()).toBe('АҚШ');
    await switchTo('ru');
    expect(heading()).toHaveTextContent('Кыргызстан');
    expect(tooltip()).toBe('США');
    await switchTo('en');
    expect(heading()).toHaveTextContent('Kyrgyzstan');
  });

  it("in the shapes' accessible names", async () => {
    const { container } = render(<WorldMap />);
    const kyrgyzstan = () => container.querySelector('[data-id="KGZ"]')?.getAttribute('aria-label');
    expect(kyrgyzstan()).toMatch(/^Kyrgyzstan, /);
    await switchTo('kk');
    expect(kyrgyzstan()).toMatch(/^Қырғызстан, /);
    expect(container.querySelector('[data-id="PRK"]')?.getAttribute('aria-label')).toMatch(
      /^Солтүстік Корея, /,
    );
  });

  it('in the table, sorted by the Russian alphabet', async () => {
    render(<CountryTable />);
    const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rowNames()[0]).toBe('Afghanistan');
    await switchTo('ru');
    const names = rowNames();
    expect(names[0]).toBe('Австралия');
    expect(names.at(-1)).toBe('Япония');
    expect(names).toContain('Кыргызстан');
    expect(names).toEqual([...names].sort(new Intl.Collator('ru').compare));
  });

  it("in an organisation's member list, sorted by the Russian alphabet", async () => {
    useAppStore.getState().setFilters({ relation: [], vector: [], region: [], org: ['EU'], sector: [] });
    const { container } = render(<OrganisationCards />);
    const members = () =>
      [...container.querySelectorAll('.org-card__members li')].map((li) => li.firstChild?.textContent ?? '');
    expect(members()[0]).toBe('Austria');
    await switchTo('ru');
    expect(members()).toContain('Германия');
    expect(members()).toEqual([...members()].sort(new Intl.Collator('ru').compare));
  });

  it('in search: Latin from a Russian interface finds the country, named in Russian', async () => {
    const user = userEvent.setup();
    await switchTo('ru');
    render(<CountrySearch />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'Kyrgyz');
    await waitFor(() =>
      expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('Кыргызстан'),
    );
    await user.clear(box);
    await user.type(box, 'Ресей');
    await waitFor(() =>
      expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('Россия'),
    );
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedId).toBe('RUS');
    expect(box).toHaveValue('Россия');
  });

  it('in search: Cyrillic from an English interface', async () => {
    const user = userEvent.setup();
    render(<CountrySearch />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'Қытай');
    await waitFor(() =>
      expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('China'),
    );
  });
});
