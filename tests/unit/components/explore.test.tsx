import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../../src/features/legend/legend.tsx';
import ArcLayer from '../../../src/features/map/arc-layer.tsx';
import { CountrySearch } from '../../../src/features/search/country-search.tsx';
import CountryTable from '../../../src/features/table/country-table.tsx';
import { useAppStore } from '../../../src/store/app-store.ts';

describe('legend toggles', () => {
  it('turns the relation filter on and off, showing the state with aria-pressed', async () => {
    const user = userEvent.setup();
    render(<Legend />);
    const toggle = screen.getByRole('button', { name: 'Not covered by the article' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(useAppStore.getState().filters.relation).toEqual(['none']);
    await user.click(toggle);
    expect(useAppStore.getState().filters.relation).toEqual([]);
  });
});

describe('country search combobox', () => {
  it('suggests by alternative names, moves with arrows and selects with Enter', async () => {
    const user = userEvent.setup();
    render(<CountrySearch />);
    const box = screen.getByRole('combobox', { name: 'Find a country' });
    await user.type(box, 'Republic of Korea');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    // "Republic of Korea" is one of the other names, which arrive once the box is used.
    await waitFor(() =>
      expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('South Korea'),
    );
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedId).toBe('KOR');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('South Korea');
  });

  it('Escape closes the list, then clears the field', async () => {
    const user = userEvent.setup();
    render(<CountrySearch />);
    const box = screen.getByRole('combobox', { name: 'Find a country' });
    await user.type(box, 'Tür');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(useAppStore.getState().selectedId).toBeNull();
  });
});

describe('country table', () => {
  it('applies the filters, sorts by a column header and opens a row', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilters({ relation: [], vector: [], region: [], org: ['CSTO'], sector: [] });
    render(<CountryTable />);
    const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rowNames()).toEqual(['Armenia', 'Belarus', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    const relation = screen.getByRole('columnheader', { name: /Relation/ });
    expect(relation).not.toHaveAttribute('aria-sort');
    await user.click(within(relation).getByRole('button'));
    expect(relation).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()[0]).toBe('Russia');
    await user.click(within(relation).getByRole('button'));
    expect(relation).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames().at(-1)).toBe('Russia');
    await user.click(screen.getByRole('button', { name: 'Belarus' }));
    expect(useAppStore.getState().selectedId).toBe('BLR');
  });
});

describe('arcs', () => {
  it('hides the arcs of partners the filters leave out, and shows them all again', () => {
    const svg = (highlight: ReadonlySet<string> | null) => (
      <svg aria-label="Arcs">
        <ArcLayer highlight={highlight} />
      </svg>
    );
    const { container, rerender } = render(svg(null));
    const arcs = () => [...container.querySelectorAll<SVGPathElement>('path.arc')];
    const shown = () =>
      arcs()
        .filter((a) => a.dataset.hidden === 'false')
        .map((a) => a.dataset.to);
    const partners = useAppStore.getState().dataset.partners.length;
    expect(arcs().length).toBeGreaterThan(partners / 2);
    expect(shown()).toHaveLength(arcs().length);
    rerender(svg(new Set(['RUS', 'CHN', 'KAZ'])));
    expect(shown().sort()).toEqual(['CHN', 'RUS']);
    rerender(svg(null));
    expect(shown()).toHaveLength(arcs().length);
  });
});
