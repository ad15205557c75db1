import { renderToString } from 'react-dom/server';
import { App } from './app/app.tsx';
import { CountryPanel } from './features/country-panel/country-panel.tsx';
import { t } from './i18n/i18n.ts';
import type { Locale } from './i18n/locales.ts';
import { datasetTitle } from './model/dataset-words.ts';
import { useAppStore } from './store/app-store.ts';
import { selectableIds } from './world/world.ts';

/**
 * Puts the interface into `locale` (its words, and what comes with them) before rendering. The
 * build renders one language at a time, so each page is written in its own.
 */
export async function setRenderLocale(locale: Locale): Promise<void> {
  await useAppStore.getState().setLocale(locale);
}

/** The first view as HTML, at build time (scripts/vite-plugin-prerender.ts); main.tsx hydrates it. */
export function render(): string {
  return renderToString(<App />);
}

/** The page's title in the language rendered, as the app sets it (app/app-heading.tsx). */
export function pageTitle(): string {
  return t('app.tabTitle', { title: datasetTitle(useAppStore.getState().dataset) });
}

/**
 * Each country's panel as HTML, by id (ISO 3166-1 alpha-3), rendered by the app's own panel at build
 * time. The page shows one while the app is still starting: after an early click on the map, or at
 * once for a `?country=` link (app/early-panel.tsx).
 */
export function renderPanels(): Map<string, string> {
  return new Map([...selectableIds].map((id) => [id, renderToString(<CountryPanel countryId={id} />)]));
}
