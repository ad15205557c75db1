import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutDialog } from '../../../src/features/about/about-dialog.tsx';
import { CountryPanel } from '../../../src/features/country-panel/country-panel.tsx';
import { FilterPanel } from '../../../src/features/filters/filter-panel.tsx';
import { OrganisationCards } from '../../../src/features/filters/organisation-cards.tsx';
import { TERRITORY_CASES } from '../../../src/geo/territories.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { builtInDataset } from '../../../src/store/dataset-slice.ts';
import { countryName } from '../../../src/world/world.ts';

const open = (id: string) => {
  useAppStore.setState({ selectedId: id });
  render(<CountryPanel />);
  return screen.getByRole('complementary');
};

describe('the panel says where the map, not the article, decides', () => {
  it('a region partner shows the phrase, the rule that expanded it, and which named bodies it belongs to', () => {
    const panel = open('ISR');
    expect(panel).toHaveTextContent("Through the article's mention of “the Middle East countries”");
    expect(panel).toHaveTextContent(
      /Rule used by this map for “the Middle East countries”: The 17 states commonly listed/,
    );
    // Israel was in the UN and CICA in 2017, not in the OIC: the sentence must not suggest otherwise.
    expect(panel).toHaveTextContent(
      /UN, OIC and CICMA .*: on 3 March 2017, Israel belonged to UN and CICMA, not to OIC\./,
    );
  });

  it('marks the map\'s own vectors as "grouping used by this map", with the reason', () => {
    const panel = open('BLR');
    expect(panel).toHaveTextContent('Russia and Eurasian integration (grouping used by this map)');
    expect(panel).not.toHaveTextContent('CIS neighbours');
    expect(panel).toHaveTextContent(/Russia and Eurasian integration: Russia \(the alliance treaty/);
  });

  it('CSTO members other than Russia carry the treaty-ally note; North Korea its sanctions note', () => {
    for (const id of ['ARM', 'BLR', 'KGZ', 'TJK']) {
      const panel = open(id);
      expect(within(panel).getByRole('region', { name: 'Notes beside the article' })).toHaveTextContent(
        'Treaty allies through the CSTO, which the article names; this map reserves “alliance” for a bilateral alliance treaty the article names.',
      );
      document.body.innerHTML = '';
    }
    expect(open('RUS')).not.toHaveTextContent('Treaty allies');
    document.body.innerHTML = '';
    expect(open('PRK')).toHaveTextContent(
      /Under UN Security Council sanctions since 2006.*Source: UN Security Council resolution 1718/,
    );
  });

  it("names Turkey as the article does, with today's name secondary", () => {
    const panel = open('TUR');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(/^Turkey$/);
    expect(panel).toHaveTextContent('Türkiye since June 2022');
    expect(panel).toHaveTextContent('Named in the article, as “Republic of Turkey”');
  });

  it('a dataset dated after the renaming uses the name of its day everywhere, with no note', () => {
    const dated = { ...builtInDataset, asOf: '2024-05-01' };
    useAppStore.getState().showDataset(dated);
    expect(countryName('TUR')).toBe('Türkiye');
    const panel = open('TUR');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(/^Türkiye$/);
    expect(panel).not.toHaveTextContent('since June 2022');
    act(() => {
      useAppStore.getState().restoreBuiltIn();
      useAppStore.getState().select('TUR');
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Turkey$/);
    expect(countryName('TUR')).toBe('Turkey');
  });

  it('the note on the English name is not shown in a language whose name did not change', async () => {
    await act(() => useAppStore.getState().setLocale('ru'));
    const panel = open('TUR');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(/^Турция$/);
    expect(panel).not.toHaveTextContent('Türkiye');
  });

  it("shows each shared organisation's status and its notes, with the day checked", () => {
    const panel = open('TKM');
    expect(panel).toHaveTextContent(/CIS \(Commonwealth of Independent States\), associate/);
    document.body.innerHTML = '';
    expect(open('SYR')).toHaveTextContent(/OIC: .*reinstated .*7 March 2025.*Checked 30 November 2026\./);
  });
});

describe('organisation cards and the filter', () => {
  it("the CIS card on the article's date: 9 members, 1 associate, 1 participating state, each listed", () => {
    useAppStore.setState((s) => ({ filters: { ...s.filters, org: ['CIS'] } }));
    render(<OrganisationCards />);
    expect(
      screen.getByText(/9 members, 1 associate, 1 participating state on 3 March 2017/),
    ).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-status'));
    expect(items).toHaveLength(11);
    expect(items.find((li) => li.textContent?.startsWith('Ukraine'))).toHaveTextContent('(participating)');
  });

  it("the vector filter says which vectors are this map's grouping", () => {
    render(<FilterPanel />);
    // The filter is a closed <details>: read the labels' text rather than the hidden accessible names.
    const labels = screen
      .getAllByRole('checkbox', { hidden: true })
      .map((c) => c.closest('label')?.textContent);
    expect(labels).toContain('China (grouping used by this map)');
    expect(labels).toContain('Asian vector');
  });
});

describe('About', () => {
  it('lists every disputed or partly recognised territory and how it is drawn', async () => {
    render(<AboutDialog />);
    // The dialog's body is rendered on first opening (it stays out of the first view's HTML).
    expect(document.querySelector('.about__territories')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'About & sources' }));
    // Fetched when the dialog first opens.
    await waitFor(() => expect(document.querySelector('.about__territories')).not.toBeNull());
    const list = document.querySelector('.about__territories');
    for (const t of TERRITORY_CASES) expect(list).toHaveTextContent(`${t.name}: ${t.reason}`);
    expect(TERRITORY_CASES.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'Taiwan',
        'Western Sahara',
        'Palestine',
        'Kosovo',
        'Crimea',
        'Northern Cyprus',
        'Somaliland',
      ]),
    );
  });
});
