import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initialLocale, paintedLocale } from './app/initial-locale.ts';
import { prerenderedOutlines } from './app/prerendered-outlines.ts';
import { i18n } from './i18n/i18n.ts';
import type { Locale } from './i18n/locales.ts';
import { useAppStore } from './store/app-store.ts';
import { adoptOutlines } from './world/world.ts';

/**
 * Loads `locale`'s words; a file that does not arrive leaves the interface in English. Rejects only
 * when no language could be loaded at all (English is a file too): nothing could be worded.
 */
const settleLocale = (locale: Locale) =>
  useAppStore
    .getState()
    .setLocale(locale)
    .catch((error: unknown) => {
      if (!i18n.locale) throw error;
    });

/**
 * Starts React on `root`, in the visit's language (app/initial-locale.ts), its words loaded first.
 * A prerendered first view first hands its outlines to the world (the build ships them only in the
 * page) and is hydrated in the language it was painted in, so React hydrates exactly what was
 * painted (the inline script has already sent a visitor who wants another language to its page);
 * then it is hydrated in a transition: React works in slices of a few milliseconds, so the browser
 * keeps painting and answering input meanwhile (a click on a country during hydration hydrates it
 * at once and is not lost). Resolves to the React root (tests unmount it, so no work of React's
 * outlives them).
 */
export async function boot(root: HTMLElement): Promise<Root> {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  const wanted = initialLocale();
  if (root.firstElementChild) {
    const painted = paintedLocale();
    await settleLocale(painted);
    adoptOutlines(prerenderedOutlines(root));
    document.documentElement.dataset.app = 'hydrating';
    let reactRoot: Root | undefined;
    startTransition(() => {
      reactRoot = hydrateRoot(root, app);
    });
    if (wanted !== painted) await settleLocale(wanted);
    if (!reactRoot) throw new Error('boot: hydration did not start');
    return reactRoot;
  }
  // The single file may carry a dataset of its own: on show from the first paint.
  await Promise.all([
    settleLocale(wanted),
    import.meta.env.MODE === 'single'
      ? import('./app/embedded-dataset.ts').then((m) => m.showEmbeddedDataset())
      : null,
  ]);
  const reactRoot = createRoot(root);
  reactRoot.render(app);
  return reactRoot;
}
