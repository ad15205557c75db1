import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { prerenderedOutlines } from './app/prerendered-outlines.ts';
import { adoptOutlines } from './world/world.ts';

/**
 * Starts React on `root`. A prerendered first view first hands its outlines to the world (the build
 * ships them only in the page), so React hydrates exactly what was painted; then it is hydrated in
 * a transition: React works in slices of a few milliseconds, so the browser keeps painting and
 * answering input meanwhile (a click on a country during hydration hydrates it at once and is not
 * lost).
 */
export function boot(root: HTMLElement): void {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.firstElementChild) {
    adoptOutlines(prerenderedOutlines(root));
    document.documentElement.dataset.app = 'hydrating';
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    createRoot(root).render(app);
  }
}
