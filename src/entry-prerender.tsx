import { renderToString } from 'react-dom/server';
import { App } from './app/app.tsx';
import { CountryPanel } from './features/country-panel/country-panel.tsx';
import { selectableIds } from './world/world.ts';

/** The first view as HTML, at build time (scripts/vite-plugin-prerender.ts); main.tsx hydrates it. */
export function render(): string {
  return renderToString(<App />);
}

/**
 * Each country's panel as HTML, by id (ISO 3166-1 alpha-3), rendered by the app's own panel at build
 * time. The page shows one while the app is still starting: after an early click on the map, or at
 * once for a `?country=` link (app/early-panel.tsx).
 */
export function renderPanels(): Map<string, string> {
  return new Map([...selectableIds].map((id) => [id, renderToString(<CountryPanel countryId={id} />)]));
}
