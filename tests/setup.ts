import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/app-store.ts';

// Property tests are deterministic: one fixed seed, printed on failure like any other.
fc.configureGlobal({ seed: 20170303 });

afterEach(() => {
  cleanup();
  useAppStore.setState(useAppStore.getInitialState(), true);
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
