import { useLayoutEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';

/** The element the built page's inline script fills with a prerendered panel before the app starts. */
export const EARLY_PANEL_ID = 'early-panel';

/** React leaves the children of an element with inner HTML alone, when it hydrates and after. */
const UNMANAGED = { __html: '' };

/** Empties the early panel: the app's own panel (or none) now answers. */
export function clearEarlyPanel(doc: Document = document): void {
  doc.getElementById(EARLY_PANEL_ID)?.replaceChildren();
}

/**
 * Where a country's panel, prerendered at build time (`panels/<id>.html`), shows while the app is
 * still starting: after a click on the map, or for a `?country=` link, the moment the map is on
 * screen (scripts/vite-plugin-prerender.ts). Emptied in the same commit that shows the app's own
 * panel, so there is never a second <aside>; `useAppReady` empties it when nothing ends up selected.
 */
export function EarlyPanel() {
  const selectedId = useAppStore((s) => s.selectedId);
  useLayoutEffect(() => {
    if (selectedId) clearEarlyPanel();
  }, [selectedId]);
  return <div id={EARLY_PANEL_ID} className="early-panel" dangerouslySetInnerHTML={UNMANAGED} />;
}
