import { lazy, Suspense } from 'react';
import { AboutDialog } from '../features/about/about-dialog.tsx';
import { CountryPanel } from '../features/country-panel/country-panel.tsx';
import { ExportButtons } from '../features/export/export-buttons.tsx';
import { Legend } from '../features/legend/legend.tsx';
import { WorldMap } from '../features/map/world-map.tsx';
import { Notices } from '../features/notices/notices.tsx';
import { PresentButton } from '../features/presentation/present-button.tsx';
import { formatDate } from '../model/format-date.ts';
import { useAppStore } from '../store/app-store.ts';
import { paletteVariables } from '../styles/palette.ts';
import { useUrlSync } from './use-url-sync.ts';

/** The tour is not needed for the first view: loaded when a teacher presses Present (or opens `?present=`). */
const Presentation = lazy(() => import('../features/presentation/presentation.tsx'));

/** Composes the features; nothing clever here. */
export function App() {
  useUrlSync();
  const source = useAppStore((s) => s.dataset.source);
  const presenting = useAppStore((s) => s.slide !== null);
  return (
    <div className={presenting ? 'app app--presenting' : 'app'} style={paletteVariables}>
      <header className="app__header">
        <div>
          <h1>Kazakhstan's multi-vector foreign policy</h1>
          <p className="app__subtitle">
            Who Kazakhstan calls an ally, a strategic partner or a partner in cooperation, in the words of “
            {source.title}” by {source.author} ({formatDate(source.published)}). Select a country to read what
            the article says about it.
          </p>
        </div>
        <div className="app__actions">
          <PresentButton />
          <ExportButtons />
          <AboutDialog />
        </div>
      </header>
      <Notices />
      <main className="app__main">
        <div className="app__map">
          <WorldMap />
          <Legend />
        </div>
        {presenting ? (
          <Suspense fallback={<p className="slide slide--loading">Loading the tour…</p>}>
            <Presentation>
              <ExportButtons compact />
            </Presentation>
          </Suspense>
        ) : (
          <CountryPanel />
        )}
      </main>
    </div>
  );
}
