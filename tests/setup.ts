import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/app-store.ts';

afterEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  // Pure data tests run in the node environment (`@vitest-environment node`): no DOM to reset.
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});
