import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/app-store.ts';

afterEach(() => {
  cleanup();
  useAppStore.setState(useAppStore.getInitialState(), true);
  // Pure data tests run in the node environment, which has no window.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
