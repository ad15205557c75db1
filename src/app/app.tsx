import { AboutDialog } from '../features/about/about-dialog.tsx';
import { CountryPanel } from '../features/country-panel/country-panel.tsx';
import { Legend } from '../features/legend/legend.tsx';
import { WorldMap } from '../features/map/world-map.tsx';
import { Notices } from '../features/notices/notices.tsx';
import { formatDate } from '../model/format-date.ts';
import { useAppStore } from '../store/app-store.ts';
import { useUrlSync } from './use-url-sync.ts';

/** Composes the features; nothing clever here. */
export function App() {
  useUrlSync();
  const source = useAppStore((s) => s.dataset.source);
  return (
    <div className="app">
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
          <WorldMap />
          <Legend />
        </div>
        <CountryPanel />
      </main>
    </div>
  );
}
