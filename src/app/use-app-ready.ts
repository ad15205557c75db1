import { useEffect } from 'react';
import { zoomAttached } from '../features/map/zoom-library-load.ts';
import { useAppStore } from '../store/app-store.ts';
import { clearEarlyPanel } from './early-panel.tsx';

type EarlyWindow = Window & { __earlyClicks?: EventTarget[] };

/** What an early click may be replayed on: a country, or a button (never a link or a summary). */
const REPLAYABLE = '[data-id][role="button"], button';

/**
 * Clicks made on the prerendered page before the app started, kept by the inline script at the
 * end of the built index.html's first view (scripts/vite-plugin-prerender.ts), are replayed once
 * on the same elements: hydration keeps the prerendered nodes. Natively handled targets are left
 * alone.
 */
export function replayEarlyClicks(win: EarlyWindow = window): number {
  const clicks = win.__earlyClicks ?? [];
  win.__earlyClicks = [];
  let replayed = 0;
  for (const target of clicks.slice(-5)) {
    const element = target instanceof Element && target.isConnected ? target.closest(REPLAYABLE) : null;
    if (!element) continue;
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    replayed++;
  }
  return replayed;
}

/**
 * Once the app has hydrated (its first effect): marks `app-interactive` for `npm run bench` (the app
 * answers clicks), replays clicks made before and sets `<html data-app="hydrated">`. If neither the
 * clicks nor the URL selected a country, the early panel (early-panel.tsx) has nothing to hand over.
 * Then, once the map's zoom is attached too (its library loads after the first view:
 * features/map/zoom-library.ts), sets `<html data-app="ready">`: browser tests wait for it before
 * a gesture.
 */
export function useAppReady(): void {
  useEffect(() => {
    const html = document.documentElement;
    if (html.dataset.app === 'ready') return;
    if (html.dataset.app !== 'hydrated') {
      html.dataset.app = 'hydrated';
      performance.mark?.('app-interactive');
      replayEarlyClicks();
      if (!useAppStore.getState().selectedId) clearEarlyPanel();
    }
    let live = true;
    void zoomAttached().then(() => {
      if (live) html.dataset.app = 'ready';
    });
    return () => {
      live = false;
    };
  }, []);
}
