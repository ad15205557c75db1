import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';

/**
 * Starts React on `root`. A prerendered first view is hydrated in a transition: React works in
 * slices of a few milliseconds, so the browser keeps painting and answering input meanwhile (a
 * click on a country during hydration hydrates it at once and is not lost).
 */
export function boot(root: HTMLElement): void {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.firstElementChild) {
    document.documentElement.dataset.app = 'hydrating';
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    createRoot(root).render(app);
  }
}
