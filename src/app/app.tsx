import { lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { type MapHandle, MapHandleContext } from '../components/map-handle.ts';
import { NarrowMenu } from '../components/narrow-menu.tsx';
import { EDITOR_BESIDE, useMediaQuery } from '../components/use-media-query.ts';
import { AboutDialog } from '../features/about/about-dialog.tsx';
import { CountryPanel } from '../features/country-panel/country-panel.tsx';
import { DatasetControls } from '../features/dataset-loader/dataset-controls.tsx';
import { DatasetDropZone } from '../features/dataset-loader/dataset-drop-zone.tsx';
import { DatasetErrors } from '../features/dataset-loader/dataset-errors.tsx';
import { useSheetPaste } from '../features/dataset-loader/use-sheet-paste.ts';
import { ExportButtons } from '../features/export/export-buttons.tsx';
import { FilterPanel } from '../features/filters/filter-panel.tsx';
import { FilterStatus } from '../features/filters/filter-status.tsx';
import { OrganisationCards } from '../features/filters/organisation-cards.tsx';
import { LanguageSwitch } from '../features/language-switch/language-switch.tsx';
import { Legend } from '../features/legend/legend.tsx';
import { WorldMap } from '../features/map/world-map.tsx';
import { Notices } from '../features/notices/notices.tsx';
import { PresentButton } from '../features/presentation/present-button.tsx';
import { CountrySearch } from '../features/search/country-search.tsx';
import { ViewControls } from '../features/view-controls/view-controls.tsx';
import { useT } from '../i18n/use-t.ts';
import { useAppStore } from '../store/app-store.ts';
import { AppHeading } from './app-heading.tsx';
import { EarlyPanel } from './early-panel.tsx';
import { useAppReady } from './use-app-ready.ts';
import { useDocumentLanguage } from './use-document-language.ts';
import { useGlobalErrors } from './use-global-errors.ts';
import { useScreenDefaults } from './use-screen-defaults.ts';
import { useUrlSync } from './use-url-sync.ts';

/** Not needed for the first view: loaded when opened. */
const CountryTable = lazy(() => import('../features/table/country-table.tsx'));
const Presentation = lazy(() => import('../features/presentation/presentation.tsx'));
const SheetImport = lazy(() => import('../features/spreadsheet-import/sheet-import.tsx'));
// Their words come in a catalog part of their own (virtual:catalog-editor/*), loaded with them.
const ArticleEditor = lazy(() => import('../features/article-editor/article-editor.tsx'));
const ReplaceDraftDialog = lazy(() => import('../components/replace-draft-dialog.tsx'));
const resetToBuiltIn = () => useAppStore.getState().restoreBuiltIn();

/** The app, with the map's handle: the map registers itself; export and the panel reach it through it. */
export function App() {
  const map = useRef<MapHandle | null>(null);
  return (
    <MapHandleContext value={map}>
      <AppShell />
    </MapHandleContext>
  );
}

/** Composes the features; nothing clever here. */
function AppShell() {
  useUrlSync();
  useDocumentLanguage();
  useGlobalErrors();
  useScreenDefaults();
  useAppReady();
  const t = useT();
  useSheetPaste();
  const sheetOpen = useAppStore((s) => s.pendingSheet !== null);
  const editorOpen = useAppStore((s) => s.editorOpen);
  // A draft stored by an earlier visit (or before a crash) reopens the editor once the app has started.
  useEffect(() => {
    useAppStore.getState().resumeDraft();
  }, []);
  const asking = useAppStore((s) => s.replaceQuestion !== null);
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.slide !== null);
  // The editor sits beside the app on a wide screen (the app moves over); on a narrower one it
  // covers the app's left side, so what it covers is taken out of reach (inert) while it is open.
  const beside = useMediaQuery(EDITOR_BESIDE);
  const editing = editorOpen && !presenting;
  const covered = editing && !beside;
  const shell = ['app', presenting && 'app--presenting', editing && beside && 'app--editing'];
  return (
    <div className={shell.filter(Boolean).join(' ')}>
      <header className="app__header" inert={covered}>
        <AppHeading />
        <div className="app__tools">
          <LanguageSwitch />
          <PresentButton />
          <NarrowMenu>
            <ExportButtons />
            <DatasetControls />
            <AboutDialog />
          </NarrowMenu>
        </div>
      </header>
      <Notices />
      <DatasetErrors />
      {sheetOpen && (
        <Suspense fallback={null}>
          <SheetImport />
        </Suspense>
      )}
      {(editorOpen || asking) && (
        <Suspense fallback={null}>
          {/* Kept (with its undo steps) but out of the way while the tour plays. */}
          {editorOpen && (
            <div hidden={presenting}>
              <ArticleEditor />
            </div>
          )}
          {asking && <ReplaceDraftDialog />}
        </Suspense>
      )}
      <ErrorBoundary onReset={resetToBuiltIn}>
        <main className="app__main" inert={covered}>
          <div className="app__map">
            <div className="toolbar">
              <CountrySearch />
              <FilterPanel />
              <ViewControls />
            </div>
            {view === 'map' || presenting ? (
              <DatasetDropZone>
                <WorldMap />
                <FilterStatus floating />
              </DatasetDropZone>
            ) : (
              <>
                <FilterStatus />
                <Suspense fallback={<p className="loading">{t('app.loadingTable')}</p>}>
                  <CountryTable />
                </Suspense>
              </>
            )}
            <Legend />
          </div>
          {presenting ? (
            <Suspense fallback={<p className="slide slide--loading">{t('app.loadingTour')}</p>}>
              <Presentation>
                <ExportButtons compact />
              </Presentation>
            </Suspense>
          ) : (
            // Beside the map: the chosen organisations' cards above the country panel, so neither
            // takes the map's height.
            <div className="app__side">
              <OrganisationCards />
              <EarlyPanel />
              <CountryPanel />
            </div>
          )}
        </main>
      </ErrorBoundary>
    </div>
  );
}
