import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/app-store.ts';

// Property tests are deterministic: one fixed seed, printed on failure like any other.
fc.configureGlobal({ seed: 20170303 });

afterEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  // Pure data tests run in the node environment (`@vitest-environment node`): no DOM to reset.
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});
