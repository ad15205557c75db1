import { lazy, Suspense } from 'react';
import { AboutDialog } from '../features/about/about-dialog.tsx';
import { CountryPanel } from '../features/country-panel/country-panel.tsx';
import { FilterPanel } from '../features/filters/filter-panel.tsx';
import { OrganisationCards } from '../features/filters/organisation-cards.tsx';
import { Legend } from '../features/legend/legend.tsx';
import { WorldMap } from '../features/map/world-map.tsx';
import { Notices } from '../features/notices/notices.tsx';
import { CountrySearch } from '../features/search/country-search.tsx';
import { ViewControls } from '../features/view-controls/view-controls.tsx';
import { formatDate } from '../model/format-date.ts';
import { useAppStore } from '../store/app-store.ts';
import { paletteVariables } from '../styles/palette.ts';
import { useUrlSync } from './use-url-sync.ts';

const CountryTable = lazy(() => import('../features/table/country-table.tsx'));

/** Composes the features; nothing clever here. */
export function App() {
  useUrlSync();
  const source = useAppStore((s) => s.dataset.source);
  const view = useAppStore((s) => s.view);
  return (
    <div className="app" style={paletteVariables}>
      <header className="app__header">
        <div>
          <h1>Kazakhstan's multi-vector foreign policy</h1>
          <p className="app__subtitle">
            Who Kazakhstan calls an ally, a strategic partner or a partner in cooperation, in the words of “
            {source.title}” by {source.author} ({formatDate(source.published)}). Select a country to read what
            the article says about it.
          </p>
        </div>
        <AboutDialog />
      </header>
      <Notices />
      <main className="app__main">
        <div className="app__map">
          <div className="toolbar">
            <CountrySearch />
            <FilterPanel />
            <ViewControls />
          </div>
          <OrganisationCards />
          {view === 'map' ? (
            <WorldMap />
          ) : (
            <Suspense fallback={<p className="loading">Loading the table…</p>}>
              <CountryTable />
            </Suspense>
          )}
          <Legend />
        </div>
        <CountryPanel />
      </main>
    </div>
  );
}
