import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { loadCatalogPart } from '../src/components/catalog-parts.ts';
import { activateLocale } from '../src/i18n/i18n.ts';
import { useAppStore } from '../src/store/app-store.ts';
import { activateCountryNames } from '../src/world/world.ts';

// waitFor and findBy wait for a state, not for a time: give them as long as a test may take on a
// busy 2-core machine (vite.config.ts testTimeout), not Testing Library's 1 s default.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has <dialog> but not its methods: open and close it the way a browser sets `open`.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

// Property tests are deterministic: one fixed seed, printed on failure like any other.
fc.configureGlobal({ seed: 20170303 });

// English is a catalog loaded on demand, like the others: active before the first test, as boot
// makes it before the first render.
await activateLocale('en');
// Model tests check datasets with loadDatasetText directly, not through the app's loader that
// brings the validation messages' words (src/components/catalog-parts.ts): loaded here instead.
await loadCatalogPart('validation');

afterEach(async () => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  // The store is back in English: so is the catalog a test may have switched.
  await Promise.all([activateLocale('en'), activateCountryNames('en')]);
  // Pure data tests run in the node environment (`@vitest-environment node`): no DOM to reset.
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});
